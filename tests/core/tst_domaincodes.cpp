#include "core/assessment.h"
#include "core/network.h"
#include "core/person.h"

#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

// The codes are the case-file spelling (docs/case-file.md): once released they never change,
// so each one is pinned here.
class TestDomainCodes : public QObject
{
    Q_OBJECT

private slots:
    void codes();
    void unknownCodes();
    void graduatedResponseOrder();
    void blankAdultAssessment();
    void blankCarerAssessment();
    void lowerStepsConsidered();
    void advocacy_data();
    void advocacy();
    void sustainableSupport();
    void displayName();
    void listName();
};

template<typename E, typename FromCode>
void checkCodes(const QList<std::pair<E, QString>> &expected, FromCode fromCode)
{
    for (const auto &[value, text] : expected) {
        QCOMPARE(code(value), text);
        QCOMPARE(fromCode(text), std::optional<E>(value));
    }
}

void TestDomainCodes::codes()
{
    checkCodes<NetworkKind>(
        {{NetworkKind::Family, u"family"_s}, {NetworkKind::Friend, u"friend"_s},
            {NetworkKind::Neighbour, u"neighbour"_s},
            {NetworkKind::CommunityGroup, u"community-group"_s}, {NetworkKind::Faith, u"faith"_s},
            {NetworkKind::UniversalService, u"universal-service"_s},
            {NetworkKind::FormalService, u"formal-service"_s}, {NetworkKind::Other, u"other"_s}},
        networkKindFromCode);
    checkCodes<Answer>(
        {{Answer::Unknown, u"unknown"_s}, {Answer::Yes, u"yes"_s}, {Answer::No, u"no"_s}},
        answerFromCode);
    checkCodes<AssessmentKind>(
        {{AssessmentKind::AdultNeeds, u"adult-needs"_s}, {AssessmentKind::Carer, u"carer"_s},
            {AssessmentKind::Review, u"review"_s}},
        assessmentKindFromCode);
    checkCodes<AssessmentStatus>(
        {{AssessmentStatus::Draft, u"draft"_s}, {AssessmentStatus::SharedWithPerson, u"shared"_s},
            {AssessmentStatus::Finalised, u"finalised"_s}},
        assessmentStatusFromCode);
    checkCodes<OutcomeStatus>(
        {{OutcomeStatus::NotAssessed, u"not-assessed"_s},
            {OutcomeStatus::Achievable, u"achievable"_s}, {OutcomeStatus::Unable, u"unable"_s}},
        outcomeStatusFromCode);
    checkCodes<HealthRisk>(
        {{HealthRisk::Unknown, u"unknown"_s}, {HealthRisk::NotAtRisk, u"not-at-risk"_s},
            {HealthRisk::AtRisk, u"at-risk"_s}, {HealthRisk::Deteriorating, u"deteriorating"_s}},
        healthRiskFromCode);
    checkCodes<GraduatedResponse>(
        {{GraduatedResponse::InformationAndAdvice, u"information-advice"_s},
            {GraduatedResponse::UniversalOrCommunity, u"universal-community"_s},
            {GraduatedResponse::EquipmentAndAdaptations, u"equipment-adaptations"_s},
            {GraduatedResponse::Reablement, u"reablement"_s},
            {GraduatedResponse::OwnNetwork, u"own-network"_s},
            {GraduatedResponse::ProfessionalAssessment, u"professional-assessment"_s},
            {GraduatedResponse::FormalSupport, u"formal-support"_s}},
        graduatedResponseFromCode);
    checkCodes<ResponseVerdict>({{ResponseVerdict::NotConsidered, u"not-considered"_s},
                                    {ResponseVerdict::WillMeet, u"will-meet"_s},
                                    {ResponseVerdict::PartlyMeets, u"partly-meets"_s},
                                    {ResponseVerdict::NotSuitable, u"not-suitable"_s}},
        responseVerdictFromCode);
    checkCodes<NeedMetBy>(
        {{NeedMetBy::NotYetDecided, u"not-decided"_s},
            {NeedMetBy::PersonsOwnStrengths, u"own-strengths"_s},
            {NeedMetBy::Network, u"network"_s}, {NeedMetBy::Community, u"community"_s},
            {NeedMetBy::Council, u"council"_s}, {NeedMetBy::NotMet, u"not-met"_s}},
        needMetByFromCode);
}

