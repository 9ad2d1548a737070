# Generated from forms/backups_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(640, 460)
        self.mainLayout = QVBoxLayout(BackupsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextFormat(Qt.TextFormat.RichText)
        self.folderLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.folderLabel)

        self.listLabel = QLabel(BackupsDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.mainLayout.addWidget(self.listLabel)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.backupsList = QListWidget(BackupsDialog)
        self.backupsList.setObjectName(u"backupsList")
        self.backupsList.setAlternatingRowColors(True)

        self.body.addWidget(self.backupsList)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backupButton = QPushButton(BackupsDialog)
        self.backupButton.setObjectName(u"backupButton")

        self.buttons.addWidget(self.backupButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.otherButton = QPushButton(BackupsDialog)
        self.otherButton.setObjectName(u"otherButton")

        self.buttons.addWidget(self.otherButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttonsSpacer)


        self.body.addLayout(self.buttons)


        self.mainLayout.addLayout(self.body)

        self.generalError = QLabel(BackupsDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.backupsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupsList, self.backupButton)
        QWidget.setTabOrder(self.backupButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.otherButton)

        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.listLabel.setText(QCoreApplication.translate("BackupsDialog", u"\u672c\u6570\u636e\u5e93\u7684\u5907\u4efd(&B)\uff08\u6700\u65b0\u7684\u5728\u6700\u4e0a\u9762\uff09\uff1a", None))
        self.backupButton.setText(QCoreApplication.translate("BackupsDialog", u"\u7acb\u5373\u5907\u4efd(&N)", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"\u4ece\u6240\u9009\u5907\u4efd\u6062\u590d(&R)\u2026", None))
        self.otherButton.setText(QCoreApplication.translate("BackupsDialog", u"\u4ece\u5176\u4ed6\u6587\u4ef6\u6062\u590d(&O)\u2026", None))
    # retranslateUi

