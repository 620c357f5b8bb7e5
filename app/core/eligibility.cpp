#include "eligibility.h"

#include <algorithm>

namespace hearth {

QString code(ConditionResult result)
{
    switch (result) {
    case ConditionResult::Met:
        return QStringLiteral("met");
    case ConditionResult::NotMet:
        return QStringLiteral("not-met");
    case ConditionResult::Undetermined:
        break;
    }
    return QStringLiteral("undetermined");
}

namespace {

// The practitioner's own words go inside a sentence of ours: drop their final full stop so the
// sentence does not end with two.
QString withoutFinalStop(const QString &text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('.')))
        trimmed.chop(1);
    return trimmed;
}

// The meanings of "unable" that the Regulations allow for one outcome, split into those that
// apply on a typical day and those that apply only on bad days.
struct CountedMeanings
{
    QList<UnableMeaning> typical;
    QList<UnableMeaning> badDaysOnly;
    bool rejectedTakesLonger = false; // a carer's outcome recorded as "takes longer"
    bool ignoredBadDays = false; // bad-day meanings recorded but needs not fluctuating

    bool counts() const { return !typical.isEmpty() || !badDaysOnly.isEmpty(); }
    QList<UnableMeaning> all() const { return typical + badDaysOnly; }
};

// Reg 2(3)(a)-(d) for an adult; reg 3(4)(a)-(c) for a carer, which has no "takes
// significantly longer" meaning. Reg 2(4) / 3(5): where needs fluctuate the circumstances over
// a period are considered, so a meaning that holds on bad days counts as well.
CountedMeanings countMeanings(const QList<UnableMeaning> &meanings,
    const QList<UnableMeaning> &badDayMeanings, bool fluctuates, bool forCarer)
{
    CountedMeanings counted;
    const QList<UnableMeaning> allowed = forCarer ? carerUnableMeanings() : adultUnableMeanings();
    // Kept in statutory order so the reasons read like the Regulations.
    for (const UnableMeaning meaning : allowed) {
        const bool typical = meanings.contains(meaning);
        const bool badDay = badDayMeanings.contains(meaning);
        if (typical)
            counted.typical.append(meaning);
        else if (badDay && fluctuates)
            counted.badDaysOnly.append(meaning);
    }
    if (forCarer) {
        counted.rejectedTakesLonger = meanings.contains(UnableMeaning::TakesSignificantlyLonger)
            || badDayMeanings.contains(UnableMeaning::TakesSignificantlyLonger);
    }
    counted.ignoredBadDays = !fluctuates
        && std::any_of(badDayMeanings.cbegin(), badDayMeanings.cend(),
            [&](UnableMeaning m) { return allowed.contains(m) && !meanings.contains(m); });
    return counted;
}

QString describeMeanings(const QList<UnableMeaning> &meanings, bool forCarer)
{
    QStringList parts;
    for (const UnableMeaning meaning : meanings) {
        parts.append(QStringLiteral("%1 (%2)").arg(
            statutoryText(meaning, forCarer), citation(meaning, forCarer)));
    }
    return parts.join(QStringLiteral("; "));
}

UnableOutcome unableOutcome(const QString &outcomeCode, const QString &outcomeText,
    const QString &outcomeCitation, const CountedMeanings &counted, bool forCarer)
{
    UnableOutcome unable;
    unable.outcomeCode = outcomeCode;
    unable.outcomeText = outcomeText;
    unable.citation = outcomeCitation;
    unable.meanings = counted.all();
    unable.onBadDaysOnly = counted.typical.isEmpty();
    const QString fluctuationCitation
        = forCarer ? QStringLiteral("reg 3(5)") : QStringLiteral("reg 2(4)");
    if (unable.onBadDaysOnly) {
        unable.reason
            = Eligibility::tr("Unable on bad days only, which counts because needs fluctuate "
                              "(%1): %2.")
                  .arg(fluctuationCitation, describeMeanings(counted.badDaysOnly, forCarer));
    } else if (counted.badDaysOnly.isEmpty()) {
        unable.reason
            = Eligibility::tr("Unable: %1.").arg(describeMeanings(counted.typical, forCarer));
    } else {
        unable.reason = Eligibility::tr("Unable: %1. On bad days also (%2): %3.")
                            .arg(describeMeanings(counted.typical, forCarer), fluctuationCitation,
                                describeMeanings(counted.badDaysOnly, forCarer));
    }
    return unable;
}

