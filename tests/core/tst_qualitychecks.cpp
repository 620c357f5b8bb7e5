#include "core/assessmentflow.h"
#include "core/casefile.h"
#include "core/eligibility.h"
#include "core/qualitychecks.h"

#include <QFile>
#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

// The office's quality assurance, run live (DESIGN 2.7 "Assuring Quality", with 2.4): hard gaps
// block finalising, soft ones warn.
class TestQualityChecks : public QObject
{
    Q_OBJECT

private slots:
    void blankRecord();
    void completeRecordHasNothingMissing();
    void blockingGapFromBlank_data();
    void blockingGapFromBlank();
    void blockingGapAlone_data();
    void blockingGapAlone();
    void formalSupportTooSoonNamesTheNeedAndTheSteps();
    void formalSupportTooSoonByResponse_data();
    void formalSupportTooSoonByResponse();
    void lowerStepsAreNotNeededBelowFormalSupport();
    void advocateOnlyWithoutAnAppropriatePerson_data();
    void advocateOnlyWithoutAnAppropriatePerson();
    void warning_data();
    void warning();
    void wellbeingAreaNamedOncePerArea();
    void outcomeNamedOncePerOutcome();
    void badDayMeaningsCountOnlyWhenFluctuating();
    void servicesAreNotAskedAboutWillingness();
    void carerAssessmentUsesTheCarerOutcomes();
    void blockingFirstThenStepOrder();
    void runIsDeterministic();
    void sampleCases_data();
    void sampleCases();
};

