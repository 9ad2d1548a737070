"""Benchmark: the appointment book and 限时办结 with years of records.

Run:  .venv/bin/python tests/benchmarks/appointments.py [--appointments 100000] [--cases 50000]

Builds a hall through the services (6 departments, 60 staff, 20 posts), bulk-inserts the
appointments and cases through Core (three years of office hours; about 3 % still open, a
part of them made while the handler was away, booked slots on most), then times through
the real services:

* the board's badge providers of this feature (待回电, 回电超时, 今日预约, 在办件, 办件超期);
* the overdue overview (逾期一览) and the reminder check;
* the book's default view (open entries) and a text search over all dates;
* the live conflict check of the dialog and saving an entry with a booked slot;
* the week view; the open cases list; 受理 of a new case.

and prints a table (median and worst of the runs).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from sqlalchemy import insert, select

from desk.bootstrap import open_hall
from desk.db.models import Appointment, Intake, TimeLimitCase, WhereaboutsEntry
from desk.domain.appointments.providers import (
    _appointments_today,
    _callbacks,
    _callbacks_overdue,
    _cases,
    _cases_overdue,
)
from desk.domain.appointments.views import AppointmentDraft, AppointmentFilter
from desk.domain.cases.views import OPEN_CASE_STATES, CaseDraft, CaseFilter
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import AppointmentState, Channel, MatterKind, Outcome, Role, Status
from desk.domain.hall import Hall
from desk.domain.intake.views import IntakeDraft

NOW = datetime(2026, 11, 16, 10, 0)
NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红梅玉海燕"
MATTERS = ["低保申请咨询", "临时救助申请", "高龄津贴申领", "医保报销", "失业登记", "生育登记",
           "农村建房审批", "残疾人两项补贴", "优待证办理", "养老保险待遇申领"]  # fmt: skip


def build_hall(path: Path) -> tuple[Hall, list[int], list[int]]:
    hall = open_hall(f"sqlite:///{path}", clock=FixedClock(NOW))
    st = hall.staff
    staff: list[int] = []
    posts: list[int] = []
    for d in range(6):
        dept = st.add_department(f"部门{d + 1}")
        people = [st.add_staff(f"员工{d}{i}", dept, phone="13800000000") for i in range(10)]
        staff += people
        for p in range(3 if d < 2 else 4 if d < 4 else 3):
            if len(posts) < 20:
                posts.append(st.add_post(f"岗位{d}{p}", dept, a_id=people[p], b_id=people[p + 3]))
    op = hall.operators.add(staff[0], Role.ADMIN, pin="2468")
    hall.operators.sign_in(op, "2468")
    # A few people away now, one since before most open entries were made.
    for sid in staff[5:12]:
        hall.board.set_status(sid, Status.MEETING, override_reason="基准测试")
    return hall, staff, posts


def office_moment(rng: random.Random, days_back: int) -> datetime:
    day = NOW.date() - timedelta(days=rng.randrange(days_back))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime.combine(day, dtime(8 + rng.randrange(9), rng.randrange(60)))


def fill(hall: Hall, staff: list[int], posts: list[int], n_app: int, n_cases: int) -> None:
    rng = random.Random(20261116)
    cal = hall.ctx.calendar
    with hall.db.read() as s:
        absent_since = dict(
            s.execute(
                select(WhereaboutsEntry.staff_id, WhereaboutsEntry.started_at).where(
                    WhereaboutsEntry.ended_at.is_(None)
                )
            ).all()
        )
    rows = []
    for _ in range(n_app):
        created = office_moment(rng, 3 * 365)
        handler = rng.choice(staff)
        recent = (NOW - created).days < 10
        # Old entries are closed; recent ones are waiting or called back.
        if recent:
            state = "pending" if rng.random() < 0.6 else "contacted"
        else:
            state = rng.choice(["done", "done", "done", "cancelled"])
        absent = handler in absent_since and created >= absent_since[handler]
        booked = (
            created.date() + timedelta(days=rng.randrange(1, 8)) if rng.random() < 0.7 else None
        )
        start = dtime(8 + rng.randrange(9), rng.choice((0, 30))) if booked else None
        rows.append(
            {
                "created_at": created,
                "created_by": 1,
                "source": rng.choice(["message", "phone", "intake"]),
                "visitor_unit": "",
                "visitor_name": rng.choice(NAMES) + rng.choice(GIVEN),
                "visitor_phone": f"13{rng.randrange(10**9):09d}",
                "visitor_address": "",
                "matter": rng.choice(MATTERS),
                "message": "",
                "handler_id": handler,
                "booked_date": booked,
                "slot_start": start,
                "slot_end": (datetime.combine(date.min, start) + timedelta(minutes=30)).time()
                if start
                else None,
                "state": state,
                "callback_days": 1,
                "handler_absent": absent,
                "callback_due": None if absent else cal.add_working_days(created, 1),
                "contacted_at": created + timedelta(hours=3) if state != "pending" else None,
                "contact_note": "已回电" if state != "pending" else "",
                "result": "",
                "cancel_reason": "",
                "void_reason": "",
            }
        )
    with hall.db.engine.begin() as conn:
        conn.execute(insert(Appointment), rows)
    # Cases need intakes: one Core-inserted intake per case.
    intakes, cases = [], []
    for i in range(n_cases):
        accepted = office_moment(rng, 3 * 365)
        handler = rng.choice(staff)
        intakes.append(
            {
                "id": i + 1,
                "created_at": accepted,
                "channel": "visit",
                "visitor_name": rng.choice(NAMES) + rng.choice(GIVEN),
                "visitor_phone": f"13{rng.randrange(10**9):09d}",
                "matter": rng.choice(MATTERS),
                "first_contact_id": staff[0],
                "outcome": "handled",
                "post_id": rng.choice(posts),
            }
        )
        days = rng.choice((1, 3, 5, 10, 20))
        promised = cal.add_working_days(accepted, days)
        recent = (NOW - accepted).days < 40
        state = (
            rng.choice(["accepted", "in_progress"])
            if recent and rng.random() < 0.5
            else (rng.choice(["completed", "completed", "completed", "returned"]))
        )
        cases.append(
            {
                "intake_id": i + 1,
                "receipt_year": accepted.year,
                "receipt_seq": i + 1,
                "matter": intakes[-1]["matter"],
                "visitor_name": intakes[-1]["visitor_name"],
                "visitor_phone": intakes[-1]["visitor_phone"],
                "post_id": intakes[-1]["post_id"],
                "handler_id": handler,
                "kind": "promised",
                "limit_days": days,
                "accepted_at": accepted,
                "accepted_by": 1,
                "original_date": promised,
                "promised_date": promised,
                "state": state,
                "late": state == "completed" and rng.random() < 0.1,
            }
        )
    with hall.db.engine.begin() as conn:
        conn.execute(insert(Intake), intakes)
        conn.execute(insert(TimeLimitCase), cases)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--appointments", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    try:
        t0 = time.perf_counter()
        hall, staff, posts = build_hall(tmp / "bench.sqlite3")
        fill(hall, staff, posts, args.appointments, args.cases)
        print(f"built {args.appointments} appointments, {args.cases} cases "
              f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        with hall.db.read() as s:
            open_apps = s.scalar(
                select(Appointment.id).where(Appointment.state == "pending").limit(1)
            )
            assert open_apps is not None

        def badges() -> int:
            with hall.db.read() as s:
                return sum(
                    sum(p(s, NOW).values())
                    for p in (_callbacks, _callbacks_overdue, _appointments_today, _cases,
                              _cases_overdue)
                )  # fmt: skip

        slot = dict(booked_date=date(2026, 11, 18), slot_start=dtime(9), slot_end=dtime(9, 30))
        draft = AppointmentDraft(staff[20], "张三", "13812345678", "低保申请咨询", **slot)
        n = iter(range(10_000))

        def save() -> int:
            i = next(n)
            minute = i % 16 * 30
            start = dtime(8 + minute // 60, minute % 60)
            end = (datetime.combine(date.min, start) + timedelta(minutes=30)).time()
            return hall.appointments.create(
                AppointmentDraft(staff[30 + i // 16], "李四", "13812345678", "医保报销",
                                 booked_date=date(2026, 11, 19), slot_start=start, slot_end=end)
            )  # fmt: skip

        def accept() -> int:
            iid = hall.intakes.save(
                IntakeDraft(channel=Channel.VISIT, visitor_name="王五", visitor_phone="13812345678",
                            matter="医保报销", outcome=Outcome.HANDLED, post_id=posts[0])
            ).intake_id  # fmt: skip
            return hall.cases.open_case(CaseDraft(iid, MatterKind.PROMISED, 10))

        rows = [
            ("board badges (5 providers)", badges),
            ("逾期一览 overdue.items()", hall.overdue.items),
            (
                "book: open entries",
                lambda: hall.appointments.find(
                    AppointmentFilter(states=(AppointmentState.PENDING, AppointmentState.CONTACTED))
                ),
            ),
            (
                "book: search all dates '张伟'",
                lambda: hall.appointments.find(AppointmentFilter(text="张伟")),
            ),
            ("dialog conflict check", lambda: hall.appointments.check(draft)),
            ("save entry with a slot", save),
            (
                "week view (booked)",
                lambda: hall.appointments.booked(date(2026, 11, 16), date(2026, 11, 22)),
            ),
            ("cases: open list", lambda: hall.cases.find(CaseFilter(states=OPEN_CASE_STATES))),
            ("受理 (intake + case)", accept),
        ]
        print(f"{'operation':36} {'median ms':>10} {'worst ms':>10} {'rows':>8}")
        for label, fn in rows:
            med, worst, result = timed(fn, args.runs)
            count = len(result) if isinstance(result, list) else result
            print(f"{label:36} {med:10.1f} {worst:10.1f} {count!s:>8}")
        hall.db.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
