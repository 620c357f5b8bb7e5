#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// The statutory lists, exactly as the Care Act 2014 and the Care and Support (Eligibility
// Criteria) Regulations 2015 give them. Each enum has a stable code used in case files,
// the store and sync bundles; the codes never change once released.

// Care Act 2014 s1(2): the nine areas of wellbeing. There is no hierarchy among them.
enum class WellbeingArea {
    PersonalDignity,
    HealthAndEmotionalWellbeing,
    ProtectionFromAbuseAndNeglect,
    ControlOverDayToDayLife,
    Participation,
    SocialAndEconomicWellbeing,
    Relationships,
    SuitabilityOfAccommodation,
    ContributionToSociety,
};

// Eligibility Regulations 2015 reg 2(2)(a)-(j): the ten specified outcomes for an adult.
enum class SpecifiedOutcome {
    Nutrition,
    PersonalHygiene,
    ToiletNeeds,
    AppropriatelyClothed,
    UseOfHomeSafely,
    HabitableHomeEnvironment,
    Relationships,
    WorkTrainingEducationVolunteering,
    CommunityFacilitiesAndServices,
    CaringForAChild,
};

// Eligibility Regulations 2015 reg 3(3)(a)-(h): the eight outcomes for a carer.
enum class CarerOutcome {
    CaringForAChild,
    CaringForOthers,
    HabitableHome,
    Nutrition,
    Relationships,
    WorkTrainingEducationVolunteering,
    CommunityFacilities,
    RecreationalActivities,
};

// Eligibility Regulations 2015 reg 2(3)(a)-(d) for an adult; reg 3(4)(a)-(c) for a carer,
// which has no "takes significantly longer" meaning.
enum class UnableMeaning {
    UnableWithoutAssistance, // prompting counts as assistance
    SignificantPainDistressOrAnxiety, // able without assistance, but at that cost
    EndangersHealthOrSafety, // of the adult or others / of the carer or those cared for
    TakesSignificantlyLonger, // adults only
};

// Code and statutory wording for each member of each list.
QString code(WellbeingArea area);
QString code(SpecifiedOutcome outcome);
QString code(CarerOutcome outcome);
QString code(UnableMeaning meaning);

QString statutoryText(WellbeingArea area);
QString statutoryText(SpecifiedOutcome outcome);
QString statutoryText(CarerOutcome outcome);
QString statutoryText(UnableMeaning meaning, bool forCarer = false);

// The paragraph of the Regulations (or Act) that the member comes from, e.g. "reg 2(2)(a)".
QString citation(WellbeingArea area);
QString citation(SpecifiedOutcome outcome);
QString citation(CarerOutcome outcome);
QString citation(UnableMeaning meaning, bool forCarer = false);

std::optional<WellbeingArea> wellbeingAreaFromCode(const QString &code);
std::optional<SpecifiedOutcome> specifiedOutcomeFromCode(const QString &code);
std::optional<CarerOutcome> carerOutcomeFromCode(const QString &code);
std::optional<UnableMeaning> unableMeaningFromCode(const QString &code);

QList<WellbeingArea> allWellbeingAreas();
QList<SpecifiedOutcome> allSpecifiedOutcomes();
QList<CarerOutcome> allCarerOutcomes();
QList<UnableMeaning> adultUnableMeanings();
QList<UnableMeaning> carerUnableMeanings();

} // namespace hearth
