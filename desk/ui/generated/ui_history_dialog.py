# Generated from forms/history_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(960, 560)
        self.mainLayout = QVBoxLayout(HistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(HistoryDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.personLabel)

        self.whereBox = QGroupBox(HistoryDialog)
        self.whereBox.setObjectName(u"whereBox")
        self.whereLayout = QHBoxLayout(self.whereBox)
        self.whereLayout.setObjectName(u"whereLayout")
        self.atLabel = QLabel(self.whereBox)
        self.atLabel.setObjectName(u"atLabel")

        self.whereLayout.addWidget(self.atLabel)

        self.atEdit = QDateTimeEdit(self.whereBox)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setDisplayFormat(u"yyyy-MM-dd ddd HH:mm")
        self.atEdit.setCalendarPopup(True)

        self.whereLayout.addWidget(self.atEdit)

        self.whereButton = QPushButton(self.whereBox)
        self.whereButton.setObjectName(u"whereButton")

        self.whereLayout.addWidget(self.whereButton)

        self.whereResult = QLabel(self.whereBox)
        self.whereResult.setObjectName(u"whereResult")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.whereResult.sizePolicy().hasHeightForWidth())
        self.whereResult.setSizePolicy(sizePolicy)
        self.whereResult.setWordWrap(True)
        self.whereResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.whereLayout.addWidget(self.whereResult)


        self.mainLayout.addWidget(self.whereBox)

        self.rangeLayout = QHBoxLayout()
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.rangeLabel = QLabel(HistoryDialog)
        self.rangeLabel.setObjectName(u"rangeLabel")

        self.rangeLayout.addWidget(self.rangeLabel)

        self.rangeCombo = QComboBox(HistoryDialog)
        self.rangeCombo.setObjectName(u"rangeCombo")

        self.rangeLayout.addWidget(self.rangeCombo)

        self.countLabel = QLabel(HistoryDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.rangeLayout.addWidget(self.countLabel)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)


        self.mainLayout.addLayout(self.rangeLayout)

        self.historyView = QTableView(HistoryDialog)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setWordWrap(False)

        self.mainLayout.addWidget(self.historyView)

        self.buttonBox = QDialogButtonBox(HistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.atLabel.setBuddy(self.atEdit)
        self.rangeLabel.setBuddy(self.rangeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.atEdit, self.whereButton)
        QWidget.setTabOrder(self.whereButton, self.rangeCombo)
        QWidget.setTabOrder(self.rangeCombo, self.historyView)

        self.retranslateUi(HistoryDialog)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"\u53bb\u5411\u8bb0\u5f55", None))
        self.whereBox.setTitle(QCoreApplication.translate("HistoryDialog", u"\u67d0\u65f6\u523b\u5728\u54ea", None))
        self.atLabel.setText(QCoreApplication.translate("HistoryDialog", u"\u65f6\u523b(&T)\uff1a", None))
        self.whereButton.setText(QCoreApplication.translate("HistoryDialog", u"\u67e5\u8be2(&Q)", None))
        self.rangeLabel.setText(QCoreApplication.translate("HistoryDialog", u"\u8bb0\u5f55\u8303\u56f4(&R)\uff1a", None))
    # retranslateUi

