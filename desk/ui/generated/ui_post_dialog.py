# Generated from forms/post_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PostDialog(object):
    def setupUi(self, PostDialog):
        if not PostDialog.objectName():
            PostDialog.setObjectName(u"PostDialog")
        PostDialog.resize(480, 420)
        self.mainLayout = QVBoxLayout(PostDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PostDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PostDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameColumn = QVBoxLayout()
        self.nameColumn.setObjectName(u"nameColumn")
        self.nameEdit = QLineEdit(PostDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameColumn.addWidget(self.nameEdit)

        self.nameError = QLabel(PostDialog)
        self.nameError.setObjectName(u"nameError")

        self.nameColumn.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameColumn)

        self.windowLabel = QLabel(PostDialog)
        self.windowLabel.setObjectName(u"windowLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.windowLabel)

        self.windowColumn = QVBoxLayout()
        self.windowColumn.setObjectName(u"windowColumn")
        self.windowEdit = QLineEdit(PostDialog)
        self.windowEdit.setObjectName(u"windowEdit")

        self.windowColumn.addWidget(self.windowEdit)

        self.windowError = QLabel(PostDialog)
        self.windowError.setObjectName(u"windowError")

        self.windowColumn.addWidget(self.windowError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.windowColumn)

        self.departmentLabel = QLabel(PostDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentColumn = QVBoxLayout()
        self.departmentColumn.setObjectName(u"departmentColumn")
        self.departmentEdit = QComboBox(PostDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.departmentColumn.addWidget(self.departmentEdit)

        self.departmentError = QLabel(PostDialog)
        self.departmentError.setObjectName(u"departmentError")

        self.departmentColumn.addWidget(self.departmentError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.departmentColumn)

        self.dutiesLabel = QLabel(PostDialog)
        self.dutiesLabel.setObjectName(u"dutiesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dutiesLabel)

        self.dutiesColumn = QVBoxLayout()
        self.dutiesColumn.setObjectName(u"dutiesColumn")
        self.dutiesEdit = QPlainTextEdit(PostDialog)
        self.dutiesEdit.setObjectName(u"dutiesEdit")
        self.dutiesEdit.setTabChangesFocus(True)

        self.dutiesColumn.addWidget(self.dutiesEdit)

        self.dutiesError = QLabel(PostDialog)
        self.dutiesError.setObjectName(u"dutiesError")

        self.dutiesColumn.addWidget(self.dutiesError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dutiesColumn)

        self.aLabel = QLabel(PostDialog)
        self.aLabel.setObjectName(u"aLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.aLabel)

        self.aColumn = QVBoxLayout()
        self.aColumn.setObjectName(u"aColumn")
        self.aEdit = QComboBox(PostDialog)
        self.aEdit.setObjectName(u"aEdit")
        self.aEdit.setEditable(True)

        self.aColumn.addWidget(self.aEdit)

        self.aError = QLabel(PostDialog)
        self.aError.setObjectName(u"aError")

        self.aColumn.addWidget(self.aError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.aColumn)

        self.bLabel = QLabel(PostDialog)
        self.bLabel.setObjectName(u"bLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.bLabel)

        self.bColumn = QVBoxLayout()
        self.bColumn.setObjectName(u"bColumn")
        self.bEdit = QComboBox(PostDialog)
        self.bEdit.setObjectName(u"bEdit")
        self.bEdit.setEditable(True)

        self.bColumn.addWidget(self.bEdit)

        self.bError = QLabel(PostDialog)
        self.bError.setObjectName(u"bError")

        self.bColumn.addWidget(self.bError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.bColumn)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(PostDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PostDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.windowLabel.setBuddy(self.windowEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.dutiesLabel.setBuddy(self.dutiesEdit)
        self.aLabel.setBuddy(self.aEdit)
        self.bLabel.setBuddy(self.bEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.windowEdit)
        QWidget.setTabOrder(self.windowEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.dutiesEdit)
        QWidget.setTabOrder(self.dutiesEdit, self.aEdit)
        QWidget.setTabOrder(self.aEdit, self.bEdit)

        self.retranslateUi(PostDialog)

        QMetaObject.connectSlotsByName(PostDialog)
    # setupUi

    def retranslateUi(self, PostDialog):
        PostDialog.setWindowTitle(QCoreApplication.translate("PostDialog", u"\u5c97\u4f4d", None))
        self.introLabel.setText(QCoreApplication.translate("PostDialog", u"A\u5c97\u662f\u5c97\u4f4d\u7684\u8d23\u4efb\u4eba\uff0cB\u5c97\u5728A\u5c97\u4e0d\u5728\u65f6\u9876\u5c97\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("PostDialog", u"\u5c97\u4f4d\u540d\u79f0(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PostDialog", u"\u5982\uff1a\u6c11\u653f\u6551\u52a9", None))
        self.windowLabel.setText(QCoreApplication.translate("PostDialog", u"\u7a97\u53e3\u53f7(&W)", None))
        self.windowEdit.setPlaceholderText(QCoreApplication.translate("PostDialog", u"\u5982\uff1a3", None))
        self.departmentLabel.setText(QCoreApplication.translate("PostDialog", u"\u6240\u5c5e\u90e8\u95e8(&D)", None))
        self.dutiesLabel.setText(QCoreApplication.translate("PostDialog", u"\u5c97\u4f4d\u804c\u8d23(&U)", None))
        self.dutiesEdit.setPlaceholderText(QCoreApplication.translate("PostDialog", u"\u529e\u7406\u7684\u4e8b\u9879", None))
        self.aLabel.setText(QCoreApplication.translate("PostDialog", u"A\u5c97(&A)", None))
        self.bLabel.setText(QCoreApplication.translate("PostDialog", u"B\u5c97(&B)", None))
    # retranslateUi

