#pragma once

#include "network.h"
#include "plan.h"
#include "statutory.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace hearth {

enum class AssessmentKind { AdultNeeds, Carer, Review };
enum class AssessmentStatus { Draft, SharedWithPerson, Finalised };

QString code(AssessmentKind kind);
QString code(AssessmentStatus status);
std::optional<AssessmentKind> assessmentKindFromCode(const QString &code);
std::optional<AssessmentStatus> assessmentStatusFromCode(const QString &code);

// Someone who took part: the person, family, an OT, health colleagues (DESIGN 2.4).
struct Contributor
{
    QString name;
    QString role; // "the person", "daughter", "occupational therapist"
    QString organisation;
    bool present = false; // present at the visit, not only consulted

    bool operator==(const Contributor &) const = default;
};

struct SupportedSelfAssessment
{
    Answer offered = Answer::Unknown;
    Answer accepted = Answer::Unknown;
    QString notes;

    bool operator==(const SupportedSelfAssessment &) const = default;
};

struct Consent
{
    Answer given = Answer::Unknown;
    QString notes; // what was agreed, with whom information may be shared

    bool operator==(const Consent &) const = default;
};

// Care Act 2014 s67(4): substantial difficulty in any of the four, and no appropriate person
// (s67(5)) to support the person's involvement, means an independent advocate must be arranged.
struct AdvocacyCheck
{
    bool difficultyUnderstanding = false;
    bool difficultyRetaining = false;
    bool difficultyUsingOrWeighing = false;
    bool difficultyCommunicating = false;
    Answer appropriatePersonAvailable = Answer::Unknown;
    QString appropriatePersonName;
    bool referralMade = false;
    QString advocateName;
    QString notes;

    bool hasSubstantialDifficulty() const;
    // s67: difficulty and no appropriate person. Unknown availability counts as none found
    // yet, so the prompt shows until the practitioner records an appropriate person.
    bool advocateRequired() const;
    bool operator==(const AdvocacyCheck &) const = default;
};

// Mental Capacity Act 2005: capacity is decision-specific and assumed unless shown otherwise
// (s1(2)). Each record is one decision.
struct CapacityRecord
{
    QString decision;
    Answer hasCapacity = Answer::Unknown; // Unknown: capacity assumed, not assessed
    QDate assessedOn;
    QString assessedBy;
    QString notes; // the two-stage test, support given, best interests

    bool operator==(const CapacityRecord &) const = default;
};

// What matters to the person, in their own words (DESIGN 2.4, Devon and Derbyshire policies).
struct WhatMatters
{
    QString inTheirWords; // answer to "If you could resolve the things that are difficult..."
    QStringList identities; // who they are beyond their needs: "a grandmother", "a keen gardener"
    QString importantTo;
    QString importantFor;

    bool operator==(const WhatMatters &) const = default;
};

struct Strength
{
    QString description; // "walks to the shop every morning", "plays the piano"
    bool operator==(const Strength &) const = default;
};

// One of the nine areas, explored with the person or skipped with a recorded reason.
struct WellbeingAreaRecord
{
    WellbeingArea area = WellbeingArea::PersonalDignity;
    bool explored = false;
    QString personsView;
    QString whatWorks;
    QString concerns;
    QString desiredOutcome;
    QString skippedReason; // required when not explored: a reasoned choice, not a blank
    int importance = 0; // 0 not said, 1..3 how much it matters to the person (the wheel)

    bool operator==(const WellbeingAreaRecord &) const = default;
};

enum class OutcomeStatus { NotAssessed, Achievable, Unable };
QString code(OutcomeStatus status);
std::optional<OutcomeStatus> outcomeStatusFromCode(const QString &code);

// One specified outcome (reg 2(2)). `meanings` are the ways the adult is unable to achieve
// it on a typical day; `badDayMeanings` those that apply on bad days when needs fluctuate
// (reg 2(4)). `currentCarerSupport` is recorded for planning only: eligibility ignores it.
struct OutcomeRecord
{
    SpecifiedOutcome outcome = SpecifiedOutcome::Nutrition;
    OutcomeStatus status = OutcomeStatus::NotAssessed;
    QList<UnableMeaning> meanings;
    QList<UnableMeaning> badDayMeanings;
    QString evidence;
    QString goodDay;
    QString badDay;
    QList<WellbeingArea> affectedAreas;
    QString currentCarerSupport;

