#include "assessmentview.h"
#include "ui_assessmentview.h"

#include "aboutpersonpage.h"
#include "casesession.h"
#include "core/qualitychecks.h"
#include "dialogutil.h"
#include "eligibilitypage.h"
#include "finalisepage.h"
#include "needspage.h"
#include "planpage.h"
#include "preventionpage.h"
#include "riskspage.h"
#include "strengthspage.h"
#include "wellbeingpage.h"
#include "whatmatterspage.h"

#include <QAction>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QScrollBar>
#include <QTimer>

namespace hearth {

namespace {

constexpr int kStepRole = Qt::UserRole + 1;

int indexOf(AssessmentStep step)
{
    return static_cast<int>(step);
}

} // namespace

AssessmentView::AssessmentView(Store &store, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AssessmentView>())
    , m_session(new CaseSession(store, this))
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->personLabel, 1.3);
    // The header keeps to its text; the steps and the page take the rest of the height.
    for (QWidget *w : {static_cast<QWidget *>(ui->personLabel),
             static_cast<QWidget *>(ui->stepLabel), static_cast<QWidget *>(ui->savedLabel)})
        w->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // A save that failed must catch the eye: dark red on pale red, readable at a glance and
    // above 7:1 contrast.
    ui->saveProblemLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fbe9e7; color: #7f1d1d; border: 1px solid #e0a39b; "
                       "border-radius: 4px; }"));

    m_pages = {
        new AboutPersonPage(*m_session),
        new WhatMattersPage(*m_session),
        new StrengthsPage(*m_session),
        new WellbeingPage(*m_session),
        new NeedsPage(*m_session),
        new PreventionPage(*m_session),
        new EligibilityPage(*m_session),
        new RisksPage(*m_session),
        new PlanPage(*m_session),
        new FinalisePage(*m_session),
    };
    for (StepPage *page : std::as_const(m_pages)) {
        page->setObjectName(page->objectName().isEmpty()
                ? QStringLiteral("page-") + AssessmentFlow::code(page->step())
                : page->objectName());
        ui->pageStack->addWidget(page);
        auto *item = new QListWidgetItem(ui->stepList);
        item->setData(kStepRole, indexOf(page->step()));
    }
    if (auto *finalise = qobject_cast<FinalisePage *>(page(AssessmentStep::CheckAndFinalise)))
        connect(finalise, &FinalisePage::goToStep, this, [this](AssessmentStep step) {
            goToStep(step);
            if (QWidget *first = page(step)->firstField())
                first->setFocus(Qt::ShortcutFocusReason);
        });
    ui->stepList->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    ui->checksPanel->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    ui->splitter->setStretchFactor(0, 0);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setStretchFactor(2, 0);

    connect(ui->stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            goToStep(m_pages.at(row)->step());
    });
    connect(ui->checksList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(kStepRole).isValid()) {
            goToStep(AssessmentStep(item->data(kStepRole).toInt()));
            if (QWidget *first = page(currentStep())->firstField())
                first->setFocus(Qt::ShortcutFocusReason);
        }
    });
    connect(ui->nextButton, &QPushButton::clicked, this, &AssessmentView::nextStep);
    connect(ui->previousButton, &QPushButton::clicked, this, &AssessmentView::previousStep);
    connect(ui->startReviewButton, &QPushButton::clicked, this, &AssessmentView::startReview);
    connect(ui->backButton, &QPushButton::clicked, this, [this] {
        if (closeCase())
            emit closed();
    });

    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { nextStep(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { previousStep(); });
    addShortcut(
        QKeySequence(Qt::Key_F6), [this] { ui->stepList->setFocus(Qt::ShortcutFocusReason); });
    addShortcut(
        QKeySequence(Qt::Key_F8), [this] { ui->checksList->setFocus(Qt::ShortcutFocusReason); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { ui->backButton->click(); });
    for (int i = 0; i < m_pages.size(); ++i) {
        const int digit = (i + 1) % 10; // Alt+1 ... Alt+9, then Alt+0 for the tenth step
        const AssessmentStep step = m_pages.at(i)->step();
        addShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)), [this, step] {
            goToStep(step);
            if (QWidget *first = page(step)->firstField())
                first->setFocus(Qt::ShortcutFocusReason);
        });
    }

    connect(m_session, &CaseSession::changed, this, [this] {
        updateProgress();
        updateChecks();
        updateHeader();
        // While saving fails the header keeps saying so: a keystroke must not hide it.
        if (ui->saveProblemLabel->isHidden())
            ui->savedLabel->setText(tr("Saving…"));
    });
    connect(m_session, &CaseSession::saved, this, &AssessmentView::updateSaved);
    connect(m_session, &CaseSession::saveFailed, this, &AssessmentView::showSaveProblem);
    connect(m_session, &CaseSession::opened, this, [this] {
        for (StepPage *page : std::as_const(m_pages)) {
            page->load();
            page->setReadOnly(m_session->isReadOnly());
        }
        updateProgress();
        updateChecks();
        updateHeader();
        updateSaved();
    });
    connect(m_session, &CaseSession::readOnlyChanged, this, &AssessmentView::updateHeader);
}