namespace {

const QDate kToday(2026, 3, 2);

ResponseConsidered response(
    GraduatedResponse step, ResponseVerdict verdict, const QString &notes = {})
{
    return {step, verdict, notes};
}

// Every step below formal support, weighed and recorded (DESIGN 2.4).
QList<ResponseConsidered> everyLowerStep()
{
    return {
        response(GraduatedResponse::InformationAndAdvice, ResponseVerdict::PartlyMeets,
            u"Leaflet on bathing aids; Age UK bathing service is full until June."_s),
        response(GraduatedResponse::UniversalOrCommunity, ResponseVerdict::NotSuitable,
            u"No community bathing service nearby."_s),
        response(GraduatedResponse::EquipmentAndAdaptations, ResponseVerdict::PartlyMeets,
            u"Bath board and grab rail fitted by the OT."_s),
        response(GraduatedResponse::Reablement, ResponseVerdict::PartlyMeets,
            u"Six weeks of reablement improved her balance."_s),
        response(GraduatedResponse::OwnNetwork, ResponseVerdict::NotSuitable,
            u"Edie does not want her daughter to help her wash."_s),
        response(GraduatedResponse::ProfessionalAssessment, ResponseVerdict::WillMeet,
            u"OT assessment: needs hands-on help to get in and out of the bath."_s),
    };
}

// A realistic, complete adult assessment with nothing missing: Edie, 84, after a fall.
AssessmentRecord completeRecord()
{
    Person person;
    person.id = QUuid::createUuid();
    person.givenNames = u"Edith"_s;
    person.familyName = u"Marsh"_s;
    person.preferredName = u"Edie"_s;
    person.dateOfBirth = QDate(1941, 7, 12);
    person.communication.preferredLanguage = u"English"_s;
    person.communication.largePrint = true;

    NetworkMember daughter;
    daughter.id = QUuid::createUuid();
    daughter.personId = person.id;
    daughter.name = u"Carol Marsh"_s;
    daughter.kind = NetworkKind::Family;
    daughter.relationship = u"daughter"_s;
    daughter.helpsWith = u"The big shop on Saturdays and a phone call every evening."_s;
    daughter.willing = Answer::Yes;
    daughter.able = Answer::Yes;
    daughter.sustainable = Answer::Yes;
    daughter.agreedWithThem = true;
    daughter.providesCare = true;
    daughter.carerAssessmentOffered = Answer::Yes;

    NetworkMember surgery;
    surgery.id = QUuid::createUuid();
    surgery.personId = person.id;
    surgery.name = u"Castle Street Surgery"_s;
    surgery.kind = NetworkKind::UniversalService;
    surgery.helpsWith = u"Medication reviews."_s;

    AssessmentRecord record
        = AssessmentFlow::start(person, {daughter, surgery}, u"Hannah Ellis"_s, kToday);
    Assessment &a = record.assessment;
    a.contributors = {{u"Edith Marsh"_s, u"the person"_s, {}, true},
        {u"Carol Marsh"_s, u"daughter"_s, {}, true},
        {u"Priya Shah"_s, u"occupational therapist"_s, u"Nevill Hall Hospital"_s, false}};
    a.selfAssessment.offered = Answer::Yes;
    a.selfAssessment.accepted = Answer::No;
    a.consent.given = Answer::Yes;
    a.consent.notes = u"Agreed to share with her GP, the OT and Carol."_s;

    a.whatMatters.inTheirWords = u"\"I want to have a proper bath and keep my sewing group.\""_s;
    a.whatMatters.identities = {u"a retired seamstress"_s, u"a grandmother of five"_s};
    a.whatMatters.importantTo = u"Her sewing group, her cat and her own front door."_s;
    a.whatMatters.importantFor = u"Washing safely and not falling on the stairs."_s;

    a.strengths = {{u"Knows her own mind and plans her week."_s}};
    a.interests = u"Sewing, quiz shows, her cat Maud."_s;

    for (WellbeingAreaRecord &area : a.wellbeing) {
        if (area.area == WellbeingArea::ProtectionFromAbuseAndNeglect) {
            area.explored = false;
            area.skippedReason = u"No concerns raised by Edie, Carol or the GP."_s;
            continue;
        }
        area.explored = true;
        area.personsView = u"Talked through with Edie at the kitchen table."_s;
    }
    a.wellbeing[0].desiredOutcome = u"To wash without a stranger rushing her."_s;
    a.wellbeing[4].desiredOutcome = u"To get to her sewing group on Tuesdays."_s;

    for (OutcomeRecord &outcome : a.outcomes)
        outcome.status = OutcomeStatus::Achievable;
    OutcomeRecord &hygiene = a.outcomes[1];
    hygiene.status = OutcomeStatus::Unable;
    hygiene.meanings = {UnableMeaning::UnableWithoutAssistance};
    hygiene.evidence = u"Cannot get in or out of the bath without hands-on help (OT)."_s;
    OutcomeRecord &home = a.outcomes[4];
    home.status = OutcomeStatus::Unable;
    home.meanings = {UnableMeaning::EndangersHealthOrSafety};
    home.evidence = u"Two falls on the stairs at night since January."_s;

    Need washing;
    washing.id = QUuid::createUuid();
    washing.description = u"Help to wash safely three mornings a week."_s;
    washing.outcomes = {SpecifiedOutcome::PersonalHygiene};
    washing.responses = everyLowerStep();
    washing.responses.append(response(GraduatedResponse::FormalSupport, ResponseVerdict::WillMeet));
    washing.metBy = NeedMetBy::Council;
    washing.howMet = u"Home care, 45 minutes on Monday, Wednesday and Friday mornings."_s;

    Need stairs;
    stairs.id = QUuid::createUuid();
    stairs.description = u"Getting about the house safely at night."_s;
    stairs.outcomes = {SpecifiedOutcome::UseOfHomeSafely};
    stairs.responses = {response(GraduatedResponse::InformationAndAdvice,
                            ResponseVerdict::PartlyMeets, u"Falls prevention advice."_s),
        response(GraduatedResponse::UniversalOrCommunity, ResponseVerdict::NotSuitable),
        response(GraduatedResponse::EquipmentAndAdaptations, ResponseVerdict::WillMeet,
            u"A second banister and a plug-in night light."_s)};
    stairs.metBy = NeedMetBy::PersonsOwnStrengths;
    a.needs = {washing, stairs};

    Risk falls;
    falls.id = QUuid::createUuid();
    falls.description = u"Falls on the stairs at night"_s;
    falls.personsView = u"\"I'm not moving my bed downstairs.\""_s;
    falls.management = u"Second banister, night light and a pendant alarm."_s;
    falls.positiveRisk = true;
    a.risks = {falls};

    a.findings.arisesFromImpairmentOrIllness = Answer::Yes;
    a.findings.impairmentOrIllness = u"Osteoarthritis of both knees."_s;
    a.findings.significantImpactOnWellbeing = Answer::Yes;
    a.findings.impactedAreas = {WellbeingArea::PersonalDignity};
    const Status decided = Eligibility::decide(a, true,
        u"Unable to achieve two outcomes because of her arthritis, with a significant impact on "
        "her dignity and safety."_s,
        u"Hannah Ellis"_s, QDateTime(kToday, QTime(11, 0), Qt::UTC));
    if (!decided)
        qFatal("the fixture's decision was refused");

    record.plan.contingency = u"If home care cannot come, Carol will call in before work."_s;
    record.plan.decisionsAndControl = u"Edie chooses the times; Carol helps with the phone."_s;
    AssessmentFlow::assemblePlan(record, kToday);
    return record;
}

QStringList codes(const QList<QualityCheck> &checks)
{
    QStringList out;
    for (const QualityCheck &check : checks)
        out.append(check.code);
    return out;
}

QStringList blockingCodes(const QList<QualityCheck> &checks)
{
    QStringList out;
    for (const QualityCheck &check : checks) {
        if (check.severity == CheckSeverity::Blocking)
            out.append(check.code);
    }
    return out;
}

// Opens a hard gap (DESIGN 2.7) in any record, or closes it again.
void openGap(const QString &code, AssessmentRecord &record)
{
    Assessment &a = record.assessment;
    if (code == u"decision-missing"_s) {
        a.decision = {};
    } else if (code == u"rationale-missing"_s) {
        a.decision.recorded = true;
        a.decision.rationale = u"  \n "_s;
    } else if (code == u"safeguarding-unhandled"_s) {
        a.safeguarding.concern = true;
        a.safeguarding.details = u"Bruising on her arm, unexplained."_s;
        a.safeguarding.handled = false;
    } else if (code == u"formal-support-too-soon"_s) {
        Need night;
        night.id = QUuid::createUuid();
        night.description = u"Night-time help to the toilet."_s;
        night.responses
            = {response(GraduatedResponse::InformationAndAdvice, ResponseVerdict::NotSuitable)};
        night.metBy = NeedMetBy::Council;
        a.needs.append(night);
    } else if (code == u"advocate-not-arranged"_s) {
        a.advocacy.difficultyCommunicating = true;
        a.advocacy.appropriatePersonAvailable = Answer::No;
        a.advocacy.referralMade = false;
    } else {
        qFatal("unknown gap");
    }
}

void closeGap(const QString &code, AssessmentRecord &record)
{
    Assessment &a = record.assessment;
    if (code == u"decision-missing"_s || code == u"rationale-missing"_s) {
        a.decision.recorded = true;
        a.decision.eligible = true;
        a.decision.rationale = u"Two outcomes unable; significant impact."_s;
    } else if (code == u"safeguarding-unhandled"_s) {
        a.safeguarding.handled = true;
        a.safeguarding.actionTaken = u"Raised with the safeguarding team; GP examined."_s;
    } else if (code == u"formal-support-too-soon"_s) {
        Need &night = a.needs.last();
        night.responses = everyLowerStep();
    } else if (code == u"advocate-not-arranged"_s) {
        a.advocacy.referralMade = true;
        a.advocacy.advocateName = u"Sam Idris, Voiceability"_s;
    }
}

int countOf(const QList<QualityCheck> &checks, const QString &code)
{
    return int(codes(checks).count(code));
}

QualityCheck firstWithCode(const QList<QualityCheck> &checks, const QString &code)
{
    for (const QualityCheck &check : checks) {
        if (check.code == code)
            return check;
    }
    return {};
}

AssessmentRecord blankRecord()
{
    Person person;
    person.id = QUuid::createUuid();
    person.givenNames = u"Edith"_s;
    person.familyName = u"Marsh"_s;
    return AssessmentFlow::start(person, {}, u"Hannah Ellis"_s, kToday);
}

const QStringList kBlockingCodes {u"decision-missing"_s, u"rationale-missing"_s,
    u"safeguarding-unhandled"_s, u"formal-support-too-soon"_s, u"advocate-not-arranged"_s};

} // namespace