// Reg 2(1) and reg 3(1) are conjunctive: every condition must hold, and one that fails is
// enough to decide against, whatever is still unknown.
ConditionResult combine(const QList<EligibilityCondition> &conditions)
{
    bool allMet = true;
    for (const EligibilityCondition &condition : conditions) {
        if (condition.result == ConditionResult::NotMet)
            return ConditionResult::NotMet;
        if (condition.result != ConditionResult::Met)
            allMet = false;
    }
    return allMet ? ConditionResult::Met : ConditionResult::Undetermined;
}

ConditionResult fromAnswer(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return ConditionResult::Met;
    case Answer::No:
        return ConditionResult::NotMet;
    case Answer::Unknown:
        break;
    }
    return ConditionResult::Undetermined;
}

QString areasText(const QList<WellbeingArea> &areas)
{
    QStringList texts;
    for (const WellbeingArea area : areas)
        texts.append(statutoryText(area));
    return texts.join(QStringLiteral("; "));
}

// Reg 2(1)(c) and reg 3(1)(c) are the same judgement, about the adult or about the carer.
EligibilityCondition wellbeingCondition(const EligibilityFindings &findings, bool forCarer)
{
    EligibilityCondition condition;
    condition.id = QStringLiteral("c");
    condition.citation = forCarer ? QStringLiteral("reg 3(1)(c)") : QStringLiteral("reg 2(1)(c)");
    condition.result = fromAnswer(findings.significantImpactOnWellbeing);
    switch (condition.result) {
    case ConditionResult::Met:
        condition.reason = forCarer
            ? Eligibility::tr(
                "As a consequence there is, or is likely to be, a significant impact on the "
                "carer's wellbeing.")
            : Eligibility::tr(
                "As a consequence there is, or is likely to be, a significant impact on the "
                "adult's wellbeing.");
        if (!findings.impactedAreas.isEmpty())
            condition.reason += QLatin1Char(' ')
                + Eligibility::tr("Areas of wellbeing affected: %1.")
                      .arg(areasText(findings.impactedAreas));
        if (!findings.impactReason.trimmed().isEmpty())
            condition.reason += QLatin1Char(' ') + findings.impactReason.trimmed();
        break;
    case ConditionResult::NotMet:
        condition.reason = forCarer
            ? Eligibility::tr(
                "Recorded that there is not, and is not likely to be, a significant impact "
                "on the carer's wellbeing.")
            : Eligibility::tr(
                "Recorded that there is not, and is not likely to be, a significant impact "
                "on the adult's wellbeing.");
        if (!findings.impactReason.trimmed().isEmpty())
            condition.reason += QLatin1Char(' ') + findings.impactReason.trimmed();
        break;
    case ConditionResult::Undetermined:
        condition.reason = forCarer
            ? Eligibility::tr("Whether there is, or is likely to be, a significant impact on the "
                              "carer's wellbeing has not been recorded yet.")
            : Eligibility::tr("Whether there is, or is likely to be, a significant impact on the "
                              "adult's wellbeing has not been recorded yet.");
        break;
    }
    return condition;
}

void addFluctuationNote(const Assessment &assessment, bool forCarer, EligibilityProposal &proposal)
{
    if (assessment.fluctuating.fluctuates
        && assessment.fluctuating.periodConsidered.trimmed().isEmpty()) {
        proposal.notes.append(
            Eligibility::tr(
                "Needs fluctuate, but the period over which the circumstances were considered "
                "is not recorded. %1 asks for a period long enough to establish the level of "
                "need.")
                .arg(forCarer ? QStringLiteral("Reg 3(5)") : QStringLiteral("Reg 2(4)")));
    }
}

void addMeaningNotes(const QString &outcomeText, OutcomeStatus status,
    const QList<UnableMeaning> &meanings, const QList<UnableMeaning> &badDayMeanings,
    const CountedMeanings &counted, bool forCarer, EligibilityProposal &proposal)
{
    const QString citationOfMeanings
        = forCarer ? QStringLiteral("reg 3(4)") : QStringLiteral("reg 2(3)");
    if (counted.rejectedTakesLonger) {
        proposal.notes.append(Eligibility::tr(
            "\"%1\": taking significantly longer than would normally be expected is a "
            "meaning of \"unable\" for an adult (reg 2(3)(d)) but not for a carer "
            "(reg 3(4)), so it is not counted.")
                                  .arg(outcomeText));
    }
    if (status != OutcomeStatus::Unable) {
        if (!meanings.isEmpty() || !badDayMeanings.isEmpty()) {
            proposal.notes.append(
                Eligibility::tr("\"%1\" is not recorded as unable to be achieved, so the "
                                "meanings of \"unable\" recorded for it are not counted.")
                    .arg(outcomeText));
        }
        return;
    }
    if (counted.ignoredBadDays) {
        proposal.notes.append(
            Eligibility::tr(
                "\"%1\": meanings recorded for bad days are not counted because the needs are "
                "not recorded as fluctuating (%2).")
                .arg(outcomeText,
                    forCarer ? QStringLiteral("reg 3(5)") : QStringLiteral("reg 2(4)")));
    }
    // The "takes longer" note already says why such an outcome does not count.
    if (!counted.counts() && !counted.rejectedTakesLonger) {
        proposal.notes.append(Eligibility::tr(
            "\"%1\" is recorded as unable to be achieved, but no meaning of \"unable\" from "
            "%2 is recorded, so it is not counted.")
                                  .arg(outcomeText, citationOfMeanings));
    }
}

