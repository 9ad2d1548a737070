# Generated from forms/catalogue_versions_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_VersionsDialog(object):
    def setupUi(self, VersionsDialog):
        if not VersionsDialog.objectName():
            VersionsDialog.setObjectName(u"VersionsDialog")
        self.mainLayout = QVBoxLayout(VersionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.itemLabel = QLabel(VersionsDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setText(u"")
        self.itemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.itemLabel)

        self.splitter = QSplitter(VersionsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.versionTable = QTableView(self.splitter)
        self.versionTable.setObjectName(u"versionTable")
        self.versionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.versionTable)
        self.versionText = QTextBrowser(self.splitter)
        self.versionText.setObjectName(u"versionText")
        self.splitter.addWidget(self.versionText)

        self.mainLayout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(VersionsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.versionTable, self.versionText)
        QWidget.setTabOrder(self.versionText, self.buttons)

        self.retranslateUi(VersionsDialog)

        QMetaObject.connectSlotsByName(VersionsDialog)
    # setupUi

    def retranslateUi(self, VersionsDialog):
        VersionsDialog.setWindowTitle(QCoreApplication.translate("VersionsDialog", u"\u7248\u672c\u5386\u53f2", None))
    # retranslateUi

