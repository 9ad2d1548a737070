# Generated from forms/settings_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 600)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(SettingsDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.form = QFormLayout(self.formHost)
        self.form.setObjectName(u"form")
        self.scrollArea.setWidget(self.formHost)

        self.mainLayout.addWidget(self.scrollArea)

        self.generalError = QLabel(SettingsDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u7cfb\u7edf\u8bbe\u7f6e", None))
        self.introLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8fd9\u4e9b\u8bbe\u7f6e\u5bf9\u672c\u670d\u52a1\u4e2d\u5fc3\u7684\u6240\u6709\u7a97\u53e3\u751f\u6548\uff1b\u4fee\u6539\u9700\u8981\u503c\u73ed\u9886\u5bfc\u6216\u7ba1\u7406\u5458\u6743\u9650\uff0c\u5e76\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55\u3002", None))
    # retranslateUi