void TestQualityChecks::blankRecord()
{
    const QList<QualityCheck> checks = QualityChecks::run(::blankRecord());
    // Only the missing decision is a hard gap in a new draft: everything else is still to do.
    QCOMPARE(blockingCodes(checks), QStringList {u"decision-missing"_s});
    QVERIFY(QualityChecks::blocksFinalising(checks));
    QCOMPARE(checks.first().step, AssessmentStep::Eligibility);
    QCOMPARE(countOf(checks, u"consent-not-recorded"_s), 1);
    QCOMPARE(countOf(checks, u"what-matters-missing"_s), 1);
    QCOMPARE(countOf(checks, u"identity-missing"_s), 1);
    QCOMPARE(countOf(checks, u"strengths-missing"_s), 1);
    QCOMPARE(countOf(checks, u"network-unexplored"_s), 1);
    QCOMPARE(countOf(checks, u"wellbeing-area-unexplored"_s), 9);
    QCOMPARE(countOf(checks, u"outcome-not-assessed"_s), 10);
    QCOMPARE(countOf(checks, u"eligibility-findings-missing"_s), 1);
    QCOMPARE(countOf(checks, u"risk-assessment-missing"_s), 1);
    // Nothing found yet that the person cannot achieve, so no need is missing.
    QCOMPARE(countOf(checks, u"needs-not-identified"_s), 0);
    for (const QualityCheck &check : checks)
        QVERIFY2(!check.message.trimmed().isEmpty(), qPrintable(check.code));
}

