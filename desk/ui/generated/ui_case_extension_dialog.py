# Generated from forms/case_extension_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CaseExtensionDialog(object):
    def setupUi(self, CaseExtensionDialog):
        if not CaseExtensionDialog.objectName():
            CaseExtensionDialog.setObjectName(u"CaseExtensionDialog")
        CaseExtensionDialog.resize(600, 440)
        self.mainLayout = QVBoxLayout(CaseExtensionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(CaseExtensionDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.reasonLabel = QLabel(CaseExtensionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsGrid.addWidget(self.reasonLabel, 0, 0, 1, 1)

        self.reasonEdit = QPlainTextEdit(CaseExtensionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))
        self.reasonEdit.setTabChangesFocus(True)

        self.fieldsGrid.addWidget(self.reasonEdit, 0, 1, 1, 1)

        self.reasonError = QLabel(CaseExtensionDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.reasonError, 1, 1, 1, 1)

        self.approverLabel = QLabel(CaseExtensionDialog)
        self.approverLabel.setObjectName(u"approverLabel")

        self.fieldsGrid.addWidget(self.approverLabel, 2, 0, 1, 1)

        self.approverCombo = QComboBox(CaseExtensionDialog)
        self.approverCombo.setObjectName(u"approverCombo")
        self.approverCombo.setEditable(True)

        self.fieldsGrid.addWidget(self.approverCombo, 2, 1, 1, 1)

        self.approverError = QLabel(CaseExtensionDialog)
        self.approverError.setObjectName(u"approverError")
        self.approverError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.approverError, 3, 1, 1, 1)

        self.daysLabel = QLabel(CaseExtensionDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.fieldsGrid.addWidget(self.daysLabel, 4, 0, 1, 1)

        self.daysBox = QWidget(CaseExtensionDialog)
        self.daysBox.setObjectName(u"daysBox")
        self.daysRow = QHBoxLayout(self.daysBox)
        self.daysRow.setObjectName(u"daysRow")
        self.daysRow.setContentsMargins(0, 0, 0, 0)
        self.daysSpin = QSpinBox(self.daysBox)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(60)
        self.daysSpin.setValue(5)

        self.daysRow.addWidget(self.daysSpin)

        self.daysUnit = QLabel(self.daysBox)
        self.daysUnit.setObjectName(u"daysUnit")

        self.daysRow.addWidget(self.daysUnit)

        self.daysSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysRow.addItem(self.daysSpacer)


        self.fieldsGrid.addWidget(self.daysBox, 4, 1, 1, 1)

        self.daysError = QLabel(CaseExtensionDialog)
        self.daysError.setObjectName(u"daysError")
        self.daysError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.daysError, 5, 1, 1, 1)

        self.newDateLabel = QLabel(CaseExtensionDialog)
        self.newDateLabel.setObjectName(u"newDateLabel")

        self.fieldsGrid.addWidget(self.newDateLabel, 6, 0, 1, 1)

        self.newDateValue = QLabel(CaseExtensionDialog)
        self.newDateValue.setObjectName(u"newDateValue")
        self.newDateValue.setTextFormat(Qt.RichText)
        self.newDateValue.setWordWrap(True)

        self.fieldsGrid.addWidget(self.newDateValue, 6, 1, 1, 1)

        self.toldLabel = QLabel(CaseExtensionDialog)
        self.toldLabel.setObjectName(u"toldLabel")

        self.fieldsGrid.addWidget(self.toldLabel, 7, 0, 1, 1)

        self.toldBox = QWidget(CaseExtensionDialog)
        self.toldBox.setObjectName(u"toldBox")
        self.toldRow = QHBoxLayout(self.toldBox)
        self.toldRow.setObjectName(u"toldRow")
        self.toldRow.setContentsMargins(0, 0, 0, 0)
        self.toldCheck = QCheckBox(self.toldBox)
        self.toldCheck.setObjectName(u"toldCheck")

        self.toldRow.addWidget(self.toldCheck)

        self.toldHowCombo = QComboBox(self.toldBox)
        self.toldHowCombo.setObjectName(u"toldHowCombo")

        self.toldRow.addWidget(self.toldHowCombo)

        self.toldAtEdit = QDateTimeEdit(self.toldBox)
        self.toldAtEdit.setObjectName(u"toldAtEdit")
        self.toldAtEdit.setCalendarPopup(True)

        self.toldRow.addWidget(self.toldAtEdit)

        self.toldSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toldRow.addItem(self.toldSpacer)


        self.fieldsGrid.addWidget(self.toldBox, 7, 1, 1, 1)

        self.toldError = QLabel(CaseExtensionDialog)
        self.toldError.setObjectName(u"toldError")
        self.toldError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.toldError, 8, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.generalError = QLabel(CaseExtensionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CaseExtensionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.approverLabel.setBuddy(self.approverCombo)
        self.daysLabel.setBuddy(self.daysSpin)
        self.toldLabel.setBuddy(self.toldCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.approverCombo)
        QWidget.setTabOrder(self.approverCombo, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.toldCheck)
        QWidget.setTabOrder(self.toldCheck, self.toldHowCombo)
        QWidget.setTabOrder(self.toldHowCombo, self.toldAtEdit)
        QWidget.setTabOrder(self.toldAtEdit, self.buttonBox)

        self.retranslateUi(CaseExtensionDialog)

        QMetaObject.connectSlotsByName(CaseExtensionDialog)
    # setupUi

    def retranslateUi(self, CaseExtensionDialog):
        CaseExtensionDialog.setWindowTitle(QCoreApplication.translate("CaseExtensionDialog", u"\u5ef6\u671f\u529e\u7ed3", None))
        self.summary.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CaseExtensionDialog", u"\u5ef6\u671f\u539f\u56e0(&R) *", None))
        self.reasonError.setText("")
        self.approverLabel.setText(QCoreApplication.translate("CaseExtensionDialog", u"\u5ba1\u6279\u4eba(&S) *", None))
        self.approverError.setText("")
        self.daysLabel.setText(QCoreApplication.translate("CaseExtensionDialog", u"\u5ef6\u957f(&Y)", None))
        self.daysUnit.setText(QCoreApplication.translate("CaseExtensionDialog", u"\u4e2a\u5de5\u4f5c\u65e5", None))
        self.daysError.setText("")
        self.newDateLabel.setText(QCoreApplication.translate("CaseExtensionDialog", u"\u65b0\u7684\u529e\u7ed3\u65e5\u671f", None))
        self.newDateValue.setText("")
        self.toldLabel.setText(QCoreApplication.translate("CaseExtensionDialog", u"\u544a\u77e5\u7533\u8bf7\u4eba *", None))
        self.toldCheck.setText(QCoreApplication.translate("CaseExtensionDialog", u"\u5df2\u544a\u77e5\u7533\u8bf7\u4eba(&G)", None))
        self.toldAtEdit.setDisplayFormat(QCoreApplication.translate("CaseExtensionDialog", u"yyyy-MM-dd HH:mm", None))
        self.toldError.setText("")
        self.generalError.setText("")
    # retranslateUi

