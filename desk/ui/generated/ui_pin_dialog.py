# Generated from forms/pin_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PinDialog(object):
    def setupUi(self, PinDialog):
        if not PinDialog.objectName():
            PinDialog.setObjectName(u"PinDialog")
        PinDialog.resize(420, 260)
        self.mainLayout = QVBoxLayout(PinDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PinDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.oldPinLabel = QLabel(PinDialog)
        self.oldPinLabel.setObjectName(u"oldPinLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldPinLabel)

        self.oldPinEditColumn = QVBoxLayout()
        self.oldPinEditColumn.setObjectName(u"oldPinEditColumn")
        self.oldPinEdit = QLineEdit(PinDialog)
        self.oldPinEdit.setObjectName(u"oldPinEdit")
        self.oldPinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.oldPinEditColumn.addWidget(self.oldPinEdit)

        self.oldPinError = QLabel(PinDialog)
        self.oldPinError.setObjectName(u"oldPinError")

        self.oldPinEditColumn.addWidget(self.oldPinError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.oldPinEditColumn)

        self.pinLabel = QLabel(PinDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEditColumn = QVBoxLayout()
        self.pinEditColumn.setObjectName(u"pinEditColumn")
        self.pinEdit = QLineEdit(PinDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinEditColumn.addWidget(self.pinEdit)

        self.pinError = QLabel(PinDialog)
        self.pinError.setObjectName(u"pinError")

        self.pinEditColumn.addWidget(self.pinError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pinEditColumn)

        self.pinAgainLabel = QLabel(PinDialog)
        self.pinAgainLabel.setObjectName(u"pinAgainLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinAgainLabel)

        self.pinAgainEditColumn = QVBoxLayout()
        self.pinAgainEditColumn.setObjectName(u"pinAgainEditColumn")
        self.pinAgainEdit = QLineEdit(PinDialog)
        self.pinAgainEdit.setObjectName(u"pinAgainEdit")
        self.pinAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinAgainEditColumn.addWidget(self.pinAgainEdit)

        self.pinAgainError = QLabel(PinDialog)
        self.pinAgainError.setObjectName(u"pinAgainError")

        self.pinAgainEditColumn.addWidget(self.pinAgainError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pinAgainEditColumn)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(PinDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldPinLabel.setBuddy(self.oldPinEdit)
        self.pinLabel.setBuddy(self.pinEdit)
        self.pinAgainLabel.setBuddy(self.pinAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldPinEdit, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.pinAgainEdit)

        self.retranslateUi(PinDialog)

        QMetaObject.connectSlotsByName(PinDialog)
    # setupUi

    def retranslateUi(self, PinDialog):
        PinDialog.setWindowTitle(QCoreApplication.translate("PinDialog", u"\u8bbe\u7f6ePIN", None))
        self.oldPinLabel.setText(QCoreApplication.translate("PinDialog", u"\u539fPIN(&O)", None))
        self.pinLabel.setText(QCoreApplication.translate("PinDialog", u"\u65b0PIN/\u5bc6\u7801(&P)", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("PinDialog", u"\u81f3\u5c114\u4f4d\uff0c\u4e0d\u8981\u75281234\u30010000", None))
        self.pinAgainLabel.setText(QCoreApplication.translate("PinDialog", u"\u518d\u8f93\u4e00\u6b21(&G)", None))
    # retranslateUi

