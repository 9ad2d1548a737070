# Generated from forms/appointment_contact_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppointmentContactDialog(object):
    def setupUi(self, AppointmentContactDialog):
        if not AppointmentContactDialog.objectName():
            AppointmentContactDialog.setObjectName(u"AppointmentContactDialog")
        AppointmentContactDialog.resize(560, 360)
        self.mainLayout = QVBoxLayout(AppointmentContactDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(AppointmentContactDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.atLabel = QLabel(AppointmentContactDialog)
        self.atLabel.setObjectName(u"atLabel")

        self.fieldsGrid.addWidget(self.atLabel, 0, 0, 1, 1)

        self.atEdit = QDateTimeEdit(AppointmentContactDialog)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.atEdit, 0, 1, 1, 1)

        self.atError = QLabel(AppointmentContactDialog)
        self.atError.setObjectName(u"atError")
        self.atError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.atError, 1, 1, 1, 1)

        self.noteLabel = QLabel(AppointmentContactDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fieldsGrid.addWidget(self.noteLabel, 2, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(AppointmentContactDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.fieldsGrid.addWidget(self.noteEdit, 2, 1, 1, 1)

        self.noteError = QLabel(AppointmentContactDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.noteError, 3, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.completeCheck = QCheckBox(AppointmentContactDialog)
        self.completeCheck.setObjectName(u"completeCheck")

        self.mainLayout.addWidget(self.completeCheck)

        self.generalError = QLabel(AppointmentContactDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AppointmentContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.atLabel.setBuddy(self.atEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.atEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.completeCheck)
        QWidget.setTabOrder(self.completeCheck, self.buttonBox)

        self.retranslateUi(AppointmentContactDialog)

        QMetaObject.connectSlotsByName(AppointmentContactDialog)
    # setupUi

    def retranslateUi(self, AppointmentContactDialog):
        AppointmentContactDialog.setWindowTitle(QCoreApplication.translate("AppointmentContactDialog", u"\u767b\u8bb0\u56de\u7535\u8054\u7cfb", None))
        self.summary.setText("")
        self.atLabel.setText(QCoreApplication.translate("AppointmentContactDialog", u"\u8054\u7cfb\u65f6\u95f4(&S)", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("AppointmentContactDialog", u"yyyy-MM-dd HH:mm", None))
        self.atError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("AppointmentContactDialog", u"\u8054\u7cfb\u60c5\u51b5(&Q) *", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AppointmentContactDialog", u"\u4e0e\u6765\u8bbf\u4eba\u8bf4\u4e86\u4ec0\u4e48\u3001\u7ea6\u5b9a\u4e86\u4ec0\u4e48\uff08\u5982\uff1a\u5df2\u7535\u8bdd\u544a\u77e5\u6240\u9700\u6750\u6599\uff0c\u7ea6\u5b9a\u5468\u4e09\u4e0a\u5348\u6765\u529e\uff09", None))
        self.noteError.setText("")
        self.completeCheck.setText(QCoreApplication.translate("AppointmentContactDialog", u"\u540c\u65f6\u529e\u7ed3(&W)\uff08\u5df2\u5f53\u573a\u7b54\u590d\u6216\u529e\u59a5\uff09", None))
        self.generalError.setText("")
    # retranslateUi

