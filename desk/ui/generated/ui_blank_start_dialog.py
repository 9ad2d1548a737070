# Generated from forms/blank_start_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BlankStartDialog(object):
    def setupUi(self, BlankStartDialog):
        if not BlankStartDialog.objectName():
            BlankStartDialog.setObjectName(u"BlankStartDialog")
        BlankStartDialog.resize(460, 380)
        self.mainLayout = QVBoxLayout(BlankStartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BlankStartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hallNameLabel = QLabel(BlankStartDialog)
        self.hallNameLabel.setObjectName(u"hallNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hallNameLabel)

        self.hallNameColumn = QVBoxLayout()
        self.hallNameColumn.setObjectName(u"hallNameColumn")
        self.hallNameEdit = QLineEdit(BlankStartDialog)
        self.hallNameEdit.setObjectName(u"hallNameEdit")

        self.hallNameColumn.addWidget(self.hallNameEdit)

        self.hallNameError = QLabel(BlankStartDialog)
        self.hallNameError.setObjectName(u"hallNameError")

        self.hallNameColumn.addWidget(self.hallNameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hallNameColumn)

        self.departmentLabel = QLabel(BlankStartDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentColumn = QVBoxLayout()
        self.departmentColumn.setObjectName(u"departmentColumn")
        self.departmentEdit = QLineEdit(BlankStartDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.departmentColumn.addWidget(self.departmentEdit)

        self.departmentError = QLabel(BlankStartDialog)
        self.departmentError.setObjectName(u"departmentError")

        self.departmentColumn.addWidget(self.departmentError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.departmentColumn)

        self.nameLabel = QLabel(BlankStartDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameColumn = QVBoxLayout()
        self.nameColumn.setObjectName(u"nameColumn")
        self.nameEdit = QLineEdit(BlankStartDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameColumn.addWidget(self.nameEdit)

        self.nameError = QLabel(BlankStartDialog)
        self.nameError.setObjectName(u"nameError")

        self.nameColumn.addWidget(self.nameError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nameColumn)

        self.pinLabel = QLabel(BlankStartDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinColumn = QVBoxLayout()
        self.pinColumn.setObjectName(u"pinColumn")
        self.pinEdit = QLineEdit(BlankStartDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinColumn.addWidget(self.pinEdit)

        self.pinError = QLabel(BlankStartDialog)
        self.pinError.setObjectName(u"pinError")

        self.pinColumn.addWidget(self.pinError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pinColumn)

        self.pinAgainLabel = QLabel(BlankStartDialog)
        self.pinAgainLabel.setObjectName(u"pinAgainLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pinAgainLabel)

        self.pinAgainColumn = QVBoxLayout()
        self.pinAgainColumn.setObjectName(u"pinAgainColumn")
        self.pinAgainEdit = QLineEdit(BlankStartDialog)
        self.pinAgainEdit.setObjectName(u"pinAgainEdit")
        self.pinAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinAgainColumn.addWidget(self.pinAgainEdit)

        self.pinAgainError = QLabel(BlankStartDialog)
        self.pinAgainError.setObjectName(u"pinAgainError")

        self.pinAgainColumn.addWidget(self.pinAgainError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.pinAgainColumn)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(BlankStartDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(BlankStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hallNameLabel.setBuddy(self.hallNameEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.pinLabel.setBuddy(self.pinEdit)
        self.pinAgainLabel.setBuddy(self.pinAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hallNameEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.pinAgainEdit)

        self.retranslateUi(BlankStartDialog)

        QMetaObject.connectSlotsByName(BlankStartDialog)
    # setupUi

    def retranslateUi(self, BlankStartDialog):
        BlankStartDialog.setWindowTitle(QCoreApplication.translate("BlankStartDialog", u"\u4ece\u7a7a\u767d\u5f00\u59cb", None))
        self.introLabel.setText(QCoreApplication.translate("BlankStartDialog", u"\u7b2c\u4e00\u4f4d\u4f7f\u7528\u8005\u6210\u4e3a\u7ba1\u7406\u5458\uff0c\u53ef\u4ee5\u518d\u6dfb\u52a0\u5176\u4ed6\u4eba\u5458\u548c\u64cd\u4f5c\u5458\u3002", None))
        self.hallNameLabel.setText(QCoreApplication.translate("BlankStartDialog", u"\u670d\u52a1\u4e2d\u5fc3\u540d\u79f0(&H)", None))
        self.hallNameEdit.setPlaceholderText(QCoreApplication.translate("BlankStartDialog", u"\u5982\uff1a\u67d0\u67d0\u8857\u9053\u4fbf\u6c11\u670d\u52a1\u4e2d\u5fc3", None))
        self.departmentLabel.setText(QCoreApplication.translate("BlankStartDialog", u"\u60a8\u6240\u5728\u90e8\u95e8(&D)", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("BlankStartDialog", u"\u5982\uff1a\u4e2d\u5fc3\u529e\u516c\u5ba4", None))
        self.nameLabel.setText(QCoreApplication.translate("BlankStartDialog", u"\u60a8\u7684\u59d3\u540d(&N)", None))
        self.pinLabel.setText(QCoreApplication.translate("BlankStartDialog", u"\u7ba1\u7406\u5458PIN/\u5bc6\u7801(&P)", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("BlankStartDialog", u"\u81f3\u5c114\u4f4d\uff0c\u4e0d\u8981\u75281234\u30010000", None))
        self.pinAgainLabel.setText(QCoreApplication.translate("BlankStartDialog", u"\u518d\u8f93\u4e00\u6b21(&A)", None))
    # retranslateUi

