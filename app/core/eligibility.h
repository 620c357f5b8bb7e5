#pragma once

#include "assessment.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

enum class ConditionResult { Met, NotMet, Undetermined };
QString code(ConditionResult result);

// One condition of reg 2(1) or reg 3(1), with the reason in words a practitioner can check.
struct EligibilityCondition
{
    QString id; // "a", "b", "c"
    QString citation; // "reg 2(1)(a)"
    ConditionResult result = ConditionResult::Undetermined;
    QString reason;
};

// An outcome the person (or carer) is unable to achieve, and why.
struct UnableOutcome
{
    QString outcomeCode; // a SpecifiedOutcome or CarerOutcome code
    QString outcomeText;
    QString citation;
    QList<UnableMeaning> meanings;
    bool onBadDaysOnly = false;
    QString reason;
};

// What the software proposes from what was recorded, and exactly why. The practitioner
// decides (EligibilityDecision) and writes the rationale.
struct EligibilityProposal
{
    bool forCarer = false;
    QList<EligibilityCondition> conditions;
    QList<UnableOutcome> unableOutcomes;
    ConditionResult eligible = ConditionResult::Undetermined;
    QString summary;
    QStringList notes; // fluctuating needs, carer support ignored, missing evidence
};

class Eligibility
{
public:
    // Care and Support (Eligibility Criteria) Regulations 2015 reg 2: an adult's needs.
    static EligibilityProposal proposeForAdult(const Assessment &assessment);
    // Reg 3: a carer's needs. Uses assessment.carer; Undetermined when it is absent.
    static EligibilityProposal proposeForCarer(const Assessment &assessment);
    // The right one for the assessment's kind (a carer's assessment has carer details).
    static EligibilityProposal propose(const Assessment &assessment);

    // Record the practitioner's decision beside the proposal; a departure is marked, never
    // refused. Fails only when the rationale is empty.
    static Status decide(Assessment &assessment, bool eligible, const QString &rationale,
        const QString &decidedBy, const QDateTime &at);

    Q_DECLARE_TR_FUNCTIONS(hearth::Eligibility)
};

} // namespace hearth
