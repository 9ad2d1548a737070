# Generated from forms/operator_edit_dialog.ui by desk.ui.build_forms — do not edit.
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

class Ui_OperatorEditDialog(object):
    def setupUi(self, OperatorEditDialog):
        if not OperatorEditDialog.objectName():
            OperatorEditDialog.setObjectName(u"OperatorEditDialog")
        OperatorEditDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(OperatorEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.staffLabel = QLabel(OperatorEditDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffComboColumn = QVBoxLayout()
        self.staffComboColumn.setObjectName(u"staffComboColumn")
        self.staffCombo = QComboBox(OperatorEditDialog)
        self.staffCombo.setObjectName(u"staffCombo")

        self.staffComboColumn.addWidget(self.staffCombo)

        self.staffError = QLabel(OperatorEditDialog)
        self.staffError.setObjectName(u"staffError")

        self.staffComboColumn.addWidget(self.staffError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.staffComboColumn)

        self.roleLabel = QLabel(OperatorEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleComboColumn = QVBoxLayout()
        self.roleComboColumn.setObjectName(u"roleComboColumn")
        self.roleCombo = QComboBox(OperatorEditDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleComboColumn.addWidget(self.roleCombo)

        self.roleError = QLabel(OperatorEditDialog)
        self.roleError.setObjectName(u"roleError")

        self.roleComboColumn.addWidget(self.roleError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.roleComboColumn)

        self.pinLabel = QLabel(OperatorEditDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEditColumn = QVBoxLayout()
        self.pinEditColumn.setObjectName(u"pinEditColumn")
        self.pinEdit = QLineEdit(OperatorEditDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinEditColumn.addWidget(self.pinEdit)

        self.pinError = QLabel(OperatorEditDialog)
        self.pinError.setObjectName(u"pinError")

        self.pinEditColumn.addWidget(self.pinError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pinEditColumn)

        self.pinAgainLabel = QLabel(OperatorEditDialog)
        self.pinAgainLabel.setObjectName(u"pinAgainLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinAgainLabel)

        self.pinAgainEditColumn = QVBoxLayout()
        self.pinAgainEditColumn.setObjectName(u"pinAgainEditColumn")
        self.pinAgainEdit = QLineEdit(OperatorEditDialog)
        self.pinAgainEdit.setObjectName(u"pinAgainEdit")
        self.pinAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinAgainEditColumn.addWidget(self.pinAgainEdit)

        self.pinAgainError = QLabel(OperatorEditDialog)
        self.pinAgainError.setObjectName(u"pinAgainError")

        self.pinAgainEditColumn.addWidget(self.pinAgainError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pinAgainEditColumn)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(OperatorEditDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(OperatorEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staffCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.pinLabel.setBuddy(self.pinEdit)
        self.pinAgainLabel.setBuddy(self.pinAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.pinAgainEdit)

        self.retranslateUi(OperatorEditDialog)

        QMetaObject.connectSlotsByName(OperatorEditDialog)
    # setupUi

    def retranslateUi(self, OperatorEditDialog):
        OperatorEditDialog.setWindowTitle(QCoreApplication.translate("OperatorEditDialog", u"\u6dfb\u52a0\u64cd\u4f5c\u5458", None))
        self.staffLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"\u5de5\u4f5c\u4eba\u5458(&S)", None))
        self.roleLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"\u89d2\u8272(&R)", None))
        self.pinLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"PIN/\u5bc6\u7801(&P)", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("OperatorEditDialog", u"\u81f3\u5c114\u4f4d\uff0c\u4e0d\u8981\u75281234\u30010000", None))
        self.pinAgainLabel.setText(QCoreApplication.translate("OperatorEditDialog", u"\u518d\u8f93\u4e00\u6b21(&G)", None))
    # retranslateUi