    bool operator==(const OutcomeRecord &) const = default;
};

// One of the carer's eight outcomes (reg 3(3)), with the three meanings of reg 3(4).
struct CarerOutcomeRecord
{
    CarerOutcome outcome = CarerOutcome::CaringForAChild;
    OutcomeStatus status = OutcomeStatus::NotAssessed;
    QList<UnableMeaning> meanings;
    QList<UnableMeaning> badDayMeanings;
    QString evidence;

    bool operator==(const CarerOutcomeRecord &) const = default;
};

enum class HealthRisk { Unknown, NotAtRisk, AtRisk, Deteriorating };
QString code(HealthRisk risk);
std::optional<HealthRisk> healthRiskFromCode(const QString &code);

// The carer's side of a carer's assessment (Care Act s10; reg 3).
struct CarerDetails
{
    QUuid caredForPersonId; // when the person cared for is on the caseload
    QString caredForName;
    QString caringRole;
    int hoursPerWeek = 0;
    Answer providesNecessaryCare = Answer::Unknown; // reg 3(1)(a)
    HealthRisk health = HealthRisk::Unknown; // reg 3(2)(a)
    QString healthEvidence;
    QList<CarerOutcomeRecord> outcomes;
    QString whatWouldHelp;
    QString ifUnableToCare; // contingency
    QString crisisContact;

    bool operator==(const CarerDetails &) const = default;
};

// The lowest-first graduated response (DESIGN 2.4; Devon Promoting Independence Policy).
enum class GraduatedResponse {
    InformationAndAdvice,
    UniversalOrCommunity,
    EquipmentAndAdaptations,
    Reablement,
    OwnNetwork,
    ProfessionalAssessment,
    FormalSupport,
};
QString code(GraduatedResponse response);
std::optional<GraduatedResponse> graduatedResponseFromCode(const QString &code);
QList<GraduatedResponse> allGraduatedResponses();

enum class ResponseVerdict { NotConsidered, WillMeet, PartlyMeets, NotSuitable };
QString code(ResponseVerdict verdict);
std::optional<ResponseVerdict> responseVerdictFromCode(const QString &code);

struct ResponseConsidered
{
    GraduatedResponse response = GraduatedResponse::InformationAndAdvice;
    ResponseVerdict verdict = ResponseVerdict::NotConsidered;
    QString notes; // what was tried or offered, and why the next step up was needed

    bool operator==(const ResponseConsidered &) const = default;
};

enum class NeedMetBy { NotYetDecided, PersonsOwnStrengths, Network, Community, Council, NotMet };
QString code(NeedMetBy metBy);
std::optional<NeedMetBy> needMetByFromCode(const QString &code);

struct Need
{
    QUuid id;
    QString description;
    QList<SpecifiedOutcome> outcomes;
    QList<WellbeingArea> wellbeingAreas;
    QList<ResponseConsidered> responses;
    NeedMetBy metBy = NeedMetBy::NotYetDecided;
    QString howMet;

    // Formal support may be chosen only once every lower step was recorded as considered.
    bool lowerStepsConsidered() const;
    bool operator==(const Need &) const = default;
};

struct Risk
{
    QUuid id;
    QString description;
    QString personsView;
    QString management;
    bool positiveRisk = false; // a risk the person chooses to take
    bool operator==(const Risk &) const = default;
};

// A safeguarding concern stops the normal flow and points to the safeguarding procedure.
struct Safeguarding
{
    bool concern = false;
    QString details;
    bool handled = false; // the procedure was followed and that is recorded
    QString actionTaken;

    bool operator==(const Safeguarding &) const = default;
};

struct FluctuatingNeeds
{
    bool fluctuates = false;
    QString periodConsidered; // reg 2(4): the period over which circumstances were considered
    QString notes;

    bool operator==(const FluctuatingNeeds &) const = default;
};

// The inputs to conditions (a) and (c) of reg 2(1) that only the practitioner can judge.
struct EligibilityFindings
{
    Answer arisesFromImpairmentOrIllness = Answer::Unknown; // reg 2(1)(a) / reg 3(1)(a)
    QString impairmentOrIllness;
    Answer significantImpactOnWellbeing = Answer::Unknown; // reg 2(1)(c) / reg 3(1)(c)
    QList<WellbeingArea> impactedAreas;
    QString impactReason;

