# Generated from forms/designate_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DesignateDialog(object):
    def setupUi(self, DesignateDialog):
        if not DesignateDialog.objectName():
            DesignateDialog.setObjectName(u"DesignateDialog")
        DesignateDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(DesignateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(DesignateDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.summaryLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.postLabel = QLabel(DesignateDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postBox = QVBoxLayout()
        self.postBox.setObjectName(u"postBox")
        self.postCombo = QComboBox(DesignateDialog)
        self.postCombo.setObjectName(u"postCombo")

        self.postBox.addWidget(self.postCombo)

        self.holdersLabel = QLabel(DesignateDialog)
        self.holdersLabel.setObjectName(u"holdersLabel")
        self.holdersLabel.setWordWrap(True)
        self.holdersLabel.setTextFormat(Qt.TextFormat.RichText)

        self.postBox.addWidget(self.holdersLabel)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.postBox)

        self.staffLabel = QLabel(DesignateDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffBox = QVBoxLayout()
        self.staffBox.setObjectName(u"staffBox")
        self.staffCombo = QComboBox(DesignateDialog)
        self.staffCombo.setObjectName(u"staffCombo")
        self.staffCombo.setEditable(True)

        self.staffBox.addWidget(self.staffCombo)

        self.staffError = QLabel(DesignateDialog)
        self.staffError.setObjectName(u"staffError")
        self.staffError.setWordWrap(True)

        self.staffBox.addWidget(self.staffError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.staffBox)

        self.startLabel = QLabel(DesignateDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateTimeEdit(DesignateDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(DesignateDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endBox = QVBoxLayout()
        self.endBox.setObjectName(u"endBox")
        self.endEdit = QDateTimeEdit(DesignateDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.endBox.addWidget(self.endEdit)

        self.endError = QLabel(DesignateDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setWordWrap(True)

        self.endBox.addWidget(self.endError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.endBox)

        self.reasonLabel = QLabel(DesignateDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonBox = QVBoxLayout()
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonEdit = QLineEdit(DesignateDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonBox.addWidget(self.reasonEdit)

        self.reasonError = QLabel(DesignateDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.reasonBox.addWidget(self.reasonError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.reasonBox)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(DesignateDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(DesignateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.postLabel.setBuddy(self.postCombo)
        self.staffLabel.setBuddy(self.staffCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.postCombo, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.reasonEdit)

        self.retranslateUi(DesignateDialog)

        QMetaObject.connectSlotsByName(DesignateDialog)
    # setupUi

    def retranslateUi(self, DesignateDialog):
        DesignateDialog.setWindowTitle(QCoreApplication.translate("DesignateDialog", u"\u6307\u5b9a\u9876\u5c97", None))
        self.postLabel.setText(QCoreApplication.translate("DesignateDialog", u"\u5c97\u4f4d(&G) *", None))
        self.staffLabel.setText(QCoreApplication.translate("DesignateDialog", u"\u9876\u5c97\u4eba\u5458(&P) *", None))
        self.startLabel.setText(QCoreApplication.translate("DesignateDialog", u"\u5f00\u59cb(&S) *", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("DesignateDialog", u"yyyy-MM-dd HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("DesignateDialog", u"\u7ed3\u675f(&E) *", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("DesignateDialog", u"yyyy-MM-dd HH:mm", None))
        self.reasonLabel.setText(QCoreApplication.translate("DesignateDialog", u"\u6307\u5b9a\u539f\u56e0(&R) *", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DesignateDialog", u"\u5982\uff1aA\u3001B\u5c97\u5747\u8bf7\u5047\uff0c\u7531\u719f\u6089\u4e1a\u52a1\u7684\u00d7\u00d7\u00d7\u9876\u5c97", None))
    # retranslateUi

