# Generated from forms/handover_note_dialog.ui by desk.ui.build_forms — do not edit.
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

class Ui_HandoverNoteDialog(object):
    def setupUi(self, HandoverNoteDialog):
        if not HandoverNoteDialog.objectName():
            HandoverNoteDialog.setObjectName(u"HandoverNoteDialog")
        HandoverNoteDialog.resize(480, 280)
        self.mainLayout = QVBoxLayout(HandoverNoteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.targetsLabel = QLabel(HandoverNoteDialog)
        self.targetsLabel.setObjectName(u"targetsLabel")
        self.targetsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.targetsLabel)

        self.noteEdit = QPlainTextEdit(HandoverNoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.noteEdit)

        self.noteError = QLabel(HandoverNoteDialog)
        self.noteError.setObjectName(u"noteError")

        self.mainLayout.addWidget(self.noteError)

        self.generalError = QLabel(HandoverNoteDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(HandoverNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(HandoverNoteDialog)

        QMetaObject.connectSlotsByName(HandoverNoteDialog)
    # setupUi

    def retranslateUi(self, HandoverNoteDialog):
        HandoverNoteDialog.setWindowTitle(QCoreApplication.translate("HandoverNoteDialog", u"\u7559\u4ea4\u63a5\u4e8b\u9879", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("HandoverNoteDialog", u"\u5f85\u529e\u4e8b\u9879\uff1a\u8c01\u7684\u4ec0\u4e48\u6750\u6599\u5728\u54ea\u91cc\u3001\u8981\u56de\u8c01\u7684\u7535\u8bdd\u2026\u2026", None))
    # retranslateUi

