# Generated from forms/leave_decision_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeaveDecisionDialog(object):
    def setupUi(self, LeaveDecisionDialog):
        if not LeaveDecisionDialog.objectName():
            LeaveDecisionDialog.setObjectName(u"LeaveDecisionDialog")
        LeaveDecisionDialog.resize(600, 520)
        self.mainLayout = QVBoxLayout(LeaveDecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(LeaveDecisionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.summaryLabel)

        self.checkLabel = QLabel(LeaveDecisionDialog)
        self.checkLabel.setObjectName(u"checkLabel")
        self.checkLabel.setWordWrap(True)
        self.checkLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.checkLabel)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(LeaveDecisionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setObjectName(u"noteBox")
        self.noteEdit = QLineEdit(LeaveDecisionDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteBox.addWidget(self.noteEdit)

        self.noteError = QLabel(LeaveDecisionDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.noteBox.addWidget(self.noteError)


        self.noteForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.mainLayout.addLayout(self.noteForm)

        self.overrideBox = QGroupBox(LeaveDecisionDialog)
        self.overrideBox.setObjectName(u"overrideBox")
        self.overrideLayout = QVBoxLayout(self.overrideBox)
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideEdit = QLineEdit(self.overrideBox)
        self.overrideEdit.setObjectName(u"overrideEdit")

        self.overrideLayout.addWidget(self.overrideEdit)

        self.overrideError = QLabel(self.overrideBox)
        self.overrideError.setObjectName(u"overrideError")
        self.overrideError.setWordWrap(True)

        self.overrideLayout.addWidget(self.overrideError)


        self.mainLayout.addWidget(self.overrideBox)

        self.generalError = QLabel(LeaveDecisionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(LeaveDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.overrideEdit)

        self.retranslateUi(LeaveDecisionDialog)

        QMetaObject.connectSlotsByName(LeaveDecisionDialog)
    # setupUi

    def retranslateUi(self, LeaveDecisionDialog):
        LeaveDecisionDialog.setWindowTitle(QCoreApplication.translate("LeaveDecisionDialog", u"\u5ba1\u6279\u8bf7\u5047", None))
        self.noteLabel.setText(QCoreApplication.translate("LeaveDecisionDialog", u"\u5ba1\u6279\u610f\u89c1(&N)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LeaveDecisionDialog", u"\u540c\u610f", None))
        self.overrideBox.setTitle(QCoreApplication.translate("LeaveDecisionDialog", u"A\u3001B\u5c97\u540c\u65f6\u8bf7\u5047\uff1a\u7ecf\u9886\u5bfc\u6279\u51c6\u7684\u539f\u56e0", None))
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("LeaveDecisionDialog", u"\u5982\uff1a\u5bb6\u4e2d\u6025\u4e8b\uff0c\u4e3b\u4efb\u540c\u610f\uff0c\u671f\u95f4\u7531\u90e8\u95e8\u8d1f\u8d23\u4eba\u63a5\u5f85", None))
    # retranslateUi