void TestDomainCodes::unknownCodes()
{
    QVERIFY(!networkKindFromCode(u"Family"_s));
    QVERIFY(!answerFromCode(u"maybe"_s));
    QVERIFY(!assessmentKindFromCode(QString()));
    QVERIFY(!assessmentStatusFromCode(u"shared-with-person"_s));
    QVERIFY(!outcomeStatusFromCode(u"unable "_s));
    QVERIFY(!healthRiskFromCode(u"at risk"_s));
    QVERIFY(!graduatedResponseFromCode(u"reablement2"_s));
    QVERIFY(!responseVerdictFromCode(u"meets"_s));
    QVERIFY(!needMetByFromCode(u"carer"_s));
}

void TestDomainCodes::graduatedResponseOrder()
{
    const QList<GraduatedResponse> all = allGraduatedResponses();
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.first(), GraduatedResponse::InformationAndAdvice);
    QCOMPARE(all.last(), GraduatedResponse::FormalSupport);
}

void TestDomainCodes::blankAdultAssessment()
{
    const Assessment a = Assessment::blank(AssessmentKind::AdultNeeds);
    QCOMPARE(a.kind, AssessmentKind::AdultNeeds);
    QCOMPARE(a.wellbeing.size(), 9);
    QCOMPARE(a.outcomes.size(), 10);
    for (qsizetype i = 0; i < a.wellbeing.size(); ++i) {
        QCOMPARE(a.wellbeing.at(i).area, allWellbeingAreas().at(i));
        QVERIFY(!a.wellbeing.at(i).explored);
    }
    for (qsizetype i = 0; i < a.outcomes.size(); ++i) {
        QCOMPARE(a.outcomes.at(i).outcome, allSpecifiedOutcomes().at(i));
        QCOMPARE(a.outcomes.at(i).status, OutcomeStatus::NotAssessed);
    }
    QVERIFY(!a.carer.has_value());
    QVERIFY(!Assessment::blank(AssessmentKind::Review).carer.has_value());
}

void TestDomainCodes::blankCarerAssessment()
{
    const Assessment a = Assessment::blank(AssessmentKind::Carer);
    QCOMPARE(a.kind, AssessmentKind::Carer);
    QCOMPARE(a.wellbeing.size(), 9);
    QCOMPARE(a.outcomes.size(), 10);
    QVERIFY(a.carer.has_value());
    QCOMPARE(a.carer->outcomes.size(), 8);
    for (qsizetype i = 0; i < a.carer->outcomes.size(); ++i) {
        QCOMPARE(a.carer->outcomes.at(i).outcome, allCarerOutcomes().at(i));
        QCOMPARE(a.carer->outcomes.at(i).status, OutcomeStatus::NotAssessed);
    }
}

void TestDomainCodes::lowerStepsConsidered()
{
    Need need;
    QVERIFY(!need.lowerStepsConsidered());
    for (const GraduatedResponse step : allGraduatedResponses()) {
        if (step != GraduatedResponse::FormalSupport)
            need.responses.append({step, ResponseVerdict::NotSuitable, {}});
    }
    QVERIFY(need.lowerStepsConsidered());

    // Any one lower step left unconsidered blocks formal support.
    Need gap = need;
    gap.responses[3].verdict = ResponseVerdict::NotConsidered;
    QVERIFY(!gap.lowerStepsConsidered());
    Need missing = need;
    missing.responses.removeAt(0);
    QVERIFY(!missing.lowerStepsConsidered());

    // The formal step itself need not be recorded as considered.
    need.responses.append({GraduatedResponse::FormalSupport, ResponseVerdict::NotConsidered, {}});
    QVERIFY(need.lowerStepsConsidered());
}