void TestQualityChecks::completeRecordHasNothingMissing()
{
    const QList<QualityCheck> checks = QualityChecks::run(completeRecord());
    QVERIFY2(checks.isEmpty(), qPrintable(codes(checks).join(u", "_s)));
    QVERIFY(!QualityChecks::blocksFinalising(checks));
}

void TestQualityChecks::blockingGapFromBlank_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : kBlockingCodes)
        QTest::newRow(qPrintable(code)) << code;
}

// Each hard gap is produced by the smallest record that has it, and goes when it is fixed.
void TestQualityChecks::blockingGapFromBlank()
{
    QFETCH(QString, code);
    AssessmentRecord record = ::blankRecord();
    openGap(code, record);
    QList<QualityCheck> checks = QualityChecks::run(record);
    QVERIFY2(blockingCodes(checks).contains(code), qPrintable(codes(checks).join(u", "_s)));
    const QualityCheck check = firstWithCode(checks, code);
    QCOMPARE(check.severity, CheckSeverity::Blocking);
    QVERIFY(!check.message.isEmpty());

    closeGap(code, record);
    checks = QualityChecks::run(record);
    QVERIFY2(!codes(checks).contains(code), qPrintable(codes(checks).join(u", "_s)));
}

void TestQualityChecks::blockingGapAlone_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<AssessmentStep>("step");
    QTest::newRow("decision-missing") << u"decision-missing"_s << AssessmentStep::Eligibility;
    QTest::newRow("rationale-missing") << u"rationale-missing"_s << AssessmentStep::Eligibility;
    QTest::newRow("safeguarding-unhandled") << u"safeguarding-unhandled"_s << AssessmentStep::Risks;
    QTest::newRow("formal-support-too-soon")
        << u"formal-support-too-soon"_s << AssessmentStep::PreventionFirst;
    QTest::newRow("advocate-not-arranged")
        << u"advocate-not-arranged"_s << AssessmentStep::AboutThePerson;
}

// In an otherwise complete record the gap is the only hard one, on the step that fixes it.
void TestQualityChecks::blockingGapAlone()
{
    QFETCH(QString, code);
    QFETCH(AssessmentStep, step);
    AssessmentRecord record = completeRecord();
    openGap(code, record);
    QList<QualityCheck> checks = QualityChecks::run(record);
    QCOMPARE(blockingCodes(checks), QStringList {code});
    QCOMPARE(checks.first().step, step);
    QVERIFY(QualityChecks::blocksFinalising(checks));

    closeGap(code, record);
    checks = QualityChecks::run(record);
    QVERIFY2(blockingCodes(checks).isEmpty(), qPrintable(codes(checks).join(u", "_s)));
    QVERIFY(!QualityChecks::blocksFinalising(checks));
}

void TestQualityChecks::formalSupportTooSoonNamesTheNeedAndTheSteps()
{
    AssessmentRecord record = completeRecord();
    Need &washing = record.assessment.needs.first();
    washing.responses.removeIf([](const ResponseConsidered &r) {
        return r.response == GraduatedResponse::Reablement
            || r.response == GraduatedResponse::UniversalOrCommunity;
    });
    const QualityCheck check
        = firstWithCode(QualityChecks::run(record), u"formal-support-too-soon"_s);
    QCOMPARE(check.severity, CheckSeverity::Blocking);
    QVERIFY2(check.message.contains(u"Help to wash safely three mornings a week."_s),
        qPrintable(check.message));
    QVERIFY2(check.message.contains(u"reablement"_s), qPrintable(check.message));
    QVERIFY2(
        check.message.contains(u"universal or community services"_s), qPrintable(check.message));
    QVERIFY2(!check.message.contains(u"equipment"_s), qPrintable(check.message));

    // A step recorded as "not considered" was not considered.
    washing.responses.append(
        response(GraduatedResponse::Reablement, ResponseVerdict::NotConsidered));
    washing.responses.append(
        response(GraduatedResponse::UniversalOrCommunity, ResponseVerdict::NotSuitable));
    QCOMPARE(countOf(QualityChecks::run(record), u"formal-support-too-soon"_s), 1);
    washing.responses.last().verdict = ResponseVerdict::NotSuitable;
    washing.responses[washing.responses.size() - 2].verdict = ResponseVerdict::NotSuitable;
    QCOMPARE(countOf(QualityChecks::run(record), u"formal-support-too-soon"_s), 0);
}

