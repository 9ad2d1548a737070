"""Alembic environment: run from code at start-up (desk.db.migrate) or by the alembic CLI."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

import desk.db.models  # noqa: F401  (registers every table on Base.metadata)
from desk.db.base import Base
from desk.db.intake_fts import is_fts_table

config = context.config
target_metadata = Base.metadata


def modelled(name: str | None, type_: str, _parent: object) -> bool:
    """Leave the FTS index (made by hand in 0002, no model) out of autogenerate."""
    return not (type_ == "table" and name is not None and is_fts_table(name))


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
        include_name=modelled,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
