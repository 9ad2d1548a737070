# Generated from forms/audit_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1000, 640)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.tableLabel = QLabel(AuditDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.filters.addWidget(self.tableLabel)

        self.tableCombo = QComboBox(AuditDialog)
        self.tableCombo.setObjectName(u"tableCombo")

        self.filters.addWidget(self.tableCombo)

        self.rowLabel = QLabel(AuditDialog)
        self.rowLabel.setObjectName(u"rowLabel")

        self.filters.addWidget(self.rowLabel)

        self.rowEdit = QLineEdit(AuditDialog)
        self.rowEdit.setObjectName(u"rowEdit")
        self.rowEdit.setMaximumWidth(90)

        self.filters.addWidget(self.rowEdit)

        self.operatorLabel = QLabel(AuditDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.filters.addWidget(self.operatorLabel)

        self.operatorCombo = QComboBox(AuditDialog)
        self.operatorCombo.setObjectName(u"operatorCombo")

        self.filters.addWidget(self.operatorCombo)

        self.fromLabel = QLabel(AuditDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filters.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(AuditDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filters.addWidget(self.fromDate)

        self.toLabel = QLabel(AuditDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filters.addWidget(self.toLabel)

        self.toDate = QDateEdit(AuditDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filters.addWidget(self.toDate)

        self.searchButton = QPushButton(AuditDialog)
        self.searchButton.setObjectName(u"searchButton")

        self.filters.addWidget(self.searchButton)


        self.mainLayout.addLayout(self.filters)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.entriesTable = QTableView(AuditDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setSortingEnabled(True)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.body.addWidget(self.entriesTable)

        self.detailView = QTextBrowser(AuditDialog)
        self.detailView.setObjectName(u"detailView")

        self.body.addWidget(self.detailView)


        self.mainLayout.addLayout(self.body)

        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.generalError = QLabel(AuditDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.tableCombo)
        self.rowLabel.setBuddy(self.rowEdit)
        self.operatorLabel.setBuddy(self.operatorCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableCombo, self.rowEdit)
        QWidget.setTabOrder(self.rowEdit, self.operatorCombo)
        QWidget.setTabOrder(self.operatorCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.detailView)

        self.retranslateUi(AuditDialog)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"\u5ba1\u8ba1\u8bb0\u5f55", None))
        self.tableLabel.setText(QCoreApplication.translate("AuditDialog", u"\u8bb0\u5f55\u7c7b\u522b(&T)", None))
        self.rowLabel.setText(QCoreApplication.translate("AuditDialog", u"\u7f16\u53f7(&N)", None))
        self.rowEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"\u5168\u90e8", None))
        self.operatorLabel.setText(QCoreApplication.translate("AuditDialog", u"\u64cd\u4f5c\u5458(&O)", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditDialog", u"\u4ece(&F)", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDialog", u"\u5230", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.searchButton.setText(QCoreApplication.translate("AuditDialog", u"\u67e5\u8be2(&Q)", None))
    # retranslateUi

