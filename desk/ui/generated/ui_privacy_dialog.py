# Generated from forms/privacy_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PrivacyDialog(object):
    def setupUi(self, PrivacyDialog):
        if not PrivacyDialog.objectName():
            PrivacyDialog.setObjectName(u"PrivacyDialog")
        PrivacyDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(PrivacyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PrivacyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.yearsRow = QHBoxLayout()
        self.yearsRow.setObjectName(u"yearsRow")
        self.yearsLabel = QLabel(PrivacyDialog)
        self.yearsLabel.setObjectName(u"yearsLabel")

        self.yearsRow.addWidget(self.yearsLabel)

        self.yearsSpin = QSpinBox(PrivacyDialog)
        self.yearsSpin.setObjectName(u"yearsSpin")
        self.yearsSpin.setMinimum(1)
        self.yearsSpin.setMaximum(30)

        self.yearsRow.addWidget(self.yearsSpin)

        self.cutoffLabel = QLabel(PrivacyDialog)
        self.cutoffLabel.setObjectName(u"cutoffLabel")

        self.yearsRow.addWidget(self.cutoffLabel)

        self.yearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearsRow.addItem(self.yearsSpacer)


        self.mainLayout.addLayout(self.yearsRow)

        self.countsLabel = QLabel(PrivacyDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.countsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countsLabel)

        self.confirmCheck = QCheckBox(PrivacyDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.mainLayout.addWidget(self.confirmCheck)

        self.generalError = QLabel(PrivacyDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PrivacyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearsLabel.setBuddy(self.yearsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearsSpin, self.confirmCheck)

        self.retranslateUi(PrivacyDialog)

        QMetaObject.connectSlotsByName(PrivacyDialog)
    # setupUi

    def retranslateUi(self, PrivacyDialog):
        PrivacyDialog.setWindowTitle(QCoreApplication.translate("PrivacyDialog", u"\u9690\u79c1\u6e05\u7406", None))
        self.yearsLabel.setText(QCoreApplication.translate("PrivacyDialog", u"\u6e05\u7406\u591a\u5c11\u5e74\u4ee5\u524d\u7684\u8bb0\u5f55(&Y)\uff1a", None))
        self.yearsSpin.setSuffix(QCoreApplication.translate("PrivacyDialog", u" \u5e74", None))
        self.confirmCheck.setText(QCoreApplication.translate("PrivacyDialog", u"\u6211\u5df2\u786e\u8ba4\uff1a\u4ee5\u4e0a\u8bb0\u5f55\u4e2d\u7684\u529e\u4e8b\u4eba\u59d3\u540d\u3001\u7535\u8bdd\u3001\u8eab\u4efd\u8bc1\u53f7\u7801\u548c\u5730\u5740\u5c06\u88ab\u6e05\u7a7a\uff0c\u4e14\u4e0d\u80fd\u6062\u590d(&C)", None))
    # retranslateUi

