# Generated from forms/return_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReturnDialog(object):
    def setupUi(self, ReturnDialog):
        if not ReturnDialog.objectName():
            ReturnDialog.setObjectName(u"ReturnDialog")
        ReturnDialog.resize(480, 240)
        self.mainLayout = QVBoxLayout(ReturnDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(ReturnDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.backButton = QPushButton(ReturnDialog)
        self.backButton.setObjectName(u"backButton")

        self.mainLayout.addWidget(self.backButton)

        self.extendRow = QHBoxLayout()
        self.extendRow.setObjectName(u"extendRow")
        self.extendLabel = QLabel(ReturnDialog)
        self.extendLabel.setObjectName(u"extendLabel")

        self.extendRow.addWidget(self.extendLabel)

        self.extendEdit = QDateTimeEdit(ReturnDialog)
        self.extendEdit.setObjectName(u"extendEdit")
        self.extendEdit.setDisplayFormat(u"yyyy-MM-dd ddd HH:mm")
        self.extendEdit.setCalendarPopup(True)

        self.extendRow.addWidget(self.extendEdit)

        self.extendButton = QPushButton(ReturnDialog)
        self.extendButton.setObjectName(u"extendButton")
        self.extendButton.setAutoDefault(False)

        self.extendRow.addWidget(self.extendButton)


        self.mainLayout.addLayout(self.extendRow)

        self.extendError = QLabel(ReturnDialog)
        self.extendError.setObjectName(u"extendError")

        self.mainLayout.addWidget(self.extendError)

        self.generalError = QLabel(ReturnDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ReturnDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.extendLabel.setBuddy(self.extendEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backButton, self.extendEdit)
        QWidget.setTabOrder(self.extendEdit, self.extendButton)

        self.retranslateUi(ReturnDialog)

        self.backButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReturnDialog)
    # setupUi

    def retranslateUi(self, ReturnDialog):
        ReturnDialog.setWindowTitle(QCoreApplication.translate("ReturnDialog", u"\u786e\u8ba4\u8d85\u65f6\u672a\u5f52", None))
        self.backButton.setText(QCoreApplication.translate("ReturnDialog", u"\u5df2\u56de\u5c97(&B)", None))
        self.extendLabel.setText(QCoreApplication.translate("ReturnDialog", u"\u5c1a\u672a\u56de\u6765\uff0c\u9884\u8ba1\u8fd4\u56de\u6539\u4e3a(&E)\uff1a", None))
        self.extendButton.setText(QCoreApplication.translate("ReturnDialog", u"\u5ef6\u957f(&X)", None))
    # retranslateUi

