# Generated from forms/leave_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_LeaveDialog(object):
    def setupUi(self, LeaveDialog):
        if not LeaveDialog.objectName():
            LeaveDialog.setObjectName(u"LeaveDialog")
        LeaveDialog.resize(640, 680)
        self.mainLayout = QVBoxLayout(LeaveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.staffLabel = QLabel(LeaveDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffBox = QVBoxLayout()
        self.staffBox.setObjectName(u"staffBox")
        self.staffCombo = QComboBox(LeaveDialog)
        self.staffCombo.setObjectName(u"staffCombo")
        self.staffCombo.setEditable(True)

        self.staffBox.addWidget(self.staffCombo)

        self.postsLabel = QLabel(LeaveDialog)
        self.postsLabel.setObjectName(u"postsLabel")
        self.postsLabel.setWordWrap(True)
        self.postsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.staffBox.addWidget(self.postsLabel)

        self.staffError = QLabel(LeaveDialog)
        self.staffError.setObjectName(u"staffError")
        self.staffError.setWordWrap(True)

        self.staffBox.addWidget(self.staffError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.staffBox)

        self.kindLabel = QLabel(LeaveDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindBox = QVBoxLayout()
        self.kindBox.setObjectName(u"kindBox")
        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindCombo = QComboBox(LeaveDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindRow.addWidget(self.kindCombo)

        self.kindTextEdit = QLineEdit(LeaveDialog)
        self.kindTextEdit.setObjectName(u"kindTextEdit")

        self.kindRow.addWidget(self.kindTextEdit)


        self.kindBox.addLayout(self.kindRow)

        self.kindTextError = QLabel(LeaveDialog)
        self.kindTextError.setObjectName(u"kindTextError")
        self.kindTextError.setWordWrap(True)

        self.kindBox.addWidget(self.kindTextError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.firstLabel = QLabel(LeaveDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstRow = QHBoxLayout()
        self.firstRow.setObjectName(u"firstRow")
        self.firstDate = QDateEdit(LeaveDialog)
        self.firstDate.setObjectName(u"firstDate")
        self.firstDate.setCalendarPopup(True)

        self.firstRow.addWidget(self.firstDate)

        self.startPartCombo = QComboBox(LeaveDialog)
        self.startPartCombo.setObjectName(u"startPartCombo")

        self.firstRow.addWidget(self.startPartCombo)

        self.startTime = QTimeEdit(LeaveDialog)
        self.startTime.setObjectName(u"startTime")

        self.firstRow.addWidget(self.startTime)

        self.firstRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.firstRow.addItem(self.firstRowSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.firstRow)

        self.lastLabel = QLabel(LeaveDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastBox = QVBoxLayout()
        self.lastBox.setObjectName(u"lastBox")
        self.lastRow = QHBoxLayout()
        self.lastRow.setObjectName(u"lastRow")
        self.lastDate = QDateEdit(LeaveDialog)
        self.lastDate.setObjectName(u"lastDate")
        self.lastDate.setCalendarPopup(True)

        self.lastRow.addWidget(self.lastDate)

        self.endPartCombo = QComboBox(LeaveDialog)
        self.endPartCombo.setObjectName(u"endPartCombo")

        self.lastRow.addWidget(self.endPartCombo)

        self.endTime = QTimeEdit(LeaveDialog)
        self.endTime.setObjectName(u"endTime")

        self.lastRow.addWidget(self.endTime)

        self.lastRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lastRow.addItem(self.lastRowSpacer)


        self.lastBox.addLayout(self.lastRow)

        self.daysLabel = QLabel(LeaveDialog)
        self.daysLabel.setObjectName(u"daysLabel")
        self.daysLabel.setTextFormat(Qt.TextFormat.RichText)

        self.lastBox.addWidget(self.daysLabel)

        self.datesError = QLabel(LeaveDialog)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setWordWrap(True)

        self.lastBox.addWidget(self.datesError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.lastBox)

        self.reasonLabel = QLabel(LeaveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonBox = QVBoxLayout()
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonEdit = QPlainTextEdit(LeaveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 60))

        self.reasonBox.addWidget(self.reasonEdit)

        self.reasonError = QLabel(LeaveDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.reasonBox.addWidget(self.reasonError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.reasonBox)

        self.phoneLabel = QLabel(LeaveDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(LeaveDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(LeaveDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.phoneBox.addWidget(self.phoneError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.coverLabel = QLabel(LeaveDialog)
        self.coverLabel.setObjectName(u"coverLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.coverLabel)

        self.coverBox = QVBoxLayout()
        self.coverBox.setObjectName(u"coverBox")
        self.coverBRadio = QRadioButton(LeaveDialog)
        self.coverBRadio.setObjectName(u"coverBRadio")

        self.coverBox.addWidget(self.coverBRadio)

        self.subRow = QHBoxLayout()
        self.subRow.setObjectName(u"subRow")
        self.coverSubRadio = QRadioButton(LeaveDialog)
        self.coverSubRadio.setObjectName(u"coverSubRadio")

        self.subRow.addWidget(self.coverSubRadio)

        self.coverCombo = QComboBox(LeaveDialog)
        self.coverCombo.setObjectName(u"coverCombo")

        self.subRow.addWidget(self.coverCombo)

        self.subRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subRow.addItem(self.subRowSpacer)


        self.coverBox.addLayout(self.subRow)

        self.coverNoneLabel = QLabel(LeaveDialog)
        self.coverNoneLabel.setObjectName(u"coverNoneLabel")
        self.coverNoneLabel.setWordWrap(True)

        self.coverBox.addWidget(self.coverNoneLabel)

        self.coverError = QLabel(LeaveDialog)
        self.coverError.setObjectName(u"coverError")
        self.coverError.setWordWrap(True)

        self.coverBox.addWidget(self.coverError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.coverBox)

        self.handoverLabel = QLabel(LeaveDialog)
        self.handoverLabel.setObjectName(u"handoverLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.handoverLabel)

        self.handoverBox = QVBoxLayout()
        self.handoverBox.setObjectName(u"handoverBox")
        self.handoverTargetsLabel = QLabel(LeaveDialog)
        self.handoverTargetsLabel.setObjectName(u"handoverTargetsLabel")
        self.handoverTargetsLabel.setWordWrap(True)

        self.handoverBox.addWidget(self.handoverTargetsLabel)

        self.handoverEdit = QPlainTextEdit(LeaveDialog)
        self.handoverEdit.setObjectName(u"handoverEdit")
        self.handoverEdit.setTabChangesFocus(True)
        self.handoverEdit.setMaximumSize(QSize(16777215, 70))

        self.handoverBox.addWidget(self.handoverEdit)

        self.noHandoverRow = QHBoxLayout()
        self.noHandoverRow.setObjectName(u"noHandoverRow")
        self.noHandoverLabel = QLabel(LeaveDialog)
        self.noHandoverLabel.setObjectName(u"noHandoverLabel")

        self.noHandoverRow.addWidget(self.noHandoverLabel)

        self.noHandoverCombo = QComboBox(LeaveDialog)
        self.noHandoverCombo.setObjectName(u"noHandoverCombo")
        self.noHandoverCombo.setEditable(True)

        self.noHandoverRow.addWidget(self.noHandoverCombo)


        self.handoverBox.addLayout(self.noHandoverRow)

        self.handoverError = QLabel(LeaveDialog)
        self.handoverError.setObjectName(u"handoverError")
        self.handoverError.setWordWrap(True)

        self.handoverBox.addWidget(self.handoverError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.handoverBox)


        self.mainLayout.addLayout(self.form)

        self.checkLabel = QLabel(LeaveDialog)
        self.checkLabel.setObjectName(u"checkLabel")
        self.checkLabel.setWordWrap(True)
        self.checkLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.checkLabel)

        self.generalError = QLabel(LeaveDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(LeaveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staffCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.firstLabel.setBuddy(self.firstDate)
        self.lastLabel.setBuddy(self.lastDate)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.handoverLabel.setBuddy(self.handoverEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.kindTextEdit)
        QWidget.setTabOrder(self.kindTextEdit, self.firstDate)
        QWidget.setTabOrder(self.firstDate, self.startPartCombo)
        QWidget.setTabOrder(self.startPartCombo, self.startTime)
        QWidget.setTabOrder(self.startTime, self.lastDate)
        QWidget.setTabOrder(self.lastDate, self.endPartCombo)
        QWidget.setTabOrder(self.endPartCombo, self.endTime)
        QWidget.setTabOrder(self.endTime, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.coverBRadio)
        QWidget.setTabOrder(self.coverBRadio, self.coverSubRadio)
        QWidget.setTabOrder(self.coverSubRadio, self.coverCombo)
        QWidget.setTabOrder(self.coverCombo, self.handoverEdit)
        QWidget.setTabOrder(self.handoverEdit, self.noHandoverCombo)

        self.retranslateUi(LeaveDialog)

        QMetaObject.connectSlotsByName(LeaveDialog)
    # setupUi

    def retranslateUi(self, LeaveDialog):
        LeaveDialog.setWindowTitle(QCoreApplication.translate("LeaveDialog", u"\u8bf7\u5047", None))
        self.staffLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u8bf7\u5047\u4eba(&P) *", None))
        self.kindLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u5047\u522b(&K) *", None))
        self.kindTextEdit.setPlaceholderText(QCoreApplication.translate("LeaveDialog", u"\u9009\u201c\u5176\u4ed6\u201d\u65f6\u5199\u660e\uff0c\u5982\u4e27\u5047\u3001\u63a2\u4eb2\u5047", None))
        self.firstLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u5f00\u59cb(&F) *", None))
        self.firstDate.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"yyyy-MM-dd ddd", None))
        self.startTime.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"HH:mm", None))
        self.lastLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u7ed3\u675f(&E) *", None))
        self.lastDate.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"yyyy-MM-dd ddd", None))
        self.endTime.setDisplayFormat(QCoreApplication.translate("LeaveDialog", u"HH:mm", None))
        self.reasonLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u4e8b\u7531(&R) *", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LeaveDialog", u"\u5982\uff1a\u5e74\u4f11\u5047\uff1b\u4f4f\u9662\u68c0\u67e5\uff1b\u53c2\u52a0\u533a\u4eba\u793e\u5c40\u4e1a\u52a1\u57f9\u8bad", None))
        self.phoneLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u5047\u671f\u8054\u7cfb\u7535\u8bdd(&T)", None))
        self.coverLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u9876\u5c97\u5b89\u6392 *", None))
        self.coverBRadio.setText(QCoreApplication.translate("LeaveDialog", u"&B\u5c97\u9876\u5c97\uff08\u5df2\u4e0eB\u5c97\u786e\u8ba4\uff09", None))
        self.coverSubRadio.setText(QCoreApplication.translate("LeaveDialog", u"\u6307\u5b9a\u9876\u5c97\u4eba\u5458(&D)\uff1a", None))
        self.handoverLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u5de5\u4f5c\u4ea4\u63a5(&J)", None))
        self.handoverEdit.setPlaceholderText(QCoreApplication.translate("LeaveDialog", u"\u4ea4\u63a5\u7ed9B\u5c97\u7684\u5f85\u529e\u4e8b\u9879\uff1a\u8c01\u7684\u6750\u6599\u5728\u54ea\u91cc\u3001\u8981\u56de\u8c01\u7684\u7535\u8bdd\u2026\u2026", None))
        self.noHandoverLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u672a\u80fd\u4ea4\u63a5\u7684\u539f\u56e0\uff1a", None))
    # retranslateUi