void TestQualityChecks::formalSupportTooSoonByResponse_data()
{
    QTest::addColumn<ResponseVerdict>("verdict");
    QTest::addColumn<bool>("blocks");
    QTest::newRow("will meet") << ResponseVerdict::WillMeet << true;
    QTest::newRow("partly meets") << ResponseVerdict::PartlyMeets << true;
    QTest::newRow("not suitable") << ResponseVerdict::NotSuitable << false;
    QTest::newRow("not considered") << ResponseVerdict::NotConsidered << false;
}

// Formal support found to meet a need is chosen, whoever is recorded as meeting it.
void TestQualityChecks::formalSupportTooSoonByResponse()
{
    QFETCH(ResponseVerdict, verdict);
    QFETCH(bool, blocks);
    AssessmentRecord record = completeRecord();
    Need &stairs = record.assessment.needs[1];
    QCOMPARE(stairs.metBy, NeedMetBy::PersonsOwnStrengths);
    stairs.responses.append(response(GraduatedResponse::FormalSupport, verdict));
    const QStringList found = blockingCodes(QualityChecks::run(record));
    QCOMPARE(found.contains(u"formal-support-too-soon"_s), blocks);
}

void TestQualityChecks::lowerStepsAreNotNeededBelowFormalSupport()
{
    // Met by the person's own strengths after equipment alone: proportionate, not a gap.
    const AssessmentRecord record = completeRecord();
    QVERIFY(!record.assessment.needs[1].lowerStepsConsidered());
    QVERIFY(blockingCodes(QualityChecks::run(record)).isEmpty());
}

void TestQualityChecks::advocateOnlyWithoutAnAppropriatePerson_data()
{
    QTest::addColumn<bool>("difficulty");
    QTest::addColumn<Answer>("appropriatePerson");
    QTest::addColumn<bool>("referralMade");
    QTest::addColumn<bool>("blocks");
    QTest::newRow("no difficulty") << false << Answer::No << false << false;
    QTest::newRow("difficulty, appropriate person") << true << Answer::Yes << false << false;
    QTest::newRow("difficulty, none") << true << Answer::No << false << true;
    QTest::newRow("difficulty, not yet known") << true << Answer::Unknown << false << true;
    QTest::newRow("difficulty, none, referred") << true << Answer::No << true << false;
}

// Care Act 2014 s67(4),(5).
void TestQualityChecks::advocateOnlyWithoutAnAppropriatePerson()
{
    QFETCH(bool, difficulty);
    QFETCH(Answer, appropriatePerson);
    QFETCH(bool, referralMade);
    QFETCH(bool, blocks);
    AssessmentRecord record = completeRecord();
    record.assessment.advocacy.difficultyRetaining = difficulty;
    record.assessment.advocacy.appropriatePersonAvailable = appropriatePerson;
    record.assessment.advocacy.referralMade = referralMade;
    const QList<QualityCheck> checks = QualityChecks::run(record);
    QCOMPARE(blockingCodes(checks).contains(u"advocate-not-arranged"_s), blocks);
    if (blocks)
        QVERIFY(firstWithCode(checks, u"advocate-not-arranged"_s).message.contains(u"s67"_s));
}

using Breaker = void (*)(AssessmentRecord &);
Q_DECLARE_METATYPE(Breaker)

