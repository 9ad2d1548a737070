# Generated from forms/duty_swap_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DutySwapDialog(object):
    def setupUi(self, DutySwapDialog):
        if not DutySwapDialog.objectName():
            DutySwapDialog.setObjectName(u"DutySwapDialog")
        DutySwapDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(DutySwapDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(DutySwapDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.summaryLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.toLabel = QLabel(DutySwapDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toBox = QVBoxLayout()
        self.toBox.setObjectName(u"toBox")
        self.toCombo = QComboBox(DutySwapDialog)
        self.toCombo.setObjectName(u"toCombo")

        self.toBox.addWidget(self.toCombo)

        self.toError = QLabel(DutySwapDialog)
        self.toError.setObjectName(u"toError")
        self.toError.setWordWrap(True)

        self.toBox.addWidget(self.toError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.toBox)

        self.returnLabel = QLabel(DutySwapDialog)
        self.returnLabel.setObjectName(u"returnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.returnLabel)

        self.returnBox = QVBoxLayout()
        self.returnBox.setObjectName(u"returnBox")
        self.returnRow = QHBoxLayout()
        self.returnRow.setObjectName(u"returnRow")
        self.returnCheck = QCheckBox(DutySwapDialog)
        self.returnCheck.setObjectName(u"returnCheck")

        self.returnRow.addWidget(self.returnCheck)

        self.returnCombo = QComboBox(DutySwapDialog)
        self.returnCombo.setObjectName(u"returnCombo")

        self.returnRow.addWidget(self.returnCombo)

        self.returnRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.returnRow.addItem(self.returnRowSpacer)


        self.returnBox.addLayout(self.returnRow)

        self.returnError = QLabel(DutySwapDialog)
        self.returnError.setObjectName(u"returnError")
        self.returnError.setWordWrap(True)

        self.returnBox.addWidget(self.returnError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.returnBox)

        self.reasonLabel = QLabel(DutySwapDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonBox = QVBoxLayout()
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonEdit = QLineEdit(DutySwapDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonBox.addWidget(self.reasonEdit)

        self.reasonError = QLabel(DutySwapDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.reasonBox.addWidget(self.reasonError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.reasonBox)

        self.handoverLabel = QLabel(DutySwapDialog)
        self.handoverLabel.setObjectName(u"handoverLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.handoverLabel)

        self.handoverBox = QVBoxLayout()
        self.handoverBox.setObjectName(u"handoverBox")
        self.handoverEdit = QPlainTextEdit(DutySwapDialog)
        self.handoverEdit.setObjectName(u"handoverEdit")
        self.handoverEdit.setTabChangesFocus(True)

        self.handoverBox.addWidget(self.handoverEdit)

        self.handoverError = QLabel(DutySwapDialog)
        self.handoverError.setObjectName(u"handoverError")
        self.handoverError.setWordWrap(True)

        self.handoverBox.addWidget(self.handoverError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.handoverBox)

        self.reportedLabel = QLabel(DutySwapDialog)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedBox = QVBoxLayout()
        self.reportedBox.setObjectName(u"reportedBox")
        self.reportedCheck = QCheckBox(DutySwapDialog)
        self.reportedCheck.setObjectName(u"reportedCheck")

        self.reportedBox.addWidget(self.reportedCheck)

        self.reportedError = QLabel(DutySwapDialog)
        self.reportedError.setObjectName(u"reportedError")
        self.reportedError.setWordWrap(True)

        self.reportedBox.addWidget(self.reportedError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.reportedBox)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(DutySwapDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(DutySwapDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toCombo)
        self.returnLabel.setBuddy(self.returnCheck)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.handoverLabel.setBuddy(self.handoverEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toCombo, self.returnCheck)
        QWidget.setTabOrder(self.returnCheck, self.returnCombo)
        QWidget.setTabOrder(self.returnCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.handoverEdit)
        QWidget.setTabOrder(self.handoverEdit, self.reportedCheck)

        self.retranslateUi(DutySwapDialog)

        QMetaObject.connectSlotsByName(DutySwapDialog)
    # setupUi

    def retranslateUi(self, DutySwapDialog):
        DutySwapDialog.setWindowTitle(QCoreApplication.translate("DutySwapDialog", u"\u503c\u73ed\u8c03\u5242", None))
        self.toLabel.setText(QCoreApplication.translate("DutySwapDialog", u"\u63a5\u66ff\u503c\u73ed\u7684\u9886\u5bfc(&T) *", None))
        self.returnLabel.setText(QCoreApplication.translate("DutySwapDialog", u"\u5bf9\u8c03\u65e5\u671f", None))
        self.returnCheck.setText(QCoreApplication.translate("DutySwapDialog", u"\u539f\u503c\u73ed\u9886\u5bfc\u6539\u503c\u8be5\u65e5(&H)\uff1a", None))
        self.reasonLabel.setText(QCoreApplication.translate("DutySwapDialog", u"\u8c03\u5242\u539f\u56e0(&R) *", None))
        self.handoverLabel.setText(QCoreApplication.translate("DutySwapDialog", u"\u503c\u73ed\u4ea4\u63a5(&J) *", None))
        self.handoverEdit.setPlaceholderText(QCoreApplication.translate("DutySwapDialog", u"\u5f53\u65e5\u5f85\u5904\u7406\u7684\u6295\u8bc9\u3001\u534f\u8c03\u4e8b\u9879\u3001\u68c0\u67e5\u5b89\u6392\u2026\u2026", None))
        self.reportedLabel.setText("")
        self.reportedCheck.setText(QCoreApplication.translate("DutySwapDialog", u"\u5df2\u62a5\u544a\u4e3b\u8981\u9886\u5bfc(&B)", None))
    # retranslateUi

