#include "reviewsection.h"
#include "ui_reviewsection.h"

#include "casesession.h"
#include "documents/planpdf.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

// The statutory wording of a reviewed outcome: a carer's (reg 3(3)) in a review of a carer's
// plan, otherwise a specified outcome (reg 2(2)). Their codes overlap ("nutrition").
QString outcomeText(const QString &code, bool forCarer)
{
    if (forCarer) {
        if (const auto outcome = carerOutcomeFromCode(code))
            return statutoryText(*outcome);
    } else if (const auto outcome = specifiedOutcomeFromCode(code)) {
        return statutoryText(*outcome);
    }
    return code;
}

const ReviewDetails &reviewOf(const AssessmentRecord &r)
{
    static const ReviewDetails none;
    return r.assessment.review ? *r.assessment.review : none;
}

} // namespace

ReviewSection::ReviewSection(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::AboutThePerson, session, parent)
    , ui(std::make_unique<Ui::ReviewSection>())
{
    ui->setupUi(this);
    for (TextField *field : {ui->workingEdit, ui->notWorkingEdit, ui->changesInNeedsEdit,
             ui->changesInNetworkEdit, ui->budgetRationaleEdit})
        field->setVisibleLines(2);

    auto bindReview = [this](TextField *field, QString ReviewDetails::*member) {
        bindText(
            field, [member](const AssessmentRecord &r) { return reviewOf(r).*member; },
            [this, member](CaseSession &, const QString &text) {
                editReview([&](ReviewDetails &x) { x.*member = text; });
            });
    };
    bindReview(ui->workingEdit, &ReviewDetails::whatIsWorking);
    bindReview(ui->notWorkingEdit, &ReviewDetails::whatIsNotWorking);
    bindReview(ui->changesInNeedsEdit, &ReviewDetails::changesInNeeds);
    bindReview(ui->changesInNetworkEdit, &ReviewDetails::changesInNetwork);
    bindReview(ui->budgetRationaleEdit, &ReviewDetails::budgetRationale);

    m_conclusion = new QButtonGroup(this);
    m_conclusion->addButton(ui->noChangeRadio, int(ReviewConclusion::NoChange));
    m_conclusion->addButton(ui->planRevisedRadio, int(ReviewConclusion::PlanRevised));
    m_conclusion->addButton(ui->reassessmentRadio, int(ReviewConclusion::FullReassessment));
    connect(m_conclusion, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on && !isLoading())
            editReview([id](ReviewDetails &x) { x.conclusion = ReviewConclusion(id); });
    });
}

ReviewSection::~ReviewSection() = default;

QWidget *ReviewSection::firstField() const
{
    return ui->workingEdit;
}

QComboBox *ReviewSection::progressCombo(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).progress : nullptr;
}

QLineEdit *ReviewSection::notesEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).notes : nullptr;
}

void ReviewSection::editReview(const std::function<void(ReviewDetails &)> &change)
{
    session().editAssessment([&](Assessment &a) {
        if (a.review)
            change(*a.review);
    });
}

