#include "planpage.h"
#include "ui_planpage.h"

#include "appsettings.h"
#include "casesession.h"
#include "core/eligibility.h"
#include "core/statutory.h"
#include "dialogutil.h"
#include "storage/auditlog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
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

// Spelled out: there is no English .ts file to supply %n plural forms.
QString pointsText(int n)
{
    return n == 1 ? PlanPage::tr("1 point") : PlanPage::tr("%1 points").arg(n);
}

// How an amount is shown in its field: "174.50", no pound sign or thousands separator, so
// what is shown reads back as it is.
// An amount as typed into a field: "1234.50", no pound sign or thousands separators.
QString fieldText(Pence pence)
{
    return QStringLiteral("%1.%2").arg(pence / 100).arg(pence % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<Pence> PlanPage::parsePounds(const QString &typed, QString *problem)
{
    // Whole pence (plan.h): the text is read as digits, never through a floating point.
    static const QRegularExpression amount(
        QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{0,2}))?$"));
    static const QRegularExpression tooManyPence(QStringLiteral("^[\\d,]*\\.\\d{3,}$"));
    constexpr qint64 kMaxPounds = 1000000;
    const auto refuse = [problem](const QString &why) -> std::optional<Pence> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QString text = typed.trimmed();
    if (text.startsWith(QChar(0x00A3))) // £
        text = text.mid(1).trimmed();
    if (text.startsWith(QLatin1Char('-')))
        return refuse(tr("“%1” is less than nothing: an amount is £0.00 or more.").arg(typed));
    if (tooManyPence.match(text).hasMatch())
        return refuse(tr("“%1” has more than two figures after the point: write pounds and "
                         "pence, like 174.50.")
                          .arg(typed));
    const QRegularExpressionMatch match = amount.match(text);
    if (!match.hasMatch())
        return refuse(
            tr("“%1” is not an amount of money: write pounds and pence, like 174.50.").arg(typed));
    QString pounds = match.captured(1);
    pounds.remove(QLatin1Char(','));
    if (pounds.size() > 7 || pounds.toLongLong() > kMaxPounds)
        return refuse(tr("“%1” is more than £1,000,000: check the amount.").arg(typed));
    const QString pence = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return pounds.toLongLong() * 100 + pence.toLongLong();
}

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
            const QDate suggested
                = *ReviewSchedule::from(today(), true, appsettings::reviewIntervals())
                       .informalReview;
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

    // Care Act s26 and s31-33: the confirmed budget and the direct payment. Amounts are stored
    // when the field is left, so a half-typed amount is never kept; a bad one is refused with
    // a message and nothing is stored.
    connect(ui->confirmedEdit, &QLineEdit::editingFinished, this, &PlanPage::storeConfirmed);
    connect(ui->directAmountEdit, &QLineEdit::editingFinished, this, &PlanPage::storeDirectAmount);
    for (auto [edit, label] : {std::pair {ui->confirmedEdit, ui->confirmedMessageLabel},
             std::pair {ui->directAmountEdit, ui->directAmountMessageLabel}}) {
        // Saying what is wrong as it is typed; "12." on its way to "12.50" is fine.
        connect(edit, &QLineEdit::textEdited, this, [label](const QString &text) {
            QString problem;
            if (!text.trimmed().isEmpty() && !parsePounds(text, &problem))
                dialogutil::showInlineMessage(label, problem, true);
            else
                dialogutil::showInlineMessage(label, {}, false);
        });
    }
    bindCheck(
        ui->directPaymentCheck,
        [](const AssessmentRecord &r) { return r.plan.budget.directPayment.has_value(); },
        [this](CaseSession &s, const bool &on) {
            s.editPlan([&](Plan &p) {
                if (!on)
                    p.budget.directPayment.reset();
                else if (!p.budget.directPayment)
                    p.budget.directPayment = DirectPayment {};
            });
            load();
        });
    ui->directFrequencyCombo->addItem(tr("Every week"), int(PaymentFrequency::Weekly));
    ui->directFrequencyCombo->addItem(tr("Every four weeks"), int(PaymentFrequency::FourWeekly));
    ui->directFrequencyCombo->addItem(tr("Every month"), int(PaymentFrequency::Monthly));
    bindChoice(
        ui->directFrequencyCombo,
        [](const AssessmentRecord &r) {
            return int(r.plan.budget.directPayment ? r.plan.budget.directPayment->frequency
                                                   : PaymentFrequency::Weekly);
        },
        [](CaseSession &s, const int &value) {
            s.editPlan([&](Plan &p) {
                if (p.budget.directPayment)
                    p.budget.directPayment->frequency = PaymentFrequency(value);
            });
        });
    bindText(
        ui->directNeedsEdit,
        [](const AssessmentRecord &r) {
            return r.plan.budget.directPayment ? r.plan.budget.directPayment->needsCovered
                                               : QString();
        },
        [](CaseSession &s, const QString &text) {
            s.editPlan([&](Plan &p) {
                if (p.budget.directPayment)
                    p.budget.directPayment->needsCovered = text;
            });
        });
    connect(ui->calculateButton, &QPushButton::clicked, this, &PlanPage::calculateBudget);
    ui->budgetMessageLabel->hide();
    ui->confirmedMessageLabel->hide();
    ui->directAmountMessageLabel->hide();
    // The notice stands out: dark amber text, above 7:1 on the light window background.
    QPalette notice = ui->illustrativeLabel->palette();
    notice.setColor(QPalette::WindowText, QColor(0x6b, 0x3e, 0x00));
    ui->illustrativeLabel->setPalette(notice);
    QFont bold = ui->illustrativeLabel->font();
    bold.setBold(true);
    ui->illustrativeLabel->setFont(bold);

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
    AssessmentFlow::assemblePlan(assembled, today(), appsettings::reviewIntervals());
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
    const ReviewSchedule usual = ReviewSchedule::from(
        today(), ui->informalReviewCheck->isChecked(), appsettings::reviewIntervals());
    session().editPlan([&](Plan &p) { p.reviews = usual; });
    load();
}

