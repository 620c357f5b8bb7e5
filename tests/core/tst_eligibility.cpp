#include "core/eligibility.h"

#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

// Care and Support (Eligibility Criteria) Regulations 2015, regs 2 and 3 (DESIGN 2.2, 2.3).
class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void conditionCodes();

    // Reg 2: an adult.
    void adultConditionA_data();
    void adultConditionA();
    void adultConditionC_data();
    void adultConditionC();
    void eachMeaningAloneCounts_data();
    void eachMeaningAloneCounts();
    void unableWithNoMeaningDoesNotCount();
    void oneOutcomeIsNotEnough();
    void twoOutcomesAreEnough();
    void conditionBUndetermined_data();
    void conditionBUndetermined();
    void fluctuatingBadDaysOnly();
    void badDaysNotCountedUnlessFluctuating();
    void fluctuatingWithoutPeriodIsNoted();
    void carerSupportIsIgnored();
    void achievableOutcomeWithMeaningsDoesNotCount();

    // Reg 3: a carer.
    void carerConditionA_data();
    void carerConditionA();
    void carerConditionC_data();
    void carerConditionC();
    void carerHealthAloneMeetsConditionB_data();
    void carerHealthAloneMeetsConditionB();
    void eachCarerMeaningAloneCounts_data();
    void eachCarerMeaningAloneCounts();
    void carerOneOutcomeIsEnough();
    void carerTakesLongerDoesNotCount();
    void carerConditionBNotMet();
    void carerConditionBUndetermined_data();
    void carerConditionBUndetermined();
    void carerFluctuatingBadDaysOnly();
    void carerEligibleWhateverTheAdult();
    void carerDetailsAbsent();
    void proposeChoosesByKind();

    // The practitioner decides.
    void decideRequiresRationale_data();
    void decideRequiresRationale();
    void decideMarksDeparture_data();
    void decideMarksDeparture();
};

namespace {

// An adult whose conditions (a) and (c) hold and who achieves every outcome: each test changes
// only what it is about.
Assessment adult()
{
    Assessment a = Assessment::blank(AssessmentKind::AdultNeeds);
    a.findings.arisesFromImpairmentOrIllness = Answer::Yes;
    a.findings.significantImpactOnWellbeing = Answer::Yes;
    for (OutcomeRecord &r : a.outcomes)
        r.status = OutcomeStatus::Achievable;
    return a;
}

OutcomeRecord &record(Assessment &a, SpecifiedOutcome outcome)
{
    for (OutcomeRecord &r : a.outcomes) {
        if (r.outcome == outcome)
            return r;
    }
    qFatal("outcome missing from the blank assessment");
}

void setUnable(Assessment &a, SpecifiedOutcome outcome, const QList<UnableMeaning> &meanings,
    const QList<UnableMeaning> &badDays = {})
{
    OutcomeRecord &r = record(a, outcome);
    r.status = OutcomeStatus::Unable;
    r.meanings = meanings;
    r.badDayMeanings = badDays;
}

// A carer whose conditions (a) and (c) hold, whose health is not at risk and who achieves every
// outcome: condition (b) is then not met until a test says otherwise.
Assessment carer()
{
    Assessment a = Assessment::blank(AssessmentKind::Carer);
    a.findings.significantImpactOnWellbeing = Answer::Yes;
    a.carer->providesNecessaryCare = Answer::Yes;
    a.carer->health = HealthRisk::NotAtRisk;
    for (CarerOutcomeRecord &r : a.carer->outcomes)
        r.status = OutcomeStatus::Achievable;
    return a;
}

CarerOutcomeRecord &carerRecord(Assessment &a, CarerOutcome outcome)
{
    for (CarerOutcomeRecord &r : a.carer->outcomes) {
        if (r.outcome == outcome)
            return r;
    }
    qFatal("carer outcome missing from the blank assessment");
}

void setCarerUnable(Assessment &a, CarerOutcome outcome, const QList<UnableMeaning> &meanings,
    const QList<UnableMeaning> &badDays = {})
{
    CarerOutcomeRecord &r = carerRecord(a, outcome);
    r.status = OutcomeStatus::Unable;
    r.meanings = meanings;
    r.badDayMeanings = badDays;
}

const EligibilityCondition &condition(const EligibilityProposal &p, const QString &id)
{
    for (const EligibilityCondition &c : p.conditions) {
        if (c.id == id)
            return c;
    }
    qFatal("condition missing from the proposal");
}

bool notesMention(const EligibilityProposal &p, const QString &text)
{
    for (const QString &note : p.notes) {
        if (note.contains(text))
            return true;
    }
    return false;
}

} // namespace

