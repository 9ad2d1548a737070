"""Errors the domain raises for the UI to show in Chinese."""

from __future__ import annotations


class DomainError(Exception):
    """A rule refused the action; str(exc) is the Chinese message for the clerk."""


class NotFound(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class StorageFailure(DomainError):
    """The database could not be written (full disk, read-only, damaged); nothing was saved."""


class ABConflict(DomainError):
    """Making someone absent would leave a post with neither A nor B (DOMAIN §2)."""

    def __init__(self, conflicts: list[tuple[str, str]]) -> None:
        self.conflicts = conflicts  # (post name, the other holder's name)
        parts = "；".join(f"{post}（{other}也不在岗）" for post, other in conflicts)
        super().__init__(f"A、B岗不能同时离岗：{parts}。如确需离岗，须由领导批准并填写原因。")
