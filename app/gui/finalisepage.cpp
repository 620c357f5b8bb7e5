#include "finalisepage.h"
#include "ui_finalisepage.h"

#include "casesession.h"
#include "core/qualitychecks.h"
#include "dialogutil.h"
#include "textfield.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>

#include <algorithm>

namespace hearth {

namespace {

constexpr int kStepRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;

bool askWithMessageBox(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, FinalisePage::tr("Finalise the assessment"), question,
        QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(FinalisePage::tr("Finalise"), QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(FinalisePage::tr("Not yet"), QMessageBox::RejectRole);
    yes->setAccessibleName(FinalisePage::tr("Finalise"));
    no->setAccessibleName(FinalisePage::tr("Not yet"));
    // A deliberate step: Enter alone does not finalise.
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace

FinalisePage::FinalisePage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::CheckAndFinalise, session, parent)
    , confirm(askWithMessageBox)
    , ui(std::make_unique<Ui::FinalisePage>())
{
    ui->setupUi(this);
    // Framed and in words, so the state does not rest on colour.
    ui->finaliseStatusLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #8a6d00; color: #2e2400; }"));
    // Room for several checks, with the Finalise button still in view at 1366x768.
    ui->checksList->setFixedHeight(ui->checksList->fontMetrics().height() * 11);
    // Finding a check and going to it is reading, not editing: it works on a finalised one too.
    ui->goToButton->setProperty("hearthAlwaysEnabled", true);
    ui->finaliseErrorLabel->hide();

    connect(ui->checksList, &QListWidget::itemActivated, this, [this] { goToSelected(); });
    connect(ui->checksList, &QListWidget::currentItemChanged, this, [this] {
        const QListWidgetItem *item = ui->checksList->currentItem();
        ui->goToButton->setEnabled(item && item->data(kStepRole).isValid());
    });
    connect(ui->goToButton, &QPushButton::clicked, this, &FinalisePage::goToSelected);
    connect(ui->finaliseButton, &QPushButton::clicked, this, &FinalisePage::finalise);
    connect(ui->newVersionButton, &QPushButton::clicked, this, &FinalisePage::startNewVersion);
    connect(ui->markSharedButton, &QPushButton::clicked, this, &FinalisePage::markShared);
    bindShared();
}

FinalisePage::~FinalisePage() = default;

void FinalisePage::goToSelected()
{
    const QListWidgetItem *item = ui->checksList->currentItem();
    if (item && item->data(kStepRole).isValid())
        emit goToStep(AssessmentStep(item->data(kStepRole).toInt()));
}

bool FinalisePage::finalise()
{
    if (session().isReadOnly())
        return false;
    const QList<QualityCheck> checks = QualityChecks::run(record());
    if (QualityChecks::blocksFinalising(checks)) {
        dialogutil::showInlineMessage(ui->finaliseErrorLabel,
            tr("Not finalised: fix the checks marked “Must fix” first."), true);
        return false;
    }
    const qsizetype warnings = checks.size();
    QString question = tr("Finalise the assessment of %1?").arg(record().person.fullName());
    question += QLatin1Char(' ')
        + tr("It becomes read-only: a later change starts a new version of it.");
    if (warnings > 0)
        question += QLatin1Char(' ')
            + (warnings == 1 ? tr("One check is still worth a look; it does not stop you "
                                  "finalising.")
                             : tr("%1 checks are still worth a look; they do not stop you "
                                  "finalising.")
                                   .arg(warnings));
    if (!confirm || !confirm(this, question))
        return false;

    const QDate day = today();
    const QUuid assessment = record().assessment.id;
    // Set first: finalising tells every page it is read-only, this one included.
    m_finalisedAssessment = assessment;
    m_finalisedOn = day;
    const Status status = session().finalise(day);
    if (!status) {
        m_finalisedAssessment = QUuid();
        m_finalisedOn = QDate();
        dialogutil::showInlineMessage(ui->finaliseErrorLabel,
            tr("The assessment was not finalised. %1").arg(status.error()), true);
        return false;
    }
    dialogutil::showInlineMessage(ui->finaliseErrorLabel, {}, false);
    recordChanged();
    ui->newVersionButton->setFocus(Qt::OtherFocusReason);
    return true;
}

bool FinalisePage::startNewVersion()
{
    if (!session().isReadOnly())
        return false;
    const Status status = session().startNewVersion(today());
    if (!status) {
        dialogutil::showInlineMessage(
            ui->finaliseErrorLabel, tr("No new version was started. %1").arg(status.error()), true);
        return false;
    }
    dialogutil::showInlineMessage(ui->finaliseErrorLabel, {}, false);
    recordChanged();
    ui->checksList->setFocus(Qt::OtherFocusReason);
    return true;
}

bool FinalisePage::markShared()
{
    if (session().isReadOnly())
        return false;
    const QDate day = today();
    // The draft goes to the person to comment on before it is final (Care Act 2014 s25(3):
    // the person is involved in preparing their plan). It is not locked: it can still change.
    if (!session().editPlan([&](Plan &p) {
            if (!p.shared)
                p.shared = SharedDraft {};
            p.shared->sharedOn = day;
        }))
        return false;
    session().editAssessment([](Assessment &a) { a.status = AssessmentStatus::SharedWithPerson; });
    load(); // the date, and the rest, into the fields now shown
    ui->sharedHowCombo->setFocus(Qt::OtherFocusReason);
    // The fields now shown are below the fold on a small screen: bring them into view, as Tab
    // would.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(ui->sharedDetails, 0, 0);
            break;
        }
    }
    return true;
}

void FinalisePage::setReadOnly(bool readOnly)
{
    StepPage::setReadOnly(readOnly);
    updateState(QualityChecks::run(record()));
    updateShared();
}

void FinalisePage::loadPage()
{
    // Entering the step starts at the top of the list, where the checks that block are.
    const QSignalBlocker blocker(ui->checksList);
    ui->checksList->setCurrentRow(-1);
    loadSharedHow();
}

void FinalisePage::recordChanged()
{
    const QList<QualityCheck> checks = QualityChecks::run(record());
    updateChecks(checks);
    updateState(checks);
    updateShared();
}

// The draft shared with the person -------------------------------------------------------

namespace {

// Writes to the shared draft, starting its record if it has none yet (a draft recorded as
// shared by an earlier version of Hearth, or in a case file, may not have one).
void editShared(CaseSession &session, const std::function<void(SharedDraft &)> &change)
{
    session.editPlan([&](Plan &p) {
        if (!p.shared)
            p.shared = SharedDraft {};
        change(*p.shared);
    });
}

} // namespace

void FinalisePage::bindShared()
{
    ui->commentsField->setVisibleLines(2);
    const QSignalBlocker blocker(ui->sharedHowCombo);
    ui->sharedHowCombo->addItems({tr("Printed and left with them"), tr("Posted to them"),
        tr("Emailed to them"), tr("Read through with them")});
    ui->sharedHowCombo->lineEdit()->setAccessibleName(ui->sharedHowCombo->accessibleName());
    ui->sharedHowCombo->view()->setAccessibleName(tr("Ways of sharing the draft"));
    ui->sharedHowCombo->lineEdit()->setPlaceholderText(
        tr("Printed, posted, emailed, read through with them…"));
    if (auto *line = ui->sharedOnEdit->findChild<QLineEdit *>())
        line->setAccessibleName(ui->sharedOnEdit->accessibleName());

    bindDate(
        ui->sharedOnEdit,
        [](const AssessmentRecord &r) { return r.plan.shared ? r.plan.shared->sharedOn : QDate(); },
        [](CaseSession &s, const QDate &day) {
            editShared(s, [&](SharedDraft &d) { d.sharedOn = day; });
        });
    bindText(
        ui->commentsField,
        [](const AssessmentRecord &r) {
            return r.plan.shared ? r.plan.shared->personsComments : QString();
        },
        [](CaseSession &s, const QString &text) {
            editShared(s, [&](SharedDraft &d) { d.personsComments = text; });
        });
    fillAnswers(ui->agreesCombo);
    ui->agreesCombo->setItemText(
        ui->agreesCombo->findData(int(Answer::Unknown)), tr("Not known yet"));
    bindAnswer(
        ui->agreesCombo,
        [](const AssessmentRecord &r) {
            return r.plan.shared ? r.plan.shared->personAgrees : Answer::Unknown;
        },
        [](CaseSession &s, const Answer &answer) {
            editShared(s, [&](SharedDraft &d) { d.personAgrees = answer; });
        });
    // Free text with suggestions: typed, or a suggestion chosen with the arrow keys.
    connect(ui->sharedHowCombo, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (isLoading() || session().isReadOnly())
            return;
        if (record().plan.shared && record().plan.shared->how == text)
            return;
        editShared(session(), [&](SharedDraft &d) { d.how = text; });
    });
}

