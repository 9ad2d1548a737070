# Generated from forms/case_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(720, 680)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intakeSummary = QLabel(CaseDialog)
        self.intakeSummary.setObjectName(u"intakeSummary")
        self.intakeSummary.setWordWrap(True)

        self.mainLayout.addWidget(self.intakeSummary)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setVerticalSpacing(2)
        self.kindLabel = QLabel(CaseDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsGrid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(CaseDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.limitLabel = QLabel(CaseDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.fieldsGrid.addWidget(self.limitLabel, 1, 0, 1, 1)

        self.limitBox = QWidget(CaseDialog)
        self.limitBox.setObjectName(u"limitBox")
        self.limitRow = QHBoxLayout(self.limitBox)
        self.limitRow.setObjectName(u"limitRow")
        self.limitRow.setContentsMargins(0, 0, 0, 0)
        self.limitSpin = QSpinBox(self.limitBox)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(0)
        self.limitSpin.setMaximum(250)

        self.limitRow.addWidget(self.limitSpin)

        self.limitUnit = QLabel(self.limitBox)
        self.limitUnit.setObjectName(u"limitUnit")

        self.limitRow.addWidget(self.limitUnit)

        self.limitSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.limitRow.addItem(self.limitSpacer)


        self.fieldsGrid.addWidget(self.limitBox, 1, 1, 1, 1)

        self.limitError = QLabel(CaseDialog)
        self.limitError.setObjectName(u"limitError")
        self.limitError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.limitError, 2, 1, 1, 1)

        self.promisedLabel = QLabel(CaseDialog)
        self.promisedLabel.setObjectName(u"promisedLabel")

        self.fieldsGrid.addWidget(self.promisedLabel, 3, 0, 1, 1)

        self.promisedValue = QLabel(CaseDialog)
        self.promisedValue.setObjectName(u"promisedValue")
        self.promisedValue.setTextFormat(Qt.RichText)
        self.promisedValue.setWordWrap(True)

        self.fieldsGrid.addWidget(self.promisedValue, 3, 1, 1, 1)

        self.handlerLabel = QLabel(CaseDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.fieldsGrid.addWidget(self.handlerLabel, 4, 0, 1, 1)

        self.handlerCombo = QComboBox(CaseDialog)
        self.handlerCombo.setObjectName(u"handlerCombo")
        self.handlerCombo.setEditable(True)

        self.fieldsGrid.addWidget(self.handlerCombo, 4, 1, 1, 1)

        self.handlerError = QLabel(CaseDialog)
        self.handlerError.setObjectName(u"handlerError")
        self.handlerError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.handlerError, 5, 1, 1, 1)

        self.matterLabel = QLabel(CaseDialog)
        self.matterLabel.setObjectName(u"matterLabel")

        self.fieldsGrid.addWidget(self.matterLabel, 6, 0, 1, 1)

        self.matterEdit = QLineEdit(CaseDialog)
        self.matterEdit.setObjectName(u"matterEdit")

        self.fieldsGrid.addWidget(self.matterEdit, 6, 1, 1, 1)

        self.matterError = QLabel(CaseDialog)
        self.matterError.setObjectName(u"matterError")
        self.matterError.setWordWrap(True)

        self.fieldsGrid.addWidget(self.matterError, 7, 1, 1, 1)


        self.mainLayout.addLayout(self.fieldsGrid)

        self.materialsLabel = QLabel(CaseDialog)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.mainLayout.addWidget(self.materialsLabel)

        self.materialsTable = QTableWidget(CaseDialog)
        self.materialsTable.setObjectName(u"materialsTable")
        self.materialsTable.setColumnCount(4)

        self.mainLayout.addWidget(self.materialsTable)

        self.materialsError = QLabel(CaseDialog)
        self.materialsError.setObjectName(u"materialsError")
        self.materialsError.setWordWrap(True)

        self.mainLayout.addWidget(self.materialsError)

        self.materialButtons = QHBoxLayout()
        self.materialButtons.setObjectName(u"materialButtons")
        self.addMaterialButton = QPushButton(CaseDialog)
        self.addMaterialButton.setObjectName(u"addMaterialButton")
        self.addMaterialButton.setAutoDefault(False)

        self.materialButtons.addWidget(self.addMaterialButton)

        self.removeMaterialButton = QPushButton(CaseDialog)
        self.removeMaterialButton.setObjectName(u"removeMaterialButton")
        self.removeMaterialButton.setAutoDefault(False)

        self.materialButtons.addWidget(self.removeMaterialButton)

        self.materialSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.materialButtons.addItem(self.materialSpacer)

        self.pagesTotal = QLabel(CaseDialog)
        self.pagesTotal.setObjectName(u"pagesTotal")

        self.materialButtons.addWidget(self.pagesTotal)


        self.mainLayout.addLayout(self.materialButtons)

        self.notesLabel = QLabel(CaseDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.mainLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(CaseDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 60))
        self.notesEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(CaseDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.mainLayout.addWidget(self.notesError)

        self.generalError = QLabel(CaseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.cardCheck = QCheckBox(CaseDialog)
        self.cardCheck.setObjectName(u"cardCheck")

        self.buttonRow.addWidget(self.cardCheck)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.acceptOnlyButton = QPushButton(CaseDialog)
        self.acceptOnlyButton.setObjectName(u"acceptOnlyButton")
        self.acceptOnlyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.acceptOnlyButton)

        self.acceptPrintButton = QPushButton(CaseDialog)
        self.acceptPrintButton.setObjectName(u"acceptPrintButton")

        self.buttonRow.addWidget(self.acceptPrintButton)

        self.cancelButton = QPushButton(CaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.limitLabel.setBuddy(self.limitSpin)
        self.handlerLabel.setBuddy(self.handlerCombo)
        self.matterLabel.setBuddy(self.matterEdit)
        self.materialsLabel.setBuddy(self.materialsTable)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.limitSpin)
        QWidget.setTabOrder(self.limitSpin, self.handlerCombo)
        QWidget.setTabOrder(self.handlerCombo, self.matterEdit)
        QWidget.setTabOrder(self.matterEdit, self.materialsTable)
        QWidget.setTabOrder(self.materialsTable, self.addMaterialButton)
        QWidget.setTabOrder(self.addMaterialButton, self.removeMaterialButton)
        QWidget.setTabOrder(self.removeMaterialButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.cardCheck)
        QWidget.setTabOrder(self.cardCheck, self.acceptPrintButton)
        QWidget.setTabOrder(self.acceptPrintButton, self.acceptOnlyButton)
        QWidget.setTabOrder(self.acceptOnlyButton, self.cancelButton)

        self.retranslateUi(CaseDialog)

        self.acceptPrintButton.setDefault(True)


        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"\u53d7\u7406 \u2014 \u9650\u65f6\u529e\u7ed3", None))
        self.intakeSummary.setText("")
        self.kindLabel.setText(QCoreApplication.translate("CaseDialog", u"\u529e\u4ef6\u7c7b\u578b(&K)", None))
        self.limitLabel.setText(QCoreApplication.translate("CaseDialog", u"\u529e\u7ed3\u65f6\u9650(&X)", None))
        self.limitUnit.setText(QCoreApplication.translate("CaseDialog", u"\u4e2a\u5de5\u4f5c\u65e5", None))
        self.limitError.setText("")
        self.promisedLabel.setText(QCoreApplication.translate("CaseDialog", u"\u627f\u8bfa\u529e\u7ed3\u65e5\u671f", None))
        self.promisedValue.setText("")
        self.handlerLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7ecf\u529e\u4eba(&J) *", None))
        self.handlerError.setText("")
        self.matterLabel.setText(QCoreApplication.translate("CaseDialog", u"\u529e\u7406\u4e8b\u9879(&S)", None))
        self.matterError.setText("")
        self.materialsLabel.setText(QCoreApplication.translate("CaseDialog", u"\u6536\u53d6\u6750\u6599\uff08\u6253\u5370\u5728\u6536\u4ef6\u56de\u6267\u4e0a\uff09(&M)", None))
        self.materialsError.setText("")
        self.addMaterialButton.setText(QCoreApplication.translate("CaseDialog", u"\u6dfb\u52a0\u6750\u6599(&A)", None))
        self.removeMaterialButton.setText(QCoreApplication.translate("CaseDialog", u"\u5220\u9664\u6240\u9009(&D)", None))
        self.pagesTotal.setText("")
        self.notesLabel.setText(QCoreApplication.translate("CaseDialog", u"\u5907\u6ce8\uff08\u6253\u5370\u5728\u529e\u4e8b\u76d1\u7763\u5361\u4e0a\uff09(&B)", None))
        self.notesError.setText("")
        self.generalError.setText("")
        self.cardCheck.setText(QCoreApplication.translate("CaseDialog", u"\u540c\u65f6\u6253\u5370\u529e\u4e8b\u76d1\u7763\u5361(&G)", None))
        self.acceptOnlyButton.setText(QCoreApplication.translate("CaseDialog", u"\u4ec5\u53d7\u7406(&O)", None))
        self.acceptPrintButton.setText(QCoreApplication.translate("CaseDialog", u"\u53d7\u7406\u5e76\u6253\u5370\u56de\u6267(&P)", None))
        self.cancelButton.setText(QCoreApplication.translate("CaseDialog", u"\u53d6\u6d88", None))
    # retranslateUi