void TestQualityChecks::warning_data()
{
    QTest::addColumn<Breaker>("breaker");
    QTest::addColumn<QString>("code");
    QTest::addColumn<AssessmentStep>("step");
    QTest::addColumn<QString>("named"); // a word the message must contain

    QTest::newRow("consent") << Breaker([](AssessmentRecord &r) {
        r.assessment.consent.given = Answer::Unknown;
    }) << u"consent-not-recorded"_s
                             << AssessmentStep::AboutThePerson << u"consent"_s;
    QTest::newRow("in their words")
        << Breaker([](AssessmentRecord &r) { r.assessment.whatMatters.inTheirWords = u" "_s; })
        << u"what-matters-missing"_s << AssessmentStep::WhatMatters << u"own words"_s;
    QTest::newRow("identity") << Breaker([](AssessmentRecord &r) {
        r.assessment.whatMatters.identities = {u""_s};
    }) << u"identity-missing"_s
                              << AssessmentStep::WhatMatters << u"beyond their needs"_s;
    QTest::newRow("strengths") << Breaker([](AssessmentRecord &r) {
        r.assessment.strengths.clear();
        r.assessment.interests.clear();
    }) << u"strengths-missing"_s
                               << AssessmentStep::StrengthsAndNetwork << u"strengths"_s;
    QTest::newRow("network") << Breaker([](AssessmentRecord &r) { r.network.clear(); })
                             << u"network-unexplored"_s << AssessmentStep::StrengthsAndNetwork
                             << u"family"_s;
    QTest::newRow("not agreed") << Breaker([](AssessmentRecord &r) {
        r.network[0].agreedWithThem = false;
    }) << u"network-support-unconfirmed"_s
                                << AssessmentStep::StrengthsAndNetwork << u"Carol Marsh"_s;
    QTest::newRow("not sustainable known")
        << Breaker([](AssessmentRecord &r) { r.network[0].sustainable = Answer::Unknown; })
        << u"network-support-unconfirmed"_s << AssessmentStep::StrengthsAndNetwork
        << u"Carol Marsh"_s;
    QTest::newRow("carer assessment")
        << Breaker([](AssessmentRecord &r) { r.network[0].carerAssessmentOffered = Answer::No; })
        << u"carer-assessment-not-offered"_s << AssessmentStep::StrengthsAndNetwork << u"s10"_s;
    QTest::newRow("area blank") << Breaker(
        [](AssessmentRecord &r) { r.assessment.wellbeing[7].personsView.clear(); })
                                << u"wellbeing-area-unexplored"_s << AssessmentStep::Wellbeing
                                << u"suitability of living accommodation"_s;
    QTest::newRow("area skipped without reason")
        << Breaker([](AssessmentRecord &r) { r.assessment.wellbeing[2].skippedReason = u"  "_s; })
        << u"wellbeing-area-unexplored"_s << AssessmentStep::Wellbeing
        << u"protection from abuse and neglect"_s;
    QTest::newRow("outcome") << Breaker(
        [](AssessmentRecord &r) { r.assessment.outcomes[9].status = OutcomeStatus::NotAssessed; })
                             << u"outcome-not-assessed"_s << AssessmentStep::NeedsAndOutcomes
                             << u"carrying out any caring responsibilities"_s;
    QTest::newRow("unable without evidence")
        << Breaker([](AssessmentRecord &r) { r.assessment.outcomes[1].evidence.clear(); })
        << u"unable-without-evidence"_s << AssessmentStep::NeedsAndOutcomes
        << u"maintaining personal hygiene"_s;
    QTest::newRow("unable without meaning")
        << Breaker([](AssessmentRecord &r) { r.assessment.outcomes[4].meanings.clear(); })
        << u"unable-without-evidence"_s << AssessmentStep::NeedsAndOutcomes << u"home safely"_s;
    QTest::newRow("fluctuating") << Breaker([](AssessmentRecord &r) {
        r.assessment.fluctuating.fluctuates = true;
    }) << u"fluctuating-period-missing"_s
                                 << AssessmentStep::NeedsAndOutcomes << u"reg 2(4)"_s;
    QTest::newRow("no needs") << Breaker([](AssessmentRecord &r) { r.assessment.needs.clear(); })
                              << u"needs-not-identified"_s << AssessmentStep::PreventionFirst
                              << u"no needs"_s;
    QTest::newRow("prevention") << Breaker(
        [](AssessmentRecord &r) { r.assessment.needs[1].responses.removeFirst(); })
                                << u"prevention-not-considered"_s << AssessmentStep::PreventionFirst
                                << u"Getting about the house safely at night."_s;
    QTest::newRow("equipment") << Breaker(
        [](AssessmentRecord &r) { r.assessment.needs[1].responses.removeLast(); })
                               << u"equipment-not-considered"_s << AssessmentStep::PreventionFirst
                               << u"Getting about the house safely at night."_s;
    QTest::newRow("not decided") << Breaker([](AssessmentRecord &r) {
        r.assessment.needs[1].metBy = NeedMetBy::NotYetDecided;
    }) << u"need-not-decided"_s << AssessmentStep::PreventionFirst
                                 << u"Getting about the house safely at night."_s;
    QTest::newRow("findings") << Breaker([](AssessmentRecord &r) {
        r.assessment.findings.significantImpactOnWellbeing = Answer::Unknown;
    }) << u"eligibility-findings-missing"_s
                              << AssessmentStep::Eligibility << u"reg 2(1)"_s;
    QTest::newRow("departs") << Breaker([](AssessmentRecord &r) {
        r.assessment.decision.departsFromProposal = true;
    }) << u"decision-departs"_s
                             << AssessmentStep::Eligibility << u"rationale"_s;
    QTest::newRow("no risks") << Breaker([](AssessmentRecord &r) { r.assessment.risks.clear(); })
                              << u"risk-assessment-missing"_s << AssessmentStep::Risks
                              << u"risks"_s;
    QTest::newRow("risk without view")
        << Breaker([](AssessmentRecord &r) { r.assessment.risks[0].personsView.clear(); })
        << u"risk-incomplete"_s << AssessmentStep::Risks << u"Falls on the stairs at night"_s;
    QTest::newRow("ineligible advice") << Breaker([](AssessmentRecord &r) {
        r.assessment.decision.eligible = false;
        r.assessment.decision.departsFromProposal = false;
    }) << u"ineligible-advice-missing"_s
                                       << AssessmentStep::Plan << u"s13(5)"_s;
}