void FinalisePage::loadSharedHow()
{
    const QString how = record().plan.shared ? record().plan.shared->how : QString();
    if (ui->sharedHowCombo->currentText() == how)
        return;
    const QSignalBlocker blocker(ui->sharedHowCombo);
    // Index -1: the text is the record's own words, not the first suggestion by default.
    ui->sharedHowCombo->setCurrentIndex(-1);
    ui->sharedHowCombo->setEditText(how);
}

void FinalisePage::updateShared()
{
    const Assessment &a = record().assessment;
    const std::optional<SharedDraft> &shared = record().plan.shared;
    const bool finalised = a.status == AssessmentStatus::Finalised;
    const bool isShared = shared || a.status == AssessmentStatus::SharedWithPerson;
    const QString name = record().person.displayName();

    QString status;
    if (isShared) {
        const QDate on = shared ? shared->sharedOn : QDate();
        QString how = shared ? shared->how.trimmed() : QString();
        while (how.endsWith(QLatin1Char('.')))
            how.chop(1); // the sentence has its own full stop
        status = on.isValid()
            ? tr("The draft was shared with %1 on %2.")
                  .arg(name, on.toString(QStringLiteral("dd/MM/yyyy")))
            : tr("The draft was shared with %1; the date is not recorded.").arg(name);
        if (!how.isEmpty())
            status += QLatin1Char(' ') + tr("How: %1.").arg(how);
        if (!finalised)
            status += QLatin1Char(' ')
                + tr("It can still be changed before it is finalised. Record what %1 said about "
                     "it.")
                      .arg(name);
    } else if (finalised) {
        status
            = tr("The draft was not recorded as shared with %1 before it was finalised.").arg(name);
    } else {
        status = tr("Not shared with %1 yet. Share the draft so that they can say what they "
                    "think before it is finalised; it can still be changed afterwards.")
                     .arg(name);
    }
    if (ui->sharedStatusLabel->text() != status) {
        ui->sharedStatusLabel->setText(status);
        ui->sharedStatusLabel->setAccessibleDescription(status);
    }
    ui->markSharedButton->setVisible(!isShared && !finalised);
    ui->markSharedButton->setEnabled(!session().isReadOnly());
    ui->sharedDetails->setVisible(isShared);
    if (!ui->sharedHowCombo->hasFocus())
        loadSharedHow();
}

