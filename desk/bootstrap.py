"""Opening the store: engine, migrations to head, and the Hall facade."""

from __future__ import annotations

from desk.db.engine import Database
from desk.db.migrate import upgrade_to_head
from desk.domain.common.clock import Clock
from desk.domain.hall import Hall


def open_hall(url: str, clock: Clock | None = None) -> Hall:
    """Open (creating or upgrading) the database at url. Raises SchemaTooNew/DatabaseUnreadable."""
    db = Database(url)
    try:
        upgrade_to_head(db.engine)
    except Exception:
        db.dispose()
        raise
    return Hall(db, clock)