void PlanPage::calculateBudget()
{
    if (session().isReadOnly())
        return;
    const RasTable &table = rasTable();
    const Result<RasResult> result = Ras::calculate(table, record().assessment, record().network);
    if (!result) {
        // A carer's assessment: the table has no points for a carer's outcomes (reg 3).
        dialogutil::showInlineMessage(ui->budgetMessageLabel, result.error(), true);
        return;
    }
    // DESIGN 4, "Every change is accountable": the calculation and the table it used are in
    // the audit log before the figure is kept, so no figure is stored that cannot be traced.
    const Status audited
        = AuditLog(session().store()).appendRasCalculation(record().plan.id, *result);
    if (!audited) {
        dialogutil::showInlineMessage(ui->budgetMessageLabel,
            tr("Hearth could not record the calculation in the audit log, so it is not "
               "stored: %1")
                .arg(audited.error()),
            true);
        return;
    }
    session().editPlan([&](Plan &p) {
        p.budget.indicativeWeekly = result->weeklyPence;
        p.budget.indicativePoints = result->points;
        p.budget.rasTableName = result->tableName;
        p.budget.rasTableVersion = result->tableVersion;
    });
    dialogutil::showInlineMessage(ui->budgetMessageLabel,
        tr("Calculated from %1, version %2, and recorded in the audit log.")
            .arg(result->tableName, result->tableVersion),
        false);
}

void PlanPage::settingsChanged()
{
    m_rasTable.reset();
    updateBudget();
}

const RasTable &PlanPage::rasTable()
{
    if (!m_rasTable)
        m_rasTable = appsettings::rasTable();
    return *m_rasTable;
}

void PlanPage::storeConfirmed()
{
    if (isLoading() || session().isReadOnly())
        return;
    const QString text = ui->confirmedEdit->text();
    std::optional<Pence> amount;
    if (!text.trimmed().isEmpty()) {
        QString problem;
        amount = parsePounds(text, &problem);
        if (!amount) {
            dialogutil::showInlineMessage(ui->confirmedMessageLabel, problem, true);
            return;
        }
    }
    dialogutil::showInlineMessage(ui->confirmedMessageLabel, {}, false);
    if (record().plan.budget.confirmedWeekly != amount)
        session().editPlan([&](Plan &p) { p.budget.confirmedWeekly = amount; });
    ui->confirmedEdit->setText(amount ? fieldText(*amount) : QString());
}

void PlanPage::storeDirectAmount()
{
    if (isLoading() || session().isReadOnly() || !record().plan.budget.directPayment)
        return;
    const QString text = ui->directAmountEdit->text();
    Pence amount = 0; // a direct payment is kept with no amount until one is written
    if (!text.trimmed().isEmpty()) {
        QString problem;
        const std::optional<Pence> parsed = parsePounds(text, &problem);
        if (!parsed) {
            dialogutil::showInlineMessage(ui->directAmountMessageLabel, problem, true);
            return;
        }
        amount = *parsed;
    }
    dialogutil::showInlineMessage(ui->directAmountMessageLabel, {}, false);
    if (record().plan.budget.directPayment->amount != amount)
        session().editPlan([&](Plan &p) { p.budget.directPayment->amount = amount; });
    ui->directAmountEdit->setText(text.trimmed().isEmpty() ? QString() : fieldText(amount));
}

void PlanPage::setReadOnly(bool readOnly)
{
    StepPage::setReadOnly(readOnly);
    updateInformalDate();
    updateDirectPayment();
}

