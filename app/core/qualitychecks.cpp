#include "qualitychecks.h"

#include <QStringList>

#include <algorithm>

namespace hearth {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString needName(const Need &need)
{
    return isBlank(need.description) ? QualityChecks::tr("a need not yet described")
                                     : need.description.trimmed();
}

QString memberName(const NetworkMember &member)
{
    if (!isBlank(member.name))
        return member.name.trimmed();
    if (!isBlank(member.relationship))
        return member.relationship.trimmed();
    return QualityChecks::tr("someone in the network");
}

QString responseLabel(GraduatedResponse response)
{
    switch (response) {
    case GraduatedResponse::InformationAndAdvice:
        return QualityChecks::tr("information and advice");
    case GraduatedResponse::UniversalOrCommunity:
        return QualityChecks::tr("universal or community services");
    case GraduatedResponse::EquipmentAndAdaptations:
        return QualityChecks::tr("equipment and adaptations");
    case GraduatedResponse::Reablement:
        return QualityChecks::tr("reablement");
    case GraduatedResponse::OwnNetwork:
        return QualityChecks::tr("their own network");
    case GraduatedResponse::ProfessionalAssessment:
        return QualityChecks::tr("a professional assessment");
    case GraduatedResponse::FormalSupport:
        return QualityChecks::tr("formal support");
    }
    return {};
}

bool considered(const Need &need, GraduatedResponse step)
{
    return std::any_of(
        need.responses.cbegin(), need.responses.cend(), [step](const ResponseConsidered &r) {
            return r.response == step && r.verdict != ResponseVerdict::NotConsidered;
        });
}

bool meets(const Need &need, GraduatedResponse step)
{
    return std::any_of(
        need.responses.cbegin(), need.responses.cend(), [step](const ResponseConsidered &r) {
            return r.response == step && r.verdict == ResponseVerdict::WillMeet;
        });
}

// Formal support is chosen when the council is to meet the need, or when formal support was
// weighed and found to meet it in whole or part.
bool formalSupportChosen(const Need &need)
{
    if (need.metBy == NeedMetBy::Council)
        return true;
    return std::any_of(
        need.responses.cbegin(), need.responses.cend(), [](const ResponseConsidered &r) {
            return r.response == GraduatedResponse::FormalSupport
                && (r.verdict == ResponseVerdict::WillMeet
                    || r.verdict == ResponseVerdict::PartlyMeets);
        });
}

class Collector
{
public:
    void block(const char *code, AssessmentStep step, const QString &message)
    {
        add(code, CheckSeverity::Blocking, step, message);
    }
    void warn(const char *code, AssessmentStep step, const QString &message)
    {
        add(code, CheckSeverity::Warning, step, message);
    }

    // Hard gaps first, then in the order of the steps; within a step, the order found.
    QList<QualityCheck> sorted()
    {
        std::stable_sort(m_checks.begin(), m_checks.end(),
            [](const QualityCheck &left, const QualityCheck &right) {
                const bool leftBlocks = left.severity == CheckSeverity::Blocking;
                const bool rightBlocks = right.severity == CheckSeverity::Blocking;
                if (leftBlocks != rightBlocks)
                    return leftBlocks;
                return static_cast<int>(left.step) < static_cast<int>(right.step);
            });
        return m_checks;
    }

private:
    void add(const char *code, CheckSeverity severity, AssessmentStep step, const QString &message)
    {
        m_checks.append({QString::fromLatin1(code), severity, step, message});
    }

