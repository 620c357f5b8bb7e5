#include "assessment.h"

#include <algorithm>
#include <array>

namespace hearth {

namespace {

// The codes are the case-file and sync-bundle spelling: they never change once released.
constexpr std::array<const char *, 3> kKindCodes {"adult-needs", "carer", "review"};
constexpr std::array<const char *, 3> kStatusCodes {"draft", "shared", "finalised"};
constexpr std::array<const char *, 3> kOutcomeStatusCodes {"not-assessed", "achievable", "unable"};
constexpr std::array<const char *, 4> kHealthRiskCodes {
    "unknown", "not-at-risk", "at-risk", "deteriorating"};
constexpr std::array<const char *, 7> kResponseCodes {
    "information-advice",
    "universal-community",
    "equipment-adaptations",
    "reablement",
    "own-network",
    "professional-assessment",
    "formal-support",
};
constexpr std::array<const char *, 4> kVerdictCodes {
    "not-considered", "will-meet", "partly-meets", "not-suitable"};
constexpr std::array<const char *, 6> kMetByCodes {
    "not-decided", "own-strengths", "network", "community", "council", "not-met"};
constexpr std::array<const char *, 4> kProgressCodes {
    "not-reviewed", "achieved", "partly-achieved", "not-achieved"};
constexpr std::array<const char *, 4> kConclusionCodes {
    "not-decided", "no-change", "plan-revised", "full-reassessment"};

template<typename E, std::size_t N>
QString toCode(const std::array<const char *, N> &codes, E value)
{
    return QLatin1String(codes[static_cast<std::size_t>(value)]);
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<const char *, N> &codes, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace

QString code(AssessmentKind kind)
{
    return toCode(kKindCodes, kind);
}
QString code(AssessmentStatus status)
{
    return toCode(kStatusCodes, status);
}
QString code(OutcomeStatus status)
{
    return toCode(kOutcomeStatusCodes, status);
}
QString code(HealthRisk risk)
{
    return toCode(kHealthRiskCodes, risk);
}
QString code(GraduatedResponse response)
{
    return toCode(kResponseCodes, response);
}
QString code(ResponseVerdict verdict)
{
    return toCode(kVerdictCodes, verdict);
}
QString code(NeedMetBy metBy)
{
    return toCode(kMetByCodes, metBy);
}
QString code(OutcomeProgress progress)
{
    return toCode(kProgressCodes, progress);
}
QString code(ReviewConclusion conclusion)
{
    return toCode(kConclusionCodes, conclusion);
}
std::optional<OutcomeProgress> outcomeProgressFromCode(const QString &code)
{
    return fromCode<OutcomeProgress>(kProgressCodes, code);
}
std::optional<ReviewConclusion> reviewConclusionFromCode(const QString &code)
{
    return fromCode<ReviewConclusion>(kConclusionCodes, code);
}

bool ReviewDetails::lowersBudget(const PersonalBudget &now) const
{
    // A budget taken away altogether is lowered to nothing.
    return budgetBefore && now.confirmedWeekly.value_or(0) < *budgetBefore;
}

std::optional<AssessmentKind> assessmentKindFromCode(const QString &code)
{
    return fromCode<AssessmentKind>(kKindCodes, code);
}

std::optional<AssessmentStatus> assessmentStatusFromCode(const QString &code)
{
    return fromCode<AssessmentStatus>(kStatusCodes, code);
}

std::optional<OutcomeStatus> outcomeStatusFromCode(const QString &code)
{
    return fromCode<OutcomeStatus>(kOutcomeStatusCodes, code);
}

std::optional<HealthRisk> healthRiskFromCode(const QString &code)
{
    return fromCode<HealthRisk>(kHealthRiskCodes, code);
}

std::optional<GraduatedResponse> graduatedResponseFromCode(const QString &code)
{
    return fromCode<GraduatedResponse>(kResponseCodes, code);
}

std::optional<ResponseVerdict> responseVerdictFromCode(const QString &code)
{
    return fromCode<ResponseVerdict>(kVerdictCodes, code);
}

std::optional<NeedMetBy> needMetByFromCode(const QString &code)
{
    return fromCode<NeedMetBy>(kMetByCodes, code);
}

// Lowest first (DESIGN 2.4): the order of the enum is the order of the graduated response.
QList<GraduatedResponse> allGraduatedResponses()
{
    QList<GraduatedResponse> list;
    for (std::size_t i = 0; i < kResponseCodes.size(); ++i)
        list.append(static_cast<GraduatedResponse>(i));
    return list;
}

bool AdvocacyCheck::hasSubstantialDifficulty() const
{
    // Care Act 2014 s67(4)(a)-(d): difficulty in any one of the four is enough.
    return difficultyUnderstanding || difficultyRetaining || difficultyUsingOrWeighing
        || difficultyCommunicating;
}

bool AdvocacyCheck::advocateRequired() const
{
    // Care Act 2014 s67(2),(5): only a recorded appropriate person lifts the duty; until one
    // is found the advocate prompt stays.
    return hasSubstantialDifficulty() && appropriatePersonAvailable != Answer::Yes;
}

// Devon Promoting Independence Policy (DESIGN 2.4): funded support is the last step, so every
// lower step must have been weighed first. A step absent from the list was not considered.
bool Need::lowerStepsConsidered() const
{
    const QList<GraduatedResponse> steps = allGraduatedResponses();
    for (const GraduatedResponse step : steps) {
        if (step == GraduatedResponse::FormalSupport)
            continue;
        const bool considered
            = std::any_of(responses.cbegin(), responses.cend(), [step](const auto &r) {
                  return r.response == step && r.verdict != ResponseVerdict::NotConsidered;
              });
        if (!considered)
            return false;
    }
    return true;
}

// Ids and dates are left to the caller: core has no clock and no identity source of its own,
// so the same call always gives the same value.
Assessment Assessment::blank(AssessmentKind kind)
{
    Assessment assessment;
    assessment.kind = kind;
    const QList<WellbeingArea> areas = allWellbeingAreas();
    for (const WellbeingArea area : areas) {
        WellbeingAreaRecord record;
        record.area = area;
        assessment.wellbeing.append(record);
    }
    const QList<SpecifiedOutcome> outcomes = allSpecifiedOutcomes();
    for (const SpecifiedOutcome outcome : outcomes) {
        OutcomeRecord record;
        record.outcome = outcome;
        assessment.outcomes.append(record);
    }
    if (kind == AssessmentKind::Carer)
        assessment.setKind(kind);
    return assessment;
}

void Assessment::setKind(AssessmentKind newKind)
{
    kind = newKind;
    if (newKind != AssessmentKind::Carer)
        return;
    if (!carer)
        carer = CarerDetails {};
    // Reg 3(3): all eight outcomes are asked about.
    const QList<CarerOutcome> carerOutcomes = allCarerOutcomes();
    for (const CarerOutcome outcome : carerOutcomes) {
        const bool present = std::any_of(carer->outcomes.cbegin(), carer->outcomes.cend(),
            [outcome](const CarerOutcomeRecord &r) { return r.outcome == outcome; });
        if (!present) {
            CarerOutcomeRecord record;
            record.outcome = outcome;
            carer->outcomes.append(record);
        }
    }
}

} // namespace hearth