void ReviewSection::rebuildOutcomes()
{
    const ReviewDetails &review = reviewOf(record());
    QStringList codes;
    for (const ReviewedOutcome &outcome : review.outcomes)
        codes.append(outcome.outcomeCode);
    QStringList shown;
    for (const OutcomeRow &row : std::as_const(m_rows))
        shown.append(row.code);
    if (codes == shown)
        return;

    for (const OutcomeRow &row : std::as_const(m_rows)) {
        delete row.label;
        delete row.progress;
        delete row.notes;
    }
    m_rows.clear();
    const bool forCarer = record().assessment.forCarer();
    for (int i = 0; i < codes.size(); ++i) {
        OutcomeRow row;
        row.code = codes.at(i);
        const QString text = outcomeText(row.code, forCarer);
        row.label = new QLabel(text, this);
        row.label->setWordWrap(true);
        row.progress = new QComboBox(this);
        row.progress->addItem(tr("Not reviewed yet"), int(OutcomeProgress::NotReviewed));
        row.progress->addItem(tr("Achieved"), int(OutcomeProgress::Achieved));
        row.progress->addItem(tr("Partly achieved"), int(OutcomeProgress::PartlyAchieved));
        row.progress->addItem(tr("Not achieved"), int(OutcomeProgress::NotAchieved));
        row.progress->setAccessibleName(tr("How far this was achieved: %1").arg(text));
        row.label->setBuddy(row.progress);
        row.notes = new QLineEdit(this);
        row.notes->setPlaceholderText(tr("In the person's words"));
        row.notes->setAccessibleName(tr("Notes on %1").arg(text));
        ui->outcomesLayout->addWidget(row.label, i, 0);
        ui->outcomesLayout->addWidget(row.progress, i, 1);
        ui->outcomesLayout->addWidget(row.notes, i, 2);
        // A layout shows new children only later, from the event loop; the keyboard may
        // reach for them before that.
        for (QWidget *w : {static_cast<QWidget *>(row.label), static_cast<QWidget *>(row.progress),
                 static_cast<QWidget *>(row.notes)})
            w->show();

        const QString code = row.code;
        QComboBox *combo = row.progress;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, code, combo](int index) {
            if (isLoading() || index < 0)
                return;
            const auto progress = OutcomeProgress(combo->itemData(index).toInt());
            editReview([&](ReviewDetails &x) {
                for (ReviewedOutcome &outcome : x.outcomes) {
                    if (outcome.outcomeCode == code)
                        outcome.progress = progress;
                }
            });
        });
        connect(row.notes, &QLineEdit::textEdited, this, [this, code](const QString &text) {
            if (isLoading())
                return;
            editReview([&](ReviewDetails &x) {
                for (ReviewedOutcome &outcome : x.outcomes) {
                    if (outcome.outcomeCode == code)
                        outcome.notes = text;
                }
            });
        });
        m_rows.append(row);
    }
    // New controls join the end of the tab chain: put them where they are seen, between
    // what is not working and the changes in needs.
    QWidget *previous = ui->notWorkingEdit;
    for (const OutcomeRow &row : std::as_const(m_rows)) {
        setTabOrder(previous, row.progress);
        setTabOrder(row.progress, row.notes);
        previous = row.notes;
    }
    setTabOrder(previous, ui->changesInNeedsEdit);
    ui->outcomesLayout->setColumnStretch(0, 2);
    ui->outcomesLayout->setColumnStretch(2, 3);
    ui->outcomesHeading->setText(codes.isEmpty()
            ? tr("The plan reviewed found no outcome the person was unable to achieve.")
            : tr("How far each outcome the plan set out to meet was achieved:"));
    // The new controls follow the permissions of the rest of the page.
    setReadOnly(session().isReadOnly());
}

void ReviewSection::loadPage()
{
    rebuildOutcomes();
    const ReviewDetails &review = reviewOf(record());
    for (const OutcomeRow &row : std::as_const(m_rows)) {
        for (const ReviewedOutcome &outcome : review.outcomes) {
            if (outcome.outcomeCode != row.code)
                continue;
            row.progress->setCurrentIndex(row.progress->findData(int(outcome.progress)));
            if (row.notes->text() != outcome.notes)
                row.notes->setText(outcome.notes);
        }
    }
    // No radio checked means not decided yet: an exclusive group cannot uncheck its last.
    m_conclusion->setExclusive(false);
    for (QAbstractButton *button : m_conclusion->buttons())
        button->setChecked(m_conclusion->id(button) == int(review.conclusion));
    m_conclusion->setExclusive(true);
}

void ReviewSection::recordChanged()
{
    const AssessmentRecord &r = record();
    const ReviewDetails &review = reviewOf(r);
    ui->reviewOfLabel->setText(
        tr("Reviewing revision %1 of the %2. Start from the plan as it stands: ask the person "
           "what is working and what is not.")
            .arg(review.reviewedPlanRevision)
            .arg(r.assessment.forCarer() ? tr("carer's support plan")
                                         : tr("care and support plan")));

    const PersonalBudget &budget = r.plan.budget;
    const bool lowered = review.lowersBudget(budget);
    QString budgetText;
    if (review.budgetBefore) {
        const QString now
            = budget.confirmedWeekly ? PlanPdf::weekly(*budget.confirmedWeekly) : tr("none");
        budgetText = tr("Confirmed personal budget before this review: %1. Now: %2 (change it on "
                        "the Plan step).")
                         .arg(PlanPdf::weekly(*review.budgetBefore), now);
        if (lowered)
            budgetText += u' ' + tr("It is lower: write why before finalising.");
    }
    ui->budgetLabel->setText(budgetText);
    ui->budgetLabel->setVisible(!budgetText.isEmpty());
    // The rationale is asked for when the budget is lower, and kept in view once written.
    const bool askRationale = lowered || !review.budgetRationale.trimmed().isEmpty();
    ui->budgetRationaleLabel->setVisible(askRationale);
    ui->budgetRationaleEdit->setVisible(askRationale);
}

} // namespace hearth