void TestEligibility::conditionCodes()
{
    QCOMPARE(code(ConditionResult::Met), u"met"_s);
    QCOMPARE(code(ConditionResult::NotMet), u"not-met"_s);
    QCOMPARE(code(ConditionResult::Undetermined), u"undetermined"_s);
}

// --- Reg 2 ------------------------------------------------------------------------------------

void TestEligibility::adultConditionA_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<ConditionResult>("expected");
    QTest::addColumn<ConditionResult>("overall");
    QTest::newRow("yes: met") << Answer::Yes << ConditionResult::Met << ConditionResult::Met;
    QTest::newRow("no: not met") << Answer::No << ConditionResult::NotMet
                                 << ConditionResult::NotMet;
    QTest::newRow("unknown: undetermined")
        << Answer::Unknown << ConditionResult::Undetermined << ConditionResult::Undetermined;
}

void TestEligibility::adultConditionA()
{
    QFETCH(Answer, answer);
    QFETCH(ConditionResult, expected);
    QFETCH(ConditionResult, overall);
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::Nutrition, {UnableMeaning::UnableWithoutAssistance});
    setUnable(a, SpecifiedOutcome::PersonalHygiene, {UnableMeaning::UnableWithoutAssistance});
    a.findings.arisesFromImpairmentOrIllness = answer;

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QVERIFY(!p.forCarer);
    QCOMPARE(p.conditions.size(), 3);
    const EligibilityCondition &c = condition(p, u"a"_s);
    QCOMPARE(c.citation, u"reg 2(1)(a)"_s);
    QCOMPARE(c.result, expected);
    QVERIFY(!c.reason.isEmpty());
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QCOMPARE(condition(p, u"c"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, overall);

    // The practitioner's words sit inside the reason without doubling its full stop.
    a.findings.impairmentOrIllness = u"Stroke with left-sided weakness."_s;
    const QString reason = condition(Eligibility::proposeForAdult(a), u"a"_s).reason;
    if (expected == ConditionResult::Met) {
        QVERIFY2(reason.contains(u"left-sided weakness."_s), qPrintable(reason));
        QVERIFY2(!reason.contains(u".."_s), qPrintable(reason));
    }
}

void TestEligibility::adultConditionC_data()
{
    adultConditionA_data();
}

void TestEligibility::adultConditionC()
{
    QFETCH(Answer, answer);
    QFETCH(ConditionResult, expected);
    QFETCH(ConditionResult, overall);
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::ToiletNeeds, {UnableMeaning::UnableWithoutAssistance});
    setUnable(a, SpecifiedOutcome::AppropriatelyClothed, {UnableMeaning::UnableWithoutAssistance});
    a.findings.significantImpactOnWellbeing = answer;

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    const EligibilityCondition &c = condition(p, u"c"_s);
    QCOMPARE(c.citation, u"reg 2(1)(c)"_s);
    QCOMPARE(c.result, expected);
    QVERIFY(!c.reason.isEmpty());
    QCOMPARE(condition(p, u"a"_s).result, ConditionResult::Met);
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, overall);
}