    bool operator==(const EligibilityFindings &) const = default;
};

// The practitioner decides; the software only proposes (DESIGN 2.3).
struct EligibilityDecision
{
    bool recorded = false;
    bool eligible = false;
    QString rationale;
    QString decidedBy;
    QDateTime decidedAt;
    bool proposalAtDecision = false; // what the software proposed when the decision was made
    bool departsFromProposal = false;

    bool operator==(const EligibilityDecision &) const = default;
};

// DESIGN 2.6: how far an outcome the plan set out to meet has been met, at a review.
enum class OutcomeProgress { NotReviewed, Achieved, PartlyAchieved, NotAchieved };
QString code(OutcomeProgress progress);
std::optional<OutcomeProgress> outcomeProgressFromCode(const QString &code);

// One outcome the reviewed plan set out to meet: a specified outcome (reg 2(2)) or a carer's
// outcome (reg 3(3)) that was found unable, by its code.
struct ReviewedOutcome
{
    QString outcomeCode;
    OutcomeProgress progress = OutcomeProgress::NotReviewed;
    QString notes; // in the person's words where they can be

    bool operator==(const ReviewedOutcome &) const = default;
};

// What a review concludes (DESIGN 2.6).
enum class ReviewConclusion { NotDecided, NoChange, PlanRevised, FullReassessment };
QString code(ReviewConclusion conclusion);
std::optional<ReviewConclusion> reviewConclusionFromCode(const QString &code);

// Care Act s27: a review of a care and support plan (or a carer's support plan). It starts
// from the current plan; eligibility is determined again in the same record (DESIGN 2.6).
struct ReviewDetails
{
    QUuid reviewedAssessmentId; // the finalised assessment, or review, whose plan is reviewed
    int reviewedPlanRevision = 1;
    QString whatIsWorking;
    QString whatIsNotWorking;
    QList<ReviewedOutcome> outcomes;
    QString changesInNeeds;
    QString changesInNetwork;
    ReviewConclusion conclusion = ReviewConclusion::NotDecided;
    // The confirmed weekly budget of the plan reviewed; a lower one needs a written
    // rationale before the review can be finalised.
    std::optional<Pence> budgetBefore;
    QString budgetRationale;

    // True when the plan's confirmed budget is below the one reviewed, or gone.
    bool lowersBudget(const PersonalBudget &now) const;
    bool operator==(const ReviewDetails &) const = default;
};

struct Assessment
{
    QUuid id;
    QUuid personId;
    int version = 1;
    AssessmentKind kind = AssessmentKind::AdultNeeds;
    AssessmentStatus status = AssessmentStatus::Draft;
    QDate startedOn;
    QString practitioner;
    QList<Contributor> contributors;
    SupportedSelfAssessment selfAssessment;
    bool jointWithHealth = false;
    Consent consent;
    AdvocacyCheck advocacy;
    QList<CapacityRecord> capacity;
    WhatMatters whatMatters;
    QList<Strength> strengths;
    QString interests;
    QList<WellbeingAreaRecord> wellbeing; // one per area, all nine
    FluctuatingNeeds fluctuating;
    QList<OutcomeRecord> outcomes; // one per specified outcome, all ten
    std::optional<CarerDetails> carer; // for a carer's assessment (or a review of one)
    std::optional<ReviewDetails> review; // for a review
    QList<Need> needs;
    QList<Risk> risks;
    Safeguarding safeguarding;
    EligibilityFindings findings;
    EligibilityDecision decision;

    // A new assessment with every wellbeing area and specified outcome present and unassessed.
    static Assessment blank(AssessmentKind kind);
    // Whether the carer's regulation applies (reg 3): a carer's assessment, or a review of a
    // carer's support plan (which carries the carer's details). Everything that differs for a
    // carer asks this, so the screens, the documents and eligibility always agree.
    bool forCarer() const
    {
        return kind == AssessmentKind::Carer || (kind == AssessmentKind::Review && carer);
    }
    // Makes a draft a carer's assessment (the carer's eight outcomes added if absent) or an
    // adult's needs assessment. Nothing recorded is dropped: details of the other kind stay,
    // unused, in case the choice was a slip.
    void setKind(AssessmentKind newKind);
    bool operator==(const Assessment &) const = default;
};

} // namespace hearth