void PlanPage::loadPage()
{
    // Settings may have changed the table since the step was last shown.
    m_rasTable.reset();
    const PersonalBudget &budget = record().plan.budget;
    ui->confirmedEdit->setText(
        budget.confirmedWeekly ? fieldText(*budget.confirmedWeekly) : QString());
    ui->directAmountEdit->setText(budget.directPayment && budget.directPayment->amount != 0
            ? fieldText(budget.directPayment->amount)
            : QString());
    dialogutil::showInlineMessage(ui->confirmedMessageLabel, {}, false);
    dialogutil::showInlineMessage(ui->directAmountMessageLabel, {}, false);
    dialogutil::showInlineMessage(ui->budgetMessageLabel, {}, false);
}

void PlanPage::recordChanged()
{
    updateSummary();
    updateContributors();
    updateInformalDate();
    updateBudget();
    updateDirectPayment();
}

void PlanPage::updateDirectPayment()
{
    const bool paid = record().plan.budget.directPayment.has_value();
    const bool editable = paid && !session().isReadOnly();
    ui->directAmountEdit->setEnabled(paid);
    ui->directFrequencyCombo->setEnabled(editable);
    ui->directNeedsEdit->setEnabled(paid);
    for (QLabel *label : {ui->directAmountLabel, ui->directFrequencyLabel, ui->directNeedsLabel})
        label->setEnabled(paid);
}

void PlanPage::updateBudget()
{
    const RasTable &table = rasTable();
    ui->rasTableLabel->setText(table.illustrative
            ? tr("A calculation now uses %1, version %2: the illustrative table Hearth ships, not "
                 "a council's own. A council loads its own table in Settings (Ctrl+,).")
                  .arg(table.name, table.version)
            : tr("A calculation now uses the council's table: %1, version %2.")
                  .arg(table.name, table.version));

    const PersonalBudget &budget = record().plan.budget;
    if (!budget.indicativeWeekly) {
        ui->indicativeLabel->setText(tr("No indicative budget is calculated yet."));
        ui->indicativeLabel->setAccessibleDescription(ui->indicativeLabel->text());
        ui->explanationLabel->hide();
        ui->illustrativeLabel->hide();
        return;
    }

    // The figure shown is always the one stored: it is never recalculated behind the
    // practitioner's back. Its explanation is worked out again, and shown only when the same
    // table gives the same figure from the assessment as it stands.
    std::optional<RasResult> explained;
    if (budget.rasTableName == table.name && budget.rasTableVersion == table.version) {
        Result<RasResult> again = Ras::calculate(table, record().assessment, record().network);
        if (again && again->weeklyPence == *budget.indicativeWeekly
            && (!budget.indicativePoints || *budget.indicativePoints == again->points))
            explained = std::move(again).value();
    }

    const Pence weekly = *budget.indicativeWeekly;
    const int weeks = explained ? table.weeksPerYear : 52;
    QString figures
        = tr("<b>Indicative budget: %1 a week</b>, %2 a year (%3 weeks).")
              .arg(poundsText(weekly).toHtmlEscaped(), poundsText(weekly * weeks).toHtmlEscaped())
              .arg(weeks);
    const QString source = budget.indicativePoints
        ? tr("%1 from %2, version %3.")
              .arg(
                  pointsText(*budget.indicativePoints), budget.rasTableName, budget.rasTableVersion)
        : tr("From %1, version %2.").arg(budget.rasTableName, budget.rasTableVersion);
    figures += u' ' + source.toHtmlEscaped();
    if (ui->indicativeLabel->text() != figures) {
        ui->indicativeLabel->setText(figures);
        ui->indicativeLabel->setAccessibleDescription(plainOf(figures));
    }

    QString html;
    if (!explained) {
        html = tr("The assessment or the table has changed since this figure was calculated, so "
                  "how it was worked out cannot be shown. Calculate again to see it line by "
                  "line; until then the figure stored is kept as it is.")
                   .toHtmlEscaped();
    } else {
        QStringList items;
        for (const RasLine &line : std::as_const(explained->lines)) {
            const QString points = line.moderatedPoints == line.points
                ? pointsText(line.points)
                : tr("%1 of %2").arg(line.moderatedPoints).arg(pointsText(line.points));
            items.append(
                QStringLiteral("<b>%1</b> (%2): %3")
                    .arg(dialogutil::capitalised(statutoryText(line.outcome)).toHtmlEscaped(),
                        points.toHtmlEscaped(), line.reason.toHtmlEscaped()));
        }
        html = section(tr("How it was worked out"), items,
            tr("No specified outcome is recorded as one the person is unable to achieve, so "
               "there are no points."));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("In all %1 at %2 a point: %3 a week.")
                             .arg(pointsText(explained->points), poundsText(table.pencePerPoint),
                                 poundsText(explained->weeklyPence))
                             .toHtmlEscaped());
    }
    if (ui->explanationLabel->text() != html) {
        ui->explanationLabel->setText(html);
        ui->explanationLabel->setAccessibleDescription(plainOf(html));
    }
    ui->explanationLabel->show();
    // DESIGN 2.5: a figure from the illustrative table says so, wherever it is shown.
    ui->illustrativeLabel->setVisible(
        budget.usesIllustrativeTable() || (explained && explained->illustrative));
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
