# Generated from forms/export_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.monthLabel = QLabel(ExportDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = QDateEdit(ExportDialog)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setDisplayFormat(u"yyyy\u5e74M\u6708")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthEdit)

        self.pathLabel = QLabel(ExportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(ExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.pathRow.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.pathError = QLabel(ExportDialog)
        self.pathError.setObjectName(u"pathError")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pathError)

        self.unmaskedCheck = QCheckBox(ExportDialog)
        self.unmaskedCheck.setObjectName(u"unmaskedCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unmaskedCheck)

        self.unmaskedHint = QLabel(ExportDialog)
        self.unmaskedHint.setObjectName(u"unmaskedHint")
        self.unmaskedHint.setWordWrap(True)
        self.unmaskedHint.setStyleSheet(u"color: #555;")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unmaskedHint)


        self.mainLayout.addLayout(self.formLayout)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.generalError = QLabel(ExportDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openFolderButton = QPushButton(ExportDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.openFolderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthEdit)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthEdit, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.unmaskedCheck)
        QWidget.setTabOrder(self.unmaskedCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.closeButton)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u6708\u5ea6\u53f0\u8d26", None))
        self.monthLabel.setText(QCoreApplication.translate("ExportDialog", u"\u6708\u4efd(&M)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.monthEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u8be5\u6708\u767b\u8bb0\u7684\u8bb0\u5f55\uff08\u4e0a\u4e0b\u65b9\u5411\u952e\u6362\u6708\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.pathLabel.setText(QCoreApplication.translate("ExportDialog", u"\u4fdd\u5b58\u4e3a(&S)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"\u6d4f\u89c8(&B)\u2026", None))
        self.unmaskedCheck.setText(QCoreApplication.translate("ExportDialog", u"\u4e0d\u9690\u85cf\u7535\u8bdd\u53f7\u7801(&U)", None))
        self.openFolderButton.setText(QCoreApplication.translate("ExportDialog", u"\u6253\u5f00\u6240\u5728\u6587\u4ef6\u5939(&O)", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa(&E)", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"\u5173\u95ed", None))
    # retranslateUi

