"""What a clerk reads when the store fails, and which failures are worth trying again.

SQLite reports trouble as message text ("database is locked", "disk is full"); the
PostgreSQL driver carries a SQLSTATE code (40001 serialization failure, 08006 connection
failure…). Both are mapped here to a StorageError with a Chinese message that says what
happened, that nothing was saved and what to do, so no engine's own English reaches a form.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

# PostgreSQL: another desk's transaction got in the way; running the work again succeeds.
RETRY_SQLSTATES = frozenset(
    {
        "40001",  # serialization_failure: a concurrent write changed what this one read
        "40P01",  # deadlock_detected
        "55P03",  # lock_not_available
    }
)
# Class 08 (connection exception) plus the server going away or not being ready yet.
_CONNECTION_SQLSTATES = frozenset({"57P01", "57P02", "57P03", "53300"})


class StorageError(RuntimeError):
    """The store could not be written or reached; str(exc) says in Chinese what to do.

    Raised instead of the engine's own message for a full disk, a read-only file or
    folder, an I/O error, a damaged file or a database server that cannot be reached.
    The transaction was rolled back: nothing was saved, so the clerk's form can stay open
    and be saved again once the cause is fixed.
    """

    def __init__(self, message: str, cause: str, *, unreachable: bool = False) -> None:
        super().__init__(message)
        self.cause = cause
        # The server is down or the network is cut: worth reconnecting by itself.
        self.unreachable = unreachable


UNREACHABLE_MESSAGE = (
    "无法连接数据库服务器（服务器可能未开机、已停止，或网络已断开），本次内容未保存。"
    "已填写的内容仍保留在窗口中；连接恢复后程序会自动重新连接，届时再点“保存”即可。"
    "如长时间无法连接，请联系管理员检查数据库服务器。"
)

_STORAGE_MESSAGES = [
    (
        ("disk is full", "database or disk is full", "no space left on device"),
        "磁盘空间已满，本次内容未保存。请清理磁盘（或请管理员处理）后再点“保存”，"
        "已填写的内容仍保留在窗口中。",
    ),
    (
        ("readonly", "read-only"),
        "数据库文件或所在文件夹是只读的，本次内容未保存。请检查文件权限，"
        "或请管理员处理后再保存，已填写的内容仍保留在窗口中。",
    ),
    (
        ("disk i/o error", "unable to open database file"),
        "读写数据库文件时出错（磁盘或网络共享可能断开），本次内容未保存。"
        "请检查磁盘或网络连接后再保存，已填写的内容仍保留在窗口中。",
    ),
    (
        # Only after WRITE_RETRY_SECONDS of retries: another desk kept the store busy.
        ("locked", "busy", "could not serialize", "deadlock detected"),
        "另一台电脑长时间占用数据库（可能正在导入或备份），本次内容未保存。"
        "请稍候一两分钟再点“保存”，已填写的内容仍保留在窗口中。",
    ),
    (
        ("malformed", "not a database", "file is encrypted"),
        "数据库文件已损坏，本次内容未保存。请先不要关闭窗口，联系管理员从最近的备份恢复。",
    ),
]


def sqlstate(exc: BaseException) -> str:
    """The PostgreSQL SQLSTATE of a driver error ('' for SQLite and non-driver errors)."""
    orig = getattr(exc, "orig", exc)
    return str(getattr(orig, "sqlstate", "") or "")


def is_retryable(exc: BaseException) -> bool:
    """Another desk holds the lock or won the race: the same work may simply run again."""
    code = sqlstate(exc)
    if code:
        return code in RETRY_SQLSTATES
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


def is_unreachable(exc: BaseException) -> bool:
    """The database server cannot be reached (down, restarting, network cut)."""
    code = sqlstate(exc)
    if code.startswith("08") or code in _CONNECTION_SQLSTATES:
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return any(
        needle in text
        for needle in (
            "connection refused",
            "could not connect",
            "connection is closed",
            "server closed the connection",
            "connection timeout",
            "timeout expired",
            "terminating connection",
            "no route to host",
            "network is unreachable",
            "the database system is",
            "consuming input failed",
        )
    )


def storage_error(exc: BaseException) -> StorageError | None:
    """The Chinese StorageError for a low-level failure, or None if it is another error."""
    text = str(getattr(exc, "orig", exc)).lower()
    if is_unreachable(exc):
        return StorageError(UNREACHABLE_MESSAGE, text, unreachable=True)
    code = sqlstate(exc)
    if code == "53100":  # disk_full
        return StorageError(_STORAGE_MESSAGES[0][1], text)
    if code == "25006":  # read_only_sql_transaction (a standby server)
        return StorageError(_STORAGE_MESSAGES[1][1], text)
    if code in RETRY_SQLSTATES:  # still in the way after WRITE_RETRY_SECONDS of retries
        return StorageError(_STORAGE_MESSAGES[3][1], text)
    for needles, message in _STORAGE_MESSAGES:
        if any(n in text for n in needles):
            return StorageError(message, text)
    return None