void TestEligibility::eachMeaningAloneCounts_data()
{
    QTest::addColumn<UnableMeaning>("meaning");
    QTest::newRow("reg 2(3)(a) without assistance") << UnableMeaning::UnableWithoutAssistance;
    QTest::newRow("reg 2(3)(b) pain, distress or anxiety")
        << UnableMeaning::SignificantPainDistressOrAnxiety;
    QTest::newRow("reg 2(3)(c) endangers health or safety")
        << UnableMeaning::EndangersHealthOrSafety;
    QTest::newRow("reg 2(3)(d) takes significantly longer")
        << UnableMeaning::TakesSignificantlyLonger;
}

void TestEligibility::eachMeaningAloneCounts()
{
    QFETCH(UnableMeaning, meaning);
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::UseOfHomeSafely, {meaning});
    setUnable(a, SpecifiedOutcome::HabitableHomeEnvironment, {meaning});

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(p.unableOutcomes.size(), 2);
    for (const UnableOutcome &u : p.unableOutcomes) {
        QCOMPARE(u.meanings, QList<UnableMeaning> {meaning});
        QVERIFY(!u.onBadDaysOnly);
        QVERIFY(u.reason.contains(citation(meaning)));
    }
    QCOMPARE(p.unableOutcomes.at(0).outcomeCode, code(SpecifiedOutcome::UseOfHomeSafely));
    QCOMPARE(p.unableOutcomes.at(0).citation, u"reg 2(2)(e)"_s);
    QCOMPARE(p.unableOutcomes.at(1).outcomeCode, code(SpecifiedOutcome::HabitableHomeEnvironment));
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, ConditionResult::Met);
}

void TestEligibility::unableWithNoMeaningDoesNotCount()
{
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::Nutrition, {UnableMeaning::UnableWithoutAssistance});
    setUnable(a, SpecifiedOutcome::Relationships, {});

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(p.unableOutcomes.size(), 1);
    QCOMPARE(p.unableOutcomes.at(0).outcomeCode, code(SpecifiedOutcome::Nutrition));
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::NotMet);
    QCOMPARE(p.eligible, ConditionResult::NotMet);
    QVERIFY2(notesMention(p, statutoryText(SpecifiedOutcome::Relationships)),
        qPrintable(p.notes.join(u'\n')));

    // Giving the outcome a meaning makes it count, so the note was about the missing meaning.
    record(a, SpecifiedOutcome::Relationships).meanings = {UnableMeaning::EndangersHealthOrSafety};
    const EligibilityProposal fixed = Eligibility::proposeForAdult(a);
    QCOMPARE(fixed.eligible, ConditionResult::Met);
    QVERIFY(!notesMention(fixed, statutoryText(SpecifiedOutcome::Relationships)));
}

void TestEligibility::oneOutcomeIsNotEnough()
{
    // Reg 2(1)(b) needs two or more: someone unable to achieve only one outcome, however
    // serious, is not eligible under reg 2.
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::PersonalHygiene,
        {UnableMeaning::UnableWithoutAssistance, UnableMeaning::EndangersHealthOrSafety});

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(p.unableOutcomes.size(), 1);
    QCOMPARE(condition(p, u"a"_s).result, ConditionResult::Met);
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::NotMet);
    QCOMPARE(condition(p, u"b"_s).citation, u"reg 2(1)(b)"_s);
    QCOMPARE(condition(p, u"c"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, ConditionResult::NotMet);
}

void TestEligibility::twoOutcomesAreEnough()
{
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::PersonalHygiene, {UnableMeaning::UnableWithoutAssistance});
    setUnable(a, SpecifiedOutcome::CommunityFacilitiesAndServices,
        {UnableMeaning::SignificantPainDistressOrAnxiety});

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(p.unableOutcomes.size(), 2);
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QVERIFY(condition(p, u"b"_s).reason.contains(
        statutoryText(SpecifiedOutcome::CommunityFacilitiesAndServices)));
    QCOMPARE(p.eligible, ConditionResult::Met);
    QVERIFY(!p.summary.isEmpty());
}

