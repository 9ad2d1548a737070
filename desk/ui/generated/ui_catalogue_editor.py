# Generated from forms/catalogue_editor.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CatalogueEditor(object):
    def setupUi(self, CatalogueEditor):
        if not CatalogueEditor.objectName():
            CatalogueEditor.setObjectName(u"CatalogueEditor")
        self.mainLayout = QVBoxLayout(CatalogueEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.versionLabel = QLabel(CatalogueEditor)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"")
        self.versionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.versionLabel)

        self.basicBox = QGroupBox(CatalogueEditor)
        self.basicBox.setObjectName(u"basicBox")
        self.basicGrid = QGridLayout(self.basicBox)
        self.basicGrid.setObjectName(u"basicGrid")
        self.nameLabel = QLabel(self.basicBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(self.basicBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.basicGrid.addWidget(self.name, 0, 1, 1, 3)

        self.nameError = QLabel(self.basicBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.basicGrid.addWidget(self.nameError, 1, 1, 1, 3)

        self.codeLabel = QLabel(self.basicBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.basicGrid.addWidget(self.codeLabel, 2, 0, 1, 1)

        self.code = QLineEdit(self.basicBox)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(40)

        self.basicGrid.addWidget(self.code, 2, 1, 1, 1)

        self.aliasesLabel = QLabel(self.basicBox)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.basicGrid.addWidget(self.aliasesLabel, 2, 2, 1, 1)

        self.aliases = QLineEdit(self.basicBox)
        self.aliases.setObjectName(u"aliases")

        self.basicGrid.addWidget(self.aliases, 2, 3, 1, 1)

        self.codeError = QLabel(self.basicBox)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setText(u"")
        self.codeError.setWordWrap(True)

        self.basicGrid.addWidget(self.codeError, 3, 1, 1, 1)

        self.departmentLabel = QLabel(self.basicBox)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.basicGrid.addWidget(self.departmentLabel, 4, 0, 1, 1)

        self.department = QComboBox(self.basicBox)
        self.department.setObjectName(u"department")

        self.basicGrid.addWidget(self.department, 4, 1, 1, 1)

        self.postLabel = QLabel(self.basicBox)
        self.postLabel.setObjectName(u"postLabel")

        self.basicGrid.addWidget(self.postLabel, 4, 2, 1, 1)

        self.post = QComboBox(self.basicBox)
        self.post.setObjectName(u"post")

        self.basicGrid.addWidget(self.post, 4, 3, 1, 1)

        self.departmentError = QLabel(self.basicBox)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setText(u"")
        self.departmentError.setWordWrap(True)

        self.basicGrid.addWidget(self.departmentError, 5, 1, 1, 1)

        self.postError = QLabel(self.basicBox)
        self.postError.setObjectName(u"postError")
        self.postError.setText(u"")
        self.postError.setWordWrap(True)

        self.basicGrid.addWidget(self.postError, 5, 3, 1, 1)

        self.kindLabel = QLabel(self.basicBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicGrid.addWidget(self.kindLabel, 6, 0, 1, 1)

        self.kind = QComboBox(self.basicBox)
        self.kind.setObjectName(u"kind")

        self.basicGrid.addWidget(self.kind, 6, 1, 1, 1)

        self.promisedLabel = QLabel(self.basicBox)
        self.promisedLabel.setObjectName(u"promisedLabel")

        self.basicGrid.addWidget(self.promisedLabel, 6, 2, 1, 1)

        self.promisedDays = QSpinBox(self.basicBox)
        self.promisedDays.setObjectName(u"promisedDays")
        self.promisedDays.setMaximum(365)

        self.basicGrid.addWidget(self.promisedDays, 6, 3, 1, 1)

        self.promisedError = QLabel(self.basicBox)
        self.promisedError.setObjectName(u"promisedError")
        self.promisedError.setText(u"")
        self.promisedError.setWordWrap(True)

        self.basicGrid.addWidget(self.promisedError, 7, 3, 1, 1)

        self.callbackLabel = QLabel(self.basicBox)
        self.callbackLabel.setObjectName(u"callbackLabel")

        self.basicGrid.addWidget(self.callbackLabel, 8, 0, 1, 1)

        self.callbackDays = QSpinBox(self.basicBox)
        self.callbackDays.setObjectName(u"callbackDays")
        self.callbackDays.setMinimum(-1)
        self.callbackDays.setMaximum(365)
        self.callbackDays.setValue(-1)

        self.basicGrid.addWidget(self.callbackDays, 8, 1, 1, 1)

        self.active = QCheckBox(self.basicBox)
        self.active.setObjectName(u"active")
        self.active.setChecked(True)

        self.basicGrid.addWidget(self.active, 8, 3, 1, 1)

        self.consultLabel = QLabel(self.basicBox)
        self.consultLabel.setObjectName(u"consultLabel")

        self.basicGrid.addWidget(self.consultLabel, 9, 0, 1, 1)

        self.consultPhone = QLineEdit(self.basicBox)
        self.consultPhone.setObjectName(u"consultPhone")
        self.consultPhone.setMaxLength(40)

        self.basicGrid.addWidget(self.consultPhone, 9, 1, 1, 1)

        self.complaintLabel = QLabel(self.basicBox)
        self.complaintLabel.setObjectName(u"complaintLabel")

        self.basicGrid.addWidget(self.complaintLabel, 9, 2, 1, 1)

        self.complaintPhone = QLineEdit(self.basicBox)
        self.complaintPhone.setObjectName(u"complaintPhone")
        self.complaintPhone.setMaxLength(40)

        self.basicGrid.addWidget(self.complaintPhone, 9, 3, 1, 1)

        self.consultError = QLabel(self.basicBox)
        self.consultError.setObjectName(u"consultError")
        self.consultError.setText(u"")
        self.consultError.setWordWrap(True)

        self.basicGrid.addWidget(self.consultError, 10, 1, 1, 1)

        self.complaintError = QLabel(self.basicBox)
        self.complaintError.setObjectName(u"complaintError")
        self.complaintError.setText(u"")
        self.complaintError.setWordWrap(True)

        self.basicGrid.addWidget(self.complaintError, 10, 3, 1, 1)

        self.locationLabel = QLabel(self.basicBox)
        self.locationLabel.setObjectName(u"locationLabel")

        self.basicGrid.addWidget(self.locationLabel, 11, 0, 1, 1)

        self.location = QLineEdit(self.basicBox)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(200)

        self.basicGrid.addWidget(self.location, 11, 1, 1, 1)

        self.hoursLabel = QLabel(self.basicBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.basicGrid.addWidget(self.hoursLabel, 11, 2, 1, 1)

        self.hours = QLineEdit(self.basicBox)
        self.hours.setObjectName(u"hours")
        self.hours.setMaxLength(200)

        self.basicGrid.addWidget(self.hours, 11, 3, 1, 1)


        self.mainLayout.addWidget(self.basicBox)

        self.textBox = QGroupBox(CatalogueEditor)
        self.textBox.setObjectName(u"textBox")
        self.textForm = QFormLayout(self.textBox)
        self.textForm.setObjectName(u"textForm")
        self.basisLabel = QLabel(self.textBox)
        self.basisLabel.setObjectName(u"basisLabel")

        self.textForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.legalBasis = QPlainTextEdit(self.textBox)
        self.legalBasis.setObjectName(u"legalBasis")
        self.legalBasis.setTabChangesFocus(True)
        self.legalBasis.setMinimumSize(QSize(0, 56))

        self.textForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legalBasis)

        self.conditionsLabel = QLabel(self.textBox)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.textForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditions = QPlainTextEdit(self.textBox)
        self.conditions.setObjectName(u"conditions")
        self.conditions.setTabChangesFocus(True)
        self.conditions.setMinimumSize(QSize(0, 56))

        self.textForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.conditions)

        self.procedureLabel = QLabel(self.textBox)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.textForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.procedureLabel)

        self.procedure = QPlainTextEdit(self.textBox)
        self.procedure.setObjectName(u"procedure")
        self.procedure.setTabChangesFocus(True)
        self.procedure.setMinimumSize(QSize(0, 80))

        self.textForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.procedure)

        self.feesLabel = QLabel(self.textBox)
        self.feesLabel.setObjectName(u"feesLabel")

        self.textForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feesLabel)

        self.fees = QPlainTextEdit(self.textBox)
        self.fees.setObjectName(u"fees")
        self.fees.setTabChangesFocus(True)
        self.fees.setMinimumSize(QSize(0, 36))

        self.textForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fees)

        self.prereqLabel = QLabel(self.textBox)
        self.prereqLabel.setObjectName(u"prereqLabel")

        self.textForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.prereqLabel)

        self.prerequisites = QPlainTextEdit(self.textBox)
        self.prerequisites.setObjectName(u"prerequisites")
        self.prerequisites.setTabChangesFocus(True)
        self.prerequisites.setMinimumSize(QSize(0, 36))

        self.textForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.prerequisites)


        self.mainLayout.addWidget(self.textBox)

        self.materialBox = QGroupBox(CatalogueEditor)
        self.materialBox.setObjectName(u"materialBox")
        self.materialLayout = QVBoxLayout(self.materialBox)
        self.materialLayout.setObjectName(u"materialLayout")
        self.materialHint = QLabel(self.materialBox)
        self.materialHint.setObjectName(u"materialHint")
        self.materialHint.setWordWrap(True)

        self.materialLayout.addWidget(self.materialHint)

        self.materialTable = QTableWidget(self.materialBox)
        if (self.materialTable.columnCount() < 5):
            self.materialTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.materialTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.materialTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.materialTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.materialTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.materialTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.materialTable.setObjectName(u"materialTable")
        self.materialTable.setMinimumSize(QSize(0, 180))
        self.materialTable.setAlternatingRowColors(True)

        self.materialLayout.addWidget(self.materialTable)

        self.materialButtons = QHBoxLayout()
        self.materialButtons.setObjectName(u"materialButtons")
        self.materialAdd = QPushButton(self.materialBox)
        self.materialAdd.setObjectName(u"materialAdd")
        self.materialAdd.setAutoDefault(False)

        self.materialButtons.addWidget(self.materialAdd)

        self.materialRemove = QPushButton(self.materialBox)
        self.materialRemove.setObjectName(u"materialRemove")
        self.materialRemove.setAutoDefault(False)

        self.materialButtons.addWidget(self.materialRemove)

        self.materialUp = QPushButton(self.materialBox)
        self.materialUp.setObjectName(u"materialUp")
        self.materialUp.setAutoDefault(False)

        self.materialButtons.addWidget(self.materialUp)

        self.materialDown = QPushButton(self.materialBox)
        self.materialDown.setObjectName(u"materialDown")
        self.materialDown.setAutoDefault(False)

        self.materialButtons.addWidget(self.materialDown)

        self.materialSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.materialButtons.addItem(self.materialSpacer)


        self.materialLayout.addLayout(self.materialButtons)

        self.materialError = QLabel(self.materialBox)
        self.materialError.setObjectName(u"materialError")
        self.materialError.setText(u"")
        self.materialError.setWordWrap(True)

        self.materialLayout.addWidget(self.materialError)


        self.mainLayout.addWidget(self.materialBox)

        self.reasonBox = QGroupBox(CatalogueEditor)
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonLayout = QVBoxLayout(self.reasonBox)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonHint = QLabel(self.reasonBox)
        self.reasonHint.setObjectName(u"reasonHint")
        self.reasonHint.setWordWrap(True)

        self.reasonLayout.addWidget(self.reasonHint)

        self.reasonTable = QTableWidget(self.reasonBox)
        if (self.reasonTable.columnCount() < 2):
            self.reasonTable.setColumnCount(2)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.reasonTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.reasonTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        self.reasonTable.setObjectName(u"reasonTable")
        self.reasonTable.setMinimumSize(QSize(0, 180))
        self.reasonTable.setAlternatingRowColors(True)

        self.reasonLayout.addWidget(self.reasonTable)

        self.reasonButtons = QHBoxLayout()
        self.reasonButtons.setObjectName(u"reasonButtons")
        self.reasonAdd = QPushButton(self.reasonBox)
        self.reasonAdd.setObjectName(u"reasonAdd")
        self.reasonAdd.setAutoDefault(False)

        self.reasonButtons.addWidget(self.reasonAdd)

        self.reasonRemove = QPushButton(self.reasonBox)
        self.reasonRemove.setObjectName(u"reasonRemove")
        self.reasonRemove.setAutoDefault(False)

        self.reasonButtons.addWidget(self.reasonRemove)

        self.reasonUp = QPushButton(self.reasonBox)
        self.reasonUp.setObjectName(u"reasonUp")
        self.reasonUp.setAutoDefault(False)

        self.reasonButtons.addWidget(self.reasonUp)

        self.reasonDown = QPushButton(self.reasonBox)
        self.reasonDown.setObjectName(u"reasonDown")
        self.reasonDown.setAutoDefault(False)

        self.reasonButtons.addWidget(self.reasonDown)

        self.reasonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reasonButtons.addItem(self.reasonSpacer)


        self.reasonLayout.addLayout(self.reasonButtons)

        self.reasonError = QLabel(self.reasonBox)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)

        self.reasonLayout.addWidget(self.reasonError)


        self.mainLayout.addWidget(self.reasonBox)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.noteLabel = QLabel(CatalogueEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.saveRow.addWidget(self.noteLabel)

        self.changeNote = QLineEdit(CatalogueEditor)
        self.changeNote.setObjectName(u"changeNote")
        self.changeNote.setMaxLength(500)

        self.saveRow.addWidget(self.changeNote)

        self.saveButton = QPushButton(CatalogueEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.saveRow.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.saveRow)

        self.errorLabel = QLabel(CatalogueEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.codeLabel.setBuddy(self.code)
        self.aliasesLabel.setBuddy(self.aliases)
        self.departmentLabel.setBuddy(self.department)
        self.postLabel.setBuddy(self.post)
        self.kindLabel.setBuddy(self.kind)
        self.promisedLabel.setBuddy(self.promisedDays)
        self.callbackLabel.setBuddy(self.callbackDays)
        self.consultLabel.setBuddy(self.consultPhone)
        self.complaintLabel.setBuddy(self.complaintPhone)
        self.locationLabel.setBuddy(self.location)
        self.hoursLabel.setBuddy(self.hours)
        self.basisLabel.setBuddy(self.legalBasis)
        self.conditionsLabel.setBuddy(self.conditions)
        self.procedureLabel.setBuddy(self.procedure)
        self.feesLabel.setBuddy(self.fees)
        self.prereqLabel.setBuddy(self.prerequisites)
        self.noteLabel.setBuddy(self.changeNote)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.code)
        QWidget.setTabOrder(self.code, self.aliases)
        QWidget.setTabOrder(self.aliases, self.department)
        QWidget.setTabOrder(self.department, self.post)
        QWidget.setTabOrder(self.post, self.kind)
        QWidget.setTabOrder(self.kind, self.promisedDays)
        QWidget.setTabOrder(self.promisedDays, self.callbackDays)
        QWidget.setTabOrder(self.callbackDays, self.active)
        QWidget.setTabOrder(self.active, self.consultPhone)
        QWidget.setTabOrder(self.consultPhone, self.complaintPhone)
        QWidget.setTabOrder(self.complaintPhone, self.location)
        QWidget.setTabOrder(self.location, self.hours)
        QWidget.setTabOrder(self.hours, self.legalBasis)
        QWidget.setTabOrder(self.legalBasis, self.conditions)
        QWidget.setTabOrder(self.conditions, self.procedure)
        QWidget.setTabOrder(self.procedure, self.fees)
        QWidget.setTabOrder(self.fees, self.prerequisites)
        QWidget.setTabOrder(self.prerequisites, self.materialTable)
        QWidget.setTabOrder(self.materialTable, self.materialAdd)
        QWidget.setTabOrder(self.materialAdd, self.materialRemove)
        QWidget.setTabOrder(self.materialRemove, self.materialUp)
        QWidget.setTabOrder(self.materialUp, self.materialDown)
        QWidget.setTabOrder(self.materialDown, self.reasonTable)
        QWidget.setTabOrder(self.reasonTable, self.reasonAdd)
        QWidget.setTabOrder(self.reasonAdd, self.reasonRemove)
        QWidget.setTabOrder(self.reasonRemove, self.reasonUp)
        QWidget.setTabOrder(self.reasonUp, self.reasonDown)
        QWidget.setTabOrder(self.reasonDown, self.changeNote)
        QWidget.setTabOrder(self.changeNote, self.saveButton)

        self.retranslateUi(CatalogueEditor)

        QMetaObject.connectSlotsByName(CatalogueEditor)
    # setupUi

    def retranslateUi(self, CatalogueEditor):
        CatalogueEditor.setWindowTitle(QCoreApplication.translate("CatalogueEditor", u"\u4e8b\u9879", None))
        self.basicBox.setTitle(QCoreApplication.translate("CatalogueEditor", u"\u57fa\u672c\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u4e8b\u9879\u540d\u79f0(&N)", None))
        self.codeLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u4e8b\u9879\u7f16\u7801(&C)", None))
        self.code.setPlaceholderText(QCoreApplication.translate("CatalogueEditor", u"\u7559\u7a7a\u81ea\u52a8\u7f16\u53f7", None))
        self.aliasesLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u7b80\u79f0/\u522b\u540d(&A)", None))
        self.aliases.setPlaceholderText(QCoreApplication.translate("CatalogueEditor", u"\u591a\u4e2a\u7528\u201c\uff1b\u201d\u5206\u9694\uff0c\u5982\uff1a\u4f4e\u4fdd\u7533\u8bf7", None))
        self.departmentLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u8d23\u4efb\u90e8\u95e8(&D)", None))
        self.postLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u7a97\u53e3\u5c97\u4f4d(&W)", None))
        self.kindLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u529e\u4ef6\u7c7b\u578b(&K)", None))
        self.promisedLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u627f\u8bfa\u65f6\u9650(&T)", None))
        self.promisedDays.setSuffix(QCoreApplication.translate("CatalogueEditor", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.callbackLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u9884\u7ea6\u56de\u590d\u65f6\u9650", None))
        self.callbackDays.setSuffix(QCoreApplication.translate("CatalogueEditor", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.callbackDays.setSpecialValueText(QCoreApplication.translate("CatalogueEditor", u"\u6309\u4e2d\u5fc3\u8bbe\u7f6e", None))
        self.active.setText(QCoreApplication.translate("CatalogueEditor", u"\u542f\u7528(&E)", None))
        self.consultLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u54a8\u8be2\u7535\u8bdd(&Z)", None))
        self.complaintLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u6295\u8bc9\u7535\u8bdd(&O)", None))
        self.complaintPhone.setPlaceholderText(QCoreApplication.translate("CatalogueEditor", u"\u7559\u7a7a\u7528\u4e2d\u5fc3\u6295\u8bc9\u7535\u8bdd", None))
        self.locationLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u529e\u7406\u5730\u70b9", None))
        self.hoursLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u529e\u7406\u65f6\u95f4", None))
        self.textBox.setTitle(QCoreApplication.translate("CatalogueEditor", u"\u4f9d\u636e\u3001\u6761\u4ef6\u4e0e\u7a0b\u5e8f", None))
        self.basisLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u8bbe\u5b9a\u4f9d\u636e(&B)", None))
        self.conditionsLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u7533\u8bf7\u6761\u4ef6(&J)", None))
        self.procedureLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u529e\u7406\u7a0b\u5e8f(&P)\n"
"\uff08\u6bcf\u6b65\u4e00\u884c\uff09", None))
        self.feesLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u6536\u8d39\u6807\u51c6(&F)", None))
        self.prereqLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u524d\u7f6e\u5ba1\u6279(&Q)", None))
        self.materialBox.setTitle(QCoreApplication.translate("CatalogueEditor", u"\u7533\u8bf7\u6750\u6599\uff08\u6750\u6599\u76ee\u5f55\uff09", None))
        self.materialHint.setText(QCoreApplication.translate("CatalogueEditor", u"\u53cc\u51fb\u6216F2\u7f16\u8f91\u5355\u5143\u683c\uff1b\u201c\u8981\u6c42\u201d\u4e3a\u89c6\u60c5\u51b5\u7684\u6750\u6599\u8bf7\u5728\u5907\u6ce8\u4e2d\u5199\u660e\u9002\u7528\u60c5\u5f62\u3002", None))
        ___qtablewidgetitem = self.materialTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CatalogueEditor", u"\u6750\u6599\u540d\u79f0", None))
        ___qtablewidgetitem1 = self.materialTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CatalogueEditor", u"\u539f\u4ef6/\u590d\u5370\u4ef6", None))
        ___qtablewidgetitem2 = self.materialTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CatalogueEditor", u"\u4efd\u6570", None))
        ___qtablewidgetitem3 = self.materialTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CatalogueEditor", u"\u8981\u6c42", None))
        ___qtablewidgetitem4 = self.materialTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CatalogueEditor", u"\u5907\u6ce8", None))
        self.materialAdd.setText(QCoreApplication.translate("CatalogueEditor", u"\u6dfb\u52a0(Ins)", None))
        self.materialRemove.setText(QCoreApplication.translate("CatalogueEditor", u"\u5220\u9664(Del)", None))
        self.materialUp.setText(QCoreApplication.translate("CatalogueEditor", u"\u4e0a\u79fb(Ctrl+\u2191)", None))
        self.materialDown.setText(QCoreApplication.translate("CatalogueEditor", u"\u4e0b\u79fb(Ctrl+\u2193)", None))
        self.reasonBox.setTitle(QCoreApplication.translate("CatalogueEditor", u"\u4e0d\u4e88\u53d7\u7406\u60c5\u5f62\u53ca\u4f9d\u636e", None))
        self.reasonHint.setText(QCoreApplication.translate("CatalogueEditor", u"\u5426\u5b9a\u62a5\u5907\u548c\u4e0d\u4e88\u53d7\u7406\u901a\u77e5\u4e66\u53ef\u4ece\u8fd9\u91cc\u9009\u7528\u6807\u51c6\u7406\u7531\u3002", None))
        ___qtablewidgetitem5 = self.reasonTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CatalogueEditor", u"\u4e0d\u4e88\u53d7\u7406\u60c5\u5f62", None))
        ___qtablewidgetitem6 = self.reasonTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CatalogueEditor", u"\u4f9d\u636e", None))
        self.reasonAdd.setText(QCoreApplication.translate("CatalogueEditor", u"\u6dfb\u52a0(Ins)", None))
        self.reasonRemove.setText(QCoreApplication.translate("CatalogueEditor", u"\u5220\u9664(Del)", None))
        self.reasonUp.setText(QCoreApplication.translate("CatalogueEditor", u"\u4e0a\u79fb(Ctrl+\u2191)", None))
        self.reasonDown.setText(QCoreApplication.translate("CatalogueEditor", u"\u4e0b\u79fb(Ctrl+\u2193)", None))
        self.noteLabel.setText(QCoreApplication.translate("CatalogueEditor", u"\u4fee\u8ba2\u8bf4\u660e(&R)", None))
        self.changeNote.setPlaceholderText(QCoreApplication.translate("CatalogueEditor", u"\u672c\u6b21\u4fee\u6539\u4e86\u4ec0\u4e48\uff08\u8bb0\u5165\u7248\u672c\u5386\u53f2\uff09", None))
        self.saveButton.setText(QCoreApplication.translate("CatalogueEditor", u"\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c(Ctrl+S)", None))
    # retranslateUi

