"""Where desk keeps its files, and which database it opens."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from desk.db.engine import sqlite_url

APP_NAME = "desk"
ENV_URL = "DESK_DATABASE_URL"


def data_dir() -> Path:
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "desk.sqlite3"


def resolve_db_url(cli_path: str | None = None, cli_url: str | None = None) -> str:
    """--db PATH wins, then --database-url URL, then DESK_DATABASE_URL (any SQLAlchemy
    URL, e.g. postgresql+psycopg://desk@server/desk), then the data directory's file."""
    if cli_path:
        return sqlite_url(cli_path)
    if cli_url and cli_url.strip():
        return cli_url.strip()
    env = os.environ.get(ENV_URL, "").strip()
    if env:
        return env
    return sqlite_url(default_db_path())


def resources_dir() -> Path:
    """resources/ beside the package (source checkout or editable install)."""
    return Path(__file__).resolve().parent.parent / "resources"


def url_from_args(args: object) -> str:
    """The database URL a command line asked for (its --db and --database-url options)."""
    return resolve_db_url(getattr(args, "db", None), getattr(args, "database_url", None))


def server_label(url: str) -> str:
    """Where a server URL points, for messages: ``192.168.1.10:5432，数据库 desk``."""
    from sqlalchemy.engine import make_url

    where = make_url(url)
    host = where.host or "本机"
    port = f":{where.port}" if where.port else ""
    return f"{host}{port}，数据库 {where.database or ''}"