void TestEligibility::conditionBUndetermined_data()
{
    QTest::addColumn<int>("unable");
    QTest::addColumn<int>("notAssessed");
    QTest::addColumn<ConditionResult>("expected");
    QTest::newRow("nothing assessed") << 0 << 10 << ConditionResult::Undetermined;
    QTest::newRow("one unable, one left") << 1 << 1 << ConditionResult::Undetermined;
    QTest::newRow("none unable, two left") << 0 << 2 << ConditionResult::Undetermined;
    QTest::newRow("none unable, one left: cannot reach two") << 0 << 1 << ConditionResult::NotMet;
    QTest::newRow("one unable, all assessed") << 1 << 0 << ConditionResult::NotMet;
    QTest::newRow("two unable, rest not assessed") << 2 << 8 << ConditionResult::Met;
}

void TestEligibility::conditionBUndetermined()
{
    QFETCH(int, unable);
    QFETCH(int, notAssessed);
    QFETCH(ConditionResult, expected);
    Assessment a = adult();
    const QList<SpecifiedOutcome> all = allSpecifiedOutcomes();
    for (int i = 0; i < unable; ++i)
        setUnable(a, all.at(i), {UnableMeaning::UnableWithoutAssistance});
    for (int i = 0; i < notAssessed; ++i)
        record(a, all.at(all.size() - 1 - i)).status = OutcomeStatus::NotAssessed;

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(condition(p, u"b"_s).result, expected);
    QCOMPARE(p.eligible, expected);
}

void TestEligibility::fluctuatingBadDaysOnly()
{
    // Reg 2(4): over a long enough period, bad days count. Nutrition is always unmanageable;
    // dressing only on bad days. Together they make two.
    Assessment a = adult();
    a.fluctuating.fluctuates = true;
    a.fluctuating.periodConsidered = u"the last three months, with the diary kept by her son"_s;
    setUnable(a, SpecifiedOutcome::Nutrition, {UnableMeaning::UnableWithoutAssistance});
    setUnable(a, SpecifiedOutcome::AppropriatelyClothed, {},
        {UnableMeaning::SignificantPainDistressOrAnxiety});

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(p.unableOutcomes.size(), 2);
    QCOMPARE(p.unableOutcomes.at(0).outcomeCode, code(SpecifiedOutcome::Nutrition));
    QVERIFY(!p.unableOutcomes.at(0).onBadDaysOnly);
    QCOMPARE(p.unableOutcomes.at(1).outcomeCode, code(SpecifiedOutcome::AppropriatelyClothed));
    QVERIFY(p.unableOutcomes.at(1).onBadDaysOnly);
    QCOMPARE(p.unableOutcomes.at(1).meanings,
        QList<UnableMeaning> {UnableMeaning::SignificantPainDistressOrAnxiety});
    QVERIFY(p.unableOutcomes.at(1).reason.contains(u"reg 2(4)"_s));
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, ConditionResult::Met);
    QVERIFY(!notesMention(p, u"period"_s));

    // A meaning on both typical and bad days is a typical-day meaning.
    record(a, SpecifiedOutcome::Nutrition).badDayMeanings
        = {UnableMeaning::UnableWithoutAssistance};
    const EligibilityProposal both = Eligibility::proposeForAdult(a);
    QVERIFY(!both.unableOutcomes.at(0).onBadDaysOnly);
    QCOMPARE(both.unableOutcomes.at(0).meanings,
        QList<UnableMeaning> {UnableMeaning::UnableWithoutAssistance});
}

void TestEligibility::badDaysNotCountedUnlessFluctuating()
{
    Assessment a = adult();
    a.fluctuating.fluctuates = false;
    setUnable(a, SpecifiedOutcome::Nutrition, {UnableMeaning::UnableWithoutAssistance});
    setUnable(a, SpecifiedOutcome::AppropriatelyClothed, {},
        {UnableMeaning::SignificantPainDistressOrAnxiety});

    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(p.unableOutcomes.size(), 1);
    QCOMPARE(p.eligible, ConditionResult::NotMet);
    QVERIFY(notesMention(p, statutoryText(SpecifiedOutcome::AppropriatelyClothed)));
}