QString outcomeList(const QList<UnableOutcome> &outcomes)
{
    QStringList texts;
    for (const UnableOutcome &outcome : outcomes)
        texts.append(QStringLiteral("%1 (%2)").arg(outcome.outcomeText, outcome.citation));
    return texts.join(QStringLiteral("; "));
}

QString summaryFor(ConditionResult eligible, bool forCarer)
{
    if (forCarer) {
        switch (eligible) {
        case ConditionResult::Met:
            return Eligibility::tr(
                "Carer's determination (reg 3): the recorded information meets all three "
                "conditions, so the carer's needs are proposed as eligible. A carer can "
                "be eligible whether or not the adult cared for has eligible needs.");
        case ConditionResult::NotMet:
            return Eligibility::tr(
                "Carer's determination (reg 3): at least one condition is not met, so the "
                "carer's needs are proposed as not eligible.");
        case ConditionResult::Undetermined:
            break;
        }
        return Eligibility::tr(
            "Carer's determination (reg 3): not enough has been recorded yet to propose "
            "whether the carer's needs are eligible.");
    }
    switch (eligible) {
    case ConditionResult::Met:
        return Eligibility::tr(
            "Adult's determination (reg 2): the recorded information meets all three "
            "conditions, so the adult's needs are proposed as eligible.");
    case ConditionResult::NotMet:
        return Eligibility::tr(
            "Adult's determination (reg 2): at least one condition is not met, so the "
            "adult's needs are proposed as not eligible.");
    case ConditionResult::Undetermined:
        break;
    }
    return Eligibility::tr(
        "Adult's determination (reg 2): not enough has been recorded yet to propose "
        "whether the adult's needs are eligible.");
}

} // namespace

