"""请假每周统计: the approved requests of one week, counted as the rule book asks
(中心主任须将获得审批的请假条，每周统计一次并上报街道主要领导)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from desk.domain.common.codes import LeaveState
from desk.domain.leave import rules
from desk.domain.leave.queries import LeaveQueries
from desk.domain.leave.views import LeaveFilter, PersonWeek, WeekLine, WeekStats


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class LeaveStats(LeaveQueries):
    def week(self, any_day: date) -> WeekStats:
        """The week (Monday to Sunday) that holds ``any_day``."""
        monday = monday_of(any_day)
        sunday = monday + timedelta(days=6)
        start = datetime.combine(monday, time.min)
        end = start + timedelta(days=7)
        hours = self.hours()
        live = (LeaveState.APPROVED, LeaveState.CLOSED)
        lines = []
        for v in sorted(
            self.find(LeaveFilter(states=live, first=monday, last=sunday)),
            key=lambda v: (v.starts_at, v.id),
        ):
            finish = v.closed_at if v.state is LeaveState.CLOSED and v.closed_at else v.ends_at
            first, last = max(v.starts_at, start), min(finish, end)
            if last <= first:
                continue
            days = rules.working_days(first, last, self.ctx.calendar, hours)
            lines.append(WeekLine(v, first, last, days))
        per: dict[int, list[WeekLine]] = defaultdict(list)
        for line in lines:
            per[line.request.staff_id].append(line)
        people = []
        for items in per.values():
            kinds: dict[str, float] = defaultdict(float)
            for line in items:
                kinds[line.request.kind_label] += line.days
            head = items[0].request
            people.append(
                PersonWeek(
                    head.staff,
                    head.department,
                    len(items),
                    sum(line.days for line in items),
                    "、".join(f"{k}{rules.days_text(d)}" for k, d in kinds.items()),
                )
            )
        people.sort(key=lambda p: (-p.days, p.staff))
        by_kind: dict[str, list[float]] = defaultdict(list)
        for line in lines:
            by_kind[line.request.kind_label].append(line.days)
        kinds_table = tuple((k, len(v), sum(v)) for k, v in sorted(by_kind.items()))
        pending = len(self.find(LeaveFilter(states=(LeaveState.PENDING,), first=monday,
                                            last=sunday)))  # fmt: skip
        unrequested = len(self.unrequested(monday, sunday))
        return WeekStats(
            monday, sunday, str(self.settings.get("hall.name")), tuple(lines), tuple(people),
            kinds_table, pending, unrequested,
        )  # fmt: skip