void TestEligibility::fluctuatingWithoutPeriodIsNoted()
{
    Assessment a = adult();
    a.fluctuating.fluctuates = true;
    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QVERIFY2(notesMention(p, u"Reg 2(4)"_s), qPrintable(p.notes.join(u'\n')));

    a.fluctuating.periodConsidered = u"six weeks"_s;
    QVERIFY(!notesMention(Eligibility::proposeForAdult(a), u"Reg 2(4)"_s));

    a.fluctuating.fluctuates = false;
    a.fluctuating.periodConsidered.clear();
    QVERIFY(!notesMention(Eligibility::proposeForAdult(a), u"Reg 2(4)"_s));
}

void TestEligibility::carerSupportIsIgnored()
{
    // DESIGN 2.2: a need a daughter meets today still counts.
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::Nutrition, {UnableMeaning::UnableWithoutAssistance});
    setUnable(
        a, SpecifiedOutcome::HabitableHomeEnvironment, {UnableMeaning::UnableWithoutAssistance});
    const EligibilityProposal without = Eligibility::proposeForAdult(a);
    QVERIFY(without.notes.isEmpty());

    record(a, SpecifiedOutcome::Nutrition).currentCarerSupport
        = u"her daughter cooks every evening"_s;
    record(a, SpecifiedOutcome::HabitableHomeEnvironment).currentCarerSupport
        = u"her daughter cleans at weekends"_s;
    const EligibilityProposal with = Eligibility::proposeForAdult(a);

    QCOMPARE(with.eligible, ConditionResult::Met);
    QCOMPARE(with.eligible, without.eligible);
    QCOMPARE(with.unableOutcomes.size(), without.unableOutcomes.size());
    for (qsizetype i = 0; i < with.conditions.size(); ++i)
        QCOMPARE(with.conditions.at(i).result, without.conditions.at(i).result);
    QCOMPARE(with.notes.size(), 2);
    QVERIFY(notesMention(with, statutoryText(SpecifiedOutcome::Nutrition)));
    QVERIFY(notesMention(with, statutoryText(SpecifiedOutcome::HabitableHomeEnvironment)));
}

void TestEligibility::achievableOutcomeWithMeaningsDoesNotCount()
{
    Assessment a = adult();
    setUnable(a, SpecifiedOutcome::Nutrition, {UnableMeaning::UnableWithoutAssistance});
    record(a, SpecifiedOutcome::ToiletNeeds).meanings = {UnableMeaning::UnableWithoutAssistance};
    const EligibilityProposal p = Eligibility::proposeForAdult(a);
    QCOMPARE(p.unableOutcomes.size(), 1);
    QCOMPARE(p.eligible, ConditionResult::NotMet);
}

// --- Reg 3 ------------------------------------------------------------------------------------

void TestEligibility::carerConditionA_data()
{
    adultConditionA_data();
}

void TestEligibility::carerConditionA()
{
    QFETCH(Answer, answer);
    QFETCH(ConditionResult, expected);
    QFETCH(ConditionResult, overall);
    Assessment a = carer();
    a.carer->health = HealthRisk::Deteriorating;
    a.carer->providesNecessaryCare = answer;

    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QVERIFY(p.forCarer);
    QCOMPARE(p.conditions.size(), 3);
    const EligibilityCondition &c = condition(p, u"a"_s);
    QCOMPARE(c.citation, u"reg 3(1)(a)"_s);
    QCOMPARE(c.result, expected);
    QVERIFY(!c.reason.isEmpty());
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QCOMPARE(condition(p, u"c"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, overall);
}

void TestEligibility::carerConditionC_data()
{
    adultConditionA_data();
}

void TestEligibility::carerConditionC()
{
    QFETCH(Answer, answer);
    QFETCH(ConditionResult, expected);
    QFETCH(ConditionResult, overall);
    Assessment a = carer();
    setCarerUnable(
        a, CarerOutcome::RecreationalActivities, {UnableMeaning::UnableWithoutAssistance});
    a.findings.significantImpactOnWellbeing = answer;

    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    const EligibilityCondition &c = condition(p, u"c"_s);
    QCOMPARE(c.citation, u"reg 3(1)(c)"_s);
    QCOMPARE(c.result, expected);
    QCOMPARE(condition(p, u"a"_s).result, ConditionResult::Met);
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, overall);
}

