#include "planpdf.h"

#include "core/eligibility.h"
#include "core/nhsnumber.h"
#include "core/statutory.h"
#include "ecomap.h"
#include "pdfpages.h"
#include "printtext.h"
#include "wellbeingwheel.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace hearth {

namespace {

// Free text as written: paragraphs kept, every line break kept.
QString paragraphs(const QString &text)
{
    QString out;
    const QStringList parts = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out += QStringLiteral("<p>%1</p>")
                   .arg(printtext::escaped(part).replace(u'\n', QStringLiteral("<br>")));
    return out;
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// The body of the plan, section by section, in HTML that QTextDocument understands.
class Body
{
public:
    void heading(const QString &text)
    {
        m_html += QStringLiteral("<h2>%1</h2>").arg(printtext::escaped(text));
    }
    void subheading(const QString &text)
    {
        m_html += QStringLiteral("<h3>%1</h3>").arg(printtext::escaped(text));
    }
    void text(const QString &text) { m_html += paragraphs(text); }
    // Text that may be blank: a blank says so in words, not with a gap.
    void textOr(const QString &text, const QString &whenBlank)
    {
        if (printtext::isBlank(text))
            note(whenBlank);
        else
            this->text(text);
    }
    void note(const QString &text)
    {
        m_html += QStringLiteral("<p class=\"note\"><i>%1</i></p>").arg(printtext::escaped(text));
    }
    // The person's own words, shown as theirs: quoted, set apart, with whose words they are.
    void quote(const QString &whose, const QString &words)
    {
        const QString body = printtext::unquoted(words);
        m_html += QStringLiteral("<p class=\"whose\">%1</p><blockquote><p class=\"quote\">"
                                 "%2</p></blockquote>")
                      .arg(printtext::escaped(whose),
                          printtext::quoted(printtext::escaped(body))
                              .replace(u'\n', QStringLiteral("<br>")));
    }
    void list(const QStringList &htmlItems)
    {
        if (htmlItems.isEmpty())
            return;
        m_html += QStringLiteral("<ul>");
        for (const QString &item : htmlItems)
            m_html += QStringLiteral("<li>%1</li>").arg(item);
        m_html += QStringLiteral("</ul>");
    }
    // Labelled facts, one a line ("Date of birth: 02/05/1943"). Plain paragraphs read in order
    // by a screen reader and lay out at a fraction of the cost of a table.
    void rows(const QList<std::pair<QString, QString>> &rows)
    {
        for (const auto &[label, value] : rows) {
            if (printtext::isBlank(value))
                continue;
            m_html += QStringLiteral("<p class=\"fact\"><b>%1:</b> %2</p>")
                          .arg(printtext::escaped(label),
                              printtext::escaped(value).replace(u'\n', QStringLiteral(", ")));
        }
    }
    void raw(const QString &html) { m_html += html; }
    // A place for a picture, filled in once the HTML is a document.
    void picture(int index)
    {
        m_html += QStringLiteral("<p align=\"center\">[[picture-%1]]</p>").arg(index);
    }
    const QString &html() const { return m_html; }

private:
    QString m_html;
};

QString needTitle(const Need &need)
{
    const QString first = need.description.trimmed().section(u'\n', 0, 0).trimmed();
    return first.isEmpty() ? PlanPdf::tr("A need not yet described") : first;
}

QStringList needItems(const QList<Need> &needs, const std::function<QString(const Need &)> &detail)
{
    QStringList items;
    for (const Need &need : needs) {
        QString item = QStringLiteral("<b>%1</b>").arg(printtext::escaped(needTitle(need)));
        const QString more = detail ? detail(need).trimmed() : QString();
        if (!more.isEmpty())
            item += QStringLiteral("<br>%1").arg(printtext::escaped(more));
        items.append(item);
    }
    return items;
}

QString metByWords(NeedMetBy metBy)
{
    switch (metBy) {
    case NeedMetBy::PersonsOwnStrengths:
        return PlanPdf::tr("by their own strengths");
    case NeedMetBy::Network:
        return PlanPdf::tr("by family, friends or neighbours");
    case NeedMetBy::Community:
        return PlanPdf::tr("by community or universal services");
    case NeedMetBy::Council:
        return PlanPdf::tr("by the council");
    case NeedMetBy::NotMet:
        return PlanPdf::tr("not met");
    case NeedMetBy::NotYetDecided:
        break;
    }
    return PlanPdf::tr("not yet decided");
}

QString answerWord(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return PlanPdf::tr("yes");
    case Answer::No:
        return PlanPdf::tr("no");
    case Answer::Unknown:
        break;
    }
    return PlanPdf::tr("not known");
}

QString conditionWord(ConditionResult result)
{
    switch (result) {
    case ConditionResult::Met:
        return PlanPdf::tr("Met");
    case ConditionResult::NotMet:
        return PlanPdf::tr("Not met");
    case ConditionResult::Undetermined:
        break;
    }
    return PlanPdf::tr("Not yet determined");
}

// Qt's rich text takes these margins in pixels, scaled as if for a screen: set by eye.
const char *kStyle = R"(
h1 { font-size: 20pt; font-weight: bold; margin-bottom: 12px; }
h2 { font-size: 13.5pt; font-weight: bold; margin-top: 36px; margin-bottom: 8px; color: #1a3d5c; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 16px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 10px; }
p.whose { font-size: 9pt; color: #444444; margin-bottom: 0px; }
p.quote { font-size: 12pt; font-style: italic; }
p.note { color: #444444; }
p.warning { background-color: #fff4ce; color: #2e2400; font-weight: bold; }
p.fact { margin-bottom: 4px; }
td { vertical-align: top; }
blockquote { margin-left: 58px; margin-right: 58px; }
)";

// Care Act s26: the personal budget. An indicative figure is never a decision, and one
// from the table Hearth ships says so wherever it is shown (DESIGN 2.5).
void budgetSection(Body &body, const Plan &plan)
{
    body.heading(PlanPdf::tr("Personal budget"));
    const PersonalBudget &budget = plan.budget;
    if (budget.indicativeWeekly) {
        body.rows({{PlanPdf::tr("Indicative budget"), PlanPdf::weekly(*budget.indicativeWeekly)},
            {PlanPdf::tr("Worked out with"),
                PlanPdf::tr("%1, version %2").arg(budget.rasTableName, budget.rasTableVersion)}});
        body.note(PlanPdf::tr("An indicative budget is a starting point for planning, not a "
                              "decision."));
        if (budget.usesIllustrativeTable())
            body.raw(QStringLiteral("<p class=\"warning\">%1</p>")
                         .arg(printtext::escaped(
                             PlanPdf::tr("Illustrative figures: the table Hearth ships is "
                                         "an example, not a council's own. Do not rely on "
                                         "this amount."))));
    }
    if (budget.confirmedWeekly)
        body.rows({{PlanPdf::tr("Confirmed budget"), PlanPdf::weekly(*budget.confirmedWeekly)}});
    if (budget.directPayment) {
        const DirectPayment &dp = *budget.directPayment;
        const QString every = dp.frequency == PaymentFrequency::Weekly ? PlanPdf::tr("every week")
            : dp.frequency == PaymentFrequency::FourWeekly ? PlanPdf::tr("every four weeks")
                                                           : PlanPdf::tr("every month");
        body.rows({{PlanPdf::tr("Direct payment"),
                       PlanPdf::tr("%1 %2").arg(poundsText(dp.amount), every)},
            {PlanPdf::tr("It covers"), dp.needsCovered}});
    }
    if (!budget.indicativeWeekly && !budget.confirmedWeekly && !budget.directPayment)
        body.note(PlanPdf::tr("No personal budget is set yet."));
}

void adultContents(Body &body, const AssessmentRecord &record, QList<PdfPictures::Paint> &pictures)
{
    const Person &person = record.person;
    const Assessment &a = record.assessment;
    const Plan &plan = record.plan;
    const QString name = person.displayName();

    body.heading(PlanPdf::tr("What matters to %1").arg(name));
    if (!printtext::isBlank(a.whatMatters.inTheirWords)) {
        body.raw(QStringLiteral("<p>%1</p>")
                     .arg(printtext::escaped(
                         PlanPdf::tr("We asked: \u201CIf you could resolve the things that "
                                     "are difficult for you right now, what would change "
                                     "for you?\u201D"))));
        body.quote(PlanPdf::tr("In %1's own words").arg(name), a.whatMatters.inTheirWords);
    } else {
        body.note(PlanPdf::tr("Not recorded yet in the person's own words."));
    }
    if (!a.whatMatters.identities.isEmpty()) {
        body.subheading(PlanPdf::tr("Who %1 is").arg(name));
        QStringList items;
        for (const QString &identity : a.whatMatters.identities)
            items.append(printtext::escaped(identity));
        body.list(items);
    }
    body.subheading(PlanPdf::tr("Important to %1").arg(name));
    body.textOr(printtext::isBlank(plan.importantTo) ? a.whatMatters.importantTo : plan.importantTo,
        PlanPdf::tr("Not recorded yet."));
    body.subheading(PlanPdf::tr("Important for %1").arg(name));
    body.textOr(
        printtext::isBlank(plan.importantFor) ? a.whatMatters.importantFor : plan.importantFor,
        PlanPdf::tr("Not recorded yet."));

    body.heading(PlanPdf::tr("The outcomes %1 wants").arg(name));
    body.textOr(plan.outcomesWanted, PlanPdf::tr("Not recorded yet."));

    body.heading(PlanPdf::tr("Strengths and the people around %1").arg(name));
    if (!a.strengths.isEmpty()) {
        QStringList items;
        for (const Strength &s : a.strengths)
            items.append(printtext::escaped(s.description));
        body.list(items);
    } else {
        body.note(PlanPdf::tr("No strengths recorded yet."));
    }
    if (!printtext::isBlank(a.interests))
        body.rows({{PlanPdf::tr("Interests"), a.interests}});
    if (!record.network.isEmpty()) {
        QStringList items;
        for (const NetworkMember &m : record.network) {
            QString line = QStringLiteral("<b>%1</b> (%2)")
                               .arg(printtext::escaped(m.name),
                                   printtext::escaped(m.relationship.trimmed().isEmpty()
                                           ? Ecomap::kindLabel(m.kind)
                                           : m.relationship));
            if (!printtext::isBlank(m.helpsWith))
                line += QStringLiteral(": %1").arg(printtext::escaped(m.helpsWith));
            line += QStringLiteral("<br>%1").arg(printtext::escaped(
                PlanPdf::tr("Willing: %1. Able: %2. Sustainable: %3. Agreed with them: %4.")
                    .arg(answerWord(m.willing), answerWord(m.able), answerWord(m.sustainable),
                        m.agreedWithThem ? PlanPdf::tr("yes") : PlanPdf::tr("no"))));
            if (m.providesCare)
                line += QStringLiteral("<br>%1").arg(
                    printtext::escaped(m.carerAssessmentOffered == Answer::Yes
                            ? PlanPdf::tr("Provides care; a carer's assessment was offered.")
                            : PlanPdf::tr("Provides care; a carer's assessment is still to be "
                                          "offered.")));
            items.append(line);
        }
        body.list(items);
        body.subheading(PlanPdf::tr("Ecomap"));
        body.picture(int(pictures.size()));
        pictures.append([record](QPainter &painter, const QRectF &rect) {
            Ecomap::paint(painter, rect, record.person, record.network);
        });
        body.note(Ecomap::describe(person, record.network));
    } else {
        body.note(PlanPdf::tr("No family, friends, groups or services recorded yet."));
    }

    body.heading(PlanPdf::tr("Wellbeing"));
    body.picture(int(pictures.size()));
    pictures.append(
        [a](QPainter &painter, const QRectF &rect) { WellbeingWheel::paint(painter, rect, a); });
    {
        QStringList items;
        for (const WellbeingAreaRecord &w : a.wellbeing) {
            QString line = QStringLiteral("<b>%1</b>")
                               .arg(printtext::escaped(WellbeingWheel::shortLabel(w.area)));
            if (w.explored) {
                if (!printtext::isBlank(w.concerns))
                    line += QStringLiteral("<br>%1").arg(
                        printtext::escaped(PlanPdf::tr("Concerns: %1").arg(w.concerns.trimmed())));
                if (!printtext::isBlank(w.desiredOutcome))
                    line += QStringLiteral("<br>%1").arg(printtext::escaped(
                        PlanPdf::tr("Wants: %1").arg(w.desiredOutcome.trimmed())));
                if (printtext::isBlank(w.concerns) && printtext::isBlank(w.desiredOutcome))
                    line += QStringLiteral(": %1").arg(
                        printtext::escaped(PlanPdf::tr("explored, no concerns")));
            } else if (!printtext::isBlank(w.skippedReason)) {
                line += QStringLiteral(": %1").arg(printtext::escaped(
                    PlanPdf::tr("not explored, because %1").arg(w.skippedReason.trimmed())));
            } else {
                line += QStringLiteral(": %1").arg(
                    printtext::escaped(PlanPdf::tr("not recorded yet")));
            }
            items.append(line);
        }
        body.list(items);
    }

    const PlanNeeds needs = AssessmentFlow::planNeeds(a);
    body.heading(PlanPdf::tr("Needs identified"));
    if (needs.identified.isEmpty())
        body.note(PlanPdf::tr("No needs recorded yet."));
    body.list(needItems(needs.identified, [](const Need &need) {
        QStringList outcomes;
        for (const SpecifiedOutcome o : need.outcomes)
            outcomes.append(statutoryText(o));
        return outcomes.isEmpty()
            ? QString()
            : PlanPdf::tr("About: %1.").arg(outcomes.join(QStringLiteral("; ")));
    }));

    // The determination (Care Act s13; reg 2): the reason for each condition, then the
    // practitioner's decision and rationale, a departure from the proposal shown as such.
    body.heading(PlanPdf::tr("The eligibility determination"));
    const EligibilityProposal proposal = Eligibility::propose(a);
    {
        QString table = QStringLiteral(
            "<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" width=\"100%\" "
            "style=\"border-color:#999999; border-collapse:collapse\"><tr><th align=\"left\">%1"
            "</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                            .arg(printtext::escaped(PlanPdf::tr("Condition")),
                                printtext::escaped(PlanPdf::tr("Result")),
                                printtext::escaped(PlanPdf::tr("Reason")));
        for (const EligibilityCondition &c : proposal.conditions)
            table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(printtext::escaped(c.citation),
                             printtext::escaped(conditionWord(c.result)),
                             printtext::escaped(c.reason));
        table += QStringLiteral("</table>");
        body.raw(table);
    }
    if (a.decision.recorded) {
        body.rows({{PlanPdf::tr("Decision"),
                       a.decision.eligible ? PlanPdf::tr("The needs are eligible.")
                                           : PlanPdf::tr("The needs are not eligible.")},
            {PlanPdf::tr("Decided by"),
                PlanPdf::tr("%1 on %2")
                    .arg(a.decision.decidedBy, date(a.decision.decidedAt.date()))}});
        if (a.decision.departsFromProposal)
            body.raw(QStringLiteral("<p class=\"warning\">%1</p>")
                         .arg(printtext::escaped(
                             PlanPdf::tr("This decision departs from what Hearth proposed "
                                         "from the record. The rationale says why."))));
        body.subheading(PlanPdf::tr("Rationale"));
        body.textOr(a.decision.rationale, PlanPdf::tr("No rationale recorded."));
    } else {
        body.note(PlanPdf::tr("No decision recorded yet. %1").arg(proposal.summary));
    }

    body.heading(PlanPdf::tr("Eligible needs"));
    if (needs.eligibleNeeds.isEmpty())
        body.note(PlanPdf::tr("None."));
    body.list(needItems(needs.eligibleNeeds, {}));
    body.heading(PlanPdf::tr("Needs that are not eligible"));
    if (needs.ineligibleNeeds.isEmpty())
        body.note(PlanPdf::tr("None."));
    body.list(needItems(needs.ineligibleNeeds, {}));
    if (!needs.ineligibleNeeds.isEmpty()) {
        // s13(5): written advice on what can be done to meet or reduce needs not eligible.
        body.subheading(PlanPdf::tr("Advice for needs that are not eligible"));
        body.textOr(plan.adviceForIneligibleNeeds, PlanPdf::tr("Not written yet."));
    }

    body.heading(PlanPdf::tr("Information and advice"));
    body.textOr(plan.informationAndAdvice, PlanPdf::tr("Not recorded yet."));

    body.heading(PlanPdf::tr("Needs met by %1's own strengths and network").arg(name));
    if (needs.metByPersonOrNetwork.isEmpty())
        body.note(PlanPdf::tr("None."));
    body.list(needItems(needs.metByPersonOrNetwork, [](const Need &need) {
        return PlanPdf::tr("Met %1. %2").arg(metByWords(need.metBy), need.howMet.trimmed());
    }));

    body.heading(PlanPdf::tr("Unmet eligible needs the council will meet, and how"));
    if (needs.metByCouncil.isEmpty())
        body.note(PlanPdf::tr("None."));
    body.list(needItems(needs.metByCouncil, [](const Need &need) { return need.howMet; }));
    if (!printtext::isBlank(plan.howUnmetNeedsWillBeMet))
        body.text(plan.howUnmetNeedsWillBeMet);
    if (!needs.eligibleWithNobodyYet.isEmpty()) {
        body.subheading(PlanPdf::tr("Eligible needs not yet met"));
        body.list(needItems(
            needs.eligibleWithNobodyYet, [](const Need &need) { return metByWords(need.metBy); }));
    }

    budgetSection(body, plan);

    body.heading(PlanPdf::tr("Risks and how they will be managed"));
    if (a.safeguarding.concern)
        body.rows({{PlanPdf::tr("Safeguarding"),
            a.safeguarding.handled
                ? PlanPdf::tr("A concern was raised and the procedure followed. %1")
                      .arg(a.safeguarding.actionTaken.trimmed())
                : PlanPdf::tr("A concern was raised and is not yet recorded as handled.")}});
    if (!a.risks.isEmpty()) {
        QStringList items;
        for (const Risk &risk : a.risks) {
            QString line = QStringLiteral("<b>%1</b>").arg(printtext::escaped(risk.description));
            if (risk.positiveRisk)
                line += QStringLiteral(" &mdash; %1")
                            .arg(printtext::escaped(
                                PlanPdf::tr("a risk %1 chooses to take").arg(name)));
            if (!printtext::isBlank(risk.personsView))
                line += QStringLiteral("<br>%1").arg(printtext::escaped(
                    PlanPdf::tr("%1's view: %2").arg(name, risk.personsView.trimmed())));
            if (!printtext::isBlank(risk.management))
                line += QStringLiteral("<br>%1").arg(printtext::escaped(
                    PlanPdf::tr("How it is managed: %1").arg(risk.management.trimmed())));
            items.append(line);
        }
        body.list(items);
    } else {
        body.note(PlanPdf::tr("No risks recorded."));
    }
    if (!printtext::isBlank(plan.riskManagement)) {
        body.subheading(PlanPdf::tr("Agreed with %1").arg(name));
        body.text(plan.riskManagement);
    }

    body.heading(PlanPdf::tr("If things go wrong"));
    body.textOr(plan.contingency, PlanPdf::tr("No contingency plan recorded yet."));

    body.heading(PlanPdf::tr("How %1 makes decisions and stays in control").arg(name));
    body.textOr(plan.decisionsAndControl, PlanPdf::tr("Not recorded yet."));
}

void carerContents(Body &body, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    const Plan &plan = record.plan;
    const QString name = record.person.displayName();
    const CarerDetails carer = a.carer.value_or(CarerDetails {});

    body.heading(PlanPdf::tr("%1's caring role").arg(name));
    body.rows({{PlanPdf::tr("Caring for"), carer.caredForName},
        {PlanPdf::tr("What the caring involves"), carer.caringRole},
        {PlanPdf::tr("Hours a week"),
            carer.hoursPerWeek > 0 ? QString::number(carer.hoursPerWeek) : QString()}});

    body.heading(PlanPdf::tr("What matters to %1").arg(name));
    if (!printtext::isBlank(a.whatMatters.inTheirWords))
        body.quote(PlanPdf::tr("In %1's own words").arg(name), a.whatMatters.inTheirWords);
    else
        body.note(PlanPdf::tr("Not recorded yet in the carer's own words."));

    // Reg 3(3): the carer's outcomes.
    body.heading(PlanPdf::tr("The carer's needs and outcomes"));
    QStringList items;
    for (const CarerOutcomeRecord &o : carer.outcomes) {
        QString status = o.status == OutcomeStatus::Unable ? PlanPdf::tr("unable to achieve")
            : o.status == OutcomeStatus::Achievable        ? PlanPdf::tr("achievable")
                                                           : PlanPdf::tr("not assessed yet");
        QString line
            = QStringLiteral("<b>%1</b>: %2")
                  .arg(printtext::escaped(statutoryText(o.outcome)), printtext::escaped(status));
        if (!printtext::isBlank(o.evidence))
            line += QStringLiteral("<br>%1").arg(printtext::escaped(o.evidence));
        items.append(line);
    }
    if (items.isEmpty())
        body.note(PlanPdf::tr("No outcomes recorded yet."));
    body.list(items);
    if (!printtext::isBlank(carer.healthEvidence))
        body.rows({{PlanPdf::tr("The carer's health"), carer.healthEvidence}});

    body.heading(PlanPdf::tr("The eligibility determination"));
    const EligibilityProposal proposal = Eligibility::propose(a);
    QStringList conditions;
    for (const EligibilityCondition &c : proposal.conditions)
        conditions.append(
            QStringLiteral("<b>%1</b> %2: %3")
                .arg(printtext::escaped(c.citation), printtext::escaped(conditionWord(c.result)),
                    printtext::escaped(c.reason)));
    body.list(conditions);
    if (a.decision.recorded) {
        body.rows({{PlanPdf::tr("Decision"),
            a.decision.eligible ? PlanPdf::tr("The carer's needs are eligible.")
                                : PlanPdf::tr("The carer's needs are not eligible.")}});
        if (a.decision.departsFromProposal)
            body.raw(QStringLiteral("<p class=\"warning\">%1</p>")
                         .arg(printtext::escaped(
                             PlanPdf::tr("This decision departs from what Hearth proposed "
                                         "from the record. The rationale says why."))));
        body.subheading(PlanPdf::tr("Rationale"));
        body.textOr(a.decision.rationale, PlanPdf::tr("No rationale recorded."));
    } else {
        body.note(PlanPdf::tr("No decision recorded yet. %1").arg(proposal.summary));
    }

    body.heading(PlanPdf::tr("Support for %1").arg(name));
    body.textOr(
        printtext::isBlank(carer.whatWouldHelp) ? plan.howUnmetNeedsWillBeMet : carer.whatWouldHelp,
        PlanPdf::tr("Not recorded yet."));
    if (!printtext::isBlank(plan.informationAndAdvice)) {
        body.subheading(PlanPdf::tr("Information and advice"));
        body.text(plan.informationAndAdvice);
    }

    budgetSection(body, plan);

    body.heading(PlanPdf::tr("If %1 cannot care").arg(name));
    body.textOr(printtext::isBlank(carer.ifUnableToCare) ? plan.contingency : carer.ifUnableToCare,
        PlanPdf::tr("No contingency plan recorded yet."));
    body.heading(PlanPdf::tr("Who to call in a crisis"));
    body.textOr(carer.crisisContact, PlanPdf::tr("Not recorded yet."));
}

// Whether the person agrees with the plan, in a sentence; Unknown is not No.
QString agreementWords(const SharedDraft &shared, const QString &name)
{
    switch (shared.personAgrees) {
    case Answer::Yes:
        return PlanPdf::tr("Yes, %1 agrees with it.").arg(name);
    case Answer::No:
        return PlanPdf::tr("No, %1 does not agree with all of it.").arg(name);
    case Answer::Unknown:
        break;
    }
    return PlanPdf::tr("Not known yet.");
}

} // namespace

QString PlanPdf::title(const AssessmentRecord &record)
{
    return record.assessment.forCarer()
        ? tr("Carer's support plan for %1").arg(record.person.fullName())
        : tr("Care and support plan for %1").arg(record.person.fullName());
}

QString PlanPdf::weekly(qint64 pence)
{
    return tr("%1 a week").arg(poundsText(pence));
}

QStringList PlanPdf::missingParts(const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    const Plan &plan = record.plan;
    QStringList missing;
    const auto need = [&missing](bool present, const QString &part) {
        if (!present)
            missing.append(part);
    };
    need(!printtext::isBlank(a.whatMatters.inTheirWords),
        tr("what matters, in the person's own words"));
    if (a.forCarer()) {
        const bool hasCarer = a.carer.has_value();
        need(hasCarer && !printtext::isBlank(a.carer->ifUnableToCare + plan.contingency),
            tr("what happens if the carer cannot care"));
        need(
            hasCarer && !printtext::isBlank(a.carer->crisisContact), tr("who to call in a crisis"));
    } else {
        need(!a.needs.isEmpty(), tr("the needs"));
        need(!printtext::isBlank(plan.outcomesWanted), tr("the outcomes the person wants"));
        need(!printtext::isBlank(plan.informationAndAdvice), tr("information and advice"));
        need(!printtext::isBlank(plan.contingency), tr("a contingency plan"));
        need(!printtext::isBlank(plan.decisionsAndControl), tr("how the person stays in control"));
        const PlanNeeds needs = AssessmentFlow::planNeeds(a);
        need(needs.ineligibleNeeds.isEmpty() || !printtext::isBlank(plan.adviceForIneligibleNeeds),
            tr("advice for the needs that are not eligible"));
    }
    need(a.decision.recorded, tr("the eligibility decision"));
    need(!a.decision.recorded || !printtext::isBlank(a.decision.rationale),
        tr("the rationale for the decision"));
    need(!a.contributors.isEmpty(), tr("who contributed"));
    need(plan.reviews.firstFormalReview.isValid(), tr("the review date"));
    return missing;
}

void PlanPdf::build(QTextDocument &document, const AssessmentRecord &record, Language language)
{
    const ScopedLanguage inLanguage(language);
    const Person &person = record.person;
    const Assessment &a = record.assessment;
    const Plan &plan = record.plan;

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QString::fromUtf8(kStyle));
    document.setMetaInformation(QTextDocument::DocumentTitle, title(record));

    Body body;
    body.raw(QStringLiteral("<h1>%1</h1>")
                 .arg(printtext::escaped(
                     a.forCarer() ? tr("Carer's support plan") : tr("Care and support plan"))));
    body.rows({{tr("Name"), person.fullName()},
        {tr("Preferred name"),
            person.preferredName.trimmed() != person.givenNames.trimmed() ? person.preferredName
                                                                          : QString()},
        {tr("Date of birth"), date(person.dateOfBirth)},
        {tr("NHS number"), NhsNumber::formatted(person.nhsNumber)},
        {tr("Address"), (person.address.lines + QStringList {person.address.postcode}).join(u'\n')},
        {tr("Assessed by"), a.practitioner}, {tr("Assessment started"), date(a.startedOn)},
        {tr("Status"),
            a.status == AssessmentStatus::Finalised ? tr("Finalised")
                : a.status == AssessmentStatus::SharedWithPerson
                ? tr("Draft, shared with the person")
                : tr("Draft")}});
    if (a.status != AssessmentStatus::Finalised)
        body.raw(QStringLiteral("<p class=\"warning\">%1</p>")
                     .arg(printtext::escaped(
                         tr("DRAFT: this plan is not finalised and may still change."))));
    const QStringList missing = missingParts(record);
    if (!missing.isEmpty())
        body.raw(QStringLiteral("<p class=\"warning\">%1</p>")
                     .arg(printtext::escaped(tr("Incomplete: this plan does not yet record %1.")
                                                 .arg(missing.join(QStringLiteral("; "))))));

    QList<PdfPictures::Paint> pictures;
    if (a.forCarer())
        carerContents(body, record);
    else
        adultContents(body, record, pictures);

    body.heading(tr("Who contributed"));
    if (a.contributors.isEmpty()) {
        body.note(tr("Nobody recorded yet."));
    } else {
        QStringList items;
        for (const Contributor &c : a.contributors) {
            QStringList parts;
            if (!printtext::isBlank(c.role))
                parts.append(c.role.trimmed());
            if (!printtext::isBlank(c.organisation))
                parts.append(c.organisation.trimmed());
            parts.append(c.present ? tr("present at the visit") : tr("consulted"));
            items.append(QStringLiteral("<b>%1</b>, %2")
                             .arg(printtext::escaped(c.name),
                                 printtext::escaped(parts.join(QStringLiteral(", ")))));
        }
        body.list(items);
    }

    body.heading(tr("Reviews"));
    const ReviewSchedule &reviews = plan.reviews;
    if (!reviews.firstFormalReview.isValid()) {
        body.note(tr("The review dates are not set yet."));
    } else {
        body.rows({{tr("First check on how things are going"),
                       reviews.informalReview ? date(*reviews.informalReview) : QString()},
            {tr("First review"), date(reviews.firstFormalReview)},
            {tr("Then at least every year, next on"), date(reviews.annualReview)}});
        body.note(tr("A review can be asked for sooner at any time, or if anything changes."));
    }

    body.heading(tr("Agreement"));
    // The draft shared with the person, and what they said about it (s25(3): the person is
    // involved in preparing the plan): when and how, whether they agree, their own words.
    if (plan.shared || a.status == AssessmentStatus::SharedWithPerson) {
        const SharedDraft shared = plan.shared.value_or(SharedDraft {});
        const QString name = person.displayName();
        body.rows({{tr("Draft shared with %1 on").arg(name),
                       shared.sharedOn.isValid() ? date(shared.sharedOn) : tr("date not recorded")},
            {tr("How it was shared"), shared.how},
            {tr("Whether %1 agrees with the plan").arg(name), agreementWords(shared, name)}});
        if (!printtext::isBlank(shared.personsComments))
            body.quote(tr("%1's comments").arg(name), shared.personsComments);
    }
    const QString line = QStringLiteral("_").repeated(40);
    body.raw(
        QStringLiteral("<p>%1</p><p>%2</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>"
                       "<p>%3 %4</p><p>%5 %6</p>")
            .arg(printtext::escaped(tr("I have read this plan, or had it read to me, and:")),
                printtext::escaped(
                    tr("I agree with it  /  I do not agree with all of it. My comments:")),
                printtext::escaped(tr("Signed:")), line, printtext::escaped(tr("Date:")), line));

    document.setHtml(body.html());

    auto *handler = new PdfPictures(&document);
    const qreal width = PdfPages::bodyWidth();
    for (int i = 0; i < pictures.size(); ++i) {
        QTextCursor found = document.find(QStringLiteral("[[picture-%1]]").arg(i));
        if (found.isNull())
            continue;
        found.removeSelectedText();
        const qreal aspect = i == 0 && !record.network.isEmpty() ? 0.62 : 0.7;
        handler->insert(found, QSizeF(width * 0.9, width * 0.9 * aspect),
            [paint = pictures.at(i)](QPainter &painter, const QRectF &rect) {
                QFont small(QStringLiteral("DejaVu Sans"));
                small.setPointSizeF(8);
                painter.setFont(small);
                paint(painter, rect);
            });
    }
}

Result<int> PlanPdf::write(
    const AssessmentRecord &record, const QDate &printedOn, QIODevice &out, Language language)
{
    const ScopedLanguage inLanguage(language);
    QTextDocument document;
    build(document, record, language);
    PdfMetadata metadata;
    metadata.language = language::tag(language);
    metadata.title = title(record);
    metadata.author = record.assessment.practitioner;
    metadata.subject = record.assessment.forCarer()
        ? tr("Carer's support plan under the Care Act 2014, section 25")
        : tr("Care and support plan under the Care Act 2014, section 25");
    PageFurniture furniture;
    furniture.headerLeft = record.person.fullName();
    furniture.headerRight = tr("Printed %1").arg(date(printedOn));
    furniture.footerLeft = tr("Record %1 · version %2")
                               .arg(record.assessment.id.toString(QUuid::WithoutBraces))
                               .arg(record.assessment.version);
    furniture.draft = record.assessment.status != AssessmentStatus::Finalised;
    return PdfPages::write(document, metadata, furniture, out);
}

} // namespace hearth
