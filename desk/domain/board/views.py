"""What the board hands to widgets: frozen views of rows, changes, history and notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.domain.common.codes import Status


@dataclass(frozen=True)
class PostRole:
    # The role of a person designated for a post (指定顶岗) while A and B are away.
    DESIGNATED = "指定顶岗"

    post_id: int
    post: str
    role: str  # "A", "B" or PostRole.DESIGNATED
    # For an absent A holder: who covers the post now ("" when nobody is in).
    covered_by: str = ""
    # When nobody of the post is in: who answers for it instead, e.g. "部门负责人周春英".
    fallback: str = ""
    # How the post is covered: "b" (B顶岗) or "designated" (指定顶岗); "" when not covered.
    cover_kind: str = ""

    @property
    def cover_text(self) -> str:
        """ "单丽", "张三（指定顶岗）" or "无人顶岗" for an absent A's post."""
        if not self.covered_by:
            return "无人顶岗"
        if self.cover_kind == "designated":
            return f"{self.covered_by}（指定顶岗）"
        return self.covered_by


@dataclass(frozen=True)
class SeenEntry:
    """The whereabouts a form was opened on: the open row's id (None: never changed since
    the person was added) and its row_version. Saving with it refuses to overwrite a
    change another desk made in between (desk.domain.common.edits)."""

    entry_id: int | None
    version: int


@dataclass(frozen=True)
class BoardRow:
    staff_id: int
    name: str
    department_id: int
    department: str
    title: str
    duties: str
    status: Status
    status_text: str
    place: str
    contact_phone: str
    since: datetime
    expected_return: datetime | None
    # The expected return has passed but the status was not changed: ask for confirmation.
    return_overdue: bool
    posts: tuple[PostRole, ...]
    # Counts other record kinds contribute (handovers, callbacks, …), keyed by badge name.
    badges: dict[str, int] = field(default_factory=dict)
    # The approved 请假单 the present absence follows (None: none, or in post).
    leave_request_id: int | None = None
    # The open whereabouts row shown (see SeenEntry).
    entry_id: int | None = None
    entry_version: int = 0

    @property
    def seen(self) -> SeenEntry:
        return SeenEntry(self.entry_id, self.entry_version)

    @property
    def status_label(self) -> str:
        if self.status is Status.OTHER and self.status_text:
            return self.status_text
        return self.status.label

    @property
    def covering_text(self) -> str:
        parts = [
            f"{p.post}：{p.cover_text}"
            for p in self.posts
            if p.role == "A" and self.status.is_absent
        ]
        return "；".join(parts)

    @property
    def uncovered_posts(self) -> tuple[PostRole, ...]:
        """Posts this absent A holder leaves with nobody of the post in (无人顶岗)."""
        if not self.status.is_absent:
            return ()
        return tuple(p for p in self.posts if p.role == "A" and not p.covered_by)


@dataclass(frozen=True)
class StatusChange:
    entry_id: int
    staff_id: int
    previous: Status
    status: Status

    @property
    def returned(self) -> bool:
        """The person came back to 在岗 from an absence: show them what waits for them."""
        return self.previous.is_absent and not self.status.is_absent


@dataclass(frozen=True)
class WhereaboutsView:
    id: int
    staff_id: int
    staff_name: str
    status: Status
    status_text: str
    place: str
    contact_phone: str
    started_at: datetime
    expected_return: datetime | None
    ended_at: datetime | None
    operator_id: int | None
    override_reason: str
    # "请假〔2026〕第0003号" when it follows a 请假单, "未请假" when its kind needs one.
    leave_text: str = ""
    leave_request_id: int | None = None
    no_handover_reason: str = ""

    @property
    def status_label(self) -> str:
        if self.status is Status.OTHER and self.status_text:
            return self.status_text
        return self.status.label

    @property
    def unrequested(self) -> bool:
        return self.leave_text == UNREQUESTED


UNREQUESTED = "未请假"


@dataclass(frozen=True)
class HandoverNoteView:
    id: int
    post: str
    from_name: str
    text: str
    created_at: datetime