    QList<QualityCheck> m_checks;
};

void aboutThePerson(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    // Care Act 2014 s67(2),(4),(5): substantial difficulty and no appropriate person means the
    // local authority must arrange an independent advocate.
    if (a.advocacy.advocateRequired() && !a.advocacy.referralMade)
        out.block("advocate-not-arranged", AssessmentStep::AboutThePerson,
            QualityChecks::tr("An independent advocate must be arranged: the person has "
                              "substantial difficulty and no appropriate person to support them "
                              "(Care Act s67)."));
    // DESIGN 2.4: consent is recorded (Mental Capacity Act 2005).
    if (a.consent.given == Answer::Unknown)
        out.warn("consent-not-recorded", AssessmentStep::AboutThePerson,
            QualityChecks::tr("Whether the person consents to the assessment is not recorded."));
}

void whatMatters(const AssessmentRecord &record, Collector &out)
{
    // Derbyshire "Assuring Quality": a clear sense of who the person is and what matters to
    // them (DESIGN 2.7).
    const WhatMatters &w = record.assessment.whatMatters;
    if (isBlank(w.inTheirWords))
        out.warn("what-matters-missing", AssessmentStep::WhatMatters,
            QualityChecks::tr("What matters to the person is not written in their own words."));
    const bool anyIdentity = std::any_of(w.identities.cbegin(), w.identities.cend(),
        [](const QString &identity) { return !isBlank(identity); });
    if (!anyIdentity)
        out.warn("identity-missing", AssessmentStep::WhatMatters,
            QualityChecks::tr("Who the person is beyond their needs is not recorded."));
}

void strengthsAndNetwork(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    // "Strengths-based approach used throughout" (DESIGN 2.7): strengths and resources first.
    const bool anyStrength = std::any_of(a.strengths.cbegin(), a.strengths.cend(),
        [](const Strength &s) { return !isBlank(s.description); });
    if (!anyStrength && isBlank(a.interests))
        out.warn("strengths-missing", AssessmentStep::StrengthsAndNetwork,
            QualityChecks::tr("No strengths or interests are recorded."));
    if (record.network.isEmpty())
        out.warn("network-unexplored", AssessmentStep::StrengthsAndNetwork,
            QualityChecks::tr("No family, friends, neighbours or groups are recorded."));
    for (const NetworkMember &member : record.network) {
        // DESIGN 2.4: support relied on is willing, able and sustainable, agreed with them.
        const bool reliedOn = member.providesCare || !isBlank(member.helpsWith);
        if (reliedOn && QualityChecks::isPersonalSupport(member)
            && (member.willing == Answer::Unknown || member.able == Answer::Unknown
                || member.sustainable == Answer::Unknown || !member.agreedWithThem))
            out.warn("network-support-unconfirmed", AssessmentStep::StrengthsAndNetwork,
                QualityChecks::tr("%1 helps: confirm with them that they are willing, able and "
                                  "can keep it up.")
                    .arg(memberName(member)));
        // Care Act 2014 s10: a carer who appears to have needs is offered an assessment.
        if (member.providesCare && member.carerAssessmentOffered != Answer::Yes)
            out.warn("carer-assessment-not-offered", AssessmentStep::StrengthsAndNetwork,
                QualityChecks::tr("%1 provides care: offer them a carer's assessment (Care Act "
                                  "s10).")
                    .arg(memberName(member)));
    }
}

void wellbeing(const AssessmentRecord &record, Collector &out)
{
    // DESIGN 2.1: an area left unexplored is a recorded, reasoned choice, not a blank.
    const QList<WellbeingArea> areas = allWellbeingAreas();
    const auto &records = record.assessment.wellbeing;
    for (const WellbeingArea area : areas) {
        const auto found = std::find_if(records.cbegin(), records.cend(),
            [area](const WellbeingAreaRecord &r) { return r.area == area; });
        if (found != records.cend() && QualityChecks::wellbeingAreaAnswered(*found))
            continue;
        const bool exploredButBlank = found != records.cend() && found->explored;
        out.warn("wellbeing-area-unexplored", AssessmentStep::Wellbeing,
            exploredButBlank
                ? QualityChecks::tr("Wellbeing, %1: marked explored but nothing is written.")
                      .arg(statutoryText(area))
                : QualityChecks::tr("Wellbeing, %1: explore it or record why not.")
                      .arg(statutoryText(area)));
    }
}

// One outcome of reg 2(2) or reg 3(3), whichever the assessment uses.
struct OutcomeView
{
    QString text;
    OutcomeStatus status = OutcomeStatus::NotAssessed;
    const QList<UnableMeaning> *meanings = nullptr;
    const QList<UnableMeaning> *badDayMeanings = nullptr;
    const QString *evidence = nullptr;
};

QList<OutcomeView> outcomeViews(const Assessment &a)
{
    QList<OutcomeView> views;
    if (a.forCarer() && a.carer) {
        const QList<CarerOutcome> outcomes = allCarerOutcomes();
        for (const CarerOutcome outcome : outcomes) {
            const auto &records = a.carer->outcomes;
            const auto found = std::find_if(records.cbegin(), records.cend(),
                [outcome](const CarerOutcomeRecord &r) { return r.outcome == outcome; });
            OutcomeView view {statutoryText(outcome)};
            if (found != records.cend())
                view = {view.text, found->status, &found->meanings, &found->badDayMeanings,
                    &found->evidence};
            views.append(view);
        }
        return views;
    }
    const QList<SpecifiedOutcome> outcomes = allSpecifiedOutcomes();
    for (const SpecifiedOutcome outcome : outcomes) {
        const auto &records = a.outcomes;
        const auto found = std::find_if(records.cbegin(), records.cend(),
            [outcome](const OutcomeRecord &r) { return r.outcome == outcome; });
        OutcomeView view {statutoryText(outcome)};
        if (found != records.cend())
            view = {view.text, found->status, &found->meanings, &found->badDayMeanings,
                &found->evidence};
        views.append(view);
    }
    return views;
}

void needsAndOutcomes(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    const bool fluctuates = a.fluctuating.fluctuates;
    // Reg 3(2)(a): the carer's health is a limb of eligibility on its own.
    if (a.forCarer() && a.carer && a.carer->health == HealthRisk::Unknown)
        out.warn("carer-health-not-recorded", AssessmentStep::NeedsAndOutcomes,
            QualityChecks::tr("Whether the carer's health is at risk is not recorded (reg "
                              "3(2)(a))."));
    // "Eligibility applied correctly" (DESIGN 2.7): every outcome of reg 2(2) / 3(3) assessed,
    // and an unable one says how (reg 2(3) / 3(4)) and on what evidence.
    const QList<OutcomeView> views = outcomeViews(a);
    for (const OutcomeView &view : views) {
        if (view.status == OutcomeStatus::NotAssessed) {
            out.warn("outcome-not-assessed", AssessmentStep::NeedsAndOutcomes,
                QualityChecks::tr("Not yet assessed: %1.").arg(view.text));
        } else if (view.status == OutcomeStatus::Unable
            && !QualityChecks::unableIsEvidenced(
                *view.meanings, *view.badDayMeanings, *view.evidence, fluctuates)) {
            out.warn("unable-without-evidence", AssessmentStep::NeedsAndOutcomes,
                QualityChecks::tr("Unable to achieve %1: record how and the evidence.")
                    .arg(view.text));
        }
    }
    // Reg 2(4) / 3(5): fluctuating needs are considered over a period long enough to establish
    // the level of need.
    if (fluctuates && isBlank(a.fluctuating.periodConsidered))
        out.warn("fluctuating-period-missing", AssessmentStep::NeedsAndOutcomes,
            a.carer
                ? QualityChecks::tr("Needs fluctuate: record the period considered (reg 3(5)).")
                : QualityChecks::tr("Needs fluctuate: record the period considered (reg 2(4))."));
}

void preventionFirst(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    // "Met and unmet eligible needs identified" (DESIGN 2.7): an outcome the person cannot
    // achieve gives rise to a need.
    const QList<OutcomeView> views = outcomeViews(a);
    const bool anyUnable = std::any_of(views.cbegin(), views.cend(),
        [](const OutcomeView &view) { return view.status == OutcomeStatus::Unable; });
    if (a.needs.isEmpty() && anyUnable)
        out.warn("needs-not-identified", AssessmentStep::PreventionFirst,
            QualityChecks::tr("Outcomes the person cannot achieve are recorded, but no needs."));

    for (const Need &need : a.needs) {
        // DESIGN 2.4, lowest first (Devon Promoting Independence Policy): formal, funded
        // support only once every lower step was considered.
        if (formalSupportChosen(need) && !need.lowerStepsConsidered()) {
            QStringList missing;
            const QList<GraduatedResponse> steps = allGraduatedResponses();
            for (const GraduatedResponse step : steps) {
                if (step != GraduatedResponse::FormalSupport && !considered(need, step))
                    missing.append(responseLabel(step));
            }
            out.block("formal-support-too-soon", AssessmentStep::PreventionFirst,
                QualityChecks::tr("Formal support for \"%1\" before the lower steps were "
                                  "considered: %2.")
                    .arg(needName(need), missing.join(QStringLiteral(", "))));
        }
        // "Universal and preventative responses considered" (DESIGN 2.7). Lowest first: a need
        // that a lower step meets asks nothing of the steps above it.
        const bool metByPrevention = meets(need, GraduatedResponse::InformationAndAdvice)
            || meets(need, GraduatedResponse::UniversalOrCommunity);
        if (!metByPrevention
            && (!considered(need, GraduatedResponse::InformationAndAdvice)
                || !considered(need, GraduatedResponse::UniversalOrCommunity)))
            out.warn("prevention-not-considered", AssessmentStep::PreventionFirst,
                QualityChecks::tr("\"%1\": consider information and advice, and universal or "
                                  "community services.")
                    .arg(needName(need)));
        // "Equipment and assistive technology considered" (DESIGN 2.7).
        if (!metByPrevention && !considered(need, GraduatedResponse::EquipmentAndAdaptations))
            out.warn("equipment-not-considered", AssessmentStep::PreventionFirst,
                QualityChecks::tr("\"%1\": consider equipment, assistive technology and "
                                  "adaptations.")
                    .arg(needName(need)));
        // "Met and unmet eligible needs identified" (DESIGN 2.7).
        if (need.metBy == NeedMetBy::NotYetDecided)
            out.warn("need-not-decided", AssessmentStep::PreventionFirst,
                QualityChecks::tr("\"%1\": record whether and how it is met.").arg(needName(need)));
    }
}

void eligibility(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    const EligibilityDecision &decision = a.decision;
    // DESIGN 2.3: the software proposes, the practitioner decides and writes the rationale.
    if (!decision.recorded) {
        out.block("decision-missing", AssessmentStep::Eligibility,
            QualityChecks::tr("No eligibility decision is recorded."));
    } else if (isBlank(decision.rationale)) {
        out.block("rationale-missing", AssessmentStep::Eligibility,
            QualityChecks::tr("The eligibility decision has no rationale."));
    }
    // Reg 2(1)(a),(c) / 3(1)(a),(c): the conditions only the practitioner can judge.
    const Answer conditionA = a.forCarer() && a.carer ? a.carer->providesNecessaryCare
                                                      : a.findings.arisesFromImpairmentOrIllness;
    if (conditionA == Answer::Unknown || a.findings.significantImpactOnWellbeing == Answer::Unknown)
        out.warn("eligibility-findings-missing", AssessmentStep::Eligibility,
            a.forCarer()
                ? QualityChecks::tr("Answer whether the needs arise from providing necessary "
                                    "care, and whether there is a significant impact on "
                                    "wellbeing (reg 3(1)).")
                : QualityChecks::tr("Answer whether the needs arise from an impairment or "
                                    "illness, and whether there is a significant impact on "
                                    "wellbeing (reg 2(1))."));
    // A departure is allowed ("defensible decisions with a clear rationale"), so the rationale
    // must explain it.
    if (decision.recorded && decision.departsFromProposal)
        out.warn("decision-departs", AssessmentStep::Eligibility,
            QualityChecks::tr("The decision differs from the proposal: check the rationale "
                              "explains why."));
}

void risks(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    // DESIGN 2.4: a safeguarding concern stops the normal flow until the procedure is followed.
    if (a.safeguarding.concern && !a.safeguarding.handled)
        out.block("safeguarding-unhandled", AssessmentStep::Risks,
            QualityChecks::tr("A safeguarding concern is not yet recorded as handled: follow the "
                              "safeguarding procedure."));
    // "Risk assessment present" (DESIGN 2.7).
    if (a.risks.isEmpty())
        out.warn("risk-assessment-missing", AssessmentStep::Risks,
            QualityChecks::tr("No risks are recorded."));
    // DESIGN 2.4 risk enablement: the person's own view and the agreed way to manage it.
    for (const Risk &risk : a.risks) {
        if (isBlank(risk.personsView) || isBlank(risk.management))
            out.warn("risk-incomplete", AssessmentStep::Risks,
                QualityChecks::tr("Risk \"%1\": record the person's view and how it is managed.")
                    .arg(isBlank(risk.description) ? QualityChecks::tr("not yet described")
                                                   : risk.description.trimmed()));
    }
}

void plan(const AssessmentRecord &record, Collector &out)
{
    // Care Act 2014 s13(5): information and advice for needs that are not eligible.
    const EligibilityDecision &decision = record.assessment.decision;
    if (decision.recorded && !decision.eligible && isBlank(record.plan.adviceForIneligibleNeeds))
        out.warn("ineligible-advice-missing", AssessmentStep::Plan,
            QualityChecks::tr("The needs are not eligible: give information and advice on "
                              "meeting or reducing them (Care Act s13(5))."));
}

// Care Act s10 and DESIGN 2.5: a carer's support plan says what the caring involves, what
// happens if the carer cannot care, and who to call in a crisis.
void carersAssessment(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    if (!a.forCarer() || !a.carer)
        return;
    const CarerDetails &c = *a.carer;
    if (isBlank(c.caringRole) || (isBlank(c.caredForName) && c.caredForPersonId.isNull()))
        out.warn("caring-role-missing", AssessmentStep::AboutThePerson,
            QualityChecks::tr("Say who the carer cares for and what the caring involves."));
    if (isBlank(c.ifUnableToCare))
        out.warn("carer-contingency-missing", AssessmentStep::AboutThePerson,
            QualityChecks::tr("Record what happens if the carer cannot care (contingency)."));
    if (isBlank(c.crisisContact))
        out.warn("carer-crisis-contact-missing", AssessmentStep::AboutThePerson,
            QualityChecks::tr("Record who the carer calls in a crisis."));
}

// Care Act s27, DESIGN 2.6: what a review has to say before it can be finalised.
void review(const AssessmentRecord &record, Collector &out)
{
    const Assessment &a = record.assessment;
    if (a.kind != AssessmentKind::Review || !a.review)
        return;
    const ReviewDetails &r = *a.review;
    if (isBlank(r.whatIsWorking) && isBlank(r.whatIsNotWorking))
        out.warn("review-working-missing", AssessmentStep::AboutThePerson,
            QualityChecks::tr("Record what is working and what is not."));
    int notReviewed = 0;
    for (const ReviewedOutcome &outcome : r.outcomes)
        notReviewed += outcome.progress == OutcomeProgress::NotReviewed ? 1 : 0;
    if (notReviewed > 0)
        out.block("review-outcomes-missing", AssessmentStep::AboutThePerson,
            notReviewed == 1
                ? QualityChecks::tr("Say whether the outcome left was achieved, partly achieved "
                                    "or not achieved.")
                : QualityChecks::tr("Say whether each outcome of the plan was achieved, partly "
                                    "achieved or not achieved (%1 left).")
                      .arg(notReviewed));
    if (r.conclusion == ReviewConclusion::NotDecided)
        out.block("review-conclusion-missing", AssessmentStep::AboutThePerson,
            QualityChecks::tr("Choose what the review concludes: no change, plan revised, or a "
                              "full reassessment."));
    // A lower budget must be explained to the person and be defensible: written down
    // before the review can be finalised.
    if (r.lowersBudget(record.plan.budget) && isBlank(r.budgetRationale))
        out.block("review-budget-rationale-missing", AssessmentStep::AboutThePerson,
            QualityChecks::tr("The confirmed budget is lower than before: write the rationale "
                              "for the change."));
}

} // namespace

