# Generated from forms/calendar_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog):
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(CalendarDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CalendarDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(CalendarDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CalendarDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2099)

        self.yearRow.addWidget(self.yearSpin)

        self.yearSummary = QLabel(CalendarDialog)
        self.yearSummary.setObjectName(u"yearSummary")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.yearSummary.sizePolicy().hasHeightForWidth())
        self.yearSummary.setSizePolicy(sizePolicy)
        self.yearSummary.setTextFormat(Qt.TextFormat.RichText)
        self.yearSummary.setWordWrap(True)

        self.yearRow.addWidget(self.yearSummary)


        self.mainLayout.addLayout(self.yearRow)

        self.completeCheck = QCheckBox(CalendarDialog)
        self.completeCheck.setObjectName(u"completeCheck")

        self.mainLayout.addWidget(self.completeCheck)

        self.daysView = QTableView(CalendarDialog)
        self.daysView.setObjectName(u"daysView")
        self.daysView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.daysView.setAlternatingRowColors(True)
        self.daysView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.daysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.daysView)

        self.editBox = QGroupBox(CalendarDialog)
        self.editBox.setObjectName(u"editBox")
        self.editGrid = QGridLayout(self.editBox)
        self.editGrid.setObjectName(u"editGrid")
        self.dayLabel = QLabel(self.editBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.editGrid.addWidget(self.dayLabel, 0, 0, 1, 1)

        self.dayEdit = QDateEdit(self.editBox)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd ddd")
        self.dayEdit.setCalendarPopup(True)

        self.editGrid.addWidget(self.dayEdit, 0, 1, 1, 1)

        self.offRadio = QRadioButton(self.editBox)
        self.offRadio.setObjectName(u"offRadio")
        self.offRadio.setChecked(True)

        self.editGrid.addWidget(self.offRadio, 0, 2, 1, 1)

        self.workRadio = QRadioButton(self.editBox)
        self.workRadio.setObjectName(u"workRadio")

        self.editGrid.addWidget(self.workRadio, 0, 3, 1, 1)

        self.noteLabel = QLabel(self.editBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.editGrid.addWidget(self.noteLabel, 1, 0, 1, 1)

        self.noteEdit = QLineEdit(self.editBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.editGrid.addWidget(self.noteEdit, 1, 1, 1, 3)

        self.dayError = QLabel(self.editBox)
        self.dayError.setObjectName(u"dayError")

        self.editGrid.addWidget(self.dayError, 2, 1, 1, 3)

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.saveDayButton = QPushButton(self.editBox)
        self.saveDayButton.setObjectName(u"saveDayButton")

        self.editButtons.addWidget(self.saveDayButton)

        self.removeDayButton = QPushButton(self.editBox)
        self.removeDayButton.setObjectName(u"removeDayButton")

        self.editButtons.addWidget(self.removeDayButton)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editSpacer)


        self.editGrid.addLayout(self.editButtons, 3, 1, 1, 3)


        self.mainLayout.addWidget(self.editBox)

        self.generalError = QLabel(CalendarDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CalendarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.dayLabel.setBuddy(self.dayEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.completeCheck)
        QWidget.setTabOrder(self.completeCheck, self.daysView)
        QWidget.setTabOrder(self.daysView, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.offRadio)
        QWidget.setTabOrder(self.offRadio, self.workRadio)
        QWidget.setTabOrder(self.workRadio, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveDayButton)
        QWidget.setTabOrder(self.saveDayButton, self.removeDayButton)

        self.retranslateUi(CalendarDialog)

        QMetaObject.connectSlotsByName(CalendarDialog)
    # setupUi

    def retranslateUi(self, CalendarDialog):
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"\u8282\u5047\u65e5\u4e0e\u8c03\u4f11", None))
        self.introLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u529e\u7406\u65f6\u9650\u6309\u5de5\u4f5c\u65e5\u8ba1\u7b97\uff1a\u5148\u770b\u672c\u4e2d\u5fc3\u8bbe\u7f6e\u7684\u65e5\u671f\uff0c\u518d\u770b\u56fd\u52a1\u9662\u653e\u5047\u5b89\u6392\uff08\u7a0b\u5e8f\u5185\u7f6e\u6570\u636e\uff09\uff0c\u90fd\u6ca1\u6709\u65f6\u6309\u4e34\u65f6\u89c4\u5219\uff08\u5468\u672b\u548c\u6cd5\u5b9a\u8282\u65e5\uff0c\u4e0d\u542b\u8c03\u4f11\uff09\u8ba1\u7b97\u3002\u65b0\u4e00\u5e74\u7684\u653e\u5047\u5b89\u6392\u516c\u5e03\u540e\uff0c\u53ef\u5728\u8fd9\u91cc\u5f55\u5165\u3002", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u5e74\u4efd(&Y)\uff1a", None))
        self.completeCheck.setText(QCoreApplication.translate("CalendarDialog", u"\u672c\u4e2d\u5fc3\u5df2\u5f55\u5165\u8be5\u5e74\u5168\u90e8\u653e\u5047\u548c\u8c03\u4f11\u5b89\u6392\uff0c\u4e0d\u518d\u6309\u4e34\u65f6\u89c4\u5219\u63d0\u793a(&C)", None))
        self.editBox.setTitle(QCoreApplication.translate("CalendarDialog", u"\u672c\u4e2d\u5fc3\u8bbe\u7f6e\u67d0\u4e00\u5929", None))
        self.dayLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u65e5\u671f(&D)\uff1a", None))
        self.offRadio.setText(QCoreApplication.translate("CalendarDialog", u"\u653e\u5047(&O)", None))
        self.workRadio.setText(QCoreApplication.translate("CalendarDialog", u"\u4e0a\u73ed\uff08\u8c03\u4f11\uff09(&W)", None))
        self.noteLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u8bf4\u660e(&N)\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CalendarDialog", u"\u5982\uff1a\u6625\u8282\u3001\u56fd\u5e86\u8282\u8c03\u4f11\u4e0a\u73ed\u3001\u505c\u7535\u95ed\u5385", None))
        self.saveDayButton.setText(QCoreApplication.translate("CalendarDialog", u"\u4fdd\u5b58\u8fd9\u4e00\u5929(&S)", None))
        self.removeDayButton.setText(QCoreApplication.translate("CalendarDialog", u"\u5220\u9664\u672c\u4e2d\u5fc3\u8bbe\u7f6e(&R)", None))
    # retranslateUi