bool AssessmentView::startReview()
{
    const Status status = m_session->startReview(today());
    if (!status) {
        QMessageBox::warning(this, tr("Cannot start a review"), status.error());
        return false;
    }
    goToStep(AssessmentStep::AboutThePerson);
    if (QWidget *first = page(AssessmentStep::AboutThePerson)->firstField())
        first->setFocus(Qt::OtherFocusReason);
    return true;
}

AssessmentView::~AssessmentView()
{
    // The session is a child and saves the last words in its own destructor, after this
    // view's labels are gone: it must not report back to them.
    m_session->disconnect(this);
}

Status AssessmentView::openPerson(const QUuid &personId)
{
    const Status status = m_session->open(personId);
    if (!status)
        return status;
    goToStep(AssessmentStep::AboutThePerson);
    return {};
}

Status AssessmentView::closeCase()
{
    return m_session->close();
}

AssessmentStep AssessmentView::currentStep() const
{
    const int index = ui->pageStack->currentIndex();
    return index >= 0 ? m_pages.at(index)->step() : AssessmentStep::AboutThePerson;
}

StepPage *AssessmentView::page(AssessmentStep step) const
{
    return m_pages.value(indexOf(step));
}

void AssessmentView::goToStep(AssessmentStep step)
{
    const int index = indexOf(step);
    if (index < 0 || index >= m_pages.size())
        return;
    if (ui->pageStack->currentIndex() != index) {
        m_pages.at(index)->load();
        ui->pageStack->setCurrentIndex(index);
        ui->pageScroll->verticalScrollBar()->setValue(0);
    }
    if (ui->stepList->currentRow() != index) {
        const QSignalBlocker blocker(ui->stepList);
        ui->stepList->setCurrentRow(index);
    }
    ui->previousButton->setEnabled(index > 0);
    ui->nextButton->setEnabled(index + 1 < m_pages.size());
    updateHeader();
}

void AssessmentView::nextStep()
{
    const int index = indexOf(currentStep());
    if (index + 1 < m_pages.size()) {
        goToStep(m_pages.at(index + 1)->step());
        if (QWidget *first = m_pages.at(index + 1)->firstField())
            first->setFocus(Qt::TabFocusReason);
    }
}

void AssessmentView::previousStep()
{
    const int index = indexOf(currentStep());
    if (index > 0) {
        goToStep(m_pages.at(index - 1)->step());
        if (QWidget *first = m_pages.at(index - 1)->firstField())
            first->setFocus(Qt::BacktabFocusReason);
    }
}

