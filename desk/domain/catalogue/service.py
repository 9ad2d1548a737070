"""事项库: listing, searching and versioned editing of the hall's service items.

Every save writes a new immutable `ServiceItemVersion` (with its materials and refusal
reasons) and copies the summary onto `ServiceItem`; old versions are never changed,
so a printed notice can always name the version it came from.

Search works on characters or pinyin initials (``dbsq`` finds 最低生活保障申请 through
its alias 低保申请) using the key computed at save time, so searching never loads
pypinyin.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db.models import (
    Department,
    Operator,
    Post,
    RefusalReason,
    ServiceItem,
    ServiceItemVersion,
    ServiceMaterial,
    Staff,
)
from desk.domain.catalogue.rules import clean_content
from desk.domain.catalogue.views import (
    ItemContent,
    ItemVersionView,
    MaterialSpec,
    RefusalReasonSpec,
    ServiceItemView,
    VersionSummary,
)
from desk.domain.common.codes import MaterialForm, MatterKind
from desk.domain.common.context import Context
from desk.domain.common.edits import EditConflict
from desk.domain.common.errors import NotFound
from desk.domain.common.pinyin import search_key
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.people.permissions import Permission, require

__all__ = [
    "CatalogueService",
    "ItemContent",
    "ItemVersionView",
    "MaterialSpec",
    "RefusalReasonSpec",
    "ServiceItemView",
    "VersionSummary",
    "item_search_key",
]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def item_search_key(name: str, aliases: str = "", code: str = "") -> str:
    """The stored search key: name, aliases and code with their pinyin initials."""
    parts = [search_key(name)]
    parts += [search_key(a) for a in aliases.split("；") if a.strip()]
    if code:
        parts.append(_fold(code))
    return "|".join(parts)


def _next_code(s: Session) -> str:
    """A free code SX0001, SX0002 … for an item saved without one."""
    n = (s.scalar(select(func.count(ServiceItem.id))) or 0) + 1
    while True:
        code = f"SX{n:04d}"
        if s.scalar(select(ServiceItem.id).where(ServiceItem.code == code)) is None:
            return code
        n += 1


def _check_newest(s: Session, item_id: int, based_on: int) -> None:
    """Refuse to save over a version another desk saved after the editor was opened."""
    newest = s.scalars(
        select(ServiceItemVersion)
        .where(ServiceItemVersion.item_id == item_id)
        .order_by(ServiceItemVersion.version.desc())
    ).first()
    if newest is None or newest.version <= based_on:
        return
    who = s.scalar(
        select(Staff.name)
        .join(Operator, Operator.staff_id == Staff.id)
        .where(Operator.id == newest.operator_id)
    )
    note = f"（修订说明：{newest.change_note}）" if newest.change_note else ""
    raise EditConflict(
        f"保存前，另一窗口（{who or '未登录'}，{newest.created_at:%m月%d日 %H:%M}）已保存了"
        f"“{newest.name}”的第{newest.version}版{note}，而本窗口是在第{based_on}版上修改的。\n"
        "本次没有保存，以免覆盖对方的修改；窗口中填写的内容仍保留。"
        "请查看“版本历史…”中的新版本，核对后再保存。"
    )


class CatalogueService:
    """The hall's 事项库. Writes go through `save_content` (one place to guard)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ---- queries -------------------------------------------------------------------
    def _views(self, s: Session, q: Any) -> list[ServiceItemView]:
        depts = dict(s.execute(select(Department.id, Department.name)).all())
        posts = {p.id: p for p in s.scalars(select(Post))}
        out = []
        for it in s.scalars(q):
            post = posts.get(it.post_id or 0)
            out.append(
                ServiceItemView(
                    id=it.id,
                    code=it.code,
                    name=it.name,
                    aliases=it.aliases,
                    department_id=it.department_id,
                    department=depts.get(it.department_id, ""),
                    post_id=it.post_id,
                    post=post.name if post else "",
                    window_no=post.window_no if post else "",
                    kind=MatterKind.of(it.kind),
                    promised_days=it.promised_days,
                    callback_days=it.callback_days,
                    active=it.active,
                    version=it.version,
                )
            )
        return out

    def items(self, include_inactive: bool = False) -> list[ServiceItemView]:
        """All items in display order (sort order, then code)."""
        q = select(ServiceItem).order_by(ServiceItem.sort_order, ServiceItem.code, ServiceItem.id)
        if not include_inactive:
            q = q.where(ServiceItem.active)
        with self.ctx.db.read() as s:
            return self._views(s, q)

    def get(self, item_id: int) -> ServiceItemView:
        with self.ctx.db.read() as s:
            found = self._views(s, select(ServiceItem).where(ServiceItem.id == item_id))
        if not found:
            raise NotFound("找不到该办事事项")
        return found[0]

    def by_code(self, code: str) -> ServiceItemView | None:
        with self.ctx.db.read() as s:
            found = self._views(s, select(ServiceItem).where(ServiceItem.code == code.strip()))
        return found[0] if found else None

    def search(
        self, query: str, limit: int = 50, include_inactive: bool = False
    ) -> list[ServiceItemView]:
        """Items whose name, alias or code contains the query, or whose pinyin initials do.

        Best matches first: the name starting with the query, then the name containing
        it, then initials/alias/code matches.
        """
        q = _fold(query).strip().replace("|", "")
        compact = "".join(q.split())
        stmt = select(ServiceItem.id, ServiceItem.name, ServiceItem.search_key)
        if not include_inactive:
            stmt = stmt.where(ServiceItem.active)
        with self.ctx.db.read() as s:
            rows = s.execute(stmt.order_by(ServiceItem.sort_order, ServiceItem.code)).all()
            ranked: list[tuple[int, int, int]] = []
            for order, (item_id, name, key) in enumerate(rows):
                name_f = _fold(name)
                if not compact or name_f.startswith(compact):
                    rank = 0
                elif compact in name_f:
                    rank = 1
                elif any(part.startswith(compact) for part in key.split("|")):
                    rank = 2
                elif compact in key or q in key:
                    rank = 3
                else:
                    continue
                ranked.append((rank, order, item_id))
            ranked.sort()
            ids = [r[2] for r in ranked[:limit]]
            chosen = select(ServiceItem).where(ServiceItem.id.in_(ids))
            views = {v.id: v for v in self._views(s, chosen)}
        return [views[i] for i in ids]

    def detail(self, item_id: int, version: int | None = None) -> ItemVersionView:
        """The full content of an item's newest version (or of the given version number)."""
        with self.ctx.db.read() as s:
            item = s.get(ServiceItem, item_id)
            if item is None:
                raise NotFound("找不到该办事事项")
            number = item.version if version is None else version
            row = s.scalar(
                select(ServiceItemVersion).where(
                    ServiceItemVersion.item_id == item_id, ServiceItemVersion.version == number
                )
            )
            if row is None:
                raise NotFound(f"找不到该事项的第{number}版")
            return self._version_view(s, row)

    def version_by_id(self, version_id: int) -> ItemVersionView:
        with self.ctx.db.read() as s:
            row = s.get(ServiceItemVersion, version_id)
            if row is None:
                raise NotFound("找不到该事项版本")
            return self._version_view(s, row)

    def _version_view(self, s: Session, v: ServiceItemVersion) -> ItemVersionView:
        materials = tuple(
            MaterialSpec(
                name=m.name,
                form=MaterialForm.of(m.form),
                copies=m.copies,
                required=m.required,
                note=m.note,
                id=m.id,
            )
            for m in s.scalars(
                select(ServiceMaterial)
                .where(ServiceMaterial.version_id == v.id)
                .order_by(ServiceMaterial.seq)
            )
        )
        reasons = tuple(
            RefusalReasonSpec(reason=r.reason, basis=r.basis, id=r.id)
            for r in s.scalars(
                select(RefusalReason)
                .where(RefusalReason.version_id == v.id)
                .order_by(RefusalReason.seq)
            )
        )
        content = ItemContent(
            name=v.name, department_id=v.department_id, post_id=v.post_id,
            kind=MatterKind.of(v.kind), promised_days=v.promised_days, code=v.code,
            aliases=v.aliases, callback_days=v.callback_days, active=v.active,
            legal_basis=v.legal_basis, conditions=v.conditions, procedure=v.procedure,
            fees=v.fees, prerequisites=v.prerequisites, location=v.location, hours=v.hours,
            consult_phone=v.consult_phone, complaint_phone=v.complaint_phone,
            materials=materials, refusal_reasons=reasons,
        )  # fmt: skip
        dept = s.get(Department, v.department_id)
        post = s.get(Post, v.post_id) if v.post_id else None
        return ItemVersionView(
            item_id=v.item_id,
            version_id=v.id,
            version=v.version,
            created_at=v.created_at,
            operator=self._operator_name(s, v.operator_id),
            change_note=v.change_note,
            department=dept.name if dept else "",
            post=post.name if post else "",
            window_no=post.window_no if post else "",
            content=content,
        )

    @staticmethod
    def _operator_name(s: Session, operator_id: int | None) -> str:
        if operator_id is None:
            return ""
        name = s.scalar(
            select(Staff.name)
            .join(Operator, Operator.staff_id == Staff.id)
            .where(Operator.id == operator_id)
        )
        return name or ""

    def versions(self, item_id: int) -> list[VersionSummary]:
        """The item's version history, newest first."""
        with self.ctx.db.read() as s:
            counts = dict(
                s.execute(
                    select(ServiceMaterial.version_id, func.count(ServiceMaterial.id))
                    .join(ServiceItemVersion, ServiceItemVersion.id == ServiceMaterial.version_id)
                    .where(ServiceItemVersion.item_id == item_id)
                    .group_by(ServiceMaterial.version_id)
                ).all()
            )
            rows = s.scalars(
                select(ServiceItemVersion)
                .where(ServiceItemVersion.item_id == item_id)
                .order_by(ServiceItemVersion.version.desc())
            ).all()
            return [
                VersionSummary(
                    version_id=v.id, version=v.version, created_at=v.created_at,
                    operator=self._operator_name(s, v.operator_id), change_note=v.change_note,
                    name=v.name, materials=counts.get(v.id, 0),
                )
                for v in rows
            ]  # fmt: skip

    def contents(self, include_inactive: bool = True) -> list[ItemContent]:
        """The newest content of every item (what an Excel export writes)."""
        return [self.detail(v.id).content for v in self.items(include_inactive=include_inactive)]

    # ---- writes --------------------------------------------------------------------
    def add_item(
        self,
        name: str | None = None,
        department_id: int | None = None,
        post_id: int | None = None,
        kind: MatterKind = MatterKind.INSTANT,
        promised_days: int = 0,
        *,
        content: ItemContent | None = None,
        change_note: str = "",
        **fields: Any,
    ) -> int:
        """Create an item (version 1); returns its id. Give `content` or the fields."""
        if content is None:
            content = ItemContent(
                name=name or "", department_id=department_id, post_id=post_id, kind=kind,
                promised_days=promised_days, **fields,
            )  # fmt: skip
        return self.save_content(content, None, change_note or "新建事项")

    def update_item(
        self,
        item_id: int,
        content: ItemContent | None = None,
        *,
        change_note: str = "",
        **changes: Any,
    ) -> int:
        """Save a new version of an item: the whole `content`, or the newest one with changes.

        Returns the new version number.
        """
        if content is None:
            content = replace(self.detail(item_id).content, **changes)
        self.save_content(content, item_id, change_note)
        return self.get(item_id).version

    def set_active(self, item_id: int, active: bool, change_note: str = "") -> int:
        """停用/启用 an item (a new version; old notices keep their version)."""
        note = change_note or ("停用事项" if not active else "重新启用事项")
        return self.update_item(item_id, change_note=note, active=active)

    def save_content(
        self,
        content: ItemContent,
        item_id: int | None,
        change_note: str = "",
        based_on: int | None = None,
    ) -> int:
        """The one write entry point: validate, then store a new version in one transaction.

        ``item_id=None`` creates the item. Returns the item id. Raises FieldError for bad
        input before anything is written; PermissionDenied unless a director or admin.
        based_on: the version number the editor showed; if another desk saved a newer
        version since, nothing is written (EditConflict names it).
        """
        require(self.ctx, Permission.CATALOGUE)
        cleaned = clean_content(content)
        note = clean_text(
            change_note, field="change_note", label="修订说明", max_len=TEXT_LIMITS["note"]
        )
        key = item_search_key(cleaned.name, cleaned.aliases, cleaned.code)

        def work(s: Session) -> int:
            if item_id is not None and based_on is not None:
                _check_newest(s, item_id, based_on)
            return self._store(s, cleaned, item_id, note, key)

        return self.ctx.write(work)

    def save_many(self, items: Iterable[tuple[int | None, ItemContent]], change_note: str) -> int:
        """Store several already-valid contents in ONE transaction (the Excel import).

        Each pair is (existing item id or None, content). All or nothing: a bad item
        raises and nothing is saved. Returns how many versions were written.
        """
        require(self.ctx, Permission.CATALOGUE)
        prepared = []
        for item_id, content in items:
            cleaned = clean_content(content)
            prepared.append(
                (item_id, cleaned, item_search_key(cleaned.name, cleaned.aliases, cleaned.code))
            )
        note = clean_text(change_note, field="change_note", label="修订说明", max_len=500)

        def work(s: Session) -> int:
            for item_id, cleaned, key in prepared:
                self._store(s, cleaned, item_id, note, key)
            return len(prepared)

        return self.ctx.write(work)

    def _store(self, s: Session, c: ItemContent, item_id: int | None, note: str, key: str) -> int:
        now = self.ctx.now()
        dept_id = c.department_id
        if c.post_id is not None:
            post = s.get(Post, c.post_id)
            if post is None:
                raise FieldError("post_id", "所选岗位不存在")
            if dept_id is None:
                dept_id = post.department_id
            elif post.department_id != dept_id:
                raise FieldError("post_id", "所选岗位不属于该事项的责任部门")
        if dept_id is None:
            raise FieldError("department_id", "请选择责任部门或窗口岗位")
        if s.get(Department, dept_id) is None:
            raise FieldError("department_id", "所选部门不存在")
        code = c.code
        if code:
            clash = s.scalar(select(ServiceItem.id).where(ServiceItem.code == code))
            if clash is not None and clash != item_id:
                raise FieldError("code", f"事项编码“{code}”已被其他事项使用")
        found = None
        if item_id is not None:
            found = s.get(ServiceItem, item_id)
            if found is None:
                raise NotFound("找不到该办事事项")
            code = code or found.code
        if not code:
            code = _next_code(s)
            key = item_search_key(c.name, c.aliases, code)
        item = found or ServiceItem(created_at=now, version=0, sort_order=0)
        item.code = code
        item.name = c.name
        item.aliases = c.aliases
        item.department_id = dept_id
        item.post_id = c.post_id
        item.kind = c.kind.value
        item.promised_days = c.promised_days
        item.callback_days = c.callback_days
        item.active = c.active
        item.search_key = key
        item.version = (item.version or 0) + 1
        item.updated_at = now
        if found is None:
            s.add(item)
        s.flush()
        version = ServiceItemVersion(
            item_id=item.id, version=item.version, created_at=now,
            operator_id=self.ctx.operator_id, change_note=note, code=code, name=c.name,
            aliases=c.aliases, department_id=dept_id, post_id=c.post_id, kind=c.kind.value,
            promised_days=c.promised_days, callback_days=c.callback_days, active=c.active,
            legal_basis=c.legal_basis, conditions=c.conditions, procedure=c.procedure,
            fees=c.fees, prerequisites=c.prerequisites, location=c.location, hours=c.hours,
            consult_phone=c.consult_phone, complaint_phone=c.complaint_phone,
        )  # fmt: skip
        s.add(version)
        s.flush()
        for seq, m in enumerate(c.materials, start=1):
            s.add(
                ServiceMaterial(
                    version_id=version.id, seq=seq, name=m.name, form=m.form.value,
                    copies=m.copies, required=m.required, note=m.note,
                )
            )  # fmt: skip
        for seq, r in enumerate(c.refusal_reasons, start=1):
            s.add(RefusalReason(version_id=version.id, seq=seq, reason=r.reason, basis=r.basis))
        return item.id