void TestEligibility::carerHealthAloneMeetsConditionB_data()
{
    QTest::addColumn<HealthRisk>("health");
    QTest::newRow("deteriorating") << HealthRisk::Deteriorating;
    QTest::newRow("at risk of deteriorating") << HealthRisk::AtRisk;
}

void TestEligibility::carerHealthAloneMeetsConditionB()
{
    // Reg 3(2)(a): health alone is enough, with every outcome achieved.
    QFETCH(HealthRisk, health);
    Assessment a = carer();
    a.carer->health = health;

    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QVERIFY(p.unableOutcomes.isEmpty());
    const EligibilityCondition &b = condition(p, u"b"_s);
    QCOMPARE(b.citation, u"reg 3(1)(b)"_s);
    QCOMPARE(b.result, ConditionResult::Met);
    QVERIFY(b.reason.contains(u"reg 3(2)(a)"_s));
    QCOMPARE(p.eligible, ConditionResult::Met);
}

void TestEligibility::eachCarerMeaningAloneCounts_data()
{
    QTest::addColumn<UnableMeaning>("meaning");
    QTest::newRow("reg 3(4)(a) without assistance") << UnableMeaning::UnableWithoutAssistance;
    QTest::newRow("reg 3(4)(b) pain, distress or anxiety")
        << UnableMeaning::SignificantPainDistressOrAnxiety;
    QTest::newRow("reg 3(4)(c) endangers health or safety")
        << UnableMeaning::EndangersHealthOrSafety;
}

void TestEligibility::eachCarerMeaningAloneCounts()
{
    QFETCH(UnableMeaning, meaning);
    Assessment a = carer();
    setCarerUnable(a, CarerOutcome::WorkTrainingEducationVolunteering, {meaning});

    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QCOMPARE(p.unableOutcomes.size(), 1);
    const UnableOutcome &u = p.unableOutcomes.at(0);
    QCOMPARE(u.outcomeCode, code(CarerOutcome::WorkTrainingEducationVolunteering));
    QCOMPARE(u.citation, u"reg 3(3)(f)"_s);
    QCOMPARE(u.meanings, QList<UnableMeaning> {meaning});
    QVERIFY(u.reason.contains(citation(meaning, true)));
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, ConditionResult::Met);
}

void TestEligibility::carerOneOutcomeIsEnough()
{
    // Reg 3(2)(b): "any one" of the outcomes, unlike the adult's two or more.
    Assessment a = carer();
    setCarerUnable(
        a, CarerOutcome::Relationships, {UnableMeaning::SignificantPainDistressOrAnxiety});
    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QCOMPARE(p.unableOutcomes.size(), 1);
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::Met);
    QVERIFY(condition(p, u"b"_s).reason.contains(u"reg 3(2)(b)"_s));
    QCOMPARE(p.eligible, ConditionResult::Met);
}

void TestEligibility::carerTakesLongerDoesNotCount()
{
    Assessment a = carer();
    setCarerUnable(a, CarerOutcome::Nutrition, {UnableMeaning::TakesSignificantlyLonger});

    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QVERIFY(p.unableOutcomes.isEmpty());
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::NotMet);
    QCOMPARE(p.eligible, ConditionResult::NotMet);
    QVERIFY2(
        notesMention(p, statutoryText(CarerOutcome::Nutrition)), qPrintable(p.notes.join(u'\n')));
    QVERIFY(notesMention(p, u"reg 3(4)"_s));
    QCOMPARE(p.notes.size(), 1); // one clear reason, not a second "no meaning" note

    // Alongside a meaning that does count, the outcome counts without "takes longer".
    carerRecord(a, CarerOutcome::Nutrition).meanings.append(UnableMeaning::UnableWithoutAssistance);
    const EligibilityProposal mixed = Eligibility::proposeForCarer(a);
    QCOMPARE(mixed.unableOutcomes.size(), 1);
    QCOMPARE(mixed.unableOutcomes.at(0).meanings,
        QList<UnableMeaning> {UnableMeaning::UnableWithoutAssistance});
    QCOMPARE(mixed.eligible, ConditionResult::Met);
}

