"""What the board's keys, menu and buttons do. Widgets call these; these call the domain.

Every action reports through signals: `changed` after a write (the page refreshes),
`notice` with a line for the page's message bar, `returned` when someone is back in post.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desk.db.storage_errors import StorageError
from desk.domain.board.return_times import parse_hhmm, quick_returns
from desk.domain.board.views import BoardRow, HandoverNoteView, StatusChange, WhereaboutsView
from desk.domain.common.codes import Status
from desk.domain.common.errors import ABConflict, DomainError
from desk.domain.hall import Hall
from desk.ui.background import run_op
from desk.ui.formats import datetime_text, time_text


class BoardActions(QObject):
    changed = Signal()
    notice = Signal(str)
    returned = Signal(int)

    def __init__(self, hall: Hall, parent: QWidget) -> None:
        super().__init__(parent)
        self.hall = hall
        self.board = hall.board
        self.widget = parent

    def now(self) -> datetime:
        return self.hall.ctx.now()

    def quick(self) -> dict[str, datetime]:
        settings = self.hall.settings
        start = parse_hhmm(settings.get("workday.start"), time(8, 30))
        end = parse_hhmm(settings.get("workday.end"), time(17, 30))
        return quick_returns(self.now(), self.hall.ctx.calendar, start, end)

    # ---- changing a status -------------------------------------------------------------
    def change_status(
        self, row: BoardRow, initial: Status | None = None, conflict: str = ""
    ) -> bool:
        """The full dialog (Enter / F3 / double-click). True when something was saved."""
        from desk.ui.board.status_dialog import StatusDialog  # dialogs load when first used

        targets = self.board.handover_targets(row.staff_id) if not row.status.is_absent else []
        dialog = StatusDialog(
            self.board,
            row,
            now=self.now(),
            quick=self.quick(),
            handover_targets=targets,
            initial=initial,
            conflict=conflict,
            parent=self.widget,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.amended:
            self.notice.emit(f"已更新 <b>{row.name}</b> 的外出信息。")
            self.changed.emit()
        elif dialog.change is not None:
            self._after(row, dialog.change)
        return True

    def set_quick(self, row: BoardRow, status: Status) -> None:
        """Two clicks from the context menu: the status alone; details can follow."""
        if status is Status.OTHER:
            self.change_status(row, Status.OTHER)
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ABConflict):
                # The refusal and the override path live in the dialog.
                self.change_status(row, status, str(exc))
            else:
                self._refused(exc)

        run_op(
            self.widget,
            lambda: self.board.set_status(row.staff_id, status, seen=row.seen),
            done=lambda change: self._after(row, change, quick=True),
            failed=failed,
        )

    def _refused(self, exc: BaseException) -> None:
        """A refusal or an unreachable store, said on the page's message bar (⚠ and text)."""
        if not isinstance(exc, DomainError | StorageError):
            raise exc
        self.notice.emit(f"<span style='color:#b91c1c'>⚠ {exc}</span>")

    def back_in_post(self, row: BoardRow) -> None:
        """F4 / Ctrl+Enter: the person is back."""
        if not row.status.is_absent:
            self.notice.emit(f"<b>{row.name}</b> 本来就在岗。")
            return
        run_op(
            self.widget,
            lambda: self.board.set_status(row.staff_id, Status.IN_POST, seen=row.seen),
            done=lambda change: self._after(row, change),
            failed=self._refused,
        )

    def confirm_overdue(self, row: BoardRow) -> None:
        from desk.ui.board.small_dialogs import ReturnDialog

        dialog = ReturnDialog(
            self.board, row, now=self.now(), suggested=self.quick()["one_hour"], parent=self.widget
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.change is not None:
            self._after(row, dialog.change)
        elif dialog.extended:
            self.notice.emit(f"已延长 <b>{row.name}</b> 的预计返回时间。")
            self.changed.emit()

    def add_note(self, row: BoardRow) -> None:
        from desk.ui.board.small_dialogs import HandoverNoteDialog

        targets = self.board.handover_targets(row.staff_id)
        if not targets:
            self.notice.emit(f"<b>{row.name}</b> 没有在岗的B岗可交接。")
            return
        if HandoverNoteDialog(self.board, row, targets, self.widget).exec():
            names = "、".join(b for _post, b in targets)
            self.notice.emit(f"已给 <b>{names}</b> 留交接事项。")
            self.changed.emit()

    def show_history(self, row: BoardRow) -> None:
        from desk.ui.board.history_dialog import HistoryDialog

        operators = {op.id: op.name for op in self.hall.operators.accounts(include_inactive=True)}
        HistoryDialog(
            self.board,
            row,
            now=self.now,
            operators=operators,
            attach=self.attach_leave,
            parent=self.widget,
        ).exec()

    def attach_leave(self, view: WhereaboutsView, parent: QWidget) -> bool:
        """补办: a leader attaches an approved request to an absence that had none."""
        from desk.ui.appointments.record_dialogs import CloseRecordDialog

        period = f"{datetime_text(view.started_at)} 起"
        dialog = CloseRecordDialog(
            "补办请假单",
            f"<b>{view.staff_name}</b> {view.status_label}（{period}）：离岗时没有请假单。"
            "<br>由领导补批请假，记入请假台账（标为补办）。",
            "请假事由(&R) *",
            lambda reason: self.hall.leave.attach(view.id, reason=reason),
            parent,
            ok_text="补办并批准",
            placeholder="如：突发急病，当日补交病假条",
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.notice.emit(f"已为 <b>{view.staff_name}</b> 补办请假单。")
        self.changed.emit()
        return True

    # ---- handover notes for B ----------------------------------------------------------
    def notes_for(self, staff_id: int) -> list[HandoverNoteView]:
        return self.board.handover_notes_for(staff_id)

    def mark_seen(self, note_ids: list[int]) -> None:
        if note_ids:
            self.board.mark_notes_seen(note_ids)
            self.changed.emit()

    # ---- after a change ----------------------------------------------------------------
    def _after(self, row: BoardRow, change: StatusChange, *, quick: bool = False) -> None:
        at = time_text(self.now())
        if change.returned:
            notes = self.notes_for(row.staff_id)
            extra = f"有 {len(notes)} 条交接事项待阅（见右侧）。" if notes else ""
            self.notice.emit(f"<b>{row.name}</b> 已回岗（{at}）。{extra}")
        elif change.status.is_absent:
            links = []
            if quick:
                links.append(f"<a href='details:{row.staff_id}'>补充地点和返回时间</a>")
                was_in = not row.status.is_absent
                targets = self.board.handover_targets(row.staff_id) if was_in else []
                if targets:
                    names = "、".join(b for _post, b in targets)
                    links.append(f"<a href='note:{row.staff_id}'>给{names}留交接事项</a>")
            tail = "　" + " · ".join(links) if links else ""
            self.notice.emit(f"已记录：<b>{row.name}</b> {change.status.label}（{at}）。{tail}")
        else:
            self.notice.emit(f"已记录：<b>{row.name}</b> {change.status.label}（{at}）。")
        self.changed.emit()
        if change.returned:
            self.returned.emit(row.staff_id)
