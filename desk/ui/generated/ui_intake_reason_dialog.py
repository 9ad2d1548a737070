# Generated from forms/intake_reason_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_IntakeReasonDialog(object):
    def setupUi(self, IntakeReasonDialog):
        if not IntakeReasonDialog.objectName():
            IntakeReasonDialog.setObjectName(u"IntakeReasonDialog")
        IntakeReasonDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(IntakeReasonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.header = QLabel(IntakeReasonDialog)
        self.header.setObjectName(u"header")
        self.header.setWordWrap(True)

        self.mainLayout.addWidget(self.header)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.reasonLabel = QLabel(IntakeReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsGrid.addWidget(self.reasonLabel, 0, 0, 1, 1)

        self.reasonEdit = QLineEdit(IntakeReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fieldsGrid.addWidget(self.reasonEdit, 0, 1, 1, 1)

        self.reasonError = QLabel(IntakeReasonDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.fieldsGrid.addWidget(self.reasonError, 1, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.formError = QLabel(IntakeReasonDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.verticalSpacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(IntakeReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakeReasonDialog)

        QMetaObject.connectSlotsByName(IntakeReasonDialog)
    # setupUi

    def retranslateUi(self, IntakeReasonDialog):
        IntakeReasonDialog.setWindowTitle(QCoreApplication.translate("IntakeReasonDialog", u"\u4f5c\u5e9f\u767b\u8bb0", None))
        self.header.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("IntakeReasonDialog", u"\u539f\u56e0(&Y) *", None))
        self.reasonError.setText("")
        self.formError.setText("")
    # retranslateUi

