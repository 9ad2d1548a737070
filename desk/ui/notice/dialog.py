"""一次性告知 dialog: pick the item, tick what the visitor brought, print or tell by phone.

The checklist is a QListWidget of checkable rows (space ticks the current row). Printing
archives the notice first (hall.notices.issue, which numbers it and stores the HTML)
and then shows Qt's print preview of exactly that HTML, with 保存为PDF.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desk.domain.catalogue.views import ItemVersionView, ServiceItemView
from desk.domain.common.codes import Channel, NoticeKind
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.notices.service import NoticeRequest, phone_script
from desk.domain.notices.views import NoticeView
from desk.printing.notice import TITLES, render_notice
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_notice_dialog import Ui_NoticeDialog
from desk.ui.notice.preview import show_notice

ItemIdRole = Qt.ItemDataRole.UserRole + 1
MaterialIdRole = Qt.ItemDataRole.UserRole + 2


class NoticeDialog(QDialog):
    """The clerk's one-time notice for one visitor and one item."""

    # An archived notice (any kind): pages listing notices refresh.
    issued = Signal(int)

    def __init__(
        self,
        hall: Hall,
        parent: QWidget | None = None,
        *,
        item_id: int | None = None,
        intake_id: int | None = None,
        visitor_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.hall = hall
        self.intake_id = intake_id
        self.item: ItemVersionView | None = None
        self.last_notice: NoticeView | None = None
        self.ui = Ui_NoticeDialog()
        self.ui.setupUi(self)
        self.resize(1100, 760)
        self.errors = FieldErrors(self.ui.errorLabel)
        self.errors.add("visitor_name", self.ui.visitorName, self.ui.visitorNameError)
        self.errors.add("visitor_phone", self.ui.visitorPhone, self.ui.visitorPhoneError)
        big = QFont(self.font())
        big.setPointSize(max(16, self.font().pointSize() + 6))
        self.ui.phoneText.setFont(big)
        self.ui.itemText.setMinimumWidth(360)
        self.ui.materialList.setWordWrap(True)
        self.ui.materialList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.checkSplitter.setSizes([560, 440])
        self.ui.itemSearch.installEventFilter(self)
        self.ui.itemList.installEventFilter(self)
        self.ui.itemSearch.textEdited.connect(self._search)
        self.ui.itemList.itemActivated.connect(self._picked)
        self.ui.materialList.itemChanged.connect(lambda _i: self._summarise())
        self.ui.allHad.clicked.connect(lambda: self._tick_all(True))
        self.ui.noneHad.clicked.connect(lambda: self._tick_all(False))
        self.ui.phoneMode.toggled.connect(self._phone_mode)
        self.ui.printNotice.clicked.connect(lambda: self.print_kind(NoticeKind.NOTICE))
        self.ui.printSupplement.clicked.connect(lambda: self.print_kind(NoticeKind.SUPPLEMENT))
        self.ui.refuse.clicked.connect(self.refuse)
        self.ui.phoneDone.clicked.connect(self.record_phone)
        self.ui.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_kind(NoticeKind.NOTICE))
        self.ui.visitorName.setText(visitor_name)
        if intake_id is not None:
            item_id = self._prefill_from_intake(intake_id, item_id)
        self._search(self.ui.itemSearch.text())
        if item_id is not None:
            self.choose(item_id)
        self._phone_mode(self.ui.phoneMode.isChecked())
        self._summarise()
        focus = self.ui.materialList if self.item is not None else self.ui.itemSearch
        if not self.ui.visitorName.text():
            focus = self.ui.visitorName
        focus.setFocus()

    # ---- set-up ----------------------------------------------------------------------
    def _prefill_from_intake(self, intake_id: int, item_id: int | None) -> int | None:
        name, unit, phone, intake_item, channel, matter = self.hall.notices.intake_visitor(
            intake_id
        )
        self.ui.visitorName.setText(name)
        self.ui.visitorUnit.setText(unit)
        self.ui.visitorPhone.setText(phone)
        self.ui.phoneMode.setChecked(channel == Channel.PHONE.value)
        self.ui.itemSearch.setText(matter)  # a free-text matter: its words start the search
        return item_id if item_id is not None else intake_item

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Keyboard flow: ↓ from the search goes to the results, Enter picks."""
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.ui.itemSearch:
                if key == Qt.Key.Key_Down and self.ui.itemList.count():
                    self.ui.itemList.setFocus()
                    self.ui.itemList.setCurrentRow(0)
                    return True
                if enter:
                    if self.ui.itemList.count():
                        self._picked(self.ui.itemList.item(0))
                    return True
            if watched is self.ui.itemList and enter:
                current = self.ui.itemList.currentItem()
                if current is not None:
                    self._picked(current)
                return True
        return super().eventFilter(watched, event)

    # ---- the item ----------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.ui.itemList.clear()
        for view in self.hall.catalogue.search(text, limit=30):
            row = QListWidgetItem(self._item_label(view))
            row.setData(ItemIdRole, view.id)
            self.ui.itemList.addItem(row)

    @staticmethod
    def _item_label(view: ServiceItemView) -> str:
        where = f"{view.post}（{view.window_no}号窗口）" if view.window_no else view.department
        return f"{view.name}　·　{view.kind.label}　·　{where}"

    def _picked(self, row: QListWidgetItem) -> None:
        self.choose(int(row.data(ItemIdRole)))
        self.ui.materialList.setFocus()

    def choose(self, item_id: int) -> None:
        """Show the item's newest version: its checklist, its full text, the phone script."""
        try:
            self.item = self.hall.catalogue.detail(item_id)
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        item = self.item
        c = item.content
        self.ui.itemSearch.setText(c.name)
        self._search(c.name)  # the list shows the chosen item (and any of the same name)
        where = f"{item.post}（{item.window_no}号窗口）" if item.window_no else item.department
        self.ui.itemTitle.setText(
            f"<b style='font-size:13pt'>{escape(c.name)}</b>　{escape(c.kind.label)}　"
            f"时限：{escape(item.time_limit_text)}　受理：{escape(where)}　（第{item.version}版）"
        )
        self.ui.materialList.blockSignals(True)
        self.ui.materialList.clear()
        for n, m in enumerate(c.materials, start=1):
            text = f"{n}. {m.name} — {m.form.label}{m.copies}份（{m.requirement_label}）"
            if m.note:
                text += f"：{m.note}"
            row = QListWidgetItem(text)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setData(MaterialIdRole, m.id)
            self.ui.materialList.addItem(row)
        self.ui.materialList.blockSignals(False)
        if self.ui.materialList.count():
            self.ui.materialList.setCurrentRow(0)
        self.ui.itemText.setHtml(self._item_html(item))
        complaint = c.complaint_phone or str(self.hall.settings.get("hall.complaint_phone"))
        self.ui.phoneText.setPlainText(phone_script(item, complaint))
        self._summarise()

    @staticmethod
    def _item_html(item: ItemVersionView) -> str:
        c = item.content

        def block(title: str, text: str) -> str:
            body = "<br>".join(escape(line) for line in text.splitlines() if line.strip())
            return f"<p><b>{title}</b><br>{body or '无'}</p>" if text or title == "前置审批" else ""

        return "".join(
            [
                block("设定依据", c.legal_basis),
                block("申请条件", c.conditions),
                block("前置审批", c.prerequisites),
                block("办理程序", c.procedure),
                block("承诺时限", item.time_limit_text),
                block("收费标准", c.fees or "不收费"),
                block("办理地点及时间", f"{c.location}\n{c.hours}"),
                block("咨询电话", c.consult_phone),
            ]
        )

    # ---- the checklist -------------------------------------------------------------
    def had_ids(self) -> frozenset[int]:
        rows = (self.ui.materialList.item(i) for i in range(self.ui.materialList.count()))
        return frozenset(
            int(r.data(MaterialIdRole)) for r in rows if r.checkState() == Qt.CheckState.Checked
        )

    def missing_count(self) -> int:
        return self.ui.materialList.count() - len(self.had_ids())

    def _tick_all(self, had: bool) -> None:
        state = Qt.CheckState.Checked if had else Qt.CheckState.Unchecked
        for i in range(self.ui.materialList.count()):
            self.ui.materialList.item(i).setCheckState(state)

    def _summarise(self) -> None:
        total = self.ui.materialList.count()
        missing = self.missing_count()
        if self.item is None:
            text = "请先选择事项"
        elif not total:
            text = "本事项无需提交材料"
        elif missing:
            text = f"已带 {total - missing} 项，<b style='color:#b91c1c'>尚缺 {missing} 项</b>"
        else:
            text = "<b style='color:#166534'>材料齐全</b>"
        self.ui.summaryLabel.setText(text)
        chosen = self.item is not None
        self.ui.printNotice.setEnabled(chosen)
        self.ui.printSupplement.setEnabled(chosen and missing > 0)
        self.ui.refuse.setEnabled(chosen)
        self.ui.phoneDone.setEnabled(chosen)

    def _phone_mode(self, on: bool) -> None:
        self.ui.modeStack.setCurrentIndex(1 if on else 0)
        self.ui.phoneDone.setVisible(on)
        self.ui.printSupplement.setVisible(not on)
        self.setWindowTitle("一次性告知 · 电话告知" if on else "一次性告知")

    # ---- actions -------------------------------------------------------------------
    def _request(self, kind: NoticeKind) -> NoticeRequest | None:
        if self.item is None:
            self.errors.show_general("请先选择事项")
            self.ui.itemSearch.setFocus()
            return None
        return NoticeRequest(
            kind=kind,
            item_id=self.item.item_id,
            had_material_ids=self.had_ids(),
            visitor_name=self.ui.visitorName.text(),
            visitor_unit=self.ui.visitorUnit.text(),
            visitor_phone=self.ui.visitorPhone.text(),
            intake_id=self.intake_id,
        )

    def issue(self, kind: NoticeKind, **extra: object) -> NoticeView | None:
        """Archive one notice; field problems are shown at their field."""
        self.errors.clear()
        req = self._request(kind)
        if req is None:
            return None
        try:
            notice = self.hall.notices.issue(req, render_notice, **extra)  # type: ignore[arg-type]
        except FieldError as err:
            self.errors.show(err.field, err.message)
            return None
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return None
        self.last_notice = notice
        self.issued.emit(notice.id)
        return notice

    def print_kind(self, kind: NoticeKind) -> None:
        """打印一次性告知单 / 补正材料通知书: archive, then preview (print or save as PDF)."""
        notice = self.issue(kind)
        if notice is not None:
            show_notice(self, notice, TITLES[kind])

    def refuse(self) -> None:
        """不予受理: file the 否定报备 record, then print the refusal notice."""
        if self.item is None:
            return
        from desk.ui.notice.refusal_dialog import RefusalDialog

        dialog = RefusalDialog(
            self.hall,
            self,
            item=self.item,
            applicant_name=self.ui.visitorName.text(),
            applicant_unit=self.ui.visitorUnit.text(),
            applicant_phone=self.ui.visitorPhone.text(),
            intake_id=self.intake_id,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.refusal is None:
            return
        notice = self.issue(NoticeKind.REFUSAL, refusal=dialog.refusal)
        if notice is not None:
            show_notice(self, notice, TITLES[NoticeKind.REFUSAL])

    def record_phone(self) -> None:
        """已电话告知: the notice was read to the caller; recorded without paper."""
        notice = self.issue(NoticeKind.PHONE)
        if notice is not None:
            self.accept()
