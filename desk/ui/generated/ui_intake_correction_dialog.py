# Generated from forms/intake_correction_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_IntakeCorrectionDialog(object):
    def setupUi(self, IntakeCorrectionDialog):
        if not IntakeCorrectionDialog.objectName():
            IntakeCorrectionDialog.setObjectName(u"IntakeCorrectionDialog")
        IntakeCorrectionDialog.resize(560, 640)
        self.mainLayout = QVBoxLayout(IntakeCorrectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.header = QLabel(IntakeCorrectionDialog)
        self.header.setObjectName(u"header")
        self.header.setWordWrap(True)

        self.mainLayout.addWidget(self.header)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.channelLabel = QLabel(IntakeCorrectionDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.fieldsGrid.addWidget(self.channelLabel, 0, 0, 1, 1)

        self.channelCombo = QComboBox(IntakeCorrectionDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.fieldsGrid.addWidget(self.channelCombo, 0, 1, 1, 1)

        self.channelError = QLabel(IntakeCorrectionDialog)
        self.channelError.setObjectName(u"channelError")

        self.fieldsGrid.addWidget(self.channelError, 1, 1, 1, 1)

        self.unitLabel = QLabel(IntakeCorrectionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.fieldsGrid.addWidget(self.unitLabel, 2, 0, 1, 1)

        self.unitEdit = QLineEdit(IntakeCorrectionDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.fieldsGrid.addWidget(self.unitEdit, 2, 1, 1, 1)

        self.unitError = QLabel(IntakeCorrectionDialog)
        self.unitError.setObjectName(u"unitError")

        self.fieldsGrid.addWidget(self.unitError, 3, 1, 1, 1)

        self.nameLabel = QLabel(IntakeCorrectionDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsGrid.addWidget(self.nameLabel, 4, 0, 1, 1)

        self.nameEdit = QLineEdit(IntakeCorrectionDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsGrid.addWidget(self.nameEdit, 4, 1, 1, 1)

        self.nameError = QLabel(IntakeCorrectionDialog)
        self.nameError.setObjectName(u"nameError")

        self.fieldsGrid.addWidget(self.nameError, 5, 1, 1, 1)

        self.phoneLabel = QLabel(IntakeCorrectionDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsGrid.addWidget(self.phoneLabel, 6, 0, 1, 1)

        self.phoneEdit = QLineEdit(IntakeCorrectionDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fieldsGrid.addWidget(self.phoneEdit, 6, 1, 1, 1)

        self.phoneError = QLabel(IntakeCorrectionDialog)
        self.phoneError.setObjectName(u"phoneError")

        self.fieldsGrid.addWidget(self.phoneError, 7, 1, 1, 1)

        self.idLabel = QLabel(IntakeCorrectionDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.fieldsGrid.addWidget(self.idLabel, 8, 0, 1, 1)

        self.idEdit = QLineEdit(IntakeCorrectionDialog)
        self.idEdit.setObjectName(u"idEdit")

        self.fieldsGrid.addWidget(self.idEdit, 8, 1, 1, 1)

        self.idError = QLabel(IntakeCorrectionDialog)
        self.idError.setObjectName(u"idError")

        self.fieldsGrid.addWidget(self.idError, 9, 1, 1, 1)

        self.addressLabel = QLabel(IntakeCorrectionDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsGrid.addWidget(self.addressLabel, 10, 0, 1, 1)

        self.addressEdit = QLineEdit(IntakeCorrectionDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.fieldsGrid.addWidget(self.addressEdit, 10, 1, 1, 1)

        self.addressError = QLabel(IntakeCorrectionDialog)
        self.addressError.setObjectName(u"addressError")

        self.fieldsGrid.addWidget(self.addressError, 11, 1, 1, 1)

        self.matterLabel = QLabel(IntakeCorrectionDialog)
        self.matterLabel.setObjectName(u"matterLabel")

        self.fieldsGrid.addWidget(self.matterLabel, 12, 0, 1, 1)

        self.matterEdit = QLineEdit(IntakeCorrectionDialog)
        self.matterEdit.setObjectName(u"matterEdit")

        self.fieldsGrid.addWidget(self.matterEdit, 12, 1, 1, 1)

        self.matterError = QLabel(IntakeCorrectionDialog)
        self.matterError.setObjectName(u"matterError")

        self.fieldsGrid.addWidget(self.matterError, 13, 1, 1, 1)

        self.messageLabel = QLabel(IntakeCorrectionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.fieldsGrid.addWidget(self.messageLabel, 14, 0, 1, 1)

        self.messageEdit = QPlainTextEdit(IntakeCorrectionDialog)
        self.messageEdit.setObjectName(u"messageEdit")
        self.messageEdit.setTabChangesFocus(True)
        self.messageEdit.setMaximumSize(QSize(16777215, 70))

        self.fieldsGrid.addWidget(self.messageEdit, 14, 1, 1, 1)

        self.messageError = QLabel(IntakeCorrectionDialog)
        self.messageError.setObjectName(u"messageError")

        self.fieldsGrid.addWidget(self.messageError, 15, 1, 1, 1)

        self.resultLabel = QLabel(IntakeCorrectionDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.fieldsGrid.addWidget(self.resultLabel, 16, 0, 1, 1)

        self.resultEdit = QPlainTextEdit(IntakeCorrectionDialog)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)
        self.resultEdit.setMaximumSize(QSize(16777215, 70))

        self.fieldsGrid.addWidget(self.resultEdit, 16, 1, 1, 1)

        self.resultError = QLabel(IntakeCorrectionDialog)
        self.resultError.setObjectName(u"resultError")

        self.fieldsGrid.addWidget(self.resultError, 17, 1, 1, 1)

        self.referredLabel = QLabel(IntakeCorrectionDialog)
        self.referredLabel.setObjectName(u"referredLabel")

        self.fieldsGrid.addWidget(self.referredLabel, 18, 0, 1, 1)

        self.referredEdit = QLineEdit(IntakeCorrectionDialog)
        self.referredEdit.setObjectName(u"referredEdit")

        self.fieldsGrid.addWidget(self.referredEdit, 18, 1, 1, 1)

        self.referredError = QLabel(IntakeCorrectionDialog)
        self.referredError.setObjectName(u"referredError")

        self.fieldsGrid.addWidget(self.referredError, 19, 1, 1, 1)

        self.referredPhoneLabel = QLabel(IntakeCorrectionDialog)
        self.referredPhoneLabel.setObjectName(u"referredPhoneLabel")

        self.fieldsGrid.addWidget(self.referredPhoneLabel, 20, 0, 1, 1)

        self.referredPhoneEdit = QLineEdit(IntakeCorrectionDialog)
        self.referredPhoneEdit.setObjectName(u"referredPhoneEdit")

        self.fieldsGrid.addWidget(self.referredPhoneEdit, 20, 1, 1, 1)

        self.referredPhoneError = QLabel(IntakeCorrectionDialog)
        self.referredPhoneError.setObjectName(u"referredPhoneError")

        self.fieldsGrid.addWidget(self.referredPhoneError, 21, 1, 1, 1)

        self.reasonLabel = QLabel(IntakeCorrectionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsGrid.addWidget(self.reasonLabel, 22, 0, 1, 1)

        self.reasonEdit = QLineEdit(IntakeCorrectionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fieldsGrid.addWidget(self.reasonEdit, 22, 1, 1, 1)

        self.reasonError = QLabel(IntakeCorrectionDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.fieldsGrid.addWidget(self.reasonError, 23, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.formError = QLabel(IntakeCorrectionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.verticalSpacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(IntakeCorrectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.unitLabel.setBuddy(self.unitEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.matterLabel.setBuddy(self.matterEdit)
        self.messageLabel.setBuddy(self.messageEdit)
        self.resultLabel.setBuddy(self.resultEdit)
        self.referredLabel.setBuddy(self.referredEdit)
        self.referredPhoneLabel.setBuddy(self.referredPhoneEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelCombo, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.matterEdit)
        QWidget.setTabOrder(self.matterEdit, self.messageEdit)
        QWidget.setTabOrder(self.messageEdit, self.resultEdit)
        QWidget.setTabOrder(self.resultEdit, self.referredEdit)
        QWidget.setTabOrder(self.referredEdit, self.referredPhoneEdit)
        QWidget.setTabOrder(self.referredPhoneEdit, self.reasonEdit)

        self.retranslateUi(IntakeCorrectionDialog)

        QMetaObject.connectSlotsByName(IntakeCorrectionDialog)
    # setupUi

    def retranslateUi(self, IntakeCorrectionDialog):
        IntakeCorrectionDialog.setWindowTitle(QCoreApplication.translate("IntakeCorrectionDialog", u"\u66f4\u6b63\u767b\u8bb0", None))
        self.header.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u66f4\u6b63\u4f1a\u8fde\u540c\u539f\u503c\u3001\u66f4\u6b63\u539f\u56e0\u3001\u64cd\u4f5c\u5458\u548c\u65f6\u95f4\u4e00\u5e76\u8bb0\u5f55\uff0c\u539f\u767b\u8bb0\u4e0d\u4f1a\u88ab\u8986\u76d6\u5220\u9664\u3002", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u6e20\u9053", None))
        self.channelError.setText("")
        self.unitLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u5355\u4f4d", None))
        self.unitError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u59d3\u540d *", None))
        self.nameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phoneError.setText("")
        self.idLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.idError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u5730\u5740", None))
        self.addressError.setText("")
        self.matterLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u62df\u529e\u4e8b\u9879 *", None))
        self.matterError.setText("")
        self.messageLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u7559\u8a00", None))
        self.messageError.setText("")
        self.resultLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u529e\u7406\u60c5\u51b5/\u8bf4\u660e", None))
        self.resultError.setText("")
        self.referredLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u5f15\u5bfc\u81f3", None))
        self.referredError.setText("")
        self.referredPhoneLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u5bf9\u65b9\u7535\u8bdd", None))
        self.referredPhoneError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u66f4\u6b63\u539f\u56e0(&Y) *", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("IntakeCorrectionDialog", u"\u5982\uff1a\u7535\u8bdd\u53f7\u7801\u8bb0\u9519\u4e00\u4f4d", None))
        self.reasonError.setText("")
        self.formError.setText("")
    # retranslateUi

