# Generated from forms/operators_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OperatorsDialog(object):
    def setupUi(self, OperatorsDialog):
        if not OperatorsDialog.objectName():
            OperatorsDialog.setObjectName(u"OperatorsDialog")
        OperatorsDialog.resize(760, 460)
        self.mainLayout = QVBoxLayout(OperatorsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(OperatorsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.operatorsTable = QTableView(OperatorsDialog)
        self.operatorsTable.setObjectName(u"operatorsTable")
        self.operatorsTable.setAlternatingRowColors(True)
        self.operatorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.operatorsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.operatorsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.body.addWidget(self.operatorsTable)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(OperatorsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.roleButton = QPushButton(OperatorsDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.buttons.addWidget(self.roleButton)

        self.pinButton = QPushButton(OperatorsDialog)
        self.pinButton.setObjectName(u"pinButton")

        self.buttons.addWidget(self.pinButton)

        self.activeButton = QPushButton(OperatorsDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttons.addWidget(self.activeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttonsSpacer)


        self.body.addLayout(self.buttons)


        self.mainLayout.addLayout(self.body)

        self.generalError = QLabel(OperatorsDialog)
        self.generalError.setObjectName(u"generalError")

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(OperatorsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.operatorsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.roleButton)
        QWidget.setTabOrder(self.roleButton, self.pinButton)
        QWidget.setTabOrder(self.pinButton, self.activeButton)

        self.retranslateUi(OperatorsDialog)

        QMetaObject.connectSlotsByName(OperatorsDialog)
    # setupUi

    def retranslateUi(self, OperatorsDialog):
        OperatorsDialog.setWindowTitle(QCoreApplication.translate("OperatorsDialog", u"\u64cd\u4f5c\u5458\u7ba1\u7406", None))
        self.introLabel.setText(QCoreApplication.translate("OperatorsDialog", u"\u64cd\u4f5c\u5458\u662f\u53ef\u4ee5\u767b\u5f55\u672c\u673a\u7684\u5de5\u4f5c\u4eba\u5458\u3002\u7a97\u53e3\u4eba\u5458\u767b\u8bb0\u529e\u4e8b\uff1b\u503c\u73ed\u9886\u5bfc/\u4e2d\u5fc3\u4e3b\u4efb\u8fd8\u53ef\u8c03\u6574AB\u5c97\u3001\u4e8b\u9879\u5e93\u3001\u8bbe\u7f6e\u3001\u6062\u590d\u5907\u4efd\u548c\u9690\u79c1\u6e05\u7406\uff1b\u7ba1\u7406\u5458\u8fd8\u53ef\u7ba1\u7406\u64cd\u4f5c\u5458\u3002", None))
        self.addButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u6dfb\u52a0\u64cd\u4f5c\u5458(&A)\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u4fee\u6539\u89d2\u8272(&R)\u2026", None))
        self.pinButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u91cd\u8bbePIN(&P)\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u505c\u7528(&D)", None))
    # retranslateUi

