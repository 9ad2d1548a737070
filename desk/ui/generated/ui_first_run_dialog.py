# Generated from forms/first_run_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCommandLinkButton, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.demoButton = QCommandLinkButton(FirstRunDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.mainLayout.addWidget(self.demoButton)

        self.blankButton = QCommandLinkButton(FirstRunDialog)
        self.blankButton.setObjectName(u"blankButton")

        self.mainLayout.addWidget(self.blankButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u6b22\u8fce\u4f7f\u7528\u4fbf\u6c11\u670d\u52a1\u4e2d\u5fc3\u524d\u53f0", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"<b style=\"font-size:14pt\">\u8fd9\u662f\u4e00\u4e2a\u65b0\u7684\u6570\u636e\u5e93\u3002</b><br>\u53ef\u4ee5\u5148\u5efa\u7acb\u4e00\u4e2a\u6f14\u793a\u670d\u52a1\u4e2d\u5fc3\uff08\u865a\u6784\u7684\u90e8\u95e8\u3001\u4eba\u5458\u548c\u5c97\u4f4d\uff09\u719f\u6089\u64cd\u4f5c\uff0c\u4e5f\u53ef\u4ee5\u4ece\u7a7a\u767d\u5f00\u59cb\u5f55\u5165\u672c\u4e2d\u5fc3\u7684\u4fe1\u606f\u3002", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u5efa\u7acb\u6f14\u793a\u670d\u52a1\u4e2d\u5fc3(&D)", None))
        self.demoButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"6\u4e2a\u90e8\u95e8\u300125\u540d\u5de5\u4f5c\u4eba\u5458\u300111\u4e2aAB\u5c97\uff0c\u9644\u8fd1\u51e0\u5468\u7684\u53bb\u5411\u8bb0\u5f55\uff1b\u4ee5\u7ba1\u7406\u5458\u4f55\u9759\u767b\u5f55\uff08PIN 2468\uff09", None))
        self.blankButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u4ece\u7a7a\u767d\u5f00\u59cb(&B)", None))
        self.blankButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"\u586b\u5199\u670d\u52a1\u4e2d\u5fc3\u540d\u79f0\u548c\u7b2c\u4e00\u4f4d\u7ba1\u7406\u5458\uff0c\u5176\u4f59\u4eba\u5458\u3001\u90e8\u95e8\u3001\u5c97\u4f4d\u5728\u201c\u7ba1\u7406 \u2192 \u4eba\u5458\u4e0e\u5c97\u4f4d\u201d\u4e2d\u5f55\u5165", None))
    # retranslateUi

