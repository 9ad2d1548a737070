# Generated from forms/department_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DepartmentDialog(object):
    def setupUi(self, DepartmentDialog):
        if not DepartmentDialog.objectName():
            DepartmentDialog.setObjectName(u"DepartmentDialog")
        DepartmentDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(DepartmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(DepartmentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameColumn = QVBoxLayout()
        self.nameColumn.setObjectName(u"nameColumn")
        self.nameEdit = QLineEdit(DepartmentDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameColumn.addWidget(self.nameEdit)

        self.nameError = QLabel(DepartmentDialog)
        self.nameError.setObjectName(u"nameError")

        self.nameColumn.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameColumn)

        self.phoneLabel = QLabel(DepartmentDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneColumn = QVBoxLayout()
        self.phoneColumn.setObjectName(u"phoneColumn")
        self.phoneEdit = QLineEdit(DepartmentDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneColumn.addWidget(self.phoneEdit)

        self.phoneError = QLabel(DepartmentDialog)
        self.phoneError.setObjectName(u"phoneError")

        self.phoneColumn.addWidget(self.phoneError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.phoneColumn)

        self.locationLabel = QLabel(DepartmentDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationColumn = QVBoxLayout()
        self.locationColumn.setObjectName(u"locationColumn")
        self.locationEdit = QLineEdit(DepartmentDialog)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationColumn.addWidget(self.locationEdit)

        self.locationError = QLabel(DepartmentDialog)
        self.locationError.setObjectName(u"locationError")

        self.locationColumn.addWidget(self.locationError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.locationColumn)

        self.headLabel = QLabel(DepartmentDialog)
        self.headLabel.setObjectName(u"headLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headColumn = QVBoxLayout()
        self.headColumn.setObjectName(u"headColumn")
        self.headEdit = QComboBox(DepartmentDialog)
        self.headEdit.setObjectName(u"headEdit")
        self.headEdit.setEditable(True)

        self.headColumn.addWidget(self.headEdit)

        self.headError = QLabel(DepartmentDialog)
        self.headError.setObjectName(u"headError")

        self.headColumn.addWidget(self.headError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.headColumn)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(DepartmentDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DepartmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.headLabel.setBuddy(self.headEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.headEdit)

        self.retranslateUi(DepartmentDialog)

        QMetaObject.connectSlotsByName(DepartmentDialog)
    # setupUi

    def retranslateUi(self, DepartmentDialog):
        DepartmentDialog.setWindowTitle(QCoreApplication.translate("DepartmentDialog", u"\u90e8\u95e8", None))
        self.nameLabel.setText(QCoreApplication.translate("DepartmentDialog", u"\u90e8\u95e8\u540d\u79f0(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u5982\uff1a\u6c11\u653f\u529e", None))
        self.phoneLabel.setText(QCoreApplication.translate("DepartmentDialog", u"\u7535\u8bdd(&P)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u5982\uff1a0571-87654303", None))
        self.locationLabel.setText(QCoreApplication.translate("DepartmentDialog", u"\u4f4d\u7f6e(&L)", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u5982\uff1a\u4e00\u697c 3\u30014\u53f7\u7a97\u53e3", None))
        self.headLabel.setText(QCoreApplication.translate("DepartmentDialog", u"\u8d1f\u8d23\u4eba(&H)", None))
    # retranslateUi

