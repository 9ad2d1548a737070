# Generated from forms/appointment_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_AppointmentDialog(object):
    def setupUi(self, AppointmentDialog):
        if not AppointmentDialog.objectName():
            AppointmentDialog.setObjectName(u"AppointmentDialog")
        AppointmentDialog.resize(640, 640)
        self.mainLayout = QVBoxLayout(AppointmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.banner = QLabel(AppointmentDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.mainLayout.addWidget(self.banner)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.sourceLabel = QLabel(AppointmentDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.fieldsGrid.addWidget(self.sourceLabel, 0, 0, 1, 1)

        self.sourceCombo = QComboBox(AppointmentDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.fieldsGrid.addWidget(self.sourceCombo, 0, 1, 1, 1)

        self.unitLabel = QLabel(AppointmentDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.fieldsGrid.addWidget(self.unitLabel, 1, 0, 1, 1)

        self.unitEdit = QLineEdit(AppointmentDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.fieldsGrid.addWidget(self.unitEdit, 1, 1, 1, 1)

        self.unitError = QLabel(AppointmentDialog)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.unitError, 2, 1, 1, 1)

        self.nameLabel = QLabel(AppointmentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsGrid.addWidget(self.nameLabel, 3, 0, 1, 1)

        self.nameEdit = QLineEdit(AppointmentDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsGrid.addWidget(self.nameEdit, 3, 1, 1, 1)

        self.nameError = QLabel(AppointmentDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.nameError, 4, 1, 1, 1)

        self.phoneLabel = QLabel(AppointmentDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsGrid.addWidget(self.phoneLabel, 5, 0, 1, 1)

        self.phoneEdit = QLineEdit(AppointmentDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fieldsGrid.addWidget(self.phoneEdit, 5, 1, 1, 1)

        self.phoneError = QLabel(AppointmentDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.phoneError, 6, 1, 1, 1)

        self.addressLabel = QLabel(AppointmentDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsGrid.addWidget(self.addressLabel, 7, 0, 1, 1)

        self.addressEdit = QLineEdit(AppointmentDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.fieldsGrid.addWidget(self.addressEdit, 7, 1, 1, 1)

        self.addressError = QLabel(AppointmentDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.addressError, 8, 1, 1, 1)

        self.matterLabel = QLabel(AppointmentDialog)
        self.matterLabel.setObjectName(u"matterLabel")

        self.fieldsGrid.addWidget(self.matterLabel, 9, 0, 1, 1)

        self.matterEdit = QLineEdit(AppointmentDialog)
        self.matterEdit.setObjectName(u"matterEdit")

        self.fieldsGrid.addWidget(self.matterEdit, 9, 1, 1, 1)

        self.matterError = QLabel(AppointmentDialog)
        self.matterError.setObjectName(u"matterError")
        self.matterError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.matterError, 10, 1, 1, 1)

        self.handlerLabel = QLabel(AppointmentDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.fieldsGrid.addWidget(self.handlerLabel, 11, 0, 1, 1)

        self.handlerCombo = QComboBox(AppointmentDialog)
        self.handlerCombo.setObjectName(u"handlerCombo")
        self.handlerCombo.setEditable(True)

        self.fieldsGrid.addWidget(self.handlerCombo, 11, 1, 1, 1)

        self.handlerError = QLabel(AppointmentDialog)
        self.handlerError.setObjectName(u"handlerError")
        self.handlerError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.handlerError, 12, 1, 1, 1)

        self.slotLabel = QLabel(AppointmentDialog)
        self.slotLabel.setObjectName(u"slotLabel")

        self.fieldsGrid.addWidget(self.slotLabel, 13, 0, 1, 1)

        self.slotBox = QWidget(AppointmentDialog)
        self.slotBox.setObjectName(u"slotBox")
        self.slotRow = QHBoxLayout(self.slotBox)
        self.slotRow.setObjectName(u"slotRow")
        self.slotRow.setContentsMargins(0, 0, 0, 0)
        self.bookCheck = QCheckBox(self.slotBox)
        self.bookCheck.setObjectName(u"bookCheck")

        self.slotRow.addWidget(self.bookCheck)

        self.dateEdit = QDateEdit(self.slotBox)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setLocale(QLocale(QLocale.Chinese, QLocale.China))

        self.slotRow.addWidget(self.dateEdit)

        self.startEdit = QTimeEdit(self.slotBox)
        self.startEdit.setObjectName(u"startEdit")

        self.slotRow.addWidget(self.startEdit)

        self.toLabel = QLabel(self.slotBox)
        self.toLabel.setObjectName(u"toLabel")

        self.slotRow.addWidget(self.toLabel)

        self.endEdit = QTimeEdit(self.slotBox)
        self.endEdit.setObjectName(u"endEdit")

        self.slotRow.addWidget(self.endEdit)

        self.slotSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slotRow.addItem(self.slotSpacer)


        self.fieldsGrid.addWidget(self.slotBox, 13, 1, 1, 1)

        self.slotError = QLabel(AppointmentDialog)
        self.slotError.setObjectName(u"slotError")
        self.slotError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.slotError, 14, 1, 1, 1)

        self.messageLabel = QLabel(AppointmentDialog)
        self.messageLabel.setObjectName(u"messageLabel")

        self.fieldsGrid.addWidget(self.messageLabel, 15, 0, 1, 1)

        self.messageEdit = QPlainTextEdit(AppointmentDialog)
        self.messageEdit.setObjectName(u"messageEdit")
        self.messageEdit.setMaximumSize(QSize(16777215, 90))
        self.messageEdit.setTabChangesFocus(True)

        self.fieldsGrid.addWidget(self.messageEdit, 15, 1, 1, 1)

        self.messageError = QLabel(AppointmentDialog)
        self.messageError.setObjectName(u"messageError")
        self.messageError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.messageError, 16, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.checkPanel = QLabel(AppointmentDialog)
        self.checkPanel.setObjectName(u"checkPanel")
        self.checkPanel.setWordWrap(True)
        self.checkPanel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.checkPanel)

        self.deadlineLabel = QLabel(AppointmentDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.deadlineLabel)

        self.generalError = QLabel(AppointmentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.verticalSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AppointmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.unitLabel.setBuddy(self.unitEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.matterLabel.setBuddy(self.matterEdit)
        self.handlerLabel.setBuddy(self.handlerCombo)
        self.slotLabel.setBuddy(self.bookCheck)
        self.messageLabel.setBuddy(self.messageEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sourceCombo, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.matterEdit)
        QWidget.setTabOrder(self.matterEdit, self.handlerCombo)
        QWidget.setTabOrder(self.handlerCombo, self.bookCheck)
        QWidget.setTabOrder(self.bookCheck, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.messageEdit)
        QWidget.setTabOrder(self.messageEdit, self.buttonBox)

        self.retranslateUi(AppointmentDialog)

        QMetaObject.connectSlotsByName(AppointmentDialog)
    # setupUi

    def retranslateUi(self, AppointmentDialog):
        AppointmentDialog.setWindowTitle(QCoreApplication.translate("AppointmentDialog", u"\u9884\u7ea6\u767b\u8bb0", None))
        self.banner.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u6765\u6e90(&Y)", None))
        self.unitLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u5355\u4f4d(&U)", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"\u4e2a\u4eba\u529e\u4e8b\u53ef\u4e0d\u586b", None))
        self.unitError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u59d3\u540d(&N) *", None))
        self.nameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u8054\u7cfb\u7535\u8bdd(&T) *", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd\uff0c\u7ecf\u529e\u4eba\u636e\u6b64\u56de\u7535", None))
        self.phoneError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u5730\u5740(&D)", None))
        self.addressError.setText("")
        self.matterLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u9884\u7ea6\u4e8b\u9879(&S) *", None))
        self.matterEdit.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"\u8f93\u5165\u4e8b\u9879\u540d\u79f0\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\uff0c\u4e5f\u53ef\u76f4\u63a5\u586b\u5199", None))
        self.matterError.setText("")
        self.handlerLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u7ecf\u529e\u4eba(&J) *", None))
        self.handlerError.setText("")
        self.slotLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u9884\u7ea6\u65f6\u95f4", None))
        self.bookCheck.setText(QCoreApplication.translate("AppointmentDialog", u"\u7ea6\u5b9a\u5177\u4f53\u65f6\u95f4(&B)", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("AppointmentDialog", u"yyyy-MM-dd ddd", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("AppointmentDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u81f3", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("AppointmentDialog", u"HH:mm", None))
        self.slotError.setText("")
        self.messageLabel.setText(QCoreApplication.translate("AppointmentDialog", u"\u7559\u8a00(&L)", None))
        self.messageEdit.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"\u6765\u8bbf\u4eba\u8981\u8bf4\u660e\u7684\u60c5\u51b5\u3001\u65b9\u4fbf\u63a5\u542c\u7535\u8bdd\u7684\u65f6\u95f4\u7b49", None))
        self.messageError.setText("")
        self.checkPanel.setText("")
        self.deadlineLabel.setText("")
        self.generalError.setText("")
    # retranslateUi

