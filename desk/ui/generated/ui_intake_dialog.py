# Generated from forms/intake_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(1020, 700)
        self.mainLayout = QVBoxLayout(IntakeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.visitorBox = QGroupBox(IntakeDialog)
        self.visitorBox.setObjectName(u"visitorBox")
        self.visitorGrid = QGridLayout(self.visitorBox)
        self.visitorGrid.setObjectName(u"visitorGrid")
        self.visitorGrid.setVerticalSpacing(2)
        self.channelLabel = QLabel(self.visitorBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.visitorGrid.addWidget(self.channelLabel, 0, 0, 1, 1)

        self.channelRow = QWidget(self.visitorBox)
        self.channelRow.setObjectName(u"channelRow")
        self.channelLayout = QHBoxLayout(self.channelRow)
        self.channelLayout.setObjectName(u"channelLayout")
        self.channelLayout.setContentsMargins(0, 0, 0, 0)
        self.channelVisit = QRadioButton(self.channelRow)
        self.channelVisit.setObjectName(u"channelVisit")
        self.channelVisit.setChecked(True)

        self.channelLayout.addWidget(self.channelVisit)

        self.channelPhone = QRadioButton(self.channelRow)
        self.channelPhone.setObjectName(u"channelPhone")

        self.channelLayout.addWidget(self.channelPhone)

        self.channelLetter = QRadioButton(self.channelRow)
        self.channelLetter.setObjectName(u"channelLetter")

        self.channelLayout.addWidget(self.channelLetter)

        self.channelOfficialLetter = QRadioButton(self.channelRow)
        self.channelOfficialLetter.setObjectName(u"channelOfficialLetter")

        self.channelLayout.addWidget(self.channelOfficialLetter)

        self.channelOnline = QRadioButton(self.channelRow)
        self.channelOnline.setObjectName(u"channelOnline")

        self.channelLayout.addWidget(self.channelOnline)

        self.channelSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelLayout.addItem(self.channelSpacer)


        self.visitorGrid.addWidget(self.channelRow, 0, 1, 1, 1)

        self.unitLabel = QLabel(self.visitorBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.visitorGrid.addWidget(self.unitLabel, 1, 0, 1, 1)

        self.unitEdit = QLineEdit(self.visitorBox)
        self.unitEdit.setObjectName(u"unitEdit")

        self.visitorGrid.addWidget(self.unitEdit, 1, 1, 1, 1)

        self.unitError = QLabel(self.visitorBox)
        self.unitError.setObjectName(u"unitError")

        self.visitorGrid.addWidget(self.unitError, 2, 1, 1, 1)

        self.nameLabel = QLabel(self.visitorBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.visitorGrid.addWidget(self.nameLabel, 3, 0, 1, 1)

        self.nameEdit = QLineEdit(self.visitorBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.visitorGrid.addWidget(self.nameEdit, 3, 1, 1, 1)

        self.nameError = QLabel(self.visitorBox)
        self.nameError.setObjectName(u"nameError")

        self.visitorGrid.addWidget(self.nameError, 4, 1, 1, 1)

        self.phoneLabel = QLabel(self.visitorBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.visitorGrid.addWidget(self.phoneLabel, 5, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.visitorBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.visitorGrid.addWidget(self.phoneEdit, 5, 1, 1, 1)

        self.phoneError = QLabel(self.visitorBox)
        self.phoneError.setObjectName(u"phoneError")

        self.visitorGrid.addWidget(self.phoneError, 6, 1, 1, 1)

        self.idLabel = QLabel(self.visitorBox)
        self.idLabel.setObjectName(u"idLabel")

        self.visitorGrid.addWidget(self.idLabel, 7, 0, 1, 1)

        self.idEdit = QLineEdit(self.visitorBox)
        self.idEdit.setObjectName(u"idEdit")

        self.visitorGrid.addWidget(self.idEdit, 7, 1, 1, 1)

        self.idNoteRow = QHBoxLayout()
        self.idNoteRow.setObjectName(u"idNoteRow")
        self.idError = QLabel(self.visitorBox)
        self.idError.setObjectName(u"idError")

        self.idNoteRow.addWidget(self.idError)

        self.idAccept = QCheckBox(self.visitorBox)
        self.idAccept.setObjectName(u"idAccept")

        self.idNoteRow.addWidget(self.idAccept)

        self.idSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idNoteRow.addItem(self.idSpacer)


        self.visitorGrid.addLayout(self.idNoteRow, 8, 1, 1, 1)

        self.matterLabel = QLabel(self.visitorBox)
        self.matterLabel.setObjectName(u"matterLabel")

        self.visitorGrid.addWidget(self.matterLabel, 9, 0, 1, 1)

        self.matterEdit = QLineEdit(self.visitorBox)
        self.matterEdit.setObjectName(u"matterEdit")

        self.visitorGrid.addWidget(self.matterEdit, 9, 1, 1, 1)

        self.matterError = QLabel(self.visitorBox)
        self.matterError.setObjectName(u"matterError")

        self.visitorGrid.addWidget(self.matterError, 10, 1, 1, 1)

        self.messageLabel = QLabel(self.visitorBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.visitorGrid.addWidget(self.messageLabel, 11, 0, 1, 1)

        self.messageEdit = QPlainTextEdit(self.visitorBox)
        self.messageEdit.setObjectName(u"messageEdit")
        self.messageEdit.setTabChangesFocus(True)

        self.visitorGrid.addWidget(self.messageEdit, 11, 1, 1, 1)

        self.messageError = QLabel(self.visitorBox)
        self.messageError.setObjectName(u"messageError")

        self.visitorGrid.addWidget(self.messageError, 12, 1, 1, 1)

        self.firstContactLabel = QLabel(self.visitorBox)
        self.firstContactLabel.setObjectName(u"firstContactLabel")

        self.visitorGrid.addWidget(self.firstContactLabel, 13, 0, 1, 1)

        self.firstContactCombo = QComboBox(self.visitorBox)
        self.firstContactCombo.setObjectName(u"firstContactCombo")
        self.firstContactCombo.setEditable(True)

        self.visitorGrid.addWidget(self.firstContactCombo, 13, 1, 1, 1)

        self.firstContactError = QLabel(self.visitorBox)
        self.firstContactError.setObjectName(u"firstContactError")

        self.visitorGrid.addWidget(self.firstContactError, 14, 1, 1, 1)


        self.columns.addWidget(self.visitorBox)

        self.routingBox = QGroupBox(IntakeDialog)
        self.routingBox.setObjectName(u"routingBox")
        self.routingLayout = QVBoxLayout(self.routingBox)
        self.routingLayout.setObjectName(u"routingLayout")
        self.postRow = QHBoxLayout()
        self.postRow.setObjectName(u"postRow")
        self.postLabel = QLabel(self.routingBox)
        self.postLabel.setObjectName(u"postLabel")

        self.postRow.addWidget(self.postLabel)

        self.postCombo = QComboBox(self.routingBox)
        self.postCombo.setObjectName(u"postCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.postCombo.sizePolicy().hasHeightForWidth())
        self.postCombo.setSizePolicy(sizePolicy)

        self.postRow.addWidget(self.postCombo)


        self.routingLayout.addLayout(self.postRow)

        self.postInfo = QLabel(self.routingBox)
        self.postInfo.setObjectName(u"postInfo")
        self.postInfo.setWordWrap(True)

        self.routingLayout.addWidget(self.postInfo)

        self.aInfo = QLabel(self.routingBox)
        self.aInfo.setObjectName(u"aInfo")
        self.aInfo.setWordWrap(True)

        self.routingLayout.addWidget(self.aInfo)

        self.bInfo = QLabel(self.routingBox)
        self.bInfo.setObjectName(u"bInfo")
        self.bInfo.setWordWrap(True)

        self.routingLayout.addWidget(self.bInfo)

        self.servingInfo = QLabel(self.routingBox)
        self.servingInfo.setObjectName(u"servingInfo")
        self.servingInfo.setWordWrap(True)

        self.routingLayout.addWidget(self.servingInfo)

        self.recommendInfo = QLabel(self.routingBox)
        self.recommendInfo.setObjectName(u"recommendInfo")
        self.recommendInfo.setWordWrap(True)

        self.routingLayout.addWidget(self.recommendInfo)

        self.outcomeBox = QGroupBox(self.routingBox)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeGrid = QGridLayout(self.outcomeBox)
        self.outcomeGrid.setObjectName(u"outcomeGrid")
        self.outcomeHandled = QRadioButton(self.outcomeBox)
        self.outcomeHandled.setObjectName(u"outcomeHandled")

        self.outcomeGrid.addWidget(self.outcomeHandled, 0, 0, 1, 1)

        self.outcomeNotice = QRadioButton(self.outcomeBox)
        self.outcomeNotice.setObjectName(u"outcomeNotice")

        self.outcomeGrid.addWidget(self.outcomeNotice, 0, 1, 1, 1)

        self.outcomeHandover = QRadioButton(self.outcomeBox)
        self.outcomeHandover.setObjectName(u"outcomeHandover")

        self.outcomeGrid.addWidget(self.outcomeHandover, 1, 0, 1, 1)

        self.outcomeReferred = QRadioButton(self.outcomeBox)
        self.outcomeReferred.setObjectName(u"outcomeReferred")

        self.outcomeGrid.addWidget(self.outcomeReferred, 1, 1, 1, 1)

        self.outcomeOutside = QRadioButton(self.outcomeBox)
        self.outcomeOutside.setObjectName(u"outcomeOutside")

        self.outcomeGrid.addWidget(self.outcomeOutside, 2, 0, 1, 2)


        self.routingLayout.addWidget(self.outcomeBox)

        self.referredPanel = QWidget(self.routingBox)
        self.referredPanel.setObjectName(u"referredPanel")
        self.referredGrid = QGridLayout(self.referredPanel)
        self.referredGrid.setObjectName(u"referredGrid")
        self.referredGrid.setVerticalSpacing(2)
        self.referredGrid.setContentsMargins(0, 0, 0, 0)
        self.referredLabel = QLabel(self.referredPanel)
        self.referredLabel.setObjectName(u"referredLabel")

        self.referredGrid.addWidget(self.referredLabel, 0, 0, 1, 1)

        self.referredCombo = QComboBox(self.referredPanel)
        self.referredCombo.setObjectName(u"referredCombo")
        self.referredCombo.setEditable(True)

        self.referredGrid.addWidget(self.referredCombo, 0, 1, 1, 1)

        self.referredError = QLabel(self.referredPanel)
        self.referredError.setObjectName(u"referredError")

        self.referredGrid.addWidget(self.referredError, 1, 1, 1, 1)

        self.referredPhoneLabel = QLabel(self.referredPanel)
        self.referredPhoneLabel.setObjectName(u"referredPhoneLabel")

        self.referredGrid.addWidget(self.referredPhoneLabel, 2, 0, 1, 1)

        self.referredPhoneEdit = QLineEdit(self.referredPanel)
        self.referredPhoneEdit.setObjectName(u"referredPhoneEdit")

        self.referredGrid.addWidget(self.referredPhoneEdit, 2, 1, 1, 1)

        self.referredPhoneError = QLabel(self.referredPanel)
        self.referredPhoneError.setObjectName(u"referredPhoneError")

        self.referredGrid.addWidget(self.referredPhoneError, 3, 1, 1, 1)


        self.routingLayout.addWidget(self.referredPanel)

        self.resultLabel = QLabel(self.routingBox)
        self.resultLabel.setObjectName(u"resultLabel")

        self.routingLayout.addWidget(self.resultLabel)

        self.resultEdit = QPlainTextEdit(self.routingBox)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)
        self.resultEdit.setMaximumSize(QSize(16777215, 90))

        self.routingLayout.addWidget(self.resultEdit)

        self.resultError = QLabel(self.routingBox)
        self.resultError.setObjectName(u"resultError")

        self.routingLayout.addWidget(self.resultError)

        self.routingSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.routingLayout.addItem(self.routingSpacer)


        self.columns.addWidget(self.routingBox)

        self.columns.setStretch(0, 11)
        self.columns.setStretch(1, 10)

        self.mainLayout.addLayout(self.columns)

        self.formError = QLabel(IntakeDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.keysHint = QLabel(IntakeDialog)
        self.keysHint.setObjectName(u"keysHint")

        self.bottomRow.addWidget(self.keysHint)

        self.buttonBox = QDialogButtonBox(IntakeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.matterLabel.setBuddy(self.matterEdit)
        self.messageLabel.setBuddy(self.messageEdit)
        self.firstContactLabel.setBuddy(self.firstContactCombo)
        self.postLabel.setBuddy(self.postCombo)
        self.referredLabel.setBuddy(self.referredCombo)
        self.referredPhoneLabel.setBuddy(self.referredPhoneEdit)
        self.resultLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelVisit, self.channelPhone)
        QWidget.setTabOrder(self.channelPhone, self.channelLetter)
        QWidget.setTabOrder(self.channelLetter, self.channelOfficialLetter)
        QWidget.setTabOrder(self.channelOfficialLetter, self.channelOnline)
        QWidget.setTabOrder(self.channelOnline, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.idAccept)
        QWidget.setTabOrder(self.idAccept, self.matterEdit)
        QWidget.setTabOrder(self.matterEdit, self.messageEdit)
        QWidget.setTabOrder(self.messageEdit, self.outcomeHandled)
        QWidget.setTabOrder(self.outcomeHandled, self.outcomeNotice)
        QWidget.setTabOrder(self.outcomeNotice, self.outcomeHandover)
        QWidget.setTabOrder(self.outcomeHandover, self.outcomeReferred)
        QWidget.setTabOrder(self.outcomeReferred, self.outcomeOutside)
        QWidget.setTabOrder(self.outcomeOutside, self.referredCombo)
        QWidget.setTabOrder(self.referredCombo, self.referredPhoneEdit)
        QWidget.setTabOrder(self.referredPhoneEdit, self.resultEdit)
        QWidget.setTabOrder(self.resultEdit, self.postCombo)
        QWidget.setTabOrder(self.postCombo, self.firstContactCombo)

        self.retranslateUi(IntakeDialog)

        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"\u529e\u4e8b\u767b\u8bb0\u8868 \u2014 \u767b\u8bb0\u6765\u8bbf/\u6765\u7535", None))
        self.visitorBox.setTitle(QCoreApplication.translate("IntakeDialog", u"\u6765\u8bbf\u4eba\u4e0e\u4e8b\u9879", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u6e20\u9053", None))
        self.channelVisit.setText(QCoreApplication.translate("IntakeDialog", u"1 \u6765\u8bbf", None))
        self.channelPhone.setText(QCoreApplication.translate("IntakeDialog", u"2 \u6765\u7535", None))
        self.channelLetter.setText(QCoreApplication.translate("IntakeDialog", u"3 \u6765\u4fe1", None))
        self.channelOfficialLetter.setText(QCoreApplication.translate("IntakeDialog", u"4 \u6765\u51fd", None))
        self.channelOnline.setText(QCoreApplication.translate("IntakeDialog", u"5 \u7f51\u4e0a", None))
        self.unitLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u5355\u4f4d(&U)", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u53ef\u4e0d\u586b\uff0c\u5982\uff1a\u57ce\u4e1c\u6751\u59d4\u4f1a", None))
        self.unitError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u59d3\u540d(&N) *", None))
        self.nameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8054\u7cfb\u7535\u8bdd(&T)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd\uff0c\u5982 13812345678\u30010571-88886666", None))
        self.phoneError.setText("")
        self.idLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8eab\u4efd\u8bc1\u53f7(&I)", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u9700\u8981\u65f6\u586b\u5199\uff0c18\u4f4d", None))
        self.idError.setText("")
        self.idAccept.setText(QCoreApplication.translate("IntakeDialog", u"\u5df2\u6838\u5bf9\u8bc1\u4ef6\uff0c\u786e\u8ba4\u65e0\u8bef", None))
        self.matterLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u62df\u529e\u4e8b\u9879(&S) *", None))
        self.matterEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u8f93\u5165\u4e8b\u9879\u540d\u79f0\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\uff08\u5982 dbsq\uff09\uff0c\u56de\u8f66\u9009\u5b9a\uff1b\u4e5f\u53ef\u76f4\u63a5\u586b\u5199", None))
        self.matterError.setText("")
        self.messageLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u7559\u8a00(&M)", None))
        self.messageEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u6765\u8bbf\u4eba\u7684\u8bc9\u6c42\u3001\u60c5\u51b5\u8bf4\u660e\uff08Shift+\u56de\u8f66\u6362\u884c\uff09", None))
        self.messageError.setText("")
        self.firstContactLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u9996\u95ee\u8d23\u4efb\u4eba(&F)", None))
        self.firstContactError.setText("")
        self.routingBox.setTitle(QCoreApplication.translate("IntakeDialog", u"\u8d23\u4efb\u5c97\u4f4d\u4e0e\u53bb\u5411", None))
        self.postLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8d23\u4efb\u5c97\u4f4d(&P)", None))
        self.postInfo.setText(QCoreApplication.translate("IntakeDialog", u"\u9009\u5b9a\u4e8b\u9879\u540e\u663e\u793a\u8d23\u4efb\u5c97\u4f4d\u548c\u4eba\u5458\u53bb\u5411", None))
        self.aInfo.setText("")
        self.bInfo.setText("")
        self.servingInfo.setText("")
        self.recommendInfo.setText("")
        self.outcomeBox.setTitle(QCoreApplication.translate("IntakeDialog", u"\u529e\u7406\u7ed3\u679c", None))
        self.outcomeHandled.setText(QCoreApplication.translate("IntakeDialog", u"\u5f53\u573a\u529e\u7406(&D)", None))
        self.outcomeNotice.setText(QCoreApplication.translate("IntakeDialog", u"\u4e00\u6b21\u6027\u544a\u77e5(&G)", None))
        self.outcomeHandover.setText(QCoreApplication.translate("IntakeDialog", u"\u8f6c\u4ea4(&Z)", None))
        self.outcomeReferred.setText(QCoreApplication.translate("IntakeDialog", u"\u5f15\u5bfc\u81f3\u5176\u4ed6\u90e8\u95e8(&Y)", None))
        self.outcomeOutside.setText(QCoreApplication.translate("IntakeDialog", u"\u975e\u672c\u673a\u5173\u804c\u8d23(&W)", None))
        self.referredLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u5f15\u5bfc\u81f3(&R)", None))
        self.referredError.setText("")
        self.referredPhoneLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u5bf9\u65b9\u7535\u8bdd(&H)", None))
        self.referredPhoneError.setText("")
        self.resultLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u529e\u7406\u60c5\u51b5(&J)", None))
        self.resultError.setText("")
        self.formError.setText("")
        self.keysHint.setText(QCoreApplication.translate("IntakeDialog", u"Tab \u4e0b\u4e00\u9879 \u00b7 \u56de\u8f66 \u4fdd\u5b58 \u00b7 Esc \u53d6\u6d88", None))
    # retranslateUi

