#pragma once

#include "assessment.h"
#include "network.h"
#include "person.h"
#include "plan.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace hearth {

// One assessment with everything it draws on: what the steps of the guided assessment edit
// and what the quality checks read.
struct AssessmentRecord
{
    Person person;
    QList<NetworkMember> network;
    Assessment assessment;
    Plan plan;

    bool operator==(const AssessmentRecord &) const = default;
};

// The steps of the guided assessment, in the order of a conversation (DESIGN 2.4). The
// practitioner moves among them freely: the order is a suggestion, not a lock.
enum class AssessmentStep {
    AboutThePerson,
    WhatMatters,
    StrengthsAndNetwork,
    Wellbeing,
    NeedsAndOutcomes,
    PreventionFirst,
    Eligibility,
    Risks,
    Plan,
    CheckAndFinalise,
};

// How complete a step is: the questions it asks and how many have an answer.
struct StepProgress
{
    int answered = 0;
    int total = 0;

    bool complete() const { return total > 0 && answered >= total; }
    int percent() const { return total == 0 ? 0 : (100 * answered) / total; }
};

// The needs of a plan in the groups of Care Act s25 and DESIGN 2.5, the same on screen and on
// paper. Which needs are eligible follows the practitioner's decision, or while there is none
// the proposal, and says which.
struct PlanNeeds
{
    enum class Basis { Decision, Proposal, NotKnown };
    Basis basis = Basis::NotKnown;
    bool eligible = false; // the person's needs as a whole, by the decision or the proposal

    QList<Need> identified; // every need, in order
    QList<Need> eligibleNeeds;
    QList<Need> ineligibleNeeds;
    // Eligible needs found not eligible only because no unable outcome is linked (reg 2(1)(b)).
    QList<Need> notLinkedToUnableOutcome;
    QList<Need> metByPersonOrNetwork; // own strengths, network or community (s25(1)(e))
    QList<Need> metByCouncil; // the unmet eligible needs the council will meet
    QList<Need> eligibleWithNobodyYet; // eligible, and not yet decided or not met

    bool known() const { return basis != Basis::NotKnown; }
};

class AssessmentFlow
{
    Q_DECLARE_TR_FUNCTIONS(hearth::AssessmentFlow)

public:
    static QList<AssessmentStep> allSteps();
    static QString code(AssessmentStep step); // "about-the-person"
    static QString title(AssessmentStep step); // "About the person"
    static StepProgress progress(AssessmentStep step, const AssessmentRecord &record);

    // A new draft adult assessment for `person`, started on `today` by `practitioner`, with
    // every wellbeing area and specified outcome present, and its empty plan.
    static AssessmentRecord start(const Person &person, const QList<NetworkMember> &network,
        const QString &practitioner, const QDate &today);

    // Fills the plan's parts that come from the assessment (important to and for, the
    // outcomes wanted, risk management, the review dates) where the practitioner has not
    // already written them. Never overwrites their words.
    // The review dates follow the council's `intervals` (Settings).
    static void assemblePlan(
        AssessmentRecord &record, const QDate &today, const ReviewIntervals &intervals = {});

    // The assessment's needs, grouped as a plan presents them.
    static PlanNeeds planNeeds(const Assessment &assessment);

    // Refuses while any quality check blocks (the message lists them); otherwise marks the
    // assessment finalised and sets the review dates from `today` if they are not set.
    // A review's schedule follows ReviewSchedule::afterReview, and a review that revises the
    // plan gives it the next revision number. `intervals` are the council's (Settings).
    static Status finalise(
        AssessmentRecord &record, const QDate &today, const ReviewIntervals &intervals = {});

    // A finalised assessment is read-only: a later change starts a new version, a draft copy
    // with new ids, started on `today`. A new version of a review is a full reassessment.
    static AssessmentRecord newVersion(const AssessmentRecord &finalised, const QDate &today);

    // Care Act s27, DESIGN 2.6: a review of the finalised record's plan, started on `today`.
    // It starts from the plan as it stands, lists each outcome the plan set out to meet (those
    // found unable), remembers the confirmed budget, keeps the schedule it is reviewing, and
    // leaves eligibility to be determined again.
    static AssessmentRecord startReview(const AssessmentRecord &finalised, const QDate &today);
};

} // namespace hearth