// Each soft gap, alone in a complete record: a warning on its step, naming what is missing,
// and never a reason to refuse finalising.
void TestQualityChecks::warning()
{
    QFETCH(Breaker, breaker);
    QFETCH(QString, code);
    QFETCH(AssessmentStep, step);
    QFETCH(QString, named);
    AssessmentRecord record = completeRecord();
    breaker(record);
    const QList<QualityCheck> checks = QualityChecks::run(record);
    QCOMPARE(codes(checks), QStringList {code});
    QCOMPARE(checks.first().severity, CheckSeverity::Warning);
    QCOMPARE(checks.first().step, step);
    QVERIFY2(checks.first().message.contains(named), qPrintable(checks.first().message));
    QVERIFY(!QualityChecks::blocksFinalising(checks));
}

void TestQualityChecks::wellbeingAreaNamedOncePerArea()
{
    AssessmentRecord record = completeRecord();
    for (WellbeingAreaRecord &area : record.assessment.wellbeing) {
        area.explored = false;
        area.skippedReason.clear();
    }
    const QList<QualityCheck> checks = QualityChecks::run(record);
    QCOMPARE(countOf(checks, u"wellbeing-area-unexplored"_s), 9);
    const QList<WellbeingArea> areas = allWellbeingAreas();
    for (const WellbeingArea area : areas) {
        const bool named = std::any_of(checks.cbegin(), checks.cend(),
            [area](const auto &c) { return c.message.contains(statutoryText(area)); });
        QVERIFY2(named, qPrintable(code(area)));
    }
}

void TestQualityChecks::outcomeNamedOncePerOutcome()
{
    AssessmentRecord record = ::blankRecord();
    record.assessment.outcomes[3].status = OutcomeStatus::Achievable;
    const QList<QualityCheck> checks = QualityChecks::run(record);
    QCOMPARE(countOf(checks, u"outcome-not-assessed"_s), 9);
    const QList<SpecifiedOutcome> outcomes = allSpecifiedOutcomes();
    for (const SpecifiedOutcome outcome : outcomes) {
        const bool named = std::any_of(checks.cbegin(), checks.cend(), [outcome](const auto &c) {
            return c.code == u"outcome-not-assessed"_s
                && c.message.contains(statutoryText(outcome));
        });
        QCOMPARE(named, outcome != SpecifiedOutcome::AppropriatelyClothed);
    }
}

// Reg 2(4): bad days count only when needs are recorded as fluctuating.
void TestQualityChecks::badDayMeaningsCountOnlyWhenFluctuating()
{
    AssessmentRecord record = completeRecord();
    OutcomeRecord &hygiene = record.assessment.outcomes[1];
    hygiene.badDayMeanings = hygiene.meanings;
    hygiene.meanings.clear();
    QCOMPARE(codes(QualityChecks::run(record)), QStringList {u"unable-without-evidence"_s});
    record.assessment.fluctuating.fluctuates = true;
    record.assessment.fluctuating.periodConsidered = u"Twelve weeks, with a diary."_s;
    QVERIFY(QualityChecks::run(record).isEmpty());
}