void FinalisePage::updateChecks(const QList<QualityCheck> &checks)
{
    // Rebuilt on every edit; the check the practitioner was on stays chosen if still there.
    const QListWidgetItem *current = ui->checksList->currentItem();
    const QString currentCode = current ? current->data(kCodeRole).toString() : QString();
    const QString currentText = current ? current->text() : QString();
    const int currentRow = ui->checksList->currentRow();

    const QSignalBlocker blocker(ui->checksList);
    ui->checksList->clear();
    if (checks.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing missing."), ui->checksList);
        item->setFlags(Qt::ItemIsEnabled);
    }
    int keep = -1;
    int sameCode = -1;
    for (const QualityCheck &check : checks) {
        const bool blocking = check.severity == CheckSeverity::Blocking;
        const int stepNumber = int(check.step) + 1;
        const QString where
            = tr("Step %1, %2").arg(stepNumber).arg(AssessmentFlow::title(check.step));
        const QString text = blocking ? tr("✗ Must fix — %1: %2").arg(where, check.message)
                                      : tr("! Check — %1: %2").arg(where, check.message);
        auto *item = new QListWidgetItem(text, ui->checksList);
        item->setData(kStepRole, int(check.step));
        item->setData(kCodeRole, check.code);
        item->setData(Qt::AccessibleTextRole,
            blocking ? tr("Must fix before finalising, %1: %2").arg(where, check.message)
                     : tr("To check, does not block, %1: %2").arg(where, check.message));
        item->setToolTip(tr("Go to %1 (Enter)").arg(AssessmentFlow::title(check.step)));
        if (blocking)
            item->setForeground(QColor(0x9b, 0x1c, 0x1c));
        const int row = ui->checksList->count() - 1;
        if (text == currentText)
            keep = row;
        else if (sameCode < 0 && !currentCode.isEmpty() && check.code == currentCode)
            sameCode = row;
    }
    if (keep < 0)
        keep = sameCode;
    if (keep < 0 && !checks.isEmpty())
        keep = std::clamp(currentRow, 0, ui->checksList->count() - 1);
    if (keep >= 0)
        ui->checksList->setCurrentRow(keep);
    const QListWidgetItem *item = ui->checksList->currentItem();
    ui->goToButton->setEnabled(item && item->data(kStepRole).isValid());
}

