# Generated from forms/leader_opinion_dialog.ui by desk.ui.build_forms — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeaderOpinionDialog(object):
    def setupUi(self, LeaderOpinionDialog):
        if not LeaderOpinionDialog.objectName():
            LeaderOpinionDialog.setObjectName(u"LeaderOpinionDialog")
        self.mainLayout = QVBoxLayout(LeaderOpinionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.recordLabel = QLabel(LeaderOpinionDialog)
        self.recordLabel.setObjectName(u"recordLabel")
        self.recordLabel.setText(u"")
        self.recordLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.recordLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.leaderLabel = QLabel(LeaderOpinionDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QComboBox(LeaderOpinionDialog)
        self.leader.setObjectName(u"leader")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leader)

        self.opinionLabel = QLabel(LeaderOpinionDialog)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.opinionLabel)

        self.opinion = QPlainTextEdit(LeaderOpinionDialog)
        self.opinion.setObjectName(u"opinion")
        self.opinion.setTabChangesFocus(True)
        self.opinion.setMinimumSize(QSize(0, 80))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.opinion)

        self.opinionError = QLabel(LeaderOpinionDialog)
        self.opinionError.setObjectName(u"opinionError")
        self.opinionError.setText(u"")
        self.opinionError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opinionError)

        self.reportedLabel = QLabel(LeaderOpinionDialog)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedOn = QDateEdit(LeaderOpinionDialog)
        self.reportedOn.setObjectName(u"reportedOn")
        self.reportedOn.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reportedOn)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(LeaderOpinionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(LeaderOpinionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.leaderLabel.setBuddy(self.leader)
        self.opinionLabel.setBuddy(self.opinion)
        self.reportedLabel.setBuddy(self.reportedOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leader, self.opinion)
        QWidget.setTabOrder(self.opinion, self.reportedOn)
        QWidget.setTabOrder(self.reportedOn, self.buttons)

        self.retranslateUi(LeaderOpinionDialog)

        QMetaObject.connectSlotsByName(LeaderOpinionDialog)
    # setupUi

    def retranslateUi(self, LeaderOpinionDialog):
        LeaderOpinionDialog.setWindowTitle(QCoreApplication.translate("LeaderOpinionDialog", u"\u9886\u5bfc\u610f\u89c1", None))
        self.leaderLabel.setText(QCoreApplication.translate("LeaderOpinionDialog", u"\u7b7e\u7f72\u9886\u5bfc(&L)", None))
        self.opinionLabel.setText(QCoreApplication.translate("LeaderOpinionDialog", u"\u9886\u5bfc\u610f\u89c1(&O)", None))
        self.reportedLabel.setText(QCoreApplication.translate("LeaderOpinionDialog", u"\u62a5\u5907\u65e5\u671f(&D)", None))
        self.reportedOn.setDisplayFormat(QCoreApplication.translate("LeaderOpinionDialog", u"yyyy-MM-dd", None))
    # retranslateUi

