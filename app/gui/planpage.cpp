#include "planpage.h"
#include "ui_planpage.h"

#include "casesession.h"
#include "core/eligibility.h"
#include "dialogutil.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hearth {

namespace {

QString needText(const Need &need)
{
    const QString text = need.description.trimmed();
    return text.isEmpty() ? PlanPage::tr("A need not described yet") : text;
}

QString metByText(NeedMetBy metBy)
{
    switch (metBy) {
    case NeedMetBy::PersonsOwnStrengths:
        return PlanPage::tr("their own strengths");
    case NeedMetBy::Network:
        return PlanPage::tr("family, friends or neighbours");
    case NeedMetBy::Community:
        return PlanPage::tr("community groups or services");
    case NeedMetBy::Council:
        return PlanPage::tr("the council");
    case NeedMetBy::NotMet:
        return PlanPage::tr("nobody: not met");
    case NeedMetBy::NotYetDecided:
        break;
    }
    return PlanPage::tr("not decided yet");
}

// A heading and a bulleted list, or the heading and a line saying there is nothing.
QString section(const QString &heading, const QStringList &items, const QString &none)
{
    QString html = QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>")
                       .arg(heading.toHtmlEscaped());
    if (items.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(none.toHtmlEscaped());
    html += QStringLiteral("<ul style=\"margin-top:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QString item(const QString &title, const QString &detail = {})
{
    if (detail.trimmed().isEmpty())
        return title.toHtmlEscaped();
    // "A hot meal every day: met by ...", not "A hot meal every day.: met by ...".
    QString shortTitle = title.trimmed();
    if (shortTitle.endsWith(QLatin1Char('.')))
        shortTitle.chop(1);
    return QStringLiteral("%1: %2").arg(
        shortTitle.toHtmlEscaped(), detail.trimmed().toHtmlEscaped());
}

QString plainOf(const QString &html)
{
    QString text = html;
    text.replace(QStringLiteral("</li>"), QStringLiteral("; "));
    text.replace(QStringLiteral("</p>"), QStringLiteral(". "));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    return text.simplified();
}

} // namespace

PlanPage::PlanPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Plan, session, parent)
    , ui(std::make_unique<Ui::PlanPage>())
{
    ui->setupUi(this);

    auto bindPlan = [this](TextField *field, QString Plan::*member) {
        bindText(
            field, [member](const AssessmentRecord &r) { return r.plan.*member; },
            [member](CaseSession &s, const QString &text) {
                s.editPlan([&](Plan &p) { p.*member = text; });
            });
    };
    bindPlan(ui->outcomesWantedEdit, &Plan::outcomesWanted);
    bindPlan(ui->informationAdviceEdit, &Plan::informationAndAdvice);
    bindPlan(ui->ineligibleAdviceEdit, &Plan::adviceForIneligibleNeeds);
    bindPlan(ui->unmetNeedsEdit, &Plan::howUnmetNeedsWillBeMet);
    bindPlan(ui->importantToEdit, &Plan::importantTo);
    bindPlan(ui->importantForEdit, &Plan::importantFor);
    bindPlan(ui->riskManagementEdit, &Plan::riskManagement);
    bindPlan(ui->contingencyEdit, &Plan::contingency);
    bindPlan(ui->decisionsControlEdit, &Plan::decisionsAndControl);

    // DESIGN 2.6: the informal review is optional; ticking it proposes about 72 hours from today.
    bindCheck(
        ui->informalReviewCheck,
        [](const AssessmentRecord &r) { return r.plan.reviews.informalReview.has_value(); },
        [this](CaseSession &s, const bool &on) {
            const QDate suggested = *ReviewSchedule::from(today(), true).informalReview;
            s.editPlan([&](Plan &p) {
                if (!on)
                    p.reviews.informalReview.reset();
                else if (!p.reviews.informalReview)
                    p.reviews.informalReview = suggested;
            });
            load();
        });
    bindDate(
        ui->informalReviewDate,
        [](const AssessmentRecord &r) { return r.plan.reviews.informalReview.value_or(QDate()); },
        [](CaseSession &s, const QDate &date) {
            s.editPlan([&](Plan &p) {
                if (date.isValid())
                    p.reviews.informalReview = date;
                else
                    p.reviews.informalReview.reset();
            });
        });
    bindDate(
        ui->firstFormalReviewDate,
        [](const AssessmentRecord &r) { return r.plan.reviews.firstFormalReview; },
        [](CaseSession &s, const QDate &date) {
            s.editPlan([&](Plan &p) { p.reviews.firstFormalReview = date; });
        });
    bindDate(
        ui->annualReviewDate, [](const AssessmentRecord &r) { return r.plan.reviews.annualReview; },
        [](CaseSession &s, const QDate &date) {
            s.editPlan([&](Plan &p) { p.reviews.annualReview = date; });
        });

    // The line edit inside a date edit is what a screen reader lands on: it carries the name.
    for (QDateEdit *edit :
        {ui->informalReviewDate, ui->firstFormalReviewDate, ui->annualReviewDate})
        if (auto *line = edit->findChild<QLineEdit *>())
            line->setAccessibleName(edit->accessibleName());

    connect(ui->fillButton, &QPushButton::clicked, this, &PlanPage::fillFromAssessment);
    connect(ui->usualDatesButton, &QPushButton::clicked, this, &PlanPage::setUsualDates);
    connect(ui->previewPlanButton, &QPushButton::clicked, this, &PlanPage::previewPlanRequested);
    connect(ui->previewEasyReadButton, &QPushButton::clicked, this,
        &PlanPage::previewEasyReadRequested);
    // A finalised plan is still printed: the paper copy is what the person keeps.
    for (QPushButton *button : {ui->previewPlanButton, ui->previewEasyReadButton})
        button->setProperty("hearthAlwaysEnabled", true);
    ui->fillStatusLabel->hide();
}

PlanPage::~PlanPage() = default;

void PlanPage::fillFromAssessment()
{
    if (session().isReadOnly())
        return;
    AssessmentRecord assembled = record();
    AssessmentFlow::assemblePlan(assembled, today());
    const Plan &before = record().plan;
    const Plan &after = assembled.plan;

    const QList<std::pair<QString Plan::*, QString>> parts = {
        {&Plan::outcomesWanted, tr("the outcomes the person wants")},
        {&Plan::informationAndAdvice, tr("information and advice")},
        {&Plan::adviceForIneligibleNeeds, tr("advice for needs that are not eligible")},
        {&Plan::howUnmetNeedsWillBeMet, tr("how the unmet needs will be met")},
        {&Plan::importantTo, tr("what is important to the person")},
        {&Plan::importantFor, tr("what is important for the person")},
        {&Plan::riskManagement, tr("how risks will be managed")},
        {&Plan::contingency, tr("the contingency plan")},
        {&Plan::decisionsAndControl, tr("decisions and control")},
    };
    QStringList filled;
    for (const auto &[member, name] : parts) {
        if (before.*member != after.*member)
            filled.append(name);
    }
    if (before.reviews != after.reviews)
        filled.append(tr("the review dates"));

    if (filled.isEmpty()) {
        dialogutil::showInlineMessage(ui->fillStatusLabel,
            tr("Nothing to fill: the assessment has nothing more for the empty parts, and what "
               "you wrote is kept."),
            false);
        return;
    }
    session().editPlan([&](Plan &p) { p = after; });
    load();
    dialogutil::showInlineMessage(ui->fillStatusLabel,
        tr("Filled %1 from the assessment. What you wrote is kept.")
            .arg(filled.join(QStringLiteral(", "))),
        false);
}

void PlanPage::setUsualDates()
{
    if (session().isReadOnly())
        return;
    const ReviewSchedule usual
        = ReviewSchedule::from(today(), ui->informalReviewCheck->isChecked());
    session().editPlan([&](Plan &p) { p.reviews = usual; });
    load();
}

void PlanPage::setReadOnly(bool readOnly)
{
    StepPage::setReadOnly(readOnly);
    updateInformalDate();
}

void PlanPage::recordChanged()
{
    updateSummary();
    updateContributors();
    updateInformalDate();
}

void PlanPage::updateInformalDate()
{
    const bool informal = record().plan.reviews.informalReview.has_value();
    ui->informalReviewDate->setEnabled(informal && !session().isReadOnly());
}

void PlanPage::updateSummary()
{
    const PlanNeeds needs = AssessmentFlow::planNeeds(record().assessment);
    QString basis;
    switch (needs.basis) {
    case PlanNeeds::Basis::Decision:
        basis = needs.eligible ? tr("Your eligibility decision: the needs are eligible.")
                               : tr("Your eligibility decision: the needs are not eligible.");
        break;
    case PlanNeeds::Basis::Proposal:
        basis = needs.eligible
            ? tr("No eligibility decision is recorded yet. The proposal is that the needs are "
                 "eligible, so this follows the proposal.")
            : tr("No eligibility decision is recorded yet. The proposal is that the needs are "
                 "not eligible, so this follows the proposal.");
        break;
    case PlanNeeds::Basis::NotKnown:
        basis = tr("No eligibility decision is recorded yet, and the proposal is not yet "
                   "determined: which needs are eligible is not known yet.");
        break;
    }

    const auto items = [](const QList<Need> &list, const auto &detail) {
        QStringList out;
        for (const Need &need : list)
            out.append(item(needText(need), detail(need)));
        return out;
    };
    const auto noDetail = [](const Need &) { return QString(); };
    const QStringList identified = items(needs.identified, noDetail);
    const QStringList eligibleNeeds = items(needs.eligibleNeeds, noDetail);
    const QStringList ineligibleNeeds = items(needs.ineligibleNeeds, [&needs](const Need &need) {
        return needs.notLinkedToUnableOutcome.contains(need)
            ? tr("not about an outcome the person is unable to achieve (reg 2(1)(b))")
            : QString();
    });
    const QStringList ownNetwork = items(needs.metByPersonOrNetwork, [](const Need &need) {
        return tr("met by %1. %2").arg(metByText(need.metBy), need.howMet.trimmed());
    });
    const QStringList council = items(needs.metByCouncil, [](const Need &need) {
        return need.howMet.trimmed().isEmpty() ? tr("how is not written yet") : need.howMet;
    });
    const QStringList nobodyYet = items(
        needs.eligibleWithNobodyYet, [](const Need &need) { return metByText(need.metBy); });
    const bool known = needs.known();

    QString html = QStringLiteral("<p>%1</p>").arg(basis.toHtmlEscaped());
    const QString none = tr("None.");
    if (known) {
        html += section(tr("Eligible needs"), eligibleNeeds, none);
        html += section(tr("Needs that are not eligible"), ineligibleNeeds, none);
    } else {
        html += section(tr("Needs identified"), identified, tr("None recorded yet."));
    }
    html += section(tr("Needs met by the person's own strengths and network"), ownNetwork, none);
    html += section(tr("Unmet eligible needs the council will meet, and how"), council, none);
    if (!nobodyYet.isEmpty())
        html += section(tr("Eligible needs with nobody yet to meet them"), nobodyYet, none);

    if (ui->assessmentSummaryLabel->text() != html) {
        ui->assessmentSummaryLabel->setText(html);
        ui->assessmentSummaryLabel->setAccessibleDescription(plainOf(html));
    }
}

void PlanPage::updateContributors()
{
    const QList<Contributor> &contributors = record().assessment.contributors;
    QStringList items;
    for (const Contributor &c : contributors) {
        QStringList parts;
        if (!c.role.trimmed().isEmpty())
            parts.append(c.role.trimmed());
        if (!c.organisation.trimmed().isEmpty())
            parts.append(c.organisation.trimmed());
        parts.append(c.present ? tr("present at the visit") : tr("consulted"));
        const QString name = c.name.trimmed().isEmpty() ? tr("Someone not named") : c.name;
        items.append(
            QStringLiteral("<b>%1</b>, %2")
                .arg(name.toHtmlEscaped(), parts.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    QString html;
    if (items.isEmpty()) {
        html = tr("Nobody is recorded yet as taking part in the assessment.").toHtmlEscaped();
    } else {
        html = QStringLiteral("<ul style=\"margin-top:0\">");
        for (const QString &line : std::as_const(items))
            html += QStringLiteral("<li>%1</li>").arg(line);
        html += QStringLiteral("</ul>");
    }
    if (ui->contributorsLabel->text() != html) {
        ui->contributorsLabel->setText(html);
        ui->contributorsLabel->setAccessibleDescription(plainOf(html));
    }
}

} // namespace hearth