void TestQualityChecks::servicesAreNotAskedAboutWillingness()
{
    AssessmentRecord record = completeRecord();
    QCOMPARE(record.network[1].kind, NetworkKind::UniversalService);
    QCOMPARE(record.network[1].willing, Answer::Unknown);
    QVERIFY(QualityChecks::run(record).isEmpty());
    record.network[1].kind = NetworkKind::Neighbour;
    QCOMPARE(codes(QualityChecks::run(record)), QStringList {u"network-support-unconfirmed"_s});
    // Someone who is only known, not relied on, is not asked either.
    record.network[1].helpsWith.clear();
    QVERIFY(QualityChecks::run(record).isEmpty());
}

// Reg 3: a carer's assessment checks the eight carer outcomes and the carer's health.
void TestQualityChecks::carerAssessmentUsesTheCarerOutcomes()
{
    AssessmentRecord record = ::blankRecord();
    record.assessment = Assessment::blank(AssessmentKind::Carer);
    record.assessment.outcomes.clear();
    const QList<QualityCheck> checks = QualityChecks::run(record);
    QCOMPARE(countOf(checks, u"outcome-not-assessed"_s), 8);
    QCOMPARE(countOf(checks, u"carer-health-not-recorded"_s), 1);
    QVERIFY(std::any_of(checks.cbegin(), checks.cend(), [](const QualityCheck &c) {
        return c.message.contains(statutoryText(CarerOutcome::RecreationalActivities));
    }));
    QVERIFY(
        firstWithCode(checks, u"eligibility-findings-missing"_s).message.contains(u"reg 3(1)"_s));
}

void TestQualityChecks::blockingFirstThenStepOrder()
{
    AssessmentRecord record = ::blankRecord();
    openGap(u"safeguarding-unhandled"_s, record);
    openGap(u"advocate-not-arranged"_s, record);
    openGap(u"formal-support-too-soon"_s, record);
    const QList<QualityCheck> checks = QualityChecks::run(record);
    QCOMPARE(blockingCodes(checks),
        (QStringList {u"advocate-not-arranged"_s, u"formal-support-too-soon"_s,
            u"decision-missing"_s, u"safeguarding-unhandled"_s}));
    bool seenWarning = false;
    int lastStep = -1;
    for (const QualityCheck &check : checks) {
        if (check.severity == CheckSeverity::Warning) {
            if (!seenWarning)
                lastStep = -1;
            seenWarning = true;
        } else {
            QVERIFY2(!seenWarning, "a hard gap after a warning");
        }
        QVERIFY(static_cast<int>(check.step) >= lastStep);
        lastStep = static_cast<int>(check.step);
    }
    QVERIFY(seenWarning);
}

void TestQualityChecks::runIsDeterministic()
{
    AssessmentRecord record = ::blankRecord();
    openGap(u"formal-support-too-soon"_s, record);
    const QList<QualityCheck> first = QualityChecks::run(record);
    QCOMPARE(QualityChecks::run(record), first);
    QCOMPARE(QualityChecks::run(completeRecord()), QList<QualityCheck> {});
}

void TestQualityChecks::sampleCases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("blocking");
    QTest::newRow("Sian, finalised") << u"adult-eligible-sian-pritchard.json"_s << QStringList {};
    QTest::newRow("Zoe, shared") << u"adult-fluctuating-zoe-brennan-hughes.json"_s
                                 << QStringList {};
    QTest::newRow("Paddy, finalised") << u"adult-one-outcome-paddy-doyle.json"_s << QStringList {};
}

// The realistic samples pass the hard checks: the rules ask no more than good practice does.
void TestQualityChecks::sampleCases()
{
    QFETCH(QString, file);
    QFETCH(QStringList, blocking);
    QFile in(QStringLiteral(HEARTH_TEST_DATA "/cases/") + file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const Result<Case> read = CaseFile::read(in.readAll());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(!read->assessments.isEmpty());
    AssessmentRecord record;
    record.person = read->person;
    record.network = read->network;
    record.assessment = read->assessments.first().assessment;
    record.plan = read->assessments.first().plan.value_or(Plan {});
    const QList<QualityCheck> checks = QualityChecks::run(record);
    qDebug().noquote() << file << codes(checks);
    QCOMPARE(blockingCodes(checks), blocking);
}

QTEST_GUILESS_MAIN(TestQualityChecks)
#include "tst_qualitychecks.moc"