void AssessmentView::updateProgress()
{
    const AssessmentRecord &record = m_session->record();
    for (int i = 0; i < m_pages.size(); ++i) {
        const AssessmentStep step = m_pages.at(i)->step();
        const StepProgress progress = AssessmentFlow::progress(step, record);
        QListWidgetItem *item = ui->stepList->item(i);
        const QString mark
            = progress.complete() ? QStringLiteral("✓") : tr("%1%").arg(progress.percent());
        item->setText(tr("%1. %2  %3").arg(i + 1).arg(AssessmentFlow::title(step), mark));
        item->setData(Qt::AccessibleTextRole,
            progress.complete()
                ? tr("Step %1, %2, complete").arg(i + 1).arg(AssessmentFlow::title(step))
                : tr("Step %1, %2, %3 of %4 answered")
                      .arg(i + 1)
                      .arg(AssessmentFlow::title(step))
                      .arg(progress.answered)
                      .arg(progress.total));
    }
}

void AssessmentView::updateChecks()
{
    const QList<QualityCheck> checks = QualityChecks::run(m_session->record());
    ui->checksList->clear();
    if (checks.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing missing."), ui->checksList);
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (const QualityCheck &check : checks) {
        const bool blocking = check.severity == CheckSeverity::Blocking;
        auto *item = new QListWidgetItem(ui->checksList);
        item->setText((blocking ? tr("Must fix: %1") : tr("Check: %1")).arg(check.message));
        item->setToolTip(tr("Go to %1").arg(AssessmentFlow::title(check.step)));
        item->setData(kStepRole, indexOf(check.step));
        item->setData(Qt::UserRole + 2, check.code);
        if (blocking)
            item->setForeground(QColor(0x9b, 0x1c, 0x1c));
    }
    ui->checksHeading->setText(
        checks.isEmpty() ? tr("Checks (F8)") : tr("Checks (F8): %1").arg(checks.size()));
}

void AssessmentView::updateHeader()
{
    const AssessmentRecord &record = m_session->record();
    QString name = record.person.listName();
    if (record.person.dateOfBirth.isValid())
        name += tr(", born %1")
                    .arg(record.person.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
    ui->personLabel->setText(name);
    const AssessmentStep step = currentStep();
    QString status;
    switch (record.assessment.status) {
    case AssessmentStatus::Draft:
        status
            = record.assessment.kind == AssessmentKind::Review ? tr("review, draft") : tr("draft");
        break;
    case AssessmentStatus::SharedWithPerson:
        status = tr("shared with the person");
        break;
    case AssessmentStatus::Finalised:
        status = record.assessment.kind == AssessmentKind::Review
            ? tr("review, finalised, read-only")
            : tr("finalised, read-only");
        break;
    }
    // DESIGN 2.6: a finalised plan is reviewed; the review starts from it.
    ui->startReviewButton->setVisible(record.assessment.status == AssessmentStatus::Finalised);
    ui->stepLabel->setText(tr("Step %1 of %2: %3 — assessment %4")
                               .arg(indexOf(step) + 1)
                               .arg(m_pages.size())
                               .arg(AssessmentFlow::title(step), status));
    if (QWidget *top = window())
        top->setWindowTitle(
            tr("%1 — %2 — Hearth").arg(record.person.displayName(), AssessmentFlow::title(step)));
}

void AssessmentView::showSaveProblem(const QString &why)
{
    // Nothing typed is lost (DESIGN 4): the words stay in the window and in CaseSession's
    // working copy, which tries again by itself; the practitioner is told why, in full, in a
    // banner across the window, until a save goes through.
    QString reason = why.trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    ui->savedLabel->setText(tr("Not saved"));
    ui->saveProblemLabel->setText(
        tr("Not saved yet: %1. Your words are kept here, and Hearth tries again every few "
           "seconds.")
            .arg(reason));
    ui->saveProblemLabel->setAccessibleDescription(ui->saveProblemLabel->text());
    ui->saveProblemLabel->show();
}

void AssessmentView::updateSaved()
{
    ui->saveProblemLabel->hide();
    const QDateTime at = m_session->lastSaved();
    ui->savedLabel->setText(
        at.isValid() ? tr("Saved %1").arg(at.toString(QStringLiteral("HH:mm:ss"))) : tr("Saved"));
}

} // namespace hearth