void TestEligibility::carerConditionBNotMet()
{
    const EligibilityProposal p = Eligibility::proposeForCarer(carer());
    QVERIFY(p.forCarer);
    QCOMPARE(condition(p, u"a"_s).result, ConditionResult::Met);
    QCOMPARE(condition(p, u"b"_s).result, ConditionResult::NotMet);
    QCOMPARE(condition(p, u"c"_s).result, ConditionResult::Met);
    QCOMPARE(p.eligible, ConditionResult::NotMet);
}

void TestEligibility::carerConditionBUndetermined_data()
{
    QTest::addColumn<HealthRisk>("health");
    QTest::addColumn<int>("notAssessed");
    QTest::addColumn<ConditionResult>("expected");
    QTest::newRow("health unknown, outcomes all achieved")
        << HealthRisk::Unknown << 0 << ConditionResult::Undetermined;
    QTest::newRow("health not at risk, one outcome not assessed")
        << HealthRisk::NotAtRisk << 1 << ConditionResult::Undetermined;
    QTest::newRow("health not at risk, all assessed")
        << HealthRisk::NotAtRisk << 0 << ConditionResult::NotMet;
    QTest::newRow("deteriorating, nothing assessed")
        << HealthRisk::Deteriorating << 8 << ConditionResult::Met;
}

void TestEligibility::carerConditionBUndetermined()
{
    QFETCH(HealthRisk, health);
    QFETCH(int, notAssessed);
    QFETCH(ConditionResult, expected);
    Assessment a = carer();
    a.carer->health = health;
    for (int i = 0; i < notAssessed; ++i)
        a.carer->outcomes[i].status = OutcomeStatus::NotAssessed;
    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QCOMPARE(condition(p, u"b"_s).result, expected);
    QCOMPARE(p.eligible, expected);
}

void TestEligibility::carerFluctuatingBadDaysOnly()
{
    // Reg 3(5).
    Assessment a = carer();
    setCarerUnable(a, CarerOutcome::CaringForOthers, {}, {UnableMeaning::EndangersHealthOrSafety});
    QCOMPARE(Eligibility::proposeForCarer(a).eligible, ConditionResult::NotMet);

    a.fluctuating.fluctuates = true;
    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QCOMPARE(p.unableOutcomes.size(), 1);
    QVERIFY(p.unableOutcomes.at(0).onBadDaysOnly);
    QVERIFY(p.unableOutcomes.at(0).reason.contains(u"reg 3(5)"_s));
    QCOMPARE(p.eligible, ConditionResult::Met);
    QVERIFY(notesMention(p, u"Reg 3(5)"_s)); // no period recorded
}

void TestEligibility::carerEligibleWhateverTheAdult()
{
    // DESIGN 2.3: the carer's determination does not look at the adult's outcomes at all.
    Assessment a = carer();
    setCarerUnable(a, CarerOutcome::CommunityFacilities, {UnableMeaning::UnableWithoutAssistance});
    a.findings.arisesFromImpairmentOrIllness = Answer::No; // the adult's reg 2(1)(a)
    for (OutcomeRecord &r : a.outcomes)
        r.status = OutcomeStatus::Achievable;

    QCOMPARE(Eligibility::proposeForAdult(a).eligible, ConditionResult::NotMet);
    const EligibilityProposal p = Eligibility::propose(a);
    QVERIFY(p.forCarer);
    QCOMPARE(p.eligible, ConditionResult::Met);
    QVERIFY(p.summary.contains(u"carer"_s, Qt::CaseInsensitive));
}

