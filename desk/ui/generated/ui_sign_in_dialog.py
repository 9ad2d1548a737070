# Generated from forms/sign_in_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(420, 460)
        self.mainLayout = QVBoxLayout(SignInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hallLabel = QLabel(SignInDialog)
        self.hallLabel.setObjectName(u"hallLabel")
        self.hallLabel.setTextFormat(Qt.TextFormat.RichText)
        self.hallLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hallLabel)

        self.filterLabel = QLabel(SignInDialog)
        self.filterLabel.setObjectName(u"filterLabel")

        self.mainLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(SignInDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.filterEdit)

        self.operatorList = QListView(SignInDialog)
        self.operatorList.setObjectName(u"operatorList")
        self.operatorList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operatorList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.operatorList)

        self.pinRow = QHBoxLayout()
        self.pinRow.setObjectName(u"pinRow")
        self.pinLabel = QLabel(SignInDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.pinRow.addWidget(self.pinLabel)

        self.pinEdit = QLineEdit(SignInDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinRow.addWidget(self.pinEdit)


        self.mainLayout.addLayout(self.pinRow)

        self.pinError = QLabel(SignInDialog)
        self.pinError.setObjectName(u"pinError")

        self.mainLayout.addWidget(self.pinError)

        self.generalError = QLabel(SignInDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.operatorList)
        QWidget.setTabOrder(self.operatorList, self.pinEdit)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"\u9009\u62e9\u64cd\u4f5c\u5458", None))
        self.filterLabel.setText(QCoreApplication.translate("SignInDialog", u"\u6211\u662f(&N)\uff1a", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"\u8f93\u5165\u59d3\u540d\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\uff0c\u2191\u2193 \u9009\u62e9\uff0cEnter \u767b\u5f55", None))
        self.pinLabel.setText(QCoreApplication.translate("SignInDialog", u"PIN/\u5bc6\u7801(&P)\uff1a", None))
    # retranslateUi

