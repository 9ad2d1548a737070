# Generated from forms/notice_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        self.mainLayout = QVBoxLayout(NoticeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.visitorBox = QGroupBox(NoticeDialog)
        self.visitorBox.setObjectName(u"visitorBox")
        self.visitorGrid = QGridLayout(self.visitorBox)
        self.visitorGrid.setObjectName(u"visitorGrid")
        self.visitorNameLabel = QLabel(self.visitorBox)
        self.visitorNameLabel.setObjectName(u"visitorNameLabel")

        self.visitorGrid.addWidget(self.visitorNameLabel, 0, 0, 1, 1)

        self.visitorName = QLineEdit(self.visitorBox)
        self.visitorName.setObjectName(u"visitorName")
        self.visitorName.setMaxLength(50)

        self.visitorGrid.addWidget(self.visitorName, 0, 1, 1, 1)

        self.visitorUnitLabel = QLabel(self.visitorBox)
        self.visitorUnitLabel.setObjectName(u"visitorUnitLabel")

        self.visitorGrid.addWidget(self.visitorUnitLabel, 0, 2, 1, 1)

        self.visitorUnit = QLineEdit(self.visitorBox)
        self.visitorUnit.setObjectName(u"visitorUnit")
        self.visitorUnit.setMaxLength(100)

        self.visitorGrid.addWidget(self.visitorUnit, 0, 3, 1, 1)

        self.visitorPhoneLabel = QLabel(self.visitorBox)
        self.visitorPhoneLabel.setObjectName(u"visitorPhoneLabel")

        self.visitorGrid.addWidget(self.visitorPhoneLabel, 0, 4, 1, 1)

        self.visitorPhone = QLineEdit(self.visitorBox)
        self.visitorPhone.setObjectName(u"visitorPhone")
        self.visitorPhone.setMaxLength(40)

        self.visitorGrid.addWidget(self.visitorPhone, 0, 5, 1, 1)

        self.phoneMode = QCheckBox(self.visitorBox)
        self.phoneMode.setObjectName(u"phoneMode")

        self.visitorGrid.addWidget(self.phoneMode, 0, 6, 1, 1)

        self.visitorNameError = QLabel(self.visitorBox)
        self.visitorNameError.setObjectName(u"visitorNameError")
        self.visitorNameError.setText(u"")
        self.visitorNameError.setWordWrap(True)

        self.visitorGrid.addWidget(self.visitorNameError, 1, 1, 1, 1)

        self.visitorPhoneError = QLabel(self.visitorBox)
        self.visitorPhoneError.setObjectName(u"visitorPhoneError")
        self.visitorPhoneError.setText(u"")
        self.visitorPhoneError.setWordWrap(True)

        self.visitorGrid.addWidget(self.visitorPhoneError, 1, 5, 1, 1)


        self.mainLayout.addWidget(self.visitorBox)

        self.itemRow = QHBoxLayout()
        self.itemRow.setObjectName(u"itemRow")
        self.itemSearchLabel = QLabel(NoticeDialog)
        self.itemSearchLabel.setObjectName(u"itemSearchLabel")

        self.itemRow.addWidget(self.itemSearchLabel)

        self.itemSearch = QLineEdit(NoticeDialog)
        self.itemSearch.setObjectName(u"itemSearch")
        self.itemSearch.setClearButtonEnabled(True)

        self.itemRow.addWidget(self.itemSearch)


        self.mainLayout.addLayout(self.itemRow)

        self.itemList = QListWidget(NoticeDialog)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMaximumSize(QSize(16777215, 110))

        self.mainLayout.addWidget(self.itemList)

        self.itemTitle = QLabel(NoticeDialog)
        self.itemTitle.setObjectName(u"itemTitle")
        self.itemTitle.setText(u"")
        self.itemTitle.setWordWrap(True)
        self.itemTitle.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.itemTitle)

        self.modeStack = QStackedWidget(NoticeDialog)
        self.modeStack.setObjectName(u"modeStack")
        self.checkPage = QWidget()
        self.checkPage.setObjectName(u"checkPage")
        self.checkPageLayout = QVBoxLayout(self.checkPage)
        self.checkPageLayout.setObjectName(u"checkPageLayout")
        self.checkPageLayout.setContentsMargins(0, 0, 0, 0)
        self.checkSplitter = QSplitter(self.checkPage)
        self.checkSplitter.setObjectName(u"checkSplitter")
        self.checkSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.checkSplitter.setChildrenCollapsible(False)
        self.checkWidget = QWidget(self.checkSplitter)
        self.checkWidget.setObjectName(u"checkWidget")
        self.checkLayout = QVBoxLayout(self.checkWidget)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkLayout.setContentsMargins(0, 0, 0, 0)
        self.materialsLabel = QLabel(self.checkWidget)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.checkLayout.addWidget(self.materialsLabel)

        self.materialList = QListWidget(self.checkWidget)
        self.materialList.setObjectName(u"materialList")
        self.materialList.setAlternatingRowColors(True)
        self.materialList.setMinimumSize(QSize(420, 200))

        self.checkLayout.addWidget(self.materialList)

        self.tickButtons = QHBoxLayout()
        self.tickButtons.setObjectName(u"tickButtons")
        self.allHad = QPushButton(self.checkWidget)
        self.allHad.setObjectName(u"allHad")
        self.allHad.setAutoDefault(False)

        self.tickButtons.addWidget(self.allHad)

        self.noneHad = QPushButton(self.checkWidget)
        self.noneHad.setObjectName(u"noneHad")
        self.noneHad.setAutoDefault(False)

        self.tickButtons.addWidget(self.noneHad)

        self.tickSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tickButtons.addItem(self.tickSpacer)

        self.summaryLabel = QLabel(self.checkWidget)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.tickButtons.addWidget(self.summaryLabel)


        self.checkLayout.addLayout(self.tickButtons)

        self.checkSplitter.addWidget(self.checkWidget)
        self.itemText = QTextBrowser(self.checkSplitter)
        self.itemText.setObjectName(u"itemText")
        self.itemText.setOpenLinks(False)
        self.checkSplitter.addWidget(self.itemText)

        self.checkPageLayout.addWidget(self.checkSplitter)

        self.modeStack.addWidget(self.checkPage)
        self.phonePage = QWidget()
        self.phonePage.setObjectName(u"phonePage")
        self.phoneLayout = QVBoxLayout(self.phonePage)
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phoneLayout.setContentsMargins(0, 0, 0, 0)
        self.phoneHint = QLabel(self.phonePage)
        self.phoneHint.setObjectName(u"phoneHint")
        self.phoneHint.setWordWrap(True)

        self.phoneLayout.addWidget(self.phoneHint)

        self.phoneText = QTextBrowser(self.phonePage)
        self.phoneText.setObjectName(u"phoneText")
        self.phoneText.setOpenLinks(False)

        self.phoneLayout.addWidget(self.phoneText)

        self.modeStack.addWidget(self.phonePage)

        self.mainLayout.addWidget(self.modeStack)

        self.errorLabel = QLabel(NoticeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printNotice = QPushButton(NoticeDialog)
        self.printNotice.setObjectName(u"printNotice")

        self.buttonRow.addWidget(self.printNotice)

        self.printSupplement = QPushButton(NoticeDialog)
        self.printSupplement.setObjectName(u"printSupplement")
        self.printSupplement.setAutoDefault(False)

        self.buttonRow.addWidget(self.printSupplement)

        self.refuse = QPushButton(NoticeDialog)
        self.refuse.setObjectName(u"refuse")
        self.refuse.setAutoDefault(False)

        self.buttonRow.addWidget(self.refuse)

        self.phoneDone = QPushButton(NoticeDialog)
        self.phoneDone.setObjectName(u"phoneDone")
        self.phoneDone.setAutoDefault(False)

        self.buttonRow.addWidget(self.phoneDone)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(NoticeDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.visitorNameLabel.setBuddy(self.visitorName)
        self.visitorUnitLabel.setBuddy(self.visitorUnit)
        self.visitorPhoneLabel.setBuddy(self.visitorPhone)
        self.itemSearchLabel.setBuddy(self.itemSearch)
        self.materialsLabel.setBuddy(self.materialList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.visitorName, self.visitorUnit)
        QWidget.setTabOrder(self.visitorUnit, self.visitorPhone)
        QWidget.setTabOrder(self.visitorPhone, self.phoneMode)
        QWidget.setTabOrder(self.phoneMode, self.itemSearch)
        QWidget.setTabOrder(self.itemSearch, self.itemList)
        QWidget.setTabOrder(self.itemList, self.materialList)
        QWidget.setTabOrder(self.materialList, self.allHad)
        QWidget.setTabOrder(self.allHad, self.noneHad)
        QWidget.setTabOrder(self.noneHad, self.itemText)
        QWidget.setTabOrder(self.itemText, self.phoneText)
        QWidget.setTabOrder(self.phoneText, self.printNotice)
        QWidget.setTabOrder(self.printNotice, self.printSupplement)
        QWidget.setTabOrder(self.printSupplement, self.refuse)
        QWidget.setTabOrder(self.refuse, self.phoneDone)
        QWidget.setTabOrder(self.phoneDone, self.closeButton)

        self.retranslateUi(NoticeDialog)

        self.modeStack.setCurrentIndex(0)
        self.printNotice.setDefault(True)


        QMetaObject.connectSlotsByName(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"\u4e00\u6b21\u6027\u544a\u77e5", None))
        self.visitorBox.setTitle(QCoreApplication.translate("NoticeDialog", u"\u529e\u4e8b\u4eba", None))
        self.visitorNameLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u59d3\u540d(&N)", None))
        self.visitorUnitLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u5355\u4f4d(&U)", None))
        self.visitorPhoneLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u7535\u8bdd(&T)", None))
        self.phoneMode.setText(QCoreApplication.translate("NoticeDialog", u"\u6765\u7535\uff1a\u7535\u8bdd\u544a\u77e5(&M)", None))
#if QT_CONFIG(tooltip)
        self.phoneMode.setToolTip(QCoreApplication.translate("NoticeDialog", u"\u6765\u7535\u54a8\u8be2\u65f6\u4e0d\u5fc5\u6253\u5370\uff1a\u5411\u6765\u7535\u4eba\u5ba3\u8bfb\u544a\u77e5\u5185\u5bb9\u540e\u70b9\u201c\u5df2\u7535\u8bdd\u544a\u77e5\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.itemSearchLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u4e8b\u9879(&I)", None))
        self.itemSearch.setPlaceholderText(QCoreApplication.translate("NoticeDialog", u"\u8f93\u5165\u4e8b\u9879\u540d\u79f0\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\u67e5\u627e\uff08\u5982 dbsq \u67e5\u201c\u4f4e\u4fdd\u7533\u8bf7\u201d\uff09\uff0c\u2193 \u9009\u62e9\uff0c\u56de\u8f66\u786e\u5b9a", None))
        self.materialsLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u7533\u8bf7\u6750\u6599\u6e05\u5355\uff1a\u52fe\u9009\u529e\u4e8b\u4eba\u5df2\u5e26\u6765\u7684\u6750\u6599\uff08\u7a7a\u683c\u952e\u52fe\u9009/\u53d6\u6d88\uff09(&L)", None))
        self.allHad.setText(QCoreApplication.translate("NoticeDialog", u"\u5168\u90e8\u5df2\u5e26(&A)", None))
        self.noneHad.setText(QCoreApplication.translate("NoticeDialog", u"\u5168\u90e8\u672a\u5e26(&Z)", None))
        self.phoneHint.setText(QCoreApplication.translate("NoticeDialog", u"\u7535\u8bdd\u544a\u77e5\uff1a\u8bf7\u5411\u6765\u7535\u4eba\u9010\u9879\u5ba3\u8bfb\u4ee5\u4e0b\u5185\u5bb9\uff0c\u786e\u8ba4\u5bf9\u65b9\u8bb0\u4e0b\u540e\u70b9\u201c\u5df2\u7535\u8bdd\u544a\u77e5\u201d\u3002", None))
        self.printNotice.setText(QCoreApplication.translate("NoticeDialog", u"\u6253\u5370\u4e00\u6b21\u6027\u544a\u77e5\u5355(&P)", None))
#if QT_CONFIG(tooltip)
        self.printNotice.setToolTip(QCoreApplication.translate("NoticeDialog", u"\u6253\u5370\u5e26\u6750\u6599\u52fe\u9009\u6e05\u5355\u7684\u4e00\u6b21\u6027\u544a\u77e5\u5355\uff08Ctrl+P\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.printSupplement.setText(QCoreApplication.translate("NoticeDialog", u"\u6253\u5370\u8865\u6b63\u6750\u6599\u901a\u77e5\u4e66(&S)", None))
        self.refuse.setText(QCoreApplication.translate("NoticeDialog", u"\u4e0d\u4e88\u53d7\u7406/\u5426\u5b9a\u62a5\u5907(&R)\u2026", None))
        self.phoneDone.setText(QCoreApplication.translate("NoticeDialog", u"\u5df2\u7535\u8bdd\u544a\u77e5(&D)", None))
        self.closeButton.setText(QCoreApplication.translate("NoticeDialog", u"\u5173\u95ed", None))
    # retranslateUi