void TestDomainCodes::advocacy_data()
{
    QTest::addColumn<int>("difficulty"); // -1 none, else which of the four
    QTest::addColumn<Answer>("appropriatePerson");
    QTest::addColumn<bool>("substantial");
    QTest::addColumn<bool>("required");

    QTest::newRow("no difficulty") << -1 << Answer::No << false << false;
    QTest::newRow("understanding, no person") << 0 << Answer::No << true << true;
    QTest::newRow("retaining, unknown person") << 1 << Answer::Unknown << true << true;
    QTest::newRow("weighing, no person") << 2 << Answer::No << true << true;
    QTest::newRow("communicating, person found") << 3 << Answer::Yes << true << false;
}

void TestDomainCodes::advocacy()
{
    QFETCH(int, difficulty);
    QFETCH(Answer, appropriatePerson);
    QFETCH(bool, substantial);
    QFETCH(bool, required);
    AdvocacyCheck check;
    check.difficultyUnderstanding = difficulty == 0;
    check.difficultyRetaining = difficulty == 1;
    check.difficultyUsingOrWeighing = difficulty == 2;
    check.difficultyCommunicating = difficulty == 3;
    check.appropriatePersonAvailable = appropriatePerson;
    QCOMPARE(check.hasSubstantialDifficulty(), substantial);
    QCOMPARE(check.advocateRequired(), required);
}

void TestDomainCodes::sustainableSupport()
{
    NetworkMember m;
    m.willing = Answer::Yes;
    m.able = Answer::Yes;
    m.sustainable = Answer::Yes;
    m.agreedWithThem = true;
    QVERIFY(m.isSustainableSupport());

    NetworkMember notAgreed = m;
    notAgreed.agreedWithThem = false;
    QVERIFY(!notAgreed.isSustainableSupport());
    NetworkMember unwilling = m;
    unwilling.willing = Answer::Unknown;
    QVERIFY(!unwilling.isSustainableSupport());
    NetworkMember unable = m;
    unable.able = Answer::No;
    QVERIFY(!unable.isSustainableSupport());
    NetworkMember unsustainable = m;
    unsustainable.sustainable = Answer::No;
    QVERIFY(!unsustainable.isSustainableSupport());
}

void TestDomainCodes::displayName()
{
    Person p;
    p.givenNames = u"Adaeze Grace"_s;
    p.familyName = u"Okafor"_s;
    QCOMPARE(p.displayName(), u"Adaeze Grace Okafor"_s);
    p.preferredName = u"Ada"_s;
    QCOMPARE(p.displayName(), u"Ada"_s);
    p.preferredName = u"  "_s;
    QCOMPARE(p.displayName(), u"Adaeze Grace Okafor"_s);
    p.givenNames.clear();
    QCOMPARE(p.displayName(), u"Okafor"_s);
}

void TestDomainCodes::listName()
{
    Person p;
    p.givenNames = u"Adaeze Grace"_s;
    p.familyName = u"Okafor"_s;
    QCOMPARE(p.listName(), u"Adaeze Grace Okafor"_s);
    p.preferredName = u"Adaeze"_s; // the first given name adds nothing
    QCOMPARE(p.listName(), u"Adaeze Grace Okafor"_s);
    p.preferredName = u"Mrs Okafor"_s;
    QCOMPARE(p.listName(), u"Adaeze Grace Okafor (Mrs Okafor)"_s);
    QCOMPARE(p.fullName(), u"Adaeze Grace Okafor"_s);
    p.givenNames.clear();
    p.familyName.clear();
    QCOMPARE(p.listName(), u"Mrs Okafor"_s);
}

QTEST_APPLESS_MAIN(TestDomainCodes)
#include "tst_domaincodes.moc"
