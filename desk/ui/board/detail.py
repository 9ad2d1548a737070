"""The panel beside the board: the selected person in full, and what waits for them."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.domain.board.views import BoardRow, HandoverNoteView, PostRole
from desk.ui.board.model import badge_label, overdue_text
from desk.ui.formats import datetime_text, relative_text
from desk.ui.theme import OVERDUE, STATUS_COLOURS

PANEL_WIDTH = 250


def _label(parent: QWidget, *, rich: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(text: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class DetailPanel(QFrame):
    changeRequested = Signal()
    backRequested = Signal()
    confirmRequested = Signal()
    noteRequested = Signal()
    historyRequested = Signal()
    notesSeen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(PANEL_WIDTH - 40)
        self.setMaximumWidth(PANEL_WIDTH + 80)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        self.name_label = _label(self)
        self.status_label = _label(self)
        self.status_label.setMargin(4)
        self.details_label = _label(self)
        self.overdue_row = QWidget(self)
        overdue = QHBoxLayout(self.overdue_row)
        overdue.setContentsMargins(0, 0, 0, 0)
        self.back_now_button = _button("已回岗", "确认此人已经回来（F4）", self)
        self.extend_button = _button("延长…", "尚未回来：改预计返回时间", self)
        overdue.addWidget(self.back_now_button)
        overdue.addWidget(self.extend_button)
        self.posts_label = _label(self)
        self.duties_label = _label(self, rich=False)
        self.duties_label.setStyleSheet("color:#444")
        self.notes_box = QGroupBox("交接事项", self)
        notes = QVBoxLayout(self.notes_box)
        self.notes_label = _label(self.notes_box)
        self.seen_button = _button("已阅", "B岗已看过这些交接事项", self.notes_box)
        notes.addWidget(self.notes_label)
        notes.addWidget(self.seen_button, 0, Qt.AlignmentFlag.AlignRight)
        self.badges_label = _label(self)
        self.change_button = _button("更改去向…", "Enter、F3 或双击", self)
        self.back_button = _button("回岗", "F4 或 Ctrl+Enter", self)
        self.note_button = _button("给B岗留交接事项…", "A岗外出后补写待办事项", self)
        self.history_button = _button("去向记录…", "Ctrl+H：历史记录、某时刻在哪", self)
        for widget in (
            self.name_label,
            self.status_label,
            self.details_label,
            self.overdue_row,
            self.posts_label,
            self.duties_label,
            self.badges_label,
            self.notes_box,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        buttons = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addWidget(self.back_button)
        buttons.addLayout(row)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.history_button)
        layout.addLayout(buttons)
        self.change_button.clicked.connect(self.changeRequested)
        self.back_button.clicked.connect(self.backRequested)
        self.back_now_button.clicked.connect(self.backRequested)
        self.extend_button.clicked.connect(self.confirmRequested)
        self.note_button.clicked.connect(self.noteRequested)
        self.history_button.clicked.connect(self.historyRequested)
        self.seen_button.clicked.connect(lambda: self.notesSeen.emit(list(self._note_ids)))
        self._note_ids: list[int] = []
        self.show_row(None, [], datetime.now())

    def show_row(self, row: BoardRow | None, notes: list[HandoverNoteView], now: datetime) -> None:
        """Fill the panel for this person (None: nothing selected)."""
        has_row = row is not None
        for w in (self.change_button, self.back_button, self.history_button):
            w.setEnabled(has_row)
        if row is None:
            self.name_label.setText("<span style='color:#666'>在左侧选择一位工作人员</span>")
            for w in (self.status_label, self.details_label, self.posts_label, self.duties_label):
                w.clear()
            for w in (self.overdue_row, self.notes_box, self.note_button, self.badges_label):
                w.hide()
            self._note_ids = []
            return
        title = f"　{escape(row.title)}" if row.title else ""
        self.name_label.setText(
            f"<b style='font-size:15pt'>{escape(row.name)}</b>"
            f"<br><span style='color:#555'>{escape(row.department)}{title}</span>"
        )
        bg, fg = STATUS_COLOURS[row.status]
        self.status_label.setStyleSheet(f"background:{bg}; color:{fg}; border-radius:3px;")
        self.status_label.setText(
            f"<b>{escape(row.status_label)}</b>　自 {relative_text(row.since, now)}"
        )
        self.details_label.setText(self._details(row, now))
        self.overdue_row.setVisible(row.return_overdue)
        self.back_button.setEnabled(row.status.is_absent)
        self.posts_label.setText(self._posts(row))
        self.duties_label.setText(f"职责：{row.duties}" if row.duties else "")
        self.duties_label.setVisible(bool(row.duties))
        badges = "　".join(f"{badge_label(k)}：{n}" for k, n in sorted(row.badges.items()))
        self.badges_label.setText(f"<span style='color:#1e3a8a'>{escape(badges)}</span>")
        self.badges_label.setVisible(bool(badges))
        can_note = row.status.is_absent and any(p.role == "A" for p in row.posts)
        self.note_button.setVisible(can_note)
        self._show_notes(notes)

    def _details(self, row: BoardRow, now: datetime) -> str:
        if not row.status.is_absent:
            return ""
        lines = []
        if row.place:
            lines.append(f"地点/事由：{escape(row.place)}")
        if row.expected_return:
            lines.append(f"预计返回：{relative_text(row.expected_return, now)}")
        else:
            lines.append("预计返回：未定")
        if row.contact_phone:
            lines.append(f"联系电话：{escape(row.contact_phone)}")
        if row.leave_request_id is not None:
            lines.append("<span style='color:#166534'>✔ 按已批准的请假单离岗</span>")
        overdue = overdue_text(row, now)
        if overdue:
            lines.append(f"<b style='color:{OVERDUE}'>⚠ {overdue}</b>")
        return "<br>".join(lines)

    def _posts(self, row: BoardRow) -> str:
        if not row.posts:
            return "<span style='color:#666'>不担任AB岗</span>"
        lines = []
        for p in row.posts:
            role = p.role if p.role == PostRole.DESIGNATED else f"{p.role}岗"
            line = f"{escape(p.post)}　<b>{role}</b>"
            if p.role == "A" and row.status.is_absent:
                if p.covered_by:
                    line += f"　由 {escape(p.cover_text)} 顶岗"
                else:
                    fallback = f"，由{escape(p.fallback)}负责" if p.fallback else ""
                    line += f"　<b style='color:{OVERDUE}'>无人顶岗{fallback}</b>"
            lines.append(line)
        return "岗位：<br>" + "<br>".join(lines)

    def _show_notes(self, notes: list[HandoverNoteView]) -> None:
        self._note_ids = [n.id for n in notes]
        self.notes_box.setVisible(bool(notes))
        if not notes:
            return
        self.notes_box.setTitle(f"交接事项（{len(notes)}条未阅）")
        items = [
            f"<p><b>{escape(n.from_name)}</b>（{escape(n.post)}，{datetime_text(n.created_at)}）：<br>"
            f"{escape(n.text).replace(chr(10), '<br>')}</p>"
            for n in notes
        ]
        self.notes_label.setText("".join(items))
