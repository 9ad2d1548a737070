"""一次性告知: issuing, archiving and reprinting the notices given to visitors (DOMAIN §5).

A notice is numbered (告知〔2026〕第0001号), records who gave it, when, from which
version of the item and which materials the visitor already had, and keeps the exact
HTML that was printed, so a reprint is identical. A phone enquiry is answered by
reading the notice aloud; recording that counts as the one-time notice (no paper).

The domain does not render HTML itself: `issue` takes a `render` callable (from
desk.printing.notice) that it calls inside the saving transaction with the allocated
number, so the number on the paper and in the archive are always the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db import numbering
from desk.db.models import Intake, Notice, Operator, Post, Staff
from desk.domain.admin.settings import SettingsService
from desk.domain.catalogue.service import CatalogueService
from desk.domain.catalogue.views import ItemVersionView
from desk.domain.common.codes import MaterialForm, NoticeKind
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import TEXT_LIMITS, clean_text
from desk.domain.common.validation import check_phone, mask_phone
from desk.domain.notices.views import MaterialTick, NoticeDraft, NoticeView, RefusalView

__all__ = ["NoticeRequest", "NoticeService", "number_text", "phone_script"]

DEFAULT_PREFIXES = {
    NoticeKind.NOTICE: "告知",
    NoticeKind.SUPPLEMENT: "补正",
    NoticeKind.REFUSAL: "不予受理",
    NoticeKind.PHONE: "电告",
}


def number_text(prefix: str, year: int, seq: int) -> str:
    """告知〔2026〕第0001号"""
    return f"{prefix}〔{year}〕第{seq:04d}号"


def clerk_of(s: Session, operator_id: int | None) -> tuple[int | None, str, str]:
    """(staff id, name, window number) of the signed-in operator: the window of the post
    they hold as A, else as B."""
    if operator_id is None:
        return None, "", ""
    op = s.get(Operator, operator_id)
    if op is None:
        return None, "", ""
    person = s.get(Staff, op.staff_id)
    window = s.scalar(
        select(Post.window_no).where(Post.active, Post.a_id == op.staff_id).order_by(Post.id)
    ) or s.scalar(
        select(Post.window_no).where(Post.active, Post.b_id == op.staff_id).order_by(Post.id)
    )
    return op.staff_id, person.name if person else "", window or ""


def phone_script(item: ItemVersionView, complaint_phone: str = "") -> str:
    """The notice as a text to read aloud on the phone, in the order the visitor needs it."""
    c = item.content
    lines = [f"您咨询的是“{c.name}”。"]
    if c.conditions:
        lines.append(f"办理条件：{c.conditions}")
    if c.materials:
        lines.append(f"需要准备的材料共{len(c.materials)}项：")
        for i, m in enumerate(c.materials, start=1):
            extra = "" if m.required else "（视情况提供）"
            note = f"，{m.note}" if m.note else ""
            lines.append(f"{i}. {m.name}，{m.form.label}{m.copies}份{extra}{note}；")
    if c.prerequisites and c.prerequisites != "无":
        lines.append(f"前置审批：{c.prerequisites}")
    if c.procedure:
        lines.append("办理程序：" + "".join(item.content.procedure_steps))
    lines.append(f"办理时限：{item.time_limit_text}。")
    lines.append(f"收费：{c.fees or '不收费'}。")
    if c.location or c.hours:
        lines.append(f"办理地点：{c.location}；办理时间：{c.hours}。")
    phones = []
    if c.consult_phone:
        phones.append(f"咨询电话{c.consult_phone}")
    if complaint_phone:
        phones.append(f"投诉电话{complaint_phone}")
    if phones:
        lines.append("，".join(phones) + "。")
    if c.legal_basis:
        lines.append(f"办理依据：{c.legal_basis}")
    return "\n".join(lines)


def _tick_json(t: MaterialTick) -> dict[str, Any]:
    return {
        "id": t.material_id, "name": t.name, "form": t.form.value, "copies": t.copies,
        "required": t.required, "note": t.note, "had": t.had,
    }  # fmt: skip


@dataclass(frozen=True)
class NoticeRequest:
    """What the clerk chose in the notice dialog."""

    kind: NoticeKind
    item_id: int
    had_material_ids: frozenset[int] = frozenset()
    visitor_name: str = ""
    visitor_unit: str = ""
    visitor_phone: str = ""
    intake_id: int | None = None
    refusal_id: int | None = None


Renderer = Callable[[NoticeDraft], str]


class NoticeService:
    """hall.notices: give, archive, list and reprint one-time notices."""

    def __init__(
        self, ctx: Context, catalogue: CatalogueService, settings: SettingsService
    ) -> None:
        self.ctx = ctx
        self.catalogue = catalogue
        self.settings = settings

    # ---- helpers -------------------------------------------------------------------
    def prefix(self, kind: NoticeKind) -> str:
        try:
            return str(self.settings.get(f"notice.prefix.{kind.value}"))
        except KeyError:
            return DEFAULT_PREFIXES[kind]

    def intake_visitor(self, intake_id: int) -> tuple[str, str, str, int | None, str, str]:
        """(name, unit, phone, item id, channel, matter) of an intake, to prefill the dialog."""
        with self.ctx.db.read() as s:
            row = s.get(Intake, intake_id)
            if row is None:
                raise NotFound("找不到该办事登记")
            return (
                row.visitor_name, row.visitor_unit, row.visitor_phone, row.service_item_id,
                row.channel, row.matter,
            )  # fmt: skip

    def _complaint_phone(self, item: ItemVersionView) -> str:
        return item.content.complaint_phone or str(self.settings.get("hall.complaint_phone"))

    @staticmethod
    def ticks(item: ItemVersionView, had_ids: Collection[int]) -> tuple[MaterialTick, ...]:
        return tuple(
            MaterialTick(m.id, m.name, m.form, m.copies, m.required, m.note, m.id in had_ids)
            for m in item.content.materials
        )

    def _clean_visitor(self, req: NoticeRequest) -> tuple[str, str, str]:
        name = clean_text(
            req.visitor_name, field="visitor_name", label="办事人姓名", max_len=TEXT_LIMITS["name"],
            required=req.kind is not NoticeKind.PHONE,
        )  # fmt: skip
        unit = clean_text(
            req.visitor_unit, field="visitor_unit", label="单位", max_len=TEXT_LIMITS["unit"]
        )
        phone = check_phone(req.visitor_phone, field="visitor_phone", label="联系电话")
        return name, unit, phone

    # ---- writes --------------------------------------------------------------------
    def issue(
        self, req: NoticeRequest, render: Renderer | None = None, refusal: RefusalView | None = None
    ) -> NoticeView:
        """Number, render (printed kinds) and archive one notice; returns the archived view.

        A 补正材料通知书 needs at least one missing material. A phone notice stores the
        text read aloud instead of HTML.
        """
        item = self.catalogue.detail(req.item_id)
        name, unit, phone = self._clean_visitor(req)
        ticks = self.ticks(item, req.had_material_ids)
        missing = [t for t in ticks if not t.had]
        if req.kind is NoticeKind.SUPPLEMENT and not missing:
            raise DomainError("材料已全部齐全，无需出具补正材料通知书")
        if req.kind is NoticeKind.REFUSAL and refusal is None:
            raise DomainError("不予受理通知书须先填写否定报备登记")
        if req.kind is not NoticeKind.PHONE and render is None:
            raise DomainError("缺少打印模板")
        prefix = self.prefix(req.kind)
        hall_name = str(self.settings.get("hall.name"))
        logo = str(self.settings.get("hall.logo"))
        hall_phone = str(self.settings.get("hall.phone"))
        complaint = self._complaint_phone(item)
        spoken = phone_script(item, complaint) if req.kind is NoticeKind.PHONE else ""

        def work(s: Session) -> int:
            now = self.ctx.now()
            seq = numbering.next_number(s, numbering.notice_series(req.kind.value), now.year)
            number = number_text(prefix, now.year, seq)
            clerk_id, clerk_name, window = clerk_of(s, self.ctx.operator_id)
            html = ""
            if render is not None and req.kind is not NoticeKind.PHONE:
                html = render(
                    NoticeDraft(
                        kind=req.kind, number=number, created_at=now, hall_name=hall_name,
                        hall_logo=logo, hall_phone=hall_phone, complaint_phone=complaint,
                        item=item, ticks=ticks, visitor_name=name, visitor_unit=unit,
                        visitor_phone=mask_phone(phone), clerk_name=clerk_name,
                        window_no=window, refusal=refusal,
                    )
                )  # fmt: skip
            row = Notice(
                kind=req.kind.value, year=now.year, seq=seq, number=number, created_at=now,
                operator_id=self.ctx.operator_id, clerk_id=clerk_id, clerk_name=clerk_name,
                window_no=window, item_id=item.item_id, item_version_id=item.version_id,
                item_version=item.version, intake_id=req.intake_id,
                refusal_id=refusal.id if refusal else req.refusal_id,
                matter=refusal.matter if refusal else item.content.name,
                visitor_unit=unit, visitor_name=name, visitor_phone=phone,
                materials_json=json.dumps(
                    [_tick_json(t) for t in ticks],
                    ensure_ascii=False,
                ),
                missing_count=len(missing), html=html, spoken_text=spoken,
                print_count=1 if html else 0, last_printed_at=now if html else None,
            )  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

        return self.get(self.ctx.write(work))

    def record_phone(
        self, item_id: int, *, visitor_name: str = "", visitor_phone: str = "",
        visitor_unit: str = "", intake_id: int | None = None,
    ) -> NoticeView:  # fmt: skip
        """已电话告知: the notice was read to a caller; archived without paper."""
        return self.issue(
            NoticeRequest(
                NoticeKind.PHONE, item_id, visitor_name=visitor_name, visitor_unit=visitor_unit,
                visitor_phone=visitor_phone, intake_id=intake_id,
            )
        )  # fmt: skip

    def reprint(self, notice_id: int) -> NoticeView:
        """Count one more print of an archived notice; the HTML is the archived one."""

        def work(s: Session) -> None:
            row = s.get(Notice, notice_id)
            if row is None:
                raise NotFound("找不到该告知记录")
            if not row.html:
                raise DomainError("电话告知没有打印件")
            if row.voided_at is not None:
                raise DomainError("该告知记录已作废，不能重新打印")
            row.print_count += 1
            row.last_printed_at = self.ctx.now()

        self.ctx.write(work)
        return self.get(notice_id)

    def void(self, notice_id: int, reason: str) -> None:
        reason = clean_text(
            reason, field="void_reason", label="作废原因", max_len=TEXT_LIMITS["reason"],
            required=True,
        )  # fmt: skip

        def work(s: Session) -> None:
            row = s.get(Notice, notice_id)
            if row is None:
                raise NotFound("找不到该告知记录")
            if row.voided_at is not None:
                raise DomainError("该告知记录已作废")
            row.voided_at = self.ctx.now()
            row.void_reason = reason
            row.voided_by = self.ctx.operator_id

        self.ctx.write(work)

    # ---- queries -------------------------------------------------------------------
    def _view(self, s: Session, n: Notice) -> NoticeView:
        raw = json.loads(n.materials_json or "[]")
        ticks = tuple(
            MaterialTick(
                r.get("id"), r["name"], MaterialForm.of(r.get("form", "copy")), r.get("copies", 1),
                r.get("required", True), r.get("note", ""), bool(r["had"]),
            )
            for r in raw
        )  # fmt: skip
        op_name = CatalogueService._operator_name(s, n.operator_id)
        return NoticeView(
            id=n.id, kind=NoticeKind.of(n.kind), number=n.number, created_at=n.created_at,
            operator=op_name, clerk_name=n.clerk_name, window_no=n.window_no, item_id=n.item_id,
            item_version_id=n.item_version_id, item_version=n.item_version,
            intake_id=n.intake_id, refusal_id=n.refusal_id, matter=n.matter,
            visitor_unit=n.visitor_unit, visitor_name=n.visitor_name,
            visitor_phone=n.visitor_phone, ticks=ticks, missing_count=n.missing_count,
            html=n.html, spoken_text=n.spoken_text, print_count=n.print_count,
            last_printed_at=n.last_printed_at, voided_at=n.voided_at, void_reason=n.void_reason,
        )  # fmt: skip

    def get(self, notice_id: int) -> NoticeView:
        with self.ctx.db.read() as s:
            row = s.get(Notice, notice_id)
            if row is None:
                raise NotFound("找不到该告知记录")
            return self._view(s, row)

    def find(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        intake_id: int | None = None,
        query: str = "",
        limit: int = 2000,
    ) -> list[NoticeView]:
        """Notices newest first, optionally in [start, end), for one intake, or matching
        a visitor name / phone / matter / number fragment."""
        q = select(Notice).order_by(Notice.created_at.desc(), Notice.id.desc())
        if start is not None:
            q = q.where(Notice.created_at >= start)
        if end is not None:
            q = q.where(Notice.created_at < end)
        if intake_id is not None:
            q = q.where(Notice.intake_id == intake_id)
        text = query.strip()
        if text:
            like = f"%{text}%"
            q = q.where(
                Notice.visitor_name.like(like)
                | Notice.visitor_phone.like(like)
                | Notice.matter.like(like)
                | Notice.number.like(like)
            )
        with self.ctx.db.read() as s:
            return [self._view(s, n) for n in s.scalars(q.limit(limit))]