void FinalisePage::updateState(const QList<QualityCheck> &checks)
{
    const bool readOnly = session().isReadOnly();
    const bool finalised = record().assessment.status == AssessmentStatus::Finalised;
    int blocking = 0;
    for (const QualityCheck &check : checks) {
        if (check.severity == CheckSeverity::Blocking)
            ++blocking;
    }
    const int warnings = int(checks.size()) - blocking;

    QString summary;
    if (checks.isEmpty())
        summary = tr("Nothing missing.");
    else if (blocking == 0)
        summary = tr("Nothing must be fixed; %1 to check.").arg(warnings);
    else
        summary
            = tr("%1 must be fixed before finalising; %2 to check.").arg(blocking).arg(warnings);
    ui->checksSummaryLabel->setText(summary);
    ui->checksList->setAccessibleDescription(
        tr("%1 Press Enter on a check to go to its step.").arg(summary));

    QString status;
    if (finalised) {
        const bool dayKnown
            = m_finalisedAssessment == record().assessment.id && m_finalisedOn.isValid();
        status = dayKnown ? tr("Finalised on %1. The assessment is read-only: to change anything, "
                               "start a new version.")
                                .arg(m_finalisedOn.toString(QStringLiteral("dd/MM/yyyy")))
                          : tr("Finalised. The assessment is read-only: to change anything, "
                               "start a new version.");
    } else if (blocking > 0) {
        // DESIGN 2.7: hard gaps block finalising.
        status = blocking == 1
            ? tr("Finalising is blocked: one check marked “Must fix” above must be fixed first.")
            : tr("Finalising is blocked: %1 checks marked “Must fix” above must be fixed first.")
                  .arg(blocking);
    } else if (warnings > 0) {
        status = warnings == 1
            ? tr("Ready to finalise. One check above is worth a look first; it does not block "
                 "finalising.")
            : tr("Ready to finalise. %1 checks above are worth a look first; they do not block "
                 "finalising.")
                  .arg(warnings);
    } else {
        status = tr("Ready to finalise: nothing is missing.");
    }
    ui->finaliseStatusLabel->setText(status);
    ui->finaliseStatusLabel->setAccessibleDescription(status);

    ui->finaliseButton->setEnabled(!readOnly && blocking == 0);
    ui->finaliseButton->setVisible(!finalised);
    ui->newVersionButton->setVisible(finalised);
    ui->newVersionButton->setEnabled(finalised && readOnly);
    const QListWidgetItem *item = ui->checksList->currentItem();
    ui->goToButton->setEnabled(item && item->data(kStepRole).isValid());
}

} // namespace hearth
