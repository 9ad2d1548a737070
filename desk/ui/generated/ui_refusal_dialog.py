# Generated from forms/refusal_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RefusalDialog(object):
    def setupUi(self, RefusalDialog):
        if not RefusalDialog.objectName():
            RefusalDialog.setObjectName(u"RefusalDialog")
        self.mainLayout = QVBoxLayout(RefusalDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(RefusalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.matterTitle = QLabel(RefusalDialog)
        self.matterTitle.setObjectName(u"matterTitle")

        self.formGrid.addWidget(self.matterTitle, 0, 0, 1, 1)

        self.matter = QLineEdit(RefusalDialog)
        self.matter.setObjectName(u"matter")
        self.matter.setMaxLength(200)

        self.formGrid.addWidget(self.matter, 0, 1, 1, 3)

        self.matterError = QLabel(RefusalDialog)
        self.matterError.setObjectName(u"matterError")
        self.matterError.setText(u"")
        self.matterError.setWordWrap(True)

        self.formGrid.addWidget(self.matterError, 1, 1, 1, 3)

        self.applicantUnitLabel = QLabel(RefusalDialog)
        self.applicantUnitLabel.setObjectName(u"applicantUnitLabel")

        self.formGrid.addWidget(self.applicantUnitLabel, 2, 0, 1, 1)

        self.applicantUnit = QLineEdit(RefusalDialog)
        self.applicantUnit.setObjectName(u"applicantUnit")
        self.applicantUnit.setMaxLength(100)

        self.formGrid.addWidget(self.applicantUnit, 2, 1, 1, 3)

        self.applicantNameLabel = QLabel(RefusalDialog)
        self.applicantNameLabel.setObjectName(u"applicantNameLabel")

        self.formGrid.addWidget(self.applicantNameLabel, 3, 0, 1, 1)

        self.applicantName = QLineEdit(RefusalDialog)
        self.applicantName.setObjectName(u"applicantName")
        self.applicantName.setMaxLength(50)

        self.formGrid.addWidget(self.applicantName, 3, 1, 1, 1)

        self.applicantPhoneLabel = QLabel(RefusalDialog)
        self.applicantPhoneLabel.setObjectName(u"applicantPhoneLabel")

        self.formGrid.addWidget(self.applicantPhoneLabel, 3, 2, 1, 1)

        self.applicantPhone = QLineEdit(RefusalDialog)
        self.applicantPhone.setObjectName(u"applicantPhone")
        self.applicantPhone.setMaxLength(40)

        self.formGrid.addWidget(self.applicantPhone, 3, 3, 1, 1)

        self.applicantNameError = QLabel(RefusalDialog)
        self.applicantNameError.setObjectName(u"applicantNameError")
        self.applicantNameError.setText(u"")
        self.applicantNameError.setWordWrap(True)

        self.formGrid.addWidget(self.applicantNameError, 4, 1, 1, 1)

        self.applicantPhoneError = QLabel(RefusalDialog)
        self.applicantPhoneError.setObjectName(u"applicantPhoneError")
        self.applicantPhoneError.setText(u"")
        self.applicantPhoneError.setWordWrap(True)

        self.formGrid.addWidget(self.applicantPhoneError, 4, 3, 1, 1)

        self.reasonChoiceLabel = QLabel(RefusalDialog)
        self.reasonChoiceLabel.setObjectName(u"reasonChoiceLabel")

        self.formGrid.addWidget(self.reasonChoiceLabel, 5, 0, 1, 1)

        self.reasonChoice = QComboBox(RefusalDialog)
        self.reasonChoice.setObjectName(u"reasonChoice")

        self.formGrid.addWidget(self.reasonChoice, 5, 1, 1, 3)

        self.reasonLabel = QLabel(RefusalDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formGrid.addWidget(self.reasonLabel, 6, 0, 1, 1)

        self.reason = QPlainTextEdit(RefusalDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumSize(QSize(0, 50))

        self.formGrid.addWidget(self.reason, 6, 1, 1, 3)

        self.reasonError = QLabel(RefusalDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)

        self.formGrid.addWidget(self.reasonError, 7, 1, 1, 3)

        self.basisLabel = QLabel(RefusalDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.formGrid.addWidget(self.basisLabel, 8, 0, 1, 1)

        self.basis = QPlainTextEdit(RefusalDialog)
        self.basis.setObjectName(u"basis")
        self.basis.setTabChangesFocus(True)
        self.basis.setMinimumSize(QSize(0, 50))

        self.formGrid.addWidget(self.basis, 8, 1, 1, 3)

        self.handlerOpinionLabel = QLabel(RefusalDialog)
        self.handlerOpinionLabel.setObjectName(u"handlerOpinionLabel")

        self.formGrid.addWidget(self.handlerOpinionLabel, 9, 0, 1, 1)

        self.handlerOpinion = QPlainTextEdit(RefusalDialog)
        self.handlerOpinion.setObjectName(u"handlerOpinion")
        self.handlerOpinion.setTabChangesFocus(True)
        self.handlerOpinion.setMinimumSize(QSize(0, 50))

        self.formGrid.addWidget(self.handlerOpinion, 9, 1, 1, 3)

        self.leaderLabel = QLabel(RefusalDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.formGrid.addWidget(self.leaderLabel, 10, 0, 1, 1)

        self.leader = QComboBox(RefusalDialog)
        self.leader.setObjectName(u"leader")

        self.formGrid.addWidget(self.leader, 10, 1, 1, 1)

        self.leaderError = QLabel(RefusalDialog)
        self.leaderError.setObjectName(u"leaderError")
        self.leaderError.setText(u"")
        self.leaderError.setWordWrap(True)

        self.formGrid.addWidget(self.leaderError, 10, 2, 1, 2)

        self.leaderOpinionLabel = QLabel(RefusalDialog)
        self.leaderOpinionLabel.setObjectName(u"leaderOpinionLabel")

        self.formGrid.addWidget(self.leaderOpinionLabel, 11, 0, 1, 1)

        self.leaderOpinion = QPlainTextEdit(RefusalDialog)
        self.leaderOpinion.setObjectName(u"leaderOpinion")
        self.leaderOpinion.setTabChangesFocus(True)
        self.leaderOpinion.setMinimumSize(QSize(0, 40))

        self.formGrid.addWidget(self.leaderOpinion, 11, 1, 1, 3)

        self.returnedLabel = QLabel(RefusalDialog)
        self.returnedLabel.setObjectName(u"returnedLabel")

        self.formGrid.addWidget(self.returnedLabel, 12, 0, 1, 1)

        self.returnedMaterials = QLineEdit(RefusalDialog)
        self.returnedMaterials.setObjectName(u"returnedMaterials")

        self.formGrid.addWidget(self.returnedMaterials, 12, 1, 1, 3)


        self.mainLayout.addLayout(self.formGrid)

        self.errorLabel = QLabel(RefusalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(RefusalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.applicantUnitLabel.setBuddy(self.applicantUnit)
        self.applicantNameLabel.setBuddy(self.applicantName)
        self.applicantPhoneLabel.setBuddy(self.applicantPhone)
        self.reasonChoiceLabel.setBuddy(self.reasonChoice)
        self.reasonLabel.setBuddy(self.reason)
        self.basisLabel.setBuddy(self.basis)
        self.handlerOpinionLabel.setBuddy(self.handlerOpinion)
        self.leaderLabel.setBuddy(self.leader)
        self.leaderOpinionLabel.setBuddy(self.leaderOpinion)
        self.returnedLabel.setBuddy(self.returnedMaterials)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.matter, self.applicantUnit)
        QWidget.setTabOrder(self.applicantUnit, self.applicantName)
        QWidget.setTabOrder(self.applicantName, self.applicantPhone)
        QWidget.setTabOrder(self.applicantPhone, self.reasonChoice)
        QWidget.setTabOrder(self.reasonChoice, self.reason)
        QWidget.setTabOrder(self.reason, self.basis)
        QWidget.setTabOrder(self.basis, self.handlerOpinion)
        QWidget.setTabOrder(self.handlerOpinion, self.leader)
        QWidget.setTabOrder(self.leader, self.leaderOpinion)
        QWidget.setTabOrder(self.leaderOpinion, self.returnedMaterials)
        QWidget.setTabOrder(self.returnedMaterials, self.buttons)

        self.retranslateUi(RefusalDialog)

        QMetaObject.connectSlotsByName(RefusalDialog)
    # setupUi

    def retranslateUi(self, RefusalDialog):
        RefusalDialog.setWindowTitle(QCoreApplication.translate("RefusalDialog", u"\u4e0d\u4e88\u53d7\u7406 \u00b7 \u5426\u5b9a\u62a5\u5907\u767b\u8bb0", None))
        self.intro.setText(QCoreApplication.translate("RefusalDialog", u"\u51b3\u5b9a\u4e0d\u4e88\u53d7\u7406\u7684\u4e8b\u9879\u987b\u586b\u5199\u5426\u5b9a\u62a5\u5907\u767b\u8bb0\u8868\uff0c2\u4e2a\u5de5\u4f5c\u65e5\u5185\u62a5\u9886\u5bfc\u5ba1\u6279\uff0c\u5e76\u4e66\u9762\u544a\u77e5\u7533\u8bf7\u4eba\uff08\u6253\u5370\u4e0d\u4e88\u53d7\u7406\u901a\u77e5\u4e66\uff09\u3002", None))
        self.matterTitle.setText(QCoreApplication.translate("RefusalDialog", u"\u7533\u62a5\u4e8b\u9879", None))
        self.applicantUnitLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u7533\u62a5\u5355\u4f4d(&U)", None))
        self.applicantNameLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u7533\u62a5\u4eba\u59d3\u540d(&N)", None))
        self.applicantPhoneLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u8054\u7cfb\u7535\u8bdd(&T)", None))
        self.reasonChoiceLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u5e38\u7528\u7406\u7531(&C)", None))
        self.reasonLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u5426\u5b9a\u7406\u7531(&R)", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RefusalDialog", u"\u4e0d\u4e88\u53d7\u7406\u7684\u7406\u7531", None))
        self.basisLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u4f9d\u636e(&B)", None))
        self.basis.setPlaceholderText(QCoreApplication.translate("RefusalDialog", u"\u6cd5\u5f8b\u6cd5\u89c4\u3001\u6587\u4ef6\u4f9d\u636e\uff08\u6761\u6b3e\uff09", None))
        self.handlerOpinionLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u7ecf\u529e\u4eba\u610f\u89c1(&H)", None))
        self.leaderLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u7b7e\u7f72\u9886\u5bfc(&L)", None))
        self.leaderOpinionLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u9886\u5bfc\u610f\u89c1(&O)", None))
        self.leaderOpinion.setPlaceholderText(QCoreApplication.translate("RefusalDialog", u"\u9886\u5bfc\u5df2\u7b7e\u7f72\u610f\u89c1\u65f6\u586b\u5199\uff1b\u4e5f\u53ef\u7a0d\u540e\u5728\u201c\u5426\u5b9a\u62a5\u5907\u767b\u8bb0\u201d\u4e2d\u8865\u586b", None))
        self.returnedLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u9000\u8fd8\u6750\u6599(&M)", None))
        self.returnedMaterials.setPlaceholderText(QCoreApplication.translate("RefusalDialog", u"\u9000\u8fd8\u7ed9\u7533\u8bf7\u4eba\u7684\u6750\u6599\uff08\u7533\u8bf7\u4eba\u7b7e\u6536\uff09", None))
    # retranslateUi

