# Generated from forms/catalogue_problems_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportProblemsDialog(object):
    def setupUi(self, ImportProblemsDialog):
        if not ImportProblemsDialog.objectName():
            ImportProblemsDialog.setObjectName(u"ImportProblemsDialog")
        self.mainLayout = QVBoxLayout(ImportProblemsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportProblemsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemTable = QTableWidget(ImportProblemsDialog)
        if (self.problemTable.columnCount() < 5):
            self.problemTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.problemTable)

        self.buttons = QDialogButtonBox(ImportProblemsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.problemTable, self.buttons)

        self.retranslateUi(ImportProblemsDialog)

        QMetaObject.connectSlotsByName(ImportProblemsDialog)
    # setupUi

    def retranslateUi(self, ImportProblemsDialog):
        ImportProblemsDialog.setWindowTitle(QCoreApplication.translate("ImportProblemsDialog", u"\u5bfc\u5165\u4e8b\u9879\u5e93\uff1a\u53d1\u73b0\u95ee\u9898", None))
        ___qtablewidgetitem = self.problemTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u5de5\u4f5c\u8868", None))
        ___qtablewidgetitem1 = self.problemTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u884c", None))
        ___qtablewidgetitem2 = self.problemTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u5217", None))
        ___qtablewidgetitem3 = self.problemTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u5217\u540d", None))
        ___qtablewidgetitem4 = self.problemTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u95ee\u9898", None))
    # retranslateUi

