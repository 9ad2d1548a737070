"""Numbers of the printed documents, from locked counter rows (desk.db.models.counters).

``next_number(s, "refusal", 2026)`` increments the (series, year) row with one
``INSERT … ON CONFLICT DO UPDATE … RETURNING`` inside the caller's transaction: the row
lock makes a second desk wait for the first one's commit (SQLite serialises writers
anyway), and a rolled-back save returns its number, so numbers are consecutive and
never issued twice.
"""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.db.models import Counter

NOTICE = "notice"  # + "." + the NoticeKind code: each kind counts on its own
REFUSAL = "refusal"
RECEIPT = "receipt"
LEAVE = "leave"  # 请假〔年〕第N号


def notice_series(kind: str) -> str:
    return f"{NOTICE}.{kind}"


def next_number(s: Session, series: str, year: int) -> int:
    """The next number of series in year (1 for the year's first)."""
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(Counter)
        .values(series=series, year=year, value=1)
        .on_conflict_do_update(
            index_elements=[Counter.series, Counter.year], set_={"value": Counter.value + 1}
        )
        .returning(Counter.value)
    )
    return int(s.execute(stmt).scalar_one())
