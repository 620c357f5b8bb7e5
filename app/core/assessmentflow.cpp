#include "assessmentflow.h"

#include "eligibility.h"
#include "qualitychecks.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace hearth {

namespace {

struct StepEntry
{
    AssessmentStep step;
    const char *code;
    const char *title;
};

constexpr std::array<StepEntry, 10> kSteps {{
    {AssessmentStep::AboutThePerson, "about-the-person",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "About the person")},
    {AssessmentStep::WhatMatters, "what-matters",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "What matters")},
    {AssessmentStep::StrengthsAndNetwork, "strengths-and-network",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Strengths and network")},
    {AssessmentStep::Wellbeing, "wellbeing",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Wellbeing")},
    {AssessmentStep::NeedsAndOutcomes, "needs-and-outcomes",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Needs and outcomes")},
    {AssessmentStep::PreventionFirst, "prevention-first",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Prevention first")},
    {AssessmentStep::Eligibility, "eligibility",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Eligibility")},
    {AssessmentStep::Risks, "risks", QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Risks")},
    {AssessmentStep::Plan, "plan", QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Plan")},
    {AssessmentStep::CheckAndFinalise, "check-and-finalise",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Check and finalise")},
}};

const StepEntry &entry(AssessmentStep step)
{
    return kSteps[static_cast<size_t>(step)];
}

} // namespace

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Counts the questions a step asks and the ones with an answer.
class Tally
{
public:
    void ask(bool answered)
    {
        ++m_progress.total;
        if (answered)
            ++m_progress.answered;
    }
    StepProgress progress() const { return m_progress; }

private:
    StepProgress m_progress;
};

// The Care Act's own wording, shortened for a line of the plan: "personal dignity (including
// ...)" becomes "Personal dignity".
QString areaLabel(WellbeingArea area)
{
    QString text = statutoryText(area);
    const qsizetype bracket = text.indexOf(QLatin1String(" ("));
    if (bracket > 0)
        text.truncate(bracket);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

StepProgress aboutThePerson(const AssessmentRecord &record)
{
    const Person &person = record.person;
    const Assessment &a = record.assessment;
    const CommunicationNeeds &c = person.communication;
    Tally tally;
    tally.ask(!isBlank(person.fullName()));
    tally.ask(person.dateOfBirth.isValid());
    // Communication (DESIGN 2.4): a preferred language or any need recorded shows it was asked.
    tally.ask(!isBlank(c.preferredLanguage) || c.interpreter || !isBlank(c.interpreterLanguage)
        || c.easyRead || c.largePrint || c.braille || !isBlank(c.notes));
    tally.ask(!a.contributors.isEmpty());
    tally.ask(a.consent.given != Answer::Unknown);
    tally.ask(a.selfAssessment.offered != Answer::Unknown);
    // Care Act s67(4),(5): with no difficulty ticked there is nothing more to ask; with one, the
    // question is whether an appropriate person can support them.
    const AdvocacyCheck &advocacy = a.advocacy;
    tally.ask(!advocacy.hasSubstantialDifficulty()
        || advocacy.appropriatePersonAvailable != Answer::Unknown);
    // s67(2): once an advocate is required, the referral is a question of its own.
    if (advocacy.advocateRequired())
        tally.ask(advocacy.referralMade);
    return tally.progress();
}

StepProgress whatMatters(const AssessmentRecord &record)
{
    // DESIGN 2.4: what matters in their words, and who they are beyond their needs.
    const WhatMatters &w = record.assessment.whatMatters;
    Tally tally;
    tally.ask(!isBlank(w.inTheirWords));
    tally.ask(std::any_of(w.identities.cbegin(), w.identities.cend(),
        [](const QString &identity) { return !isBlank(identity); }));
    tally.ask(!isBlank(w.importantTo));
    tally.ask(!isBlank(w.importantFor));
    return tally.progress();
}

StepProgress strengthsAndNetwork(const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    Tally tally;
    const bool anyStrength = std::any_of(a.strengths.cbegin(), a.strengths.cend(),
        [](const Strength &s) { return !isBlank(s.description); });
    tally.ask(anyStrength || !isBlank(a.interests));
    tally.ask(!record.network.isEmpty());
    for (const NetworkMember &member : record.network) {
        // Strengths-based practice asks each person in the network whether their support is
        // willing, able and sustainable (Derbyshire Strength Based Support Policy); a service
        // is there for everyone and is not asked.
        if (!QualityChecks::isPersonalSupport(member))
            continue;
        tally.ask(member.willing != Answer::Unknown && member.able != Answer::Unknown
            && member.sustainable != Answer::Unknown);
        // Care Act s10: a carer is offered a carer's assessment.
        if (member.providesCare)
            tally.ask(member.carerAssessmentOffered != Answer::Unknown);
    }
    return tally.progress();
}

StepProgress wellbeing(const AssessmentRecord &record)
{
    // Care Act s1(2): nine areas, no hierarchy. Each is explored (something written) or
    // skipped with a reason: a recorded, reasoned choice, not a blank.
    Tally tally;
    const QList<WellbeingArea> areas = allWellbeingAreas();
    for (const WellbeingArea area : areas) {
        const auto &records = record.assessment.wellbeing;
        const auto found = std::find_if(records.cbegin(), records.cend(),
            [area](const WellbeingAreaRecord &r) { return r.area == area; });
        tally.ask(found != records.cend() && QualityChecks::wellbeingAreaAnswered(*found));
    }
    return tally.progress();
}

StepProgress needsAndOutcomes(const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    const bool fluctuates = a.fluctuating.fluctuates;
    Tally tally;
    if (a.carer) {
        // Reg 3(2): the carer's health, and each of the eight outcomes of reg 3(3).
        tally.ask(a.carer->health != HealthRisk::Unknown);
        const QList<CarerOutcome> outcomes = allCarerOutcomes();
        for (const CarerOutcome outcome : outcomes) {
            const auto &records = a.carer->outcomes;
            const auto found = std::find_if(records.cbegin(), records.cend(),
                [outcome](const CarerOutcomeRecord &r) { return r.outcome == outcome; });
            const bool answered = found != records.cend()
                && found->status != OutcomeStatus::NotAssessed
                && (found->status != OutcomeStatus::Unable
                    || QualityChecks::unableIsEvidenced(
                        found->meanings, found->badDayMeanings, found->evidence, fluctuates));
            tally.ask(answered);
        }
    } else {
        // Reg 2(2): each of the ten outcomes; an unable one says how (reg 2(3)) and on what
        // evidence.
        const QList<SpecifiedOutcome> outcomes = allSpecifiedOutcomes();
        for (const SpecifiedOutcome outcome : outcomes) {
            const auto &records = a.outcomes;
            const auto found = std::find_if(records.cbegin(), records.cend(),
                [outcome](const OutcomeRecord &r) { return r.outcome == outcome; });
            const bool answered = found != records.cend()
                && found->status != OutcomeStatus::NotAssessed
                && (found->status != OutcomeStatus::Unable
                    || QualityChecks::unableIsEvidenced(
                        found->meanings, found->badDayMeanings, found->evidence, fluctuates));
            tally.ask(answered);
        }
    }
    // Reg 2(4) / 3(5): fluctuating needs are considered over a stated period.
    if (fluctuates)
        tally.ask(!isBlank(a.fluctuating.periodConsidered));
    return tally.progress();
}

bool allOutcomesAchievable(const Assessment &a)
{
    if (a.carer) {
        const auto &records = a.carer->outcomes;
        return !records.isEmpty() && a.carer->health == HealthRisk::NotAtRisk
            && std::all_of(records.cbegin(), records.cend(),
                [](const CarerOutcomeRecord &r) { return r.status == OutcomeStatus::Achievable; });
    }
    const auto &records = a.outcomes;
    return !records.isEmpty()
        && std::all_of(records.cbegin(), records.cend(),
            [](const OutcomeRecord &r) { return r.status == OutcomeStatus::Achievable; });
}

// A need is decided (who meets it, or that it is not met) and the decision shows the graduated
// response was followed lowest first (DESIGN 2.4; Devon Promoting Independence Policy):
// - formal support, only once every lower step was considered (as the blocking check says);
// - otherwise every lower step considered, or the step that meets it found: a lower step that
//   meets the need asks nothing of the steps above it (proportionate practice);
// - a need not met has at least had information and advice considered (Care Act s13(5)).
bool needAnswered(const Need &need)
{
    if (need.metBy == NeedMetBy::NotYetDecided)
        return false;
    if (need.lowerStepsConsidered())
        return true;
    const auto has = [&need](auto predicate) {
        return std::any_of(need.responses.cbegin(), need.responses.cend(), predicate);
    };
    const bool formalChosen
        = need.metBy == NeedMetBy::Council || has([](const ResponseConsidered &r) {
              return r.response == GraduatedResponse::FormalSupport
                  && (r.verdict == ResponseVerdict::WillMeet
                      || r.verdict == ResponseVerdict::PartlyMeets);
          });
    if (formalChosen)
        return false;
    if (need.metBy == NeedMetBy::NotMet)
        return has([](const ResponseConsidered &r) {
            return r.response == GraduatedResponse::InformationAndAdvice
                && r.verdict != ResponseVerdict::NotConsidered;
        });
    return has([](const ResponseConsidered &r) {
        return r.response != GraduatedResponse::FormalSupport
            && r.verdict == ResponseVerdict::WillMeet;
    });
}

StepProgress preventionFirst(const AssessmentRecord &record)
{
    // One question per need (see needAnswered).
    const Assessment &a = record.assessment;
    Tally tally;
    if (a.needs.isEmpty()) {
        // No needs is an answer only when nothing was found that the person cannot achieve.
        tally.ask(allOutcomesAchievable(a));
        return tally.progress();
    }
    for (const Need &need : a.needs)
        tally.ask(needAnswered(need));
    return tally.progress();
}

StepProgress eligibility(const AssessmentRecord &record)
{
    // Reg 2(1)(a),(c) / 3(1)(a),(c) are the practitioner's to judge; the decision is theirs,
    // with a rationale (DESIGN 2.3).
    const Assessment &a = record.assessment;
    Tally tally;
    const Answer conditionA
        = a.carer ? a.carer->providesNecessaryCare : a.findings.arisesFromImpairmentOrIllness;
    tally.ask(conditionA != Answer::Unknown);
    tally.ask(a.findings.significantImpactOnWellbeing != Answer::Unknown);
    tally.ask(a.decision.recorded);
    tally.ask(a.decision.recorded && !isBlank(a.decision.rationale));
    return tally.progress();
}

StepProgress risks(const AssessmentRecord &record)
{
    // DESIGN 2.4 risk enablement: each risk with the person's own view and the agreed way to
    // manage it; a safeguarding concern is followed through.
    const Assessment &a = record.assessment;
    Tally tally;
    tally.ask(!a.risks.isEmpty());
    for (const Risk &risk : a.risks)
        tally.ask(!isBlank(risk.management) && !isBlank(risk.personsView));
    if (a.safeguarding.concern)
        tally.ask(a.safeguarding.handled);
    return tally.progress();
}

StepProgress plan(const AssessmentRecord &record)
{
    // Care Act s25 and DESIGN 2.5: what the plan must say.
    const Plan &p = record.plan;
    const Assessment &a = record.assessment;
    Tally tally;
    tally.ask(!isBlank(p.outcomesWanted));
    tally.ask(!isBlank(p.informationAndAdvice));
    tally.ask(!isBlank(p.importantTo));
    tally.ask(!isBlank(p.importantFor));
    tally.ask(!isBlank(p.contingency));
    tally.ask(!isBlank(p.decisionsAndControl));
    tally.ask(!isBlank(p.riskManagement));
    tally.ask(p.reviews.firstFormalReview.isValid());
    // s25(1)(e): how the needs the council meets will be met.
    const bool councilMeetsANeed = std::any_of(a.needs.cbegin(), a.needs.cend(),
        [](const Need &need) { return need.metBy == NeedMetBy::Council; });
    if (councilMeetsANeed)
        tally.ask(!isBlank(p.howUnmetNeedsWillBeMet));
    // s13(5): information and advice for needs found not eligible.
    if (a.decision.recorded && !a.decision.eligible)
        tally.ask(!isBlank(p.adviceForIneligibleNeeds));
    return tally.progress();
}

StepProgress checkAndFinalise(const AssessmentRecord &record)
{
    // One question: finalised with no hard gap left.
    Tally tally;
    tally.ask(record.assessment.status == AssessmentStatus::Finalised
        && !QualityChecks::blocksFinalising(QualityChecks::run(record)));
    return tally.progress();
}

// Lines "label: text" for the non-blank texts, in order.
QString lines(const QList<std::pair<QString, QString>> &items)
{
    QStringList out;
    for (const auto &[label, text] : items) {
        if (isBlank(text))
            continue;
        // A label is often a sentence of its own ("A hot meal every day."): its closing full
        // stop goes, so the line does not read "day.: Leaflet".
        QString heading = label.trimmed();
        if (heading.endsWith(QLatin1Char('.')) && !heading.endsWith(QLatin1String("...")))
            heading.chop(1);
        out.append(heading.isEmpty() ? text.trimmed()
                                     : AssessmentFlow::tr("%1: %2").arg(heading, text.trimmed()));
    }
    return out.join(QLatin1Char('\n'));
}

// The practitioner's words win: only a blank field is filled.
void fillIfBlank(QString &field, const QString &value)
{
    if (isBlank(field) && !isBlank(value))
        field = value.trimmed();
}

} // namespace

QList<AssessmentStep> AssessmentFlow::allSteps()
{
    QList<AssessmentStep> steps;
    for (const StepEntry &e : kSteps)
        steps.append(e.step);
    return steps;
}

QString AssessmentFlow::code(AssessmentStep step)
{
    return QString::fromLatin1(entry(step).code);
}

QString AssessmentFlow::title(AssessmentStep step)
{
    return QCoreApplication::translate("hearth::AssessmentFlow", entry(step).title);
}

AssessmentRecord AssessmentFlow::start(const Person &person, const QList<NetworkMember> &network,
    const QString &practitioner, const QDate &today)
{
    AssessmentRecord record;
    record.person = person;
    record.network = network;
    record.assessment = Assessment::blank(AssessmentKind::AdultNeeds);
    record.assessment.id = QUuid::createUuid();
    record.assessment.personId = person.id;
    record.assessment.startedOn = today;
    record.assessment.practitioner = practitioner;
    record.plan.id = QUuid::createUuid();
    record.plan.assessmentId = record.assessment.id;
    return record;
}

AssessmentRecord AssessmentFlow::newVersion(const AssessmentRecord &finalised, const QDate &today)
{
    AssessmentRecord next = finalised;
    next.assessment.id = QUuid::createUuid();
    next.assessment.version = 1;
    next.assessment.status = AssessmentStatus::Draft;
    next.assessment.startedOn = today;
    // The decision belongs to the finalised version; the new one is decided afresh.
    next.assessment.decision = {};
    for (Need &need : next.assessment.needs)
        need.id = QUuid::createUuid();
    for (Risk &risk : next.assessment.risks)
        risk.id = QUuid::createUuid();
    next.plan.id = QUuid::createUuid();
    next.plan.assessmentId = next.assessment.id;
    next.plan.version = 1;
    next.plan.shared.reset();
    // The review dates were set from the day the old plan was agreed; the new plan's come from
    // the day it is finalised (DESIGN 2.6: a review or change starts the clock again).
    next.plan.reviews = {};
    // A change after a review is a full reassessment of the same kind as the one reviewed.
    if (next.assessment.kind == AssessmentKind::Review) {
        next.assessment.setKind(
            next.assessment.carer ? AssessmentKind::Carer : AssessmentKind::AdultNeeds);
        next.assessment.review.reset();
    }
    return next;
}

AssessmentRecord AssessmentFlow::startReview(const AssessmentRecord &finalised, const QDate &today)
{
    AssessmentRecord next = newVersion(finalised, today);
    const bool carers = finalised.assessment.forCarer();
    next.assessment.kind = AssessmentKind::Review;
    if (carers && !next.assessment.carer)
        next.assessment.carer = CarerDetails {};
    // The plan stays as it is until the review changes it, and its schedule is the one
    // under review: the caseload keeps showing the review as due until it is finalised.
    next.plan.reviews = finalised.plan.reviews;

    ReviewDetails review;
    review.reviewedAssessmentId = finalised.assessment.id;
    review.reviewedPlanRevision = finalised.plan.revision;
    review.budgetBefore = finalised.plan.budget.confirmedWeekly;
    if (carers) {
        for (const CarerOutcomeRecord &r : finalised.assessment.carer->outcomes) {
            if (r.status == OutcomeStatus::Unable)
                review.outcomes.append({hearth::code(r.outcome), OutcomeProgress::NotReviewed, {}});
        }
    } else {
        for (const OutcomeRecord &r : finalised.assessment.outcomes) {
            if (r.status == OutcomeStatus::Unable)
                review.outcomes.append({hearth::code(r.outcome), OutcomeProgress::NotReviewed, {}});
        }
    }
    next.assessment.review = review;
    return next;
}

StepProgress AssessmentFlow::progress(AssessmentStep step, const AssessmentRecord &record)
{
    switch (step) {
    case AssessmentStep::AboutThePerson:
        return aboutThePerson(record);
    case AssessmentStep::WhatMatters:
        return whatMatters(record);
    case AssessmentStep::StrengthsAndNetwork:
        return strengthsAndNetwork(record);
    case AssessmentStep::Wellbeing:
        return wellbeing(record);
    case AssessmentStep::NeedsAndOutcomes:
        return needsAndOutcomes(record);
    case AssessmentStep::PreventionFirst:
        return preventionFirst(record);
    case AssessmentStep::Eligibility:
        return eligibility(record);
    case AssessmentStep::Risks:
        return risks(record);
    case AssessmentStep::Plan:
        return plan(record);
    case AssessmentStep::CheckAndFinalise:
        return checkAndFinalise(record);
    }
    return {};
}

PlanNeeds AssessmentFlow::planNeeds(const Assessment &a)
{
    PlanNeeds out;
    const EligibilityProposal proposal = Eligibility::propose(a);
    if (a.decision.recorded) {
        out.basis = PlanNeeds::Basis::Decision;
        out.eligible = a.decision.eligible;
    } else if (proposal.eligible != ConditionResult::Undetermined) {
        out.basis = PlanNeeds::Basis::Proposal;
        out.eligible = proposal.eligible == ConditionResult::Met;
    }

    // Reg 2(1)(b): a need is eligible when it is about an outcome the person is unable to
    // achieve and their needs were found eligible. A carer's needs are decided as one (reg 3).
    QSet<QString> unableCodes;
    for (const UnableOutcome &outcome : proposal.unableOutcomes)
        unableCodes.insert(outcome.outcomeCode);
    const auto linked = [&](const Need &need) {
        return proposal.forCarer
            || std::any_of(need.outcomes.cbegin(), need.outcomes.cend(),
                [&](SpecifiedOutcome o) { return unableCodes.contains(hearth::code(o)); });
    };

    for (const Need &need : a.needs) {
        out.identified.append(need);
        const bool needEligible = out.known() && out.eligible && linked(need);
        if (needEligible) {
            out.eligibleNeeds.append(need);
        } else if (out.known()) {
            out.ineligibleNeeds.append(need);
            if (out.eligible)
                out.notLinkedToUnableOutcome.append(need);
        }
        switch (need.metBy) {
        case NeedMetBy::PersonsOwnStrengths:
        case NeedMetBy::Network:
        case NeedMetBy::Community:
            out.metByPersonOrNetwork.append(need);
            break;
        case NeedMetBy::Council:
            out.metByCouncil.append(need);
            break;
        case NeedMetBy::NotMet:
        case NeedMetBy::NotYetDecided:
            if (needEligible)
                out.eligibleWithNobodyYet.append(need);
            break;
        }
    }
    return out;
}

void AssessmentFlow::assemblePlan(
    AssessmentRecord &record, const QDate &today, const ReviewIntervals &intervals)
{
    const Assessment &a = record.assessment;
    Plan &p = record.plan;

    // DESIGN 2.5: what is important to and for the person, as the assessment recorded it.
    fillIfBlank(p.importantTo, a.whatMatters.importantTo);
    fillIfBlank(p.importantFor, a.whatMatters.importantFor);

    // The outcomes the person wants (s25(1)(b)): each area's desired outcome, else their
    // own words.
    QList<std::pair<QString, QString>> wanted;
    for (const WellbeingAreaRecord &area : a.wellbeing)
        wanted.append({areaLabel(area.area), area.desiredOutcome});
    fillIfBlank(p.outcomesWanted, lines(wanted));
    fillIfBlank(p.outcomesWanted, a.whatMatters.inTheirWords);

    // s25(1)(d): information and advice, from what each need's first step offered.
    QList<std::pair<QString, QString>> advice;
    for (const Need &need : a.needs) {
        for (const ResponseConsidered &response : need.responses) {
            if (response.response == GraduatedResponse::InformationAndAdvice
                && response.verdict != ResponseVerdict::NotConsidered)
                advice.append({need.description, response.notes});
        }
    }
    fillIfBlank(p.informationAndAdvice, lines(advice));

    // s25(1)(e): how the needs the council meets will be met.
    QList<std::pair<QString, QString>> councilMeets;
    for (const Need &need : a.needs) {
        if (need.metBy == NeedMetBy::Council)
            councilMeets.append({need.description, need.howMet});
    }
    fillIfBlank(p.howUnmetNeedsWillBeMet, lines(councilMeets));

    // DESIGN 2.4 risk enablement: how each risk will be managed, as agreed.
    QList<std::pair<QString, QString>> managed;
    for (const Risk &risk : a.risks)
        managed.append({risk.description, risk.management});
    fillIfBlank(p.riskManagement, lines(managed));

    // DESIGN 2.6: an informal review at about 72 hours is appropriate when the council starts
    // to meet a need; the formal reviews follow from the day the plan is agreed.
    if (p.reviews.isEmpty()) {
        const bool councilMeetsANeed = std::any_of(a.needs.cbegin(), a.needs.cend(),
            [](const Need &need) { return need.metBy == NeedMetBy::Council; });
        p.reviews = ReviewSchedule::from(today, councilMeetsANeed, intervals);
    }
}

Status AssessmentFlow::finalise(
    AssessmentRecord &record, const QDate &today, const ReviewIntervals &intervals)
{
    if (record.assessment.status == AssessmentStatus::Finalised)
        return Error {tr("This assessment is already finalised. Start a new version to change "
                         "it.")};
    const QList<QualityCheck> checks = QualityChecks::run(record);
    if (QualityChecks::blocksFinalising(checks)) {
        QStringList message {tr("The assessment cannot be finalised yet:")};
        for (const QualityCheck &check : checks) {
            if (check.severity == CheckSeverity::Blocking)
                message.append(QStringLiteral("• ") + check.message);
        }
        return Error {message.join(QLatin1Char('\n'))};
    }
    if (record.assessment.kind == AssessmentKind::Review && record.assessment.review) {
        const ReviewDetails &review = *record.assessment.review;
        const bool revised = review.conclusion == ReviewConclusion::PlanRevised;
        record.plan.reviews
            = ReviewSchedule::afterReview(record.plan.reviews, today, revised, intervals);
        record.plan.revision
            = revised ? review.reviewedPlanRevision + 1 : review.reviewedPlanRevision;
    }
    assemblePlan(record, today, intervals);
    record.assessment.status = AssessmentStatus::Finalised;
    return {};
}

} // namespace hearth