void TestEligibility::carerDetailsAbsent()
{
    Assessment a = Assessment::blank(AssessmentKind::AdultNeeds);
    a.findings.significantImpactOnWellbeing = Answer::No;
    const EligibilityProposal p = Eligibility::proposeForCarer(a);
    QVERIFY(p.forCarer);
    QCOMPARE(p.eligible, ConditionResult::Undetermined);
    QCOMPARE(p.conditions.size(), 3);
}

void TestEligibility::proposeChoosesByKind()
{
    QVERIFY(!Eligibility::propose(adult()).forCarer);
    QVERIFY(Eligibility::propose(carer()).forCarer);
    Assessment review = carer();
    review.kind = AssessmentKind::Review;
    QVERIFY(Eligibility::propose(review).forCarer);
    Assessment adultReview = adult();
    adultReview.kind = AssessmentKind::Review;
    QVERIFY(!Eligibility::propose(adultReview).forCarer);
}

// --- Decision ---------------------------------------------------------------------------------

void TestEligibility::decideRequiresRationale_data()
{
    QTest::addColumn<QString>("rationale");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("newlines and tabs") << u"\n\t \n"_s;
}

void TestEligibility::decideRequiresRationale()
{
    QFETCH(QString, rationale);
    Assessment a = adult();
    const Status s = Eligibility::decide(
        a, true, rationale, u"Sam Patel"_s, QDateTime(QDate(2026, 5, 1), QTime(14, 30)));
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), u"A rationale is required for the eligibility decision."_s);
    QVERIFY(!a.decision.recorded);
    QCOMPARE(a.decision, EligibilityDecision());
}

void TestEligibility::decideMarksDeparture_data()
{
    QTest::addColumn<int>("unable"); // 2 proposes eligible; 1 proposes not; with gaps, undetermined
    QTest::addColumn<bool>("leaveGaps");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<bool>("proposal");
    QTest::addColumn<bool>("departs");
    QTest::newRow("proposed eligible, decided eligible") << 2 << false << true << true << false;
    QTest::newRow("proposed eligible, decided not") << 2 << false << false << true << true;
    QTest::newRow("proposed not, decided not") << 1 << false << false << false << false;
    QTest::newRow("proposed not, decided eligible") << 1 << false << true << false << true;
    QTest::newRow("undetermined, decided not") << 1 << true << false << false << false;
    QTest::newRow("undetermined, decided eligible") << 1 << true << true << false << true;
}

void TestEligibility::decideMarksDeparture()
{
    QFETCH(int, unable);
    QFETCH(bool, leaveGaps);
    QFETCH(bool, eligible);
    QFETCH(bool, proposal);
    QFETCH(bool, departs);
    Assessment a = adult();
    for (int i = 0; i < unable; ++i)
        setUnable(a, allSpecifiedOutcomes().at(i), {UnableMeaning::UnableWithoutAssistance});
    if (leaveGaps)
        record(a, SpecifiedOutcome::CaringForAChild).status = OutcomeStatus::NotAssessed;
    const ConditionResult proposed = Eligibility::propose(a).eligible;
    QCOMPARE(proposed == ConditionResult::Undetermined, leaveGaps);

    const QDateTime at(QDate(2026, 5, 1), QTime(14, 30));
    const QString rationale = u"Discussed with Mrs Okafor and her son; see the evidence."_s;
    const Status s = Eligibility::decide(a, eligible, rationale, u"Sam Patel"_s, at);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(a.decision.recorded);
    QCOMPARE(a.decision.eligible, eligible);
    QCOMPARE(a.decision.proposalAtDecision, proposal);
    QCOMPARE(a.decision.departsFromProposal, departs);
    QCOMPARE(a.decision.rationale, rationale);
    QCOMPARE(a.decision.decidedBy, u"Sam Patel"_s);
    QCOMPARE(a.decision.decidedAt, at);
}

QTEST_APPLESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
