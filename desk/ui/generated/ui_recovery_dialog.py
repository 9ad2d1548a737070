# Generated from forms/recovery_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(640, 520)
        self.mainLayout = QVBoxLayout(RecoveryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explainLabel = QLabel(RecoveryDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setTextFormat(Qt.TextFormat.RichText)
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.backupsLabel = QLabel(RecoveryDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.mainLayout.addWidget(self.backupsLabel)

        self.backupsList = QListWidget(RecoveryDialog)
        self.backupsList.setObjectName(u"backupsList")
        self.backupsList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.backupsList)

        self.authForm = QFormLayout()
        self.authForm.setObjectName(u"authForm")
        self.leaderLabel = QLabel(RecoveryDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.authForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leaderCombo = QComboBox(RecoveryDialog)
        self.leaderCombo.setObjectName(u"leaderCombo")

        self.authForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leaderCombo)

        self.pinLabel = QLabel(RecoveryDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.authForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEditColumn = QVBoxLayout()
        self.pinEditColumn.setObjectName(u"pinEditColumn")
        self.pinEdit = QLineEdit(RecoveryDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinEditColumn.addWidget(self.pinEdit)

        self.pinError = QLabel(RecoveryDialog)
        self.pinError.setObjectName(u"pinError")

        self.pinEditColumn.addWidget(self.pinError)


        self.authForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pinEditColumn)


        self.mainLayout.addLayout(self.authForm)

        self.generalError = QLabel(RecoveryDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(RecoveryDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.otherBackupButton = QPushButton(RecoveryDialog)
        self.otherBackupButton.setObjectName(u"otherBackupButton")

        self.buttonRow.addWidget(self.otherBackupButton)

        self.otherFileButton = QPushButton(RecoveryDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.buttonRow.addWidget(self.otherFileButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(RecoveryDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonRow.addWidget(self.quitButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.backupsLabel.setBuddy(self.backupsList)
        self.leaderLabel.setBuddy(self.leaderCombo)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupsList, self.leaderCombo)
        QWidget.setTabOrder(self.leaderCombo, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.otherBackupButton)
        QWidget.setTabOrder(self.otherBackupButton, self.otherFileButton)
        QWidget.setTabOrder(self.otherFileButton, self.quitButton)

        self.retranslateUi(RecoveryDialog)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"\u6570\u636e\u5e93\u65e0\u6cd5\u6253\u5f00", None))
        self.backupsLabel.setText(QCoreApplication.translate("RecoveryDialog", u"\u53ef\u7528\u7684\u5907\u4efd(&B)\uff08\u6700\u65b0\u7684\u5728\u6700\u4e0a\u9762\uff09\uff1a", None))
        self.leaderLabel.setText(QCoreApplication.translate("RecoveryDialog", u"\u6388\u6743\u4eba(&L)", None))
        self.pinLabel.setText(QCoreApplication.translate("RecoveryDialog", u"PIN/\u5bc6\u7801(&P)", None))
        self.restoreButton.setText(QCoreApplication.translate("RecoveryDialog", u"\u4ece\u6240\u9009\u5907\u4efd\u6062\u590d(&R)", None))
        self.otherBackupButton.setText(QCoreApplication.translate("RecoveryDialog", u"\u9009\u62e9\u5176\u4ed6\u5907\u4efd\u6587\u4ef6(&O)\u2026", None))
        self.otherFileButton.setText(QCoreApplication.translate("RecoveryDialog", u"\u6253\u5f00\u5176\u4ed6\u6570\u636e\u5e93\u6587\u4ef6(&F)\u2026", None))
        self.quitButton.setText(QCoreApplication.translate("RecoveryDialog", u"\u9000\u51fa(&Q)", None))
    # retranslateUi

