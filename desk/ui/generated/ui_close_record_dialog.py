# Generated from forms/close_record_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CloseRecordDialog(object):
    def setupUi(self, CloseRecordDialog):
        if not CloseRecordDialog.objectName():
            CloseRecordDialog.setObjectName(u"CloseRecordDialog")
        CloseRecordDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(CloseRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(CloseRecordDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.promptLabel = QLabel(CloseRecordDialog)
        self.promptLabel.setObjectName(u"promptLabel")

        self.mainLayout.addWidget(self.promptLabel)

        self.textEdit = QPlainTextEdit(CloseRecordDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.textEdit)

        self.textError = QLabel(CloseRecordDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setWordWrap(True)

        self.mainLayout.addWidget(self.textError)

        self.generalError = QLabel(CloseRecordDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CloseRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.promptLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.buttonBox)

        self.retranslateUi(CloseRecordDialog)

        QMetaObject.connectSlotsByName(CloseRecordDialog)
    # setupUi

    def retranslateUi(self, CloseRecordDialog):
        CloseRecordDialog.setWindowTitle(QCoreApplication.translate("CloseRecordDialog", u"\u586b\u5199\u539f\u56e0", None))
        self.summary.setText("")
        self.promptLabel.setText(QCoreApplication.translate("CloseRecordDialog", u"\u539f\u56e0(&R) *", None))
        self.textError.setText("")
        self.generalError.setText("")
    # retranslateUi