EligibilityProposal Eligibility::proposeForAdult(const Assessment &assessment)
{
    EligibilityProposal proposal;
    proposal.forCarer = false;
    const bool fluctuates = assessment.fluctuating.fluctuates;
    const EligibilityFindings &findings = assessment.findings;

    EligibilityCondition a;
    a.id = QStringLiteral("a");
    a.citation = QStringLiteral("reg 2(1)(a)");
    a.result = fromAnswer(findings.arisesFromImpairmentOrIllness);
    switch (a.result) {
    case ConditionResult::Met:
        a.reason = findings.impairmentOrIllness.trimmed().isEmpty()
            ? tr("The needs arise from or are related to a physical or mental impairment or "
                 "illness.")
            : tr("The needs arise from or are related to a physical or mental impairment or "
                 "illness: %1.")
                  .arg(withoutFinalStop(findings.impairmentOrIllness));
        break;
    case ConditionResult::NotMet:
        a.reason = tr("Recorded that the needs do not arise from, and are not related to, a "
                      "physical or mental impairment or illness.");
        break;
    case ConditionResult::Undetermined:
        a.reason = tr("Whether the needs arise from or are related to a physical or mental "
                      "impairment or illness has not been recorded yet.");
        break;
    }

    // Reg 2(1)(b) and 2(2): count the specified outcomes the adult is unable to achieve. An
    // outcome with no record has not been assessed.
    int notAssessed = 0;
    const QList<SpecifiedOutcome> outcomes = allSpecifiedOutcomes();
    for (const SpecifiedOutcome outcome : outcomes) {
        const auto record = std::find_if(assessment.outcomes.cbegin(), assessment.outcomes.cend(),
            [outcome](const OutcomeRecord &r) { return r.outcome == outcome; });
        const QString text = statutoryText(outcome);
        if (record == assessment.outcomes.cend()) {
            ++notAssessed;
            continue;
        }
        // DESIGN 2.2: what a carer does today is ignored here, so that a need a daughter meets
        // still counts; planning then decides whether that support meets the need.
        if (!record->currentCarerSupport.trimmed().isEmpty()) {
            proposal.notes.append(tr("\"%1\": the support a carer gives now is not taken into "
                                     "account when determining eligibility; it is taken into "
                                     "account later, in planning.")
                                      .arg(text));
        }
        if (record->status == OutcomeStatus::NotAssessed)
            ++notAssessed;
        const CountedMeanings counted
            = countMeanings(record->meanings, record->badDayMeanings, fluctuates, false);
        addMeaningNotes(text, record->status, record->meanings, record->badDayMeanings, counted,
            false, proposal);
        if (record->status == OutcomeStatus::Unable && counted.counts())
            proposal.unableOutcomes.append(
                unableOutcome(code(outcome), text, citation(outcome), counted, false));
    }

    EligibilityCondition b;
    b.id = QStringLiteral("b");
    b.citation = QStringLiteral("reg 2(1)(b)");
    const auto unable = proposal.unableOutcomes.size();
    if (unable >= 2) {
        b.result = ConditionResult::Met;
        b.reason = tr("The adult is unable to achieve %n of the specified outcomes of reg 2(2), "
                      "and two or more are needed: %1.",
            nullptr, int(unable))
                       .arg(outcomeList(proposal.unableOutcomes));
    } else if (unable + notAssessed >= 2) {
        b.result = ConditionResult::Undetermined;
        b.reason = tr("The adult is unable to achieve %n of the specified outcomes of reg 2(2), "
                      "and two or more are needed;",
                       nullptr, int(unable))
            + QLatin1Char(' ')
            + tr("%n outcome(s) not assessed yet could still make two.", nullptr, notAssessed);
    } else {
        b.result = ConditionResult::NotMet;
        b.reason = tr("The adult is unable to achieve %n of the specified outcomes of reg 2(2), "
                      "and two or more are needed.",
            nullptr, int(unable));
        if (unable == 1)
            b.reason
                += QLatin1Char(' ') + tr("Unable: %1.").arg(outcomeList(proposal.unableOutcomes));
    }

    proposal.conditions = {a, b, wellbeingCondition(findings, false)};
    proposal.eligible = combine(proposal.conditions);
    proposal.summary = summaryFor(proposal.eligible, false);
    addFluctuationNote(assessment, false, proposal);
    return proposal;
}

