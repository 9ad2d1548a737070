# Generated from forms/roster_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RosterDialog(object):
    def setupUi(self, RosterDialog):
        if not RosterDialog.objectName():
            RosterDialog.setObjectName(u"RosterDialog")
        RosterDialog.resize(480, 340)
        self.mainLayout = QVBoxLayout(RosterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RosterDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.aLabel = QLabel(RosterDialog)
        self.aLabel.setObjectName(u"aLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aLabel)

        self.aColumn = QVBoxLayout()
        self.aColumn.setObjectName(u"aColumn")
        self.aEdit = QComboBox(RosterDialog)
        self.aEdit.setObjectName(u"aEdit")
        self.aEdit.setEditable(True)

        self.aColumn.addWidget(self.aEdit)

        self.aError = QLabel(RosterDialog)
        self.aError.setObjectName(u"aError")

        self.aColumn.addWidget(self.aError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.aColumn)

        self.bLabel = QLabel(RosterDialog)
        self.bLabel.setObjectName(u"bLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bLabel)

        self.bColumn = QVBoxLayout()
        self.bColumn.setObjectName(u"bColumn")
        self.bEdit = QComboBox(RosterDialog)
        self.bEdit.setObjectName(u"bEdit")
        self.bEdit.setEditable(True)

        self.bColumn.addWidget(self.bEdit)

        self.bError = QLabel(RosterDialog)
        self.bError.setObjectName(u"bError")

        self.bColumn.addWidget(self.bError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.bColumn)

        self.dateLabel = QLabel(RosterDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateColumn = QVBoxLayout()
        self.dateColumn.setObjectName(u"dateColumn")
        self.dateEdit = QDateEdit(RosterDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd ddd")
        self.dateEdit.setCalendarPopup(True)

        self.dateColumn.addWidget(self.dateEdit)

        self.dateError = QLabel(RosterDialog)
        self.dateError.setObjectName(u"dateError")

        self.dateColumn.addWidget(self.dateError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateColumn)

        self.noteLabel = QLabel(RosterDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteColumn = QVBoxLayout()
        self.noteColumn.setObjectName(u"noteColumn")
        self.noteEdit = QLineEdit(RosterDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteColumn.addWidget(self.noteEdit)

        self.noteError = QLabel(RosterDialog)
        self.noteError.setObjectName(u"noteError")

        self.noteColumn.addWidget(self.noteError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.noteColumn)


        self.mainLayout.addLayout(self.form)

        self.generalError = QLabel(RosterDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RosterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.aLabel.setBuddy(self.aEdit)
        self.bLabel.setBuddy(self.bEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.aEdit, self.bEdit)
        QWidget.setTabOrder(self.bEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.noteEdit)

        self.retranslateUi(RosterDialog)

        QMetaObject.connectSlotsByName(RosterDialog)
    # setupUi

    def retranslateUi(self, RosterDialog):
        RosterDialog.setWindowTitle(QCoreApplication.translate("RosterDialog", u"\u8c03\u6574AB\u5c97", None))
        self.introLabel.setText(QCoreApplication.translate("RosterDialog", u"AB\u5c97\u8c03\u6574\u5f53\u65e5\u5907\u6848\uff1a\u8bb0\u5f55\u751f\u6548\u65e5\u671f\u3001\u539f\u4efb\u548c\u65b0\u4efb\u4eba\u5458\u3001\u64cd\u4f5c\u5458\u3002", None))
        self.aLabel.setText(QCoreApplication.translate("RosterDialog", u"A\u5c97(&A)", None))
        self.bLabel.setText(QCoreApplication.translate("RosterDialog", u"B\u5c97(&B)", None))
        self.dateLabel.setText(QCoreApplication.translate("RosterDialog", u"\u751f\u6548\u65e5\u671f(&E)", None))
        self.noteLabel.setText(QCoreApplication.translate("RosterDialog", u"\u5907\u6ce8(&R)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("RosterDialog", u"\u5982\uff1a\u4eba\u5458\u8c03\u6574\u3001\u957f\u671f\u75c5\u5047", None))
    # retranslateUi

