"""The 汇总 of a month's ledgers: counts by outcome, post and staff, deadlines kept.

Computed from the same rows the ledger sheets show, so the summary and the sheets always
agree. Voided records are counted apart and left out of every other figure. A deadline
(转交 contact, 预约 callback, 限时办结) counts as decided when it was met, missed, or has
passed without the work done; the on-time rate is 按时 ÷ decided.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desk.domain.common.codes import Outcome
from desk.domain.ledgers.rows import (
    AppointmentLine,
    CaseLine,
    CoverageLine,
    HandoverLine,
    IntakeLine,
    NoticeLine,
    Timeliness,
    WhereaboutsLine,
)

NO_POST = "（未指定岗位）"


@dataclass(frozen=True)
class Tally:
    label: str
    count: int
    # Share of the table's total (0–1), None when the total is 0.
    share: float | None


@dataclass(frozen=True)
class PostTally:
    post: str
    total: int
    handled: int
    notice: int
    handover: int
    referred: int
    outside: int


@dataclass(frozen=True)
class StaffTally:
    name: str
    first_contacts: int
    responsible: int
    handovers_received: int
    handovers_in_time: int
    handovers_missed: int  # contacted late, or overdue and not contacted
    callbacks: int
    callbacks_missed: int
    cases: int
    cases_missed: int


@dataclass(frozen=True)
class DeadlineTally:
    """How the records of one kind kept their deadline (voided ones left out)."""

    total: int
    in_time: int
    late: int
    overdue: int
    open: int
    waiting: int
    # Returned cases, cancelled appointments: no deadline to keep.
    other: int
    voided: int

    @property
    def decided(self) -> int:
        return self.in_time + self.late + self.overdue

    @property
    def rate(self) -> float | None:
        """按时 ÷ (按时 + 逾期办理 + 已逾期未办); None when nothing was due yet."""
        return self.in_time / self.decided if self.decided else None

    @property
    def done_rate(self) -> float | None:
        """按时 ÷ (按时 + 逾期办理): among the records done, the share done in time."""
        done = self.in_time + self.late
        return self.in_time / done if done else None

    @property
    def missed(self) -> int:
        return self.late + self.overdue


@dataclass(frozen=True)
class LedgerSummary:
    intake_total: int
    intake_voided: int
    intake_edited: int
    by_outcome: tuple[Tally, ...]
    by_channel: tuple[Tally, ...]
    by_post: tuple[PostTally, ...]
    by_staff: tuple[StaffTally, ...]
    handovers: DeadlineTally
    appointments: DeadlineTally
    cases: DeadlineTally
    notices_total: int
    notices_voided: int
    notices_printed: int
    notices_by_kind: tuple[Tally, ...]
    absences: int
    absences_by_status: tuple[Tally, ...]
    coverage_total: int
    coverage_uncovered: int

    @property
    def intake_valid(self) -> int:
        return self.intake_total - self.intake_voided

    @property
    def overdue_total(self) -> int:
        """Deadlines missed this month: late or overdue handovers, callbacks and cases."""
        return self.handovers.missed + self.appointments.missed + self.cases.missed


def _tallies(counts: Counter[str], order: Sequence[str] = ()) -> tuple[Tally, ...]:
    total = sum(counts.values())
    labels = [x for x in order if x in counts] + sorted(
        (x for x in counts if x not in order), key=lambda x: (-counts[x], x)
    )
    return tuple(Tally(x, counts[x], counts[x] / total if total else None) for x in labels)


def _deadlines(items: Iterable[tuple[Timeliness, bool]]) -> DeadlineTally:
    c: Counter[Timeliness] = Counter()
    voided = 0
    for timeliness, is_void in items:
        if is_void:
            voided += 1
        else:
            c[timeliness] += 1
    return DeadlineTally(
        total=sum(c.values()),
        in_time=c[Timeliness.IN_TIME],
        late=c[Timeliness.LATE],
        overdue=c[Timeliness.OVERDUE],
        open=c[Timeliness.OPEN],
        waiting=c[Timeliness.WAITING],
        other=c[Timeliness.RETURNED] + c[Timeliness.CANCELLED],
        voided=voided,
    )


_MISSED = (Timeliness.LATE, Timeliness.OVERDUE)


def _by_post(valid: list[IntakeLine]) -> tuple[PostTally, ...]:
    per: dict[str, Counter[str]] = {}
    for i in valid:
        per.setdefault(i.post or NO_POST, Counter())[i.outcome] += 1
    rows = [
        PostTally(
            post,
            sum(c.values()),
            c[Outcome.HANDLED.value],
            c[Outcome.NOTICE.value],
            c[Outcome.HANDOVER.value],
            c[Outcome.REFERRED.value],
            c[Outcome.OUTSIDE.value],
        )
        for post, c in per.items()
    ]
    rows.sort(key=lambda r: (r.post == NO_POST, -r.total, r.post))
    return tuple(rows)


def _by_staff(
    valid: list[IntakeLine],
    handovers: list[HandoverLine],
    appointments: list[AppointmentLine],
    cases: list[CaseLine],
) -> tuple[StaffTally, ...]:
    c: dict[str, Counter[str]] = {}

    def add(name: str, key: str) -> None:
        if name:
            c.setdefault(name, Counter())[key] += 1

    for i in valid:
        add(i.first_contact, "first")
        add(i.responsible, "responsible")
    for h in handovers:
        if not h.voided:
            add(h.to_name, "handovers")
            if h.timeliness is Timeliness.IN_TIME:
                add(h.to_name, "handovers_in_time")
            elif h.timeliness in _MISSED:
                add(h.to_name, "handovers_missed")
    for a in appointments:
        if not a.voided:
            add(a.handler, "callbacks")
            if a.timeliness in _MISSED:
                add(a.handler, "callbacks_missed")
    for k in cases:
        if not k.voided:
            add(k.handler, "cases")
            if k.timeliness in _MISSED:
                add(k.handler, "cases_missed")
    rows = [
        StaffTally(
            name,
            n["first"],
            n["responsible"],
            n["handovers"],
            n["handovers_in_time"],
            n["handovers_missed"],
            n["callbacks"],
            n["callbacks_missed"],
            n["cases"],
            n["cases_missed"],
        )
        for name, n in c.items()
    ]
    rows.sort(key=lambda r: (-(r.first_contacts + r.responsible), r.name))
    return tuple(rows)


def summarise(
    intakes: list[IntakeLine],
    handovers: list[HandoverLine],
    appointments: list[AppointmentLine],
    cases: list[CaseLine],
    notices: list[NoticeLine],
    whereabouts: list[WhereaboutsLine],
    coverage: list[CoverageLine],
) -> LedgerSummary:
    """The month's figures from its ledger rows."""
    valid = [i for i in intakes if not i.voided]
    outcome_order = [o.label for o in Outcome]
    live_notices = [n for n in notices if not n.voided]
    return LedgerSummary(
        intake_total=len(intakes),
        intake_voided=len(intakes) - len(valid),
        intake_edited=sum(1 for i in intakes if i.edited and not i.voided),
        by_outcome=_tallies(Counter(i.outcome_label for i in valid), outcome_order),
        by_channel=_tallies(Counter(i.channel for i in valid)),
        by_post=_by_post(valid),
        by_staff=_by_staff(valid, handovers, appointments, cases),
        handovers=_deadlines((h.timeliness, h.voided) for h in handovers),
        appointments=_deadlines((a.timeliness, a.voided) for a in appointments),
        cases=_deadlines((k.timeliness, k.voided) for k in cases),
        notices_total=len(live_notices),
        notices_voided=len(notices) - len(live_notices),
        notices_printed=sum(n.print_count for n in live_notices),
        notices_by_kind=_tallies(Counter(n.kind_label for n in live_notices)),
        absences=len(whereabouts),
        absences_by_status=_tallies(Counter(w.status_label for w in whereabouts)),
        coverage_total=len(coverage),
        coverage_uncovered=sum(1 for c in coverage if not c.covering),
    )
