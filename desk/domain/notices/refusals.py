"""否定报备: filing a matter the handler decided not to accept (DOMAIN §7).

The 否定报备登记表 holds the applicant (unit/name), phone, matter, the reason and its
legal basis, the handler's opinion and the leader's opinion; it must be reported to the
leader within 2 working days (setting ``refusal.report_days``) and the applicant is
told in writing (the 不予受理通知书, see desk.domain.notices.service).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db import numbering
from desk.db.models import Operator, RefusalRecord, ServiceItem, Staff
from desk.domain.admin.settings import SettingsService
from desk.domain.catalogue.service import CatalogueService
from desk.domain.common.context import Context
from desk.domain.common.edits import check_version
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.common.validation import check_phone
from desk.domain.notices.service import number_text
from desk.domain.notices.views import RefusalView

__all__ = ["RefusalRequest", "RefusalService"]

LONG = TEXT_LIMITS["long_text"]


@dataclass(frozen=True)
class RefusalRequest:
    """The 否定报备登记表 as the clerk filled it in."""

    applicant_name: str
    reason: str
    matter: str = ""
    item_id: int | None = None
    applicant_unit: str = ""
    applicant_phone: str = ""
    basis: str = ""
    handler_id: int | None = None
    handler_opinion: str = ""
    leader_id: int | None = None
    leader_opinion: str = ""
    reported_on: date | None = None
    returned_materials: str = ""
    intake_id: int | None = None


class RefusalService:
    """hall.refusals: the 否定报备 register."""

    def __init__(
        self, ctx: Context, catalogue: CatalogueService, settings: SettingsService
    ) -> None:
        self.ctx = ctx
        self.catalogue = catalogue
        self.settings = settings

    def _report_days(self) -> int:
        try:
            return int(self.settings.get("refusal.report_days"))
        except KeyError:
            return 2

    def _prefix(self) -> str:
        try:
            return str(self.settings.get("refusal.prefix"))
        except KeyError:
            return "否定报备"

    # ---- writes --------------------------------------------------------------------
    def file(self, req: RefusalRequest) -> RefusalView:
        """Register a refusal; returns the filed record. Raises FieldError on bad input."""
        item = self.catalogue.detail(req.item_id) if req.item_id is not None else None
        matter = clean_text(
            req.matter or (item.content.name if item else ""),
            field="matter",
            label="申报事项",
            max_len=TEXT_LIMITS["matter"],
            required=True,
        )
        name = clean_text(
            req.applicant_name,
            field="applicant_name",
            label="申报人姓名",
            max_len=TEXT_LIMITS["name"],
            required=True,
        )
        unit = clean_text(
            req.applicant_unit,
            field="applicant_unit",
            label="申报单位",
            max_len=TEXT_LIMITS["unit"],
        )
        phone = check_phone(req.applicant_phone, field="applicant_phone", label="联系电话")
        reason = clean_text(
            req.reason,
            field="reason",
            label="否定理由",
            max_len=TEXT_LIMITS["reason"],
            required=True,
            multiline=True,
        )
        basis = clean_text(req.basis, field="basis", label="依据", max_len=LONG, multiline=True)
        handler_opinion = clean_text(
            req.handler_opinion,
            field="handler_opinion",
            label="经办人意见",
            max_len=LONG,
            multiline=True,
        )
        leader_opinion = clean_text(
            req.leader_opinion,
            field="leader_opinion",
            label="领导意见",
            max_len=LONG,
            multiline=True,
        )
        returned = clean_text(
            req.returned_materials, field="returned_materials", label="退还材料",
            max_len=LONG, multiline=True,
        )  # fmt: skip
        if leader_opinion and req.leader_id is None:
            raise FieldError("leader_id", "填写领导意见时请选择签署意见的领导")
        if req.reported_on is not None and req.reported_on > self.ctx.now().date():
            raise FieldError("reported_on", "报备日期不能晚于今天")
        prefix = self._prefix()

        def work(s: Session) -> int:
            now = self.ctx.now()
            handler_id = req.handler_id
            if handler_id is None and self.ctx.operator_id is not None:
                op = s.get(Operator, self.ctx.operator_id)
                handler_id = op.staff_id if op else None
            for field, person in (("handler_id", handler_id), ("leader_id", req.leader_id)):
                if person is not None and s.get(Staff, person) is None:
                    raise FieldError(field, "找不到所选人员")
            if req.item_id is not None and s.get(ServiceItem, req.item_id) is None:
                raise FieldError("item_id", "找不到所选事项")
            seq = numbering.next_number(s, numbering.REFUSAL, now.year)
            row = RefusalRecord(
                year=now.year, seq=seq, number=number_text(prefix, now.year, seq),
                created_at=now, operator_id=self.ctx.operator_id, intake_id=req.intake_id,
                item_id=req.item_id, item_version_id=item.version_id if item else None,
                matter=matter, applicant_unit=unit, applicant_name=name, applicant_phone=phone,
                reason=reason, basis=basis, handler_id=handler_id,
                handler_opinion=handler_opinion, leader_id=req.leader_id,
                leader_opinion=leader_opinion, leader_at=now if leader_opinion else None,
                reported_on=req.reported_on or (now.date() if req.leader_id else None),
                returned_materials=returned,
            )  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

        return self.get(self.ctx.write(work))

    def record_leader_opinion(
        self,
        refusal_id: int,
        leader_id: int,
        opinion: str,
        reported_on: date | None = None,
        expected_version: int | None = None,
    ) -> RefusalView:
        """The leader's opinion (领导意见); also marks the record reported if it was not.

        expected_version: the record's row_version the form opened on (EditConflict if
        another desk wrote an opinion since)."""
        opinion = clean_text(
            opinion,
            field="leader_opinion",
            label="领导意见",
            max_len=LONG,
            required=True,
            multiline=True,
        )
        if reported_on is not None and reported_on > self.ctx.now().date():
            raise FieldError("reported_on", "报备日期不能晚于今天")

        def work(s: Session) -> None:
            row = self._row(s, refusal_id)
            check_version(s, row, expected_version, f"否定报备{row.number}")
            if s.get(Staff, leader_id) is None:
                raise FieldError("leader_id", "找不到所选领导")
            row.leader_id = leader_id
            row.leader_opinion = opinion
            row.leader_at = self.ctx.now()
            if reported_on is not None:
                row.reported_on = reported_on
            elif row.reported_on is None:
                row.reported_on = self.ctx.now().date()

        self.ctx.write(work)
        return self.get(refusal_id)

    def void(self, refusal_id: int, reason: str) -> None:
        reason = clean_text(
            reason,
            field="void_reason",
            label="作废原因",
            max_len=TEXT_LIMITS["reason"],
            required=True,
        )

        def work(s: Session) -> None:
            row = self._row(s, refusal_id)
            row.voided_at = self.ctx.now()
            row.void_reason = reason
            row.voided_by = self.ctx.operator_id

        self.ctx.write(work)

    @staticmethod
    def _row(s: Session, refusal_id: int) -> RefusalRecord:
        row = s.get(RefusalRecord, refusal_id)
        if row is None:
            raise NotFound("找不到该否定报备记录")
        if row.voided_at is not None:
            raise DomainError("该否定报备记录已作废")
        return row

    # ---- queries -------------------------------------------------------------------
    def _view(self, s: Session, r: RefusalRecord, names: dict[int, str]) -> RefusalView:
        due = self.ctx.calendar.add_working_days(r.created_at.date(), self._report_days())
        return RefusalView(
            id=r.id, number=r.number, created_at=r.created_at,
            operator=CatalogueService._operator_name(s, r.operator_id), intake_id=r.intake_id,
            item_id=r.item_id, item_version_id=r.item_version_id, matter=r.matter,
            applicant_unit=r.applicant_unit, applicant_name=r.applicant_name,
            applicant_phone=r.applicant_phone, reason=r.reason, basis=r.basis,
            handler_id=r.handler_id, handler=names.get(r.handler_id or 0, ""),
            handler_opinion=r.handler_opinion, leader_id=r.leader_id,
            leader=names.get(r.leader_id or 0, ""), leader_opinion=r.leader_opinion,
            leader_at=r.leader_at, reported_on=r.reported_on, report_due=due,
            returned_materials=r.returned_materials, voided_at=r.voided_at,
            void_reason=r.void_reason, row_version=r.row_version,
        )  # fmt: skip

    def get(self, refusal_id: int) -> RefusalView:
        with self.ctx.db.read() as s:
            row = s.get(RefusalRecord, refusal_id)
            if row is None:
                raise NotFound("找不到该否定报备记录")
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            return self._view(s, row, names)

    def find(
        self,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        include_voided: bool = True,
    ) -> list[RefusalView]:
        """The register, newest first, optionally within [start, end)."""
        q = select(RefusalRecord).order_by(RefusalRecord.created_at.desc(), RefusalRecord.id.desc())
        if start is not None:
            q = q.where(RefusalRecord.created_at >= start)
        if end is not None:
            q = q.where(RefusalRecord.created_at < end)
        if not include_voided:
            q = q.where(RefusalRecord.voided_at.is_(None))
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            return [self._view(s, r, names) for r in s.scalars(q)]