QList<QualityCheck> QualityChecks::run(const AssessmentRecord &record)
{
    Collector out;
    review(record, out);
    carersAssessment(record, out);
    aboutThePerson(record, out);
    whatMatters(record, out);
    strengthsAndNetwork(record, out);
    wellbeing(record, out);
    needsAndOutcomes(record, out);
    preventionFirst(record, out);
    eligibility(record, out);
    risks(record, out);
    plan(record, out);
    return out.sorted();
}

bool QualityChecks::blocksFinalising(const QList<QualityCheck> &checks)
{
    for (const QualityCheck &check : checks) {
        if (check.severity == CheckSeverity::Blocking)
            return true;
    }
    return false;
}

bool QualityChecks::isPersonalSupport(const NetworkMember &member)
{
    return member.kind != NetworkKind::UniversalService
        && member.kind != NetworkKind::FormalService;
}

bool QualityChecks::wellbeingAreaAnswered(const WellbeingAreaRecord &area)
{
    if (!area.explored)
        return !isBlank(area.skippedReason);
    return !isBlank(area.personsView) || !isBlank(area.whatWorks) || !isBlank(area.concerns)
        || !isBlank(area.desiredOutcome);
}

bool QualityChecks::unableIsEvidenced(const QList<UnableMeaning> &meanings,
    const QList<UnableMeaning> &badDayMeanings, const QString &evidence, bool fluctuates)
{
    const bool hasMeaning = !meanings.isEmpty() || (fluctuates && !badDayMeanings.isEmpty());
    return hasMeaning && !isBlank(evidence);
}

} // namespace hearth