EligibilityProposal Eligibility::proposeForCarer(const Assessment &assessment)
{
    EligibilityProposal proposal;
    proposal.forCarer = true;

    if (!assessment.carer) {
        const QString missing = tr("No carer's details are recorded for this assessment.");
        proposal.conditions = {
            {QStringLiteral("a"), QStringLiteral("reg 3(1)(a)"), ConditionResult::Undetermined,
                missing},
            {QStringLiteral("b"), QStringLiteral("reg 3(1)(b)"), ConditionResult::Undetermined,
                missing},
            {QStringLiteral("c"), QStringLiteral("reg 3(1)(c)"), ConditionResult::Undetermined,
                missing},
        };
        proposal.eligible = ConditionResult::Undetermined;
        proposal.summary = summaryFor(proposal.eligible, true);
        return proposal;
    }

    const CarerDetails &carer = *assessment.carer;
    const bool fluctuates = assessment.fluctuating.fluctuates;

    EligibilityCondition a;
    a.id = QStringLiteral("a");
    a.citation = QStringLiteral("reg 3(1)(a)");
    a.result = fromAnswer(carer.providesNecessaryCare);
    switch (a.result) {
    case ConditionResult::Met:
        a.reason = tr("The carer's needs arise as a consequence of providing necessary care for "
                      "an adult.");
        if (!carer.caredForName.trimmed().isEmpty())
            a.reason += QLatin1Char(' ')
                + tr("Care is provided for %1.").arg(carer.caredForName.trimmed());
        break;
    case ConditionResult::NotMet:
        a.reason = tr("Recorded that the carer's needs do not arise as a consequence of providing "
                      "necessary care for an adult.");
        break;
    case ConditionResult::Undetermined:
        a.reason = tr("Whether the carer provides necessary care for an adult has not been "
                      "recorded yet.");
        break;
    }

    // Reg 3(2)(b) and 3(3): one outcome the carer is unable to achieve is enough.
    int notAssessed = 0;
    const QList<CarerOutcome> outcomes = allCarerOutcomes();
    for (const CarerOutcome outcome : outcomes) {
        const auto record = std::find_if(carer.outcomes.cbegin(), carer.outcomes.cend(),
            [outcome](const CarerOutcomeRecord &r) { return r.outcome == outcome; });
        if (record == carer.outcomes.cend()) {
            ++notAssessed;
            continue;
        }
        const QString text = statutoryText(outcome);
        if (record->status == OutcomeStatus::NotAssessed)
            ++notAssessed;
        const CountedMeanings counted
            = countMeanings(record->meanings, record->badDayMeanings, fluctuates, true);
        addMeaningNotes(text, record->status, record->meanings, record->badDayMeanings, counted,
            true, proposal);
        if (record->status == OutcomeStatus::Unable && counted.counts())
            proposal.unableOutcomes.append(
                unableOutcome(code(outcome), text, citation(outcome), counted, true));
    }

    // Reg 3(2)(a): a risk to the carer's health is enough on its own, with no outcome unmet.
    const bool healthLimb
        = carer.health == HealthRisk::AtRisk || carer.health == HealthRisk::Deteriorating;
    const bool outcomeLimb = !proposal.unableOutcomes.isEmpty();

    EligibilityCondition b;
    b.id = QStringLiteral("b");
    b.citation = QStringLiteral("reg 3(1)(b)");
    QStringList because;
    if (carer.health == HealthRisk::Deteriorating)
        because.append(tr("The carer's physical or mental health is deteriorating (reg 3(2)(a))."));
    else if (carer.health == HealthRisk::AtRisk)
        because.append(tr("The carer's physical or mental health is at risk of deteriorating "
                          "(reg 3(2)(a))."));
    if (outcomeLimb) {
        because.append(tr("The carer is unable to achieve %n of the outcomes of reg 3(3), and one "
                          "is enough (reg 3(2)(b)): %1.",
            nullptr, int(proposal.unableOutcomes.size()))
                           .arg(outcomeList(proposal.unableOutcomes)));
    }
    if (healthLimb || outcomeLimb) {
        b.result = ConditionResult::Met;
    } else if (carer.health == HealthRisk::Unknown || notAssessed > 0) {
        b.result = ConditionResult::Undetermined;
        if (carer.health == HealthRisk::Unknown)
            because.append(tr("Whether the carer's health is, or is at risk of, deteriorating has "
                              "not been recorded yet (reg 3(2)(a))."));
        else
            because.append(tr("The carer's health is recorded as not at risk of deteriorating "
                              "(reg 3(2)(a))."));
        because.append(tr("The carer is unable to achieve none of the assessed outcomes of "
                          "reg 3(3); %n outcome(s) not assessed yet could still be unmet "
                          "(reg 3(2)(b)).",
            nullptr, notAssessed));
    } else {
        b.result = ConditionResult::NotMet;
        because.append(tr("The carer's health is recorded as not at risk of deteriorating "
                          "(reg 3(2)(a)), and every outcome of reg 3(3) was assessed with none "
                          "that the carer is unable to achieve (reg 3(2)(b))."));
    }
    b.reason = because.join(QLatin1Char(' '));
    if (!carer.healthEvidence.trimmed().isEmpty() && healthLimb)
        b.reason += QLatin1Char(' ') + carer.healthEvidence.trimmed();

    proposal.conditions = {a, b, wellbeingCondition(assessment.findings, true)};
    proposal.eligible = combine(proposal.conditions);
    proposal.summary = summaryFor(proposal.eligible, true);
    addFluctuationNote(assessment, true, proposal);
    return proposal;
}

// A review re-determines eligibility (DESIGN 2.6): a review of a carer's plan carries the
// carer's details, so it is decided under reg 3 like the carer's assessment itself.
EligibilityProposal Eligibility::propose(const Assessment &assessment)
{
    if (assessment.forCarer())
        return proposeForCarer(assessment);
    return proposeForAdult(assessment);
}

// DESIGN 2.3: the practitioner decides and must give a rationale; a decision against the
// proposal is allowed and marked, so it can be defended and found by quality assurance.
Status Eligibility::decide(Assessment &assessment, bool eligible, const QString &rationale,
    const QString &decidedBy, const QDateTime &at)
{
    if (rationale.trimmed().isEmpty())
        return Error {tr("A rationale is required for the eligibility decision.")};
    const EligibilityProposal proposal = propose(assessment);
    EligibilityDecision &decision = assessment.decision;
    decision.recorded = true;
    decision.eligible = eligible;
    decision.rationale = rationale;
    decision.decidedBy = decidedBy;
    decision.decidedAt = at;
    decision.proposalAtDecision = proposal.eligible == ConditionResult::Met;
    // An undetermined proposal is not a proposal to find eligible, so only a decision that
    // the needs are eligible departs from it.
    decision.departsFromProposal = eligible != decision.proposalAtDecision;
    return {};
}

} // namespace hearth
