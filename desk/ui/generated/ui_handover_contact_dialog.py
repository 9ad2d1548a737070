# Generated from forms/handover_contact_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_HandoverContactDialog(object):
    def setupUi(self, HandoverContactDialog):
        if not HandoverContactDialog.objectName():
            HandoverContactDialog.setObjectName(u"HandoverContactDialog")
        HandoverContactDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(HandoverContactDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.header = QLabel(HandoverContactDialog)
        self.header.setObjectName(u"header")
        self.header.setWordWrap(True)

        self.mainLayout.addWidget(self.header)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.atLabel = QLabel(HandoverContactDialog)
        self.atLabel.setObjectName(u"atLabel")

        self.fieldsGrid.addWidget(self.atLabel, 0, 0, 1, 1)

        self.atEdit = QDateTimeEdit(HandoverContactDialog)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.atEdit, 0, 1, 1, 1)

        self.atError = QLabel(HandoverContactDialog)
        self.atError.setObjectName(u"atError")

        self.fieldsGrid.addWidget(self.atError, 1, 1, 1, 1)

        self.resultLabel = QLabel(HandoverContactDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.fieldsGrid.addWidget(self.resultLabel, 2, 0, 1, 1)

        self.resultEdit = QPlainTextEdit(HandoverContactDialog)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)

        self.fieldsGrid.addWidget(self.resultEdit, 2, 1, 1, 1)

        self.resultError = QLabel(HandoverContactDialog)
        self.resultError.setObjectName(u"resultError")

        self.fieldsGrid.addWidget(self.resultError, 3, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.formError = QLabel(HandoverContactDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.verticalSpacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(HandoverContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.atLabel.setBuddy(self.atEdit)
        self.resultLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.atEdit, self.resultEdit)

        self.retranslateUi(HandoverContactDialog)

        QMetaObject.connectSlotsByName(HandoverContactDialog)
    # setupUi

    def retranslateUi(self, HandoverContactDialog):
        HandoverContactDialog.setWindowTitle(QCoreApplication.translate("HandoverContactDialog", u"\u767b\u8bb0\u8054\u7cfb\u60c5\u51b5", None))
        self.header.setText("")
        self.atLabel.setText(QCoreApplication.translate("HandoverContactDialog", u"\u8054\u7cfb\u65f6\u95f4(&T) *", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("HandoverContactDialog", u"yyyy-MM-dd HH:mm", None))
        self.atError.setText("")
        self.resultLabel.setText(QCoreApplication.translate("HandoverContactDialog", u"\u8054\u7cfb\u7ed3\u679c(&R) *", None))
        self.resultEdit.setPlaceholderText(QCoreApplication.translate("HandoverContactDialog", u"\u5982\uff1a\u5df2\u7535\u8bdd\u8054\u7cfb\uff0c\u7ea6\u5b9a\u5468\u4e09\u4e0a\u5348\u6765\u529e\u7406", None))
        self.resultError.setText("")
        self.formError.setText("")
    # retranslateUi

