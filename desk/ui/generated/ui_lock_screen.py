# Generated from forms/lock_screen.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(520, 360)
        self.mainLayout = QVBoxLayout(LockScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(LockScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.RichText)
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.operatorLabel = QLabel(LockScreen)
        self.operatorLabel.setObjectName(u"operatorLabel")
        self.operatorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.operatorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.operatorLabel)

        self.pinRow = QHBoxLayout()
        self.pinRow.setObjectName(u"pinRow")
        self.pinLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinRow.addItem(self.pinLeft)

        self.pinLabel = QLabel(LockScreen)
        self.pinLabel.setObjectName(u"pinLabel")

        self.pinRow.addWidget(self.pinLabel)

        self.pinEdit = QLineEdit(LockScreen)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMinimumWidth(0)

        self.pinRow.addWidget(self.pinEdit)

        self.pinRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinRow.addItem(self.pinRight)


        self.mainLayout.addLayout(self.pinRow)

        self.pinError = QLabel(LockScreen)
        self.pinError.setObjectName(u"pinError")
        self.pinError.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.pinError)

        self.generalError = QLabel(LockScreen)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.generalError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonsLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonsLeft)

        self.unlockButton = QPushButton(LockScreen)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)

        self.switchButton = QPushButton(LockScreen)
        self.switchButton.setObjectName(u"switchButton")

        self.buttonRow.addWidget(self.switchButton)

        self.buttonsRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonsRight)


        self.mainLayout.addLayout(self.buttonRow)

        self.hintLabel = QLabel(LockScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pinEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchButton)

        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"\u5df2\u9501\u5b9a", None))
        self.pinLabel.setText(QCoreApplication.translate("LockScreen", u"PIN/\u5bc6\u7801(&P)\uff1a", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"\u89e3\u9501(&U)", None))
        self.switchButton.setText(QCoreApplication.translate("LockScreen", u"\u6362\u4eba\u767b\u5f55(&S)\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("LockScreen", u"\u9501\u5b9a\u671f\u95f4\uff0c\u5df2\u6253\u5f00\u7a97\u53e3\u4e2d\u586b\u5199\u7684\u5185\u5bb9\u90fd\u4f1a\u4fdd\u7559\u3002", None))
    # retranslateUi

