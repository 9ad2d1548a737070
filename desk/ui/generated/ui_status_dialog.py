# Generated from forms/status_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(StatusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(StatusDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"\u59d3\u540d")
        self.personLabel.setTextFormat(Qt.TextFormat.RichText)
        self.personLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.personLabel)

        self.statusBox = QGroupBox(StatusDialog)
        self.statusBox.setObjectName(u"statusBox")
        self.statusGrid = QGridLayout(self.statusBox)
        self.statusGrid.setObjectName(u"statusGrid")
        self.radioInPost = QRadioButton(self.statusBox)
        self.radioInPost.setObjectName(u"radioInPost")

        self.statusGrid.addWidget(self.radioInPost, 0, 0, 1, 1)

        self.radioMeeting = QRadioButton(self.statusBox)
        self.radioMeeting.setObjectName(u"radioMeeting")

        self.statusGrid.addWidget(self.radioMeeting, 0, 1, 1, 1)

        self.radioTrip = QRadioButton(self.statusBox)
        self.radioTrip.setObjectName(u"radioTrip")

        self.statusGrid.addWidget(self.radioTrip, 0, 2, 1, 1)

        self.radioLeave = QRadioButton(self.statusBox)
        self.radioLeave.setObjectName(u"radioLeave")

        self.statusGrid.addWidget(self.radioLeave, 1, 0, 1, 1)

        self.radioSick = QRadioButton(self.statusBox)
        self.radioSick.setObjectName(u"radioSick")

        self.statusGrid.addWidget(self.radioSick, 1, 1, 1, 1)

        self.radioPersonal = QRadioButton(self.statusBox)
        self.radioPersonal.setObjectName(u"radioPersonal")

        self.statusGrid.addWidget(self.radioPersonal, 1, 2, 1, 1)

        self.radioTraining = QRadioButton(self.statusBox)
        self.radioTraining.setObjectName(u"radioTraining")

        self.statusGrid.addWidget(self.radioTraining, 2, 0, 1, 1)

        self.radioField = QRadioButton(self.statusBox)
        self.radioField.setObjectName(u"radioField")

        self.statusGrid.addWidget(self.radioField, 2, 1, 1, 1)

        self.radioOther = QRadioButton(self.statusBox)
        self.radioOther.setObjectName(u"radioOther")

        self.statusGrid.addWidget(self.radioOther, 2, 2, 1, 1)


        self.mainLayout.addWidget(self.statusBox)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.statusTextLabel = QLabel(StatusDialog)
        self.statusTextLabel.setObjectName(u"statusTextLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusTextLabel)

        self.statusTextColumn = QVBoxLayout()
        self.statusTextColumn.setObjectName(u"statusTextColumn")
        self.statusTextEdit = QLineEdit(StatusDialog)
        self.statusTextEdit.setObjectName(u"statusTextEdit")

        self.statusTextColumn.addWidget(self.statusTextEdit)

        self.statusTextError = QLabel(StatusDialog)
        self.statusTextError.setObjectName(u"statusTextError")

        self.statusTextColumn.addWidget(self.statusTextError)


        self.detailsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.statusTextColumn)

        self.placeLabel = QLabel(StatusDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeColumn = QVBoxLayout()
        self.placeColumn.setObjectName(u"placeColumn")
        self.placeEdit = QLineEdit(StatusDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.placeColumn.addWidget(self.placeEdit)

        self.placeError = QLabel(StatusDialog)
        self.placeError.setObjectName(u"placeError")

        self.placeColumn.addWidget(self.placeError)


        self.detailsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.placeColumn)

        self.returnLabel = QLabel(StatusDialog)
        self.returnLabel.setObjectName(u"returnLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.returnLabel)

        self.returnColumn = QVBoxLayout()
        self.returnColumn.setObjectName(u"returnColumn")
        self.returnRow = QHBoxLayout()
        self.returnRow.setObjectName(u"returnRow")
        self.returnEdit = QDateTimeEdit(StatusDialog)
        self.returnEdit.setObjectName(u"returnEdit")
        self.returnEdit.setDisplayFormat(u"yyyy-MM-dd ddd HH:mm")
        self.returnEdit.setCalendarPopup(True)

        self.returnRow.addWidget(self.returnEdit)

        self.unknownReturnCheck = QCheckBox(StatusDialog)
        self.unknownReturnCheck.setObjectName(u"unknownReturnCheck")

        self.returnRow.addWidget(self.unknownReturnCheck)

        self.returnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.returnRow.addItem(self.returnSpacer)


        self.returnColumn.addLayout(self.returnRow)

        self.quickRow = QHBoxLayout()
        self.quickRow.setObjectName(u"quickRow")
        self.inOneHourButton = QPushButton(StatusDialog)
        self.inOneHourButton.setObjectName(u"inOneHourButton")
        self.inOneHourButton.setAutoDefault(False)

        self.quickRow.addWidget(self.inOneHourButton)

        self.inTwoHoursButton = QPushButton(StatusDialog)
        self.inTwoHoursButton.setObjectName(u"inTwoHoursButton")
        self.inTwoHoursButton.setAutoDefault(False)

        self.quickRow.addWidget(self.inTwoHoursButton)

        self.endOfDayButton = QPushButton(StatusDialog)
        self.endOfDayButton.setObjectName(u"endOfDayButton")
        self.endOfDayButton.setAutoDefault(False)

        self.quickRow.addWidget(self.endOfDayButton)

        self.nextMorningButton = QPushButton(StatusDialog)
        self.nextMorningButton.setObjectName(u"nextMorningButton")
        self.nextMorningButton.setAutoDefault(False)

        self.quickRow.addWidget(self.nextMorningButton)

        self.quickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quickRow.addItem(self.quickSpacer)


        self.returnColumn.addLayout(self.quickRow)

        self.returnError = QLabel(StatusDialog)
        self.returnError.setObjectName(u"returnError")

        self.returnColumn.addWidget(self.returnError)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.returnColumn)

        self.phoneLabel = QLabel(StatusDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneColumn = QVBoxLayout()
        self.phoneColumn.setObjectName(u"phoneColumn")
        self.phoneEdit = QLineEdit(StatusDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneColumn.addWidget(self.phoneEdit)

        self.phoneError = QLabel(StatusDialog)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneColumn.addWidget(self.phoneError)


        self.detailsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.phoneColumn)


        self.mainLayout.addLayout(self.detailsForm)

        self.handoverBox = QGroupBox(StatusDialog)
        self.handoverBox.setObjectName(u"handoverBox")
        self.handoverLayout = QVBoxLayout(self.handoverBox)
        self.handoverLayout.setObjectName(u"handoverLayout")
        self.handoverTargetsLabel = QLabel(self.handoverBox)
        self.handoverTargetsLabel.setObjectName(u"handoverTargetsLabel")
        self.handoverTargetsLabel.setWordWrap(True)

        self.handoverLayout.addWidget(self.handoverTargetsLabel)

        self.handoverEdit = QPlainTextEdit(self.handoverBox)
        self.handoverEdit.setObjectName(u"handoverEdit")
        self.handoverEdit.setTabChangesFocus(True)

        self.handoverLayout.addWidget(self.handoverEdit)

        self.handoverError = QLabel(self.handoverBox)
        self.handoverError.setObjectName(u"handoverError")

        self.handoverLayout.addWidget(self.handoverError)

        self.noHandoverRow = QHBoxLayout()
        self.noHandoverRow.setObjectName(u"noHandoverRow")
        self.noHandoverLabel = QLabel(self.handoverBox)
        self.noHandoverLabel.setObjectName(u"noHandoverLabel")

        self.noHandoverRow.addWidget(self.noHandoverLabel)

        self.noHandoverCombo = QComboBox(self.handoverBox)
        self.noHandoverCombo.setObjectName(u"noHandoverCombo")
        self.noHandoverCombo.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noHandoverCombo.sizePolicy().hasHeightForWidth())
        self.noHandoverCombo.setSizePolicy(sizePolicy)

        self.noHandoverRow.addWidget(self.noHandoverCombo)


        self.handoverLayout.addLayout(self.noHandoverRow)


        self.mainLayout.addWidget(self.handoverBox)

        self.conflictBox = QGroupBox(StatusDialog)
        self.conflictBox.setObjectName(u"conflictBox")
        self.conflictLayout = QVBoxLayout(self.conflictBox)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictBox)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.overrideLabel = QLabel(self.conflictBox)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.conflictLayout.addWidget(self.overrideLabel)

        self.overrideEdit = QLineEdit(self.conflictBox)
        self.overrideEdit.setObjectName(u"overrideEdit")

        self.conflictLayout.addWidget(self.overrideEdit)

        self.overrideError = QLabel(self.conflictBox)
        self.overrideError.setObjectName(u"overrideError")

        self.conflictLayout.addWidget(self.overrideError)


        self.mainLayout.addWidget(self.conflictBox)

        self.generalError = QLabel(StatusDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusTextLabel.setBuddy(self.statusTextEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.returnLabel.setBuddy(self.returnEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.noHandoverLabel.setBuddy(self.noHandoverCombo)
        self.overrideLabel.setBuddy(self.overrideEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.radioInPost, self.statusTextEdit)
        QWidget.setTabOrder(self.statusTextEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.returnEdit)
        QWidget.setTabOrder(self.returnEdit, self.unknownReturnCheck)
        QWidget.setTabOrder(self.unknownReturnCheck, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.handoverEdit)
        QWidget.setTabOrder(self.handoverEdit, self.noHandoverCombo)
        QWidget.setTabOrder(self.noHandoverCombo, self.overrideEdit)
        QWidget.setTabOrder(self.overrideEdit, self.inOneHourButton)
        QWidget.setTabOrder(self.inOneHourButton, self.inTwoHoursButton)
        QWidget.setTabOrder(self.inTwoHoursButton, self.endOfDayButton)
        QWidget.setTabOrder(self.endOfDayButton, self.nextMorningButton)

        self.retranslateUi(StatusDialog)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"\u66f4\u6539\u53bb\u5411", None))
        self.statusBox.setTitle(QCoreApplication.translate("StatusDialog", u"\u53bb\u5411\uff08\u6309\u6570\u5b57\u952e\u9009\u62e9\uff09", None))
        self.radioInPost.setText(QCoreApplication.translate("StatusDialog", u"&1 \u5728\u5c97", None))
        self.radioMeeting.setText(QCoreApplication.translate("StatusDialog", u"&2 \u5916\u51fa\u5f00\u4f1a", None))
        self.radioTrip.setText(QCoreApplication.translate("StatusDialog", u"&3 \u51fa\u5dee", None))
        self.radioLeave.setText(QCoreApplication.translate("StatusDialog", u"&4 \u516c\u4f11/\u4f11\u5047", None))
        self.radioSick.setText(QCoreApplication.translate("StatusDialog", u"&5 \u75c5\u5047", None))
        self.radioPersonal.setText(QCoreApplication.translate("StatusDialog", u"&6 \u4e8b\u5047", None))
        self.radioTraining.setText(QCoreApplication.translate("StatusDialog", u"&7 \u57f9\u8bad\u5b66\u4e60", None))
        self.radioField.setText(QCoreApplication.translate("StatusDialog", u"&8 \u5916\u52e4/\u4e0b\u6751", None))
        self.radioOther.setText(QCoreApplication.translate("StatusDialog", u"&9 \u5176\u4ed6", None))
        self.statusTextLabel.setText(QCoreApplication.translate("StatusDialog", u"\u53bb\u5411\u8bf4\u660e(&T)", None))
        self.statusTextEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u9009\u62e9\u201c\u5176\u4ed6\u201d\u65f6\u5fc5\u586b\uff0c\u5982\uff1a\u966a\u540c\u68c0\u67e5", None))
        self.placeLabel.setText(QCoreApplication.translate("StatusDialog", u"\u5730\u70b9/\u4e8b\u7531(&P)", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u5982\uff1a\u533a\u6c11\u653f\u5c40 \u4f4e\u4fdd\u5e74\u5ba1\u5de5\u4f5c\u4f1a", None))
        self.returnLabel.setText(QCoreApplication.translate("StatusDialog", u"\u9884\u8ba1\u8fd4\u56de(&R)", None))
        self.unknownReturnCheck.setText(QCoreApplication.translate("StatusDialog", u"\u8fd4\u56de\u65f6\u95f4\u4e0d\u5b9a(&U)", None))
        self.inOneHourButton.setText(QCoreApplication.translate("StatusDialog", u"1\u5c0f\u65f6\u540e", None))
        self.inTwoHoursButton.setText(QCoreApplication.translate("StatusDialog", u"2\u5c0f\u65f6\u540e", None))
        self.endOfDayButton.setText(QCoreApplication.translate("StatusDialog", u"\u4eca\u5929\u4e0b\u73ed", None))
        self.nextMorningButton.setText(QCoreApplication.translate("StatusDialog", u"\u4e0b\u4e2a\u5de5\u4f5c\u65e5\u4e0a\u5348", None))
        self.phoneLabel.setText(QCoreApplication.translate("StatusDialog", u"\u8054\u7cfb\u7535\u8bdd(&H)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u5916\u51fa\u671f\u95f4\u7684\u8054\u7cfb\u7535\u8bdd\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.handoverBox.setTitle(QCoreApplication.translate("StatusDialog", u"\u4ea4\u63a5\u7ed9B\u5c97\u7684\u5f85\u529e\u4e8b\u9879\uff08\u6216\u8bf4\u660e\u672a\u80fd\u4ea4\u63a5\u7684\u539f\u56e0\uff09", None))
        self.handoverEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u5982\uff1a\u5f20\u5927\u7237\u7684\u4f4e\u4fdd\u590d\u6838\u6750\u6599\u5728\u5de6\u4fa7\u67dc\u7b2c\u4e8c\u683c\uff0c\u4e0b\u5348\u4e09\u70b9\u524d\u56de\u7535", None))
        self.noHandoverLabel.setText(QCoreApplication.translate("StatusDialog", u"\u672a\u80fd\u4ea4\u63a5\u7684\u539f\u56e0(&J)\uff1a", None))
        self.conflictBox.setTitle(QCoreApplication.translate("StatusDialog", u"A\u3001B\u5c97\u4e0d\u80fd\u540c\u65f6\u79bb\u5c97", None))
        self.overrideLabel.setText(QCoreApplication.translate("StatusDialog", u"\u9886\u5bfc\u6279\u51c6\u7684\u539f\u56e0(&Y)\uff1a", None))
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u5982\uff1a\u533a\u91cc\u7d27\u6025\u4f1a\u8bae\uff0c\u4e3b\u4efb\u540c\u610f\uff0c\u671f\u95f4\u7531\u90e8\u95e8\u8d1f\u8d23\u4eba\u63a5\u5f85", None))
    # retranslateUi

