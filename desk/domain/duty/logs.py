"""值班记录: the day's log the 值班领导 keeps and signs (领导值班监督制度: 认真做好当天值班记录).

Each day: 日常出勤, 挂牌上岗, 服务态度, 环境卫生 and 安全防范 checked (正常 / 有问题 with what),
free notes, and the complaints and 差评 handled that day (linked from their own records by
the providers the Hall installs). The day's leader — or a director for them — signs; a
signed log is final, a wrong one is voided with a reason and written again. A past working
day on the roster without a signed log shows on the director's list.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import DutyAssignment, DutyLog, Operator, Staff, WhereaboutsEntry
from desk.domain.admin.settings import SettingsService
from desk.domain.common.codes import Status
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text
from desk.domain.duty.lookup import leader_on
from desk.domain.duty.views import (
    CHECK_LABELS,
    CHECKS,
    DayRecord,
    DayRecordProvider,
    DutyLogDraft,
    DutyLogView,
    MissingLog,
)
from desk.domain.people.permissions import Permission, require


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


class DutyLogs:
    """The log half of ``hall.duty``."""

    ctx: Context
    settings: SettingsService
    day_record_providers: dict[str, DayRecordProvider]

    def add_day_records(self, kind: str, provider: DayRecordProvider) -> None:
        """Link another record kind's records of a day to its log (complaints, 差评 …)."""
        self.day_record_providers[kind] = provider

    def _operator_staff(self, s: Session) -> int | None:
        raise NotImplementedError  # DutyRoster has it

    # ---- reading -----------------------------------------------------------------------
    def _current(self, s: Session, day: date) -> DutyLog | None:
        return s.scalars(
            select(DutyLog)
            .where(DutyLog.day == day, DutyLog.voided_at.is_(None))
            .order_by(DutyLog.id.desc())
        ).first()

    def _view(self, s: Session, log: DutyLog) -> DutyLogView:
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        ops = dict(
            s.execute(
                select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
            ).all()
        )
        checks = tuple(
            (key, label, getattr(log, f"{key}_ok"), getattr(log, f"{key}_note"))
            for key, label in CHECKS
        )
        records: list[DayRecord] = []
        for provider in self.day_record_providers.values():
            records.extend(provider(s, log.day))
        return DutyLogView(
            id=log.id,
            day=log.day,
            leader_id=log.leader_id,
            leader=names.get(log.leader_id or 0, ""),
            checks=checks,
            notes=log.notes,
            created_at=log.created_at,
            updated_at=log.updated_at,
            written_by=ops.get(log.operator_id or 0, ""),
            signed_at=log.signed_at,
            signed_by=names.get(log.signed_by or 0, ""),
            voided=log.voided_at is not None,
            void_reason=log.void_reason,
            records=tuple(records),
        )

    def log(self, day: date) -> DutyLogView | None:
        """The day's log (not voided), or None when it has not been written."""
        with self.ctx.db.read() as s:
            log = self._current(s, day)
            return self._view(s, log) if log is not None else None

    def logs(self, first: date, last: date, *, include_voided: bool = True) -> list[DutyLogView]:
        """Logs of the days from first to last, by day (voided ones too, for the ledger)."""
        with self.ctx.db.read() as s:
            q = select(DutyLog).where(DutyLog.day >= first, DutyLog.day <= last)
            if not include_voided:
                q = q.where(DutyLog.voided_at.is_(None))
            rows = list(s.scalars(q.order_by(DutyLog.day, DutyLog.id)))
            return [self._view(s, log) for log in rows]

    def links_day_records(self) -> bool:
        """Whether any record kind (complaints, 差评 …) is linked to the logs yet."""
        return bool(self.day_record_providers)

    def day_records(self, day: date) -> list[DayRecord]:
        with self.ctx.db.read() as s:
            out: list[DayRecord] = []
            for provider in self.day_record_providers.values():
                out.extend(provider(s, day))
            return out

    def attendance_text(self, day: date) -> str:
        """出勤 as the board recorded it that day (up to now): who was away, with or without
        a 请假单."""
        start = datetime.combine(day, time.min)
        # Up to and including this moment: what the leader can have seen.
        end = min(start + timedelta(days=1), self.ctx.now() + timedelta(seconds=1))
        needed = {str(c) for c in self.settings.get("leave.required_statuses")}
        with self.ctx.db.read() as s:
            staff = dict(s.execute(select(Staff.id, Staff.name).where(Staff.active)).all())
            rows = s.scalars(
                select(WhereaboutsEntry)
                .where(
                    WhereaboutsEntry.status != Status.IN_POST.value,
                    WhereaboutsEntry.started_at < end,
                    or_(WhereaboutsEntry.ended_at.is_(None), WhereaboutsEntry.ended_at > start),
                )
                .order_by(WhereaboutsEntry.started_at, WhereaboutsEntry.id)
            ).all()
        leave: dict[str, str] = {}
        duty: dict[str, str] = {}
        missing: dict[str, str] = {}
        for e in rows:
            name = staff.get(e.staff_id)
            if name is None:
                continue
            status = Status.of(e.status)
            label = e.status_text if status is Status.OTHER and e.status_text else status.label
            if e.leave_request_id is not None:
                leave.setdefault(name, label)
            elif e.status in needed:
                missing.setdefault(name, label)
            else:
                duty.setdefault(name, label)
        parts = [f"在册{len(staff)}人"]
        for title, group in (("请假", leave), ("因公外出", duty), ("未请假离岗", missing)):
            if group:
                who = "、".join(f"{n}（{label}）" for n, label in group.items())
                parts.append(f"{title}{len(group)}人：{who}")
        if len(parts) == 1:
            parts.append("全员在岗")
        return "；".join(parts)

    def missing_logs(self, until: date | None = None) -> list[MissingLog]:
        """Past working days on the roster (before ``until``, default today) with no signed
        log, oldest first."""
        last = until or self.ctx.now().date()
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            days = {
                a.day: a.leader_id
                for a in s.scalars(select(DutyAssignment).where(DutyAssignment.day < last))
            }
            logs = {
                log.day: log.signed_at is not None
                for log in s.scalars(
                    select(DutyLog).where(DutyLog.day < last, DutyLog.voided_at.is_(None))
                )
            }
        out = []
        for day in sorted(days):
            if not self.ctx.calendar.is_working_day(day) or logs.get(day):
                continue
            state = "未签字" if day in logs else "未填写"
            out.append(MissingLog(day, names.get(days[day], ""), state))
        return out

    # ---- writing -----------------------------------------------------------------------
    def _clean(self, d: DutyLogDraft) -> DutyLogDraft:
        values: dict[str, object] = {}
        for key, label in CHECKS:
            values[f"{key}_ok"] = getattr(d, f"{key}_ok")
            values[f"{key}_note"] = clean_text(
                getattr(d, f"{key}_note"), field=f"{key}_note", label=label, max_len=1000,
                multiline=True,
            )  # fmt: skip
        values["notes"] = clean_text(
            d.notes, field="notes", label="其他记录", max_len=4000, multiline=True
        )
        return DutyLogDraft(**values)  # type: ignore[arg-type]

    def save_log(self, day: date, draft: DutyLogDraft) -> int:
        """Write or correct the day's log (until it is signed); returns its id."""
        require(self.ctx, Permission.DUTY)
        d = self._clean(draft)
        now = self.ctx.now()
        if day > now.date():
            raise FieldError("day", "不能填写以后日期的值班记录")

        def work(s: Session) -> int:
            log = self._current(s, day)
            if log is not None and log.signed_at is not None:
                raise DomainError(f"{_md(day)}的值班记录已签字，不能再修改；如有错误请作废后重填")
            if log is None:
                log = DutyLog(
                    day=day, leader_id=leader_on(s, day), created_at=now,
                    operator_id=self.ctx.operator_id,
                )  # fmt: skip
                s.add(log)
            else:
                log.updated_at = now
                log.operator_id = self.ctx.operator_id
            for key, _label in CHECKS:
                setattr(log, f"{key}_ok", getattr(d, f"{key}_ok"))
                setattr(log, f"{key}_note", getattr(d, f"{key}_note"))
            log.notes = d.notes
            s.flush()
            return log.id

        return self.ctx.write(work)

    def _check_signable(self, s: Session, day: date) -> DutyLog:
        log = self._current(s, day)
        if log is None:
            raise DomainError(f"{_md(day)}还没有值班记录，请先填写")
        if log.signed_at is not None:
            raise DomainError("该值班记录已签字")
        for key, label in CHECKS:
            ok = getattr(log, f"{key}_ok")
            if ok is None:
                raise FieldError(f"{key}_ok", f"请先检查“{label}”再签字")
            if ok is False and not getattr(log, f"{key}_note").strip():
                raise FieldError(f"{key}_note", f"“{label}”有问题时请写明情况")
        signer = self._operator_staff(s)
        if signer is None:
            raise DomainError("请由值班领导登录后签字")
        person = s.get(Staff, signer)
        if signer != leader_on(s, day) and not (person and person.is_director):
            raise DomainError("值班记录须由当日值班领导（或中心主任代）签字")
        return log

    def check_signable(self, day: date) -> None:
        """What signing would refuse, before the leader is asked to confirm (a read)."""
        require(self.ctx, Permission.DUTY)
        with self.ctx.db.read() as s:
            self._check_signable(s, day)

    def sign_log(self, day: date) -> None:
        """签字: every check answered (a problem written out); the day's leader or a
        director signs."""
        require(self.ctx, Permission.DUTY)
        now = self.ctx.now()

        def work(s: Session) -> None:
            log = self._check_signable(s, day)
            log.signed_at = now
            log.signed_by = self._operator_staff(s)
            if log.leader_id is None:
                log.leader_id = leader_on(s, day)

        self.ctx.write(work)

    def void_log(self, day: date, reason: str) -> None:
        """作废 the day's log with a reason (then it can be written again)."""
        require(self.ctx, Permission.DUTY)
        reason = clean_text(
            reason, field="void_reason", label="作废原因", max_len=200, required=True
        )

        def work(s: Session) -> None:
            log = self._current(s, day)
            if log is None:
                raise NotFound(f"{_md(day)}没有值班记录")
            log.voided_at = self.ctx.now()
            log.voided_by = self.ctx.operator_id
            log.void_reason = reason

        self.ctx.write(work)


__all__ = ["CHECK_LABELS", "DutyLogs"]
