# Generated from forms/handover_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(620, 560)
        self.mainLayout = QVBoxLayout(HandoverDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.banner = QLabel(HandoverDialog)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.mainLayout.addWidget(self.banner)

        self.routingInfo = QLabel(HandoverDialog)
        self.routingInfo.setObjectName(u"routingInfo")
        self.routingInfo.setWordWrap(True)

        self.mainLayout.addWidget(self.routingInfo)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.recipientLabel = QLabel(HandoverDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.fieldsGrid.addWidget(self.recipientLabel, 0, 0, 1, 1)

        self.recipientCombo = QComboBox(HandoverDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")
        self.recipientCombo.setEditable(True)

        self.fieldsGrid.addWidget(self.recipientCombo, 0, 1, 1, 1)

        self.recipientError = QLabel(HandoverDialog)
        self.recipientError.setObjectName(u"recipientError")

        self.fieldsGrid.addWidget(self.recipientError, 1, 1, 1, 1)

        self.unitLabel = QLabel(HandoverDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.fieldsGrid.addWidget(self.unitLabel, 2, 0, 1, 1)

        self.unitEdit = QLineEdit(HandoverDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.fieldsGrid.addWidget(self.unitEdit, 2, 1, 1, 1)

        self.unitError = QLabel(HandoverDialog)
        self.unitError.setObjectName(u"unitError")

        self.fieldsGrid.addWidget(self.unitError, 3, 1, 1, 1)

        self.nameLabel = QLabel(HandoverDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsGrid.addWidget(self.nameLabel, 4, 0, 1, 1)

        self.nameEdit = QLineEdit(HandoverDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsGrid.addWidget(self.nameEdit, 4, 1, 1, 1)

        self.nameError = QLabel(HandoverDialog)
        self.nameError.setObjectName(u"nameError")

        self.fieldsGrid.addWidget(self.nameError, 5, 1, 1, 1)

        self.phoneLabel = QLabel(HandoverDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsGrid.addWidget(self.phoneLabel, 6, 0, 1, 1)

        self.phoneEdit = QLineEdit(HandoverDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fieldsGrid.addWidget(self.phoneEdit, 6, 1, 1, 1)

        self.phoneError = QLabel(HandoverDialog)
        self.phoneError.setObjectName(u"phoneError")

        self.fieldsGrid.addWidget(self.phoneError, 7, 1, 1, 1)

        self.matterLabel = QLabel(HandoverDialog)
        self.matterLabel.setObjectName(u"matterLabel")

        self.fieldsGrid.addWidget(self.matterLabel, 8, 0, 1, 1)

        self.matterEdit = QLineEdit(HandoverDialog)
        self.matterEdit.setObjectName(u"matterEdit")

        self.fieldsGrid.addWidget(self.matterEdit, 8, 1, 1, 1)

        self.matterError = QLabel(HandoverDialog)
        self.matterError.setObjectName(u"matterError")

        self.fieldsGrid.addWidget(self.matterError, 9, 1, 1, 1)

        self.messageLabel = QLabel(HandoverDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.fieldsGrid.addWidget(self.messageLabel, 10, 0, 1, 1)

        self.messageEdit = QPlainTextEdit(HandoverDialog)
        self.messageEdit.setObjectName(u"messageEdit")
        self.messageEdit.setTabChangesFocus(True)

        self.fieldsGrid.addWidget(self.messageEdit, 10, 1, 1, 1)

        self.messageError = QLabel(HandoverDialog)
        self.messageError.setObjectName(u"messageError")

        self.fieldsGrid.addWidget(self.messageError, 11, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.reasonPanel = QWidget(HandoverDialog)
        self.reasonPanel.setObjectName(u"reasonPanel")
        self.reasonGrid = QGridLayout(self.reasonPanel)
        self.reasonGrid.setObjectName(u"reasonGrid")
        self.reasonGrid.setVerticalSpacing(2)
        self.reasonGrid.setContentsMargins(0, -1, 0, -1)
        self.reasonLabel = QLabel(self.reasonPanel)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonGrid.addWidget(self.reasonLabel, 0, 0, 1, 1)

        self.reasonEdit = QLineEdit(self.reasonPanel)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonGrid.addWidget(self.reasonEdit, 0, 1, 1, 1)

        self.reasonError = QLabel(self.reasonPanel)
        self.reasonError.setObjectName(u"reasonError")

        self.reasonGrid.addWidget(self.reasonError, 1, 1, 1, 1)


        self.mainLayout.addWidget(self.reasonPanel)

        self.verticalSpacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.skipButton = QPushButton(HandoverDialog)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.skipButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(HandoverDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.recordButton = QPushButton(HandoverDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.buttonRow.addWidget(self.recordButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.unitLabel.setBuddy(self.unitEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.matterLabel.setBuddy(self.matterEdit)
        self.messageLabel.setBuddy(self.messageEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipientCombo, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.matterEdit)
        QWidget.setTabOrder(self.matterEdit, self.messageEdit)
        QWidget.setTabOrder(self.messageEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.skipButton)
        QWidget.setTabOrder(self.skipButton, self.backButton)

        self.retranslateUi(HandoverDialog)

        self.recordButton.setDefault(True)


        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"\u767b\u8bb0\u8f6c\u4ea4 \u2014 \u8d23\u4efb\u4eba\u4e0d\u5728\u5c97", None))
        self.banner.setText(QCoreApplication.translate("HandoverDialog", u"\u8d23\u4efb\u4eba\u4e0d\u5728\u5c97\uff1a\u8bf7\u628a\u6765\u8bbf\u4eba\u7684\u8bc9\u6c42\u767b\u8bb0\u8f6c\u4ea4\uff0c\u8d23\u4efb\u4eba\u8fd4\u5c97\u540e\u987b\u5c3d\u5feb\u8054\u7cfb\u6765\u8bbf\u4eba\u3002", None))
        self.routingInfo.setText("")
        self.recipientLabel.setText(QCoreApplication.translate("HandoverDialog", u"\u8f6c\u4ea4\u7ed9(&Z) *", None))
        self.recipientError.setText("")
        self.unitLabel.setText(QCoreApplication.translate("HandoverDialog", u"\u5355\u4f4d(&U)", None))
        self.unitError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("HandoverDialog", u"\u59d3\u540d(&N) *", None))
        self.nameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("HandoverDialog", u"\u8054\u7cfb\u7535\u8bdd(&T) *", None))
        self.phoneError.setText("")
        self.matterLabel.setText(QCoreApplication.translate("HandoverDialog", u"\u62df\u529e\u4e8b\u9879(&S) *", None))
        self.matterError.setText("")
        self.messageLabel.setText(QCoreApplication.translate("HandoverDialog", u"\u7559\u8a00(&M)", None))
        self.messageError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("HandoverDialog", u"\u4e0d\u8f6c\u4ea4\u7684\u539f\u56e0(&Y) *", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"\u5982\uff1a\u6765\u8bbf\u4eba\u8868\u793a\u6539\u65e5\u518d\u6765\uff1b\u5df2\u5f53\u9762\u544a\u77e5\u8d23\u4efb\u4eba\u8fd4\u5c97\u65f6\u95f4", None))
        self.reasonError.setText("")
        self.skipButton.setText(QCoreApplication.translate("HandoverDialog", u"\u4e0d\u8f6c\u4ea4(&B)\u2026", None))
        self.backButton.setText(QCoreApplication.translate("HandoverDialog", u"\u8fd4\u56de\u4fee\u6539", None))
        self.recordButton.setText(QCoreApplication.translate("HandoverDialog", u"\u767b\u8bb0\u8f6c\u4ea4", None))
    # retranslateUi

