# Generated from forms/staff_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(460, 420)
        self.mainLayout = QVBoxLayout(StaffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(StaffDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameColumn = QVBoxLayout()
        self.nameColumn.setObjectName(u"nameColumn")
        self.nameEdit = QLineEdit(StaffDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameColumn.addWidget(self.nameEdit)

        self.nameError = QLabel(StaffDialog)
        self.nameError.setObjectName(u"nameError")

        self.nameColumn.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameColumn)

        self.departmentLabel = QLabel(StaffDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentColumn = QVBoxLayout()
        self.departmentColumn.setObjectName(u"departmentColumn")
        self.departmentEdit = QComboBox(StaffDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.departmentColumn.addWidget(self.departmentEdit)

        self.departmentError = QLabel(StaffDialog)
        self.departmentError.setObjectName(u"departmentError")

        self.departmentColumn.addWidget(self.departmentError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.departmentColumn)

        self.titleLabel = QLabel(StaffDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleColumn = QVBoxLayout()
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleEdit = QLineEdit(StaffDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleColumn.addWidget(self.titleEdit)

        self.titleError = QLabel(StaffDialog)
        self.titleError.setObjectName(u"titleError")

        self.titleColumn.addWidget(self.titleError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.titleColumn)

        self.phoneLabel = QLabel(StaffDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneColumn = QVBoxLayout()
        self.phoneColumn.setObjectName(u"phoneColumn")
        self.phoneEdit = QLineEdit(StaffDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneColumn.addWidget(self.phoneEdit)

        self.phoneError = QLabel(StaffDialog)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneColumn.addWidget(self.phoneError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.phoneColumn)

        self.dutiesLabel = QLabel(StaffDialog)
        self.dutiesLabel.setObjectName(u"dutiesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dutiesLabel)

        self.dutiesColumn = QVBoxLayout()
        self.dutiesColumn.setObjectName(u"dutiesColumn")
        self.dutiesEdit = QPlainTextEdit(StaffDialog)
        self.dutiesEdit.setObjectName(u"dutiesEdit")
        self.dutiesEdit.setTabChangesFocus(True)

        self.dutiesColumn.addWidget(self.dutiesEdit)

        self.dutiesError = QLabel(StaffDialog)
        self.dutiesError.setObjectName(u"dutiesError")

        self.dutiesColumn.addWidget(self.dutiesError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dutiesColumn)

        self.directorLabel = QLabel(StaffDialog)
        self.directorLabel.setObjectName(u"directorLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.directorLabel)

        self.directorColumn = QVBoxLayout()
        self.directorColumn.setObjectName(u"directorColumn")
        self.directorEdit = QCheckBox(StaffDialog)
        self.directorEdit.setObjectName(u"directorEdit")

        self.directorColumn.addWidget(self.directorEdit)

        self.directorError = QLabel(StaffDialog)
        self.directorError.setObjectName(u"directorError")

        self.directorColumn.addWidget(self.directorError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.directorColumn)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(StaffDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.dutiesLabel.setBuddy(self.dutiesEdit)
        self.directorLabel.setBuddy(self.directorEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.dutiesEdit)
        QWidget.setTabOrder(self.dutiesEdit, self.directorEdit)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"\u4eba\u5458", None))
        self.nameLabel.setText(QCoreApplication.translate("StaffDialog", u"\u59d3\u540d(&N)", None))
        self.departmentLabel.setText(QCoreApplication.translate("StaffDialog", u"\u90e8\u95e8(&D)", None))
        self.titleLabel.setText(QCoreApplication.translate("StaffDialog", u"\u804c\u52a1(&T)", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"\u5982\uff1a\u4e3b\u4efb\u3001\u6240\u957f\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.phoneLabel.setText(QCoreApplication.translate("StaffDialog", u"\u7535\u8bdd(&P)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"\u624b\u673a\u6216\u529e\u516c\u7535\u8bdd", None))
        self.dutiesLabel.setText(QCoreApplication.translate("StaffDialog", u"\u804c\u8d23(&U)", None))
        self.dutiesEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"\u8d1f\u8d23\u7684\u4e1a\u52a1\uff0c\u516c\u793a\u5728\u53bb\u5411\u724c\u4e0a", None))
        self.directorLabel.setText("")
        self.directorEdit.setText(QCoreApplication.translate("StaffDialog", u"\u4e2d\u5fc3\u4e3b\u4efb/\u503c\u73ed\u9886\u5bfc(&L)\uff08\u5c97\u4f4d\u65e0\u4eba\u65f6\u7531\u5176\u8d1f\u8d23\uff09", None))
    # retranslateUi

