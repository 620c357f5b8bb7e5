#include "core/assessmentflow.h"
#include "core/casefile.h"
#include "core/qualitychecks.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

// The guided assessment's rules (DESIGN 2.4, 2.5, 2.7): how complete each step is, the plan
// assembled from the assessment without overwriting the practitioner, finalising refused while
// a hard gap remains, and a new version after finalising.
class TestAssessmentFlow : public QObject
{
    Q_OBJECT

private slots:
    void startHasEveryAreaAndOutcome();
    void everyStepHasACodeAndTitle();
    void blankRecordIsIncompleteEverywhere();
    void answeringRaisesProgress_data();
    void answeringRaisesProgress();
    void finishedSampleIsCompleteUpToFinalising();
    void assemblePlanFillsOnlyBlanks();
    void planNeedsGroupsTheNeeds();
    void assemblePlanSetsReviewDates();
    void finaliseRefusedListsEveryBlockingGap();
    void finaliseMarksFinalised();
    void newVersionIsADraftWithNewIds();
};

namespace {

const QDate kToday(2026, 3, 2);

// The Siân Pritchard sample: a complete, decided adult assessment, reopened as a draft.
AssessmentRecord sampleDraft()
{
    QFile in(QStringLiteral(HEARTH_TEST_DATA "/cases/adult-eligible-sian-pritchard.json"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("the Siân Pritchard sample is missing");
    const Result<Case> read = CaseFile::read(in.readAll());
    if (!read.ok() || read->assessments.isEmpty())
        qFatal("the Siân Pritchard sample does not read");
    AssessmentRecord record = recordOf(*read, 0);
    record.assessment.status = AssessmentStatus::Draft;
    return record;
}

AssessmentRecord blankRecord()
{
    Person person;
    person.id = QUuid::createUuid();
    return AssessmentFlow::start(person, {}, u"Hannah Ellis"_s, kToday);
}

using Change = std::function<void(AssessmentRecord &)>;

} // namespace

void TestAssessmentFlow::startHasEveryAreaAndOutcome()
{
    const AssessmentRecord record = blankRecord();
    QCOMPARE(record.assessment.wellbeing.size(), 9);
    QCOMPARE(record.assessment.outcomes.size(), 10);
    QCOMPARE(record.assessment.status, AssessmentStatus::Draft);
    QCOMPARE(record.assessment.startedOn, kToday);
    QCOMPARE(record.assessment.personId, record.person.id);
    QVERIFY(!record.assessment.id.isNull());
    QCOMPARE(record.plan.assessmentId, record.assessment.id);
}

void TestAssessmentFlow::everyStepHasACodeAndTitle()
{
    const QList<AssessmentStep> steps = AssessmentFlow::allSteps();
    QCOMPARE(steps.size(), 10);
    QSet<QString> codes;
    for (const AssessmentStep step : steps) {
        QVERIFY(!AssessmentFlow::title(step).isEmpty());
        codes.insert(AssessmentFlow::code(step));
    }
    QCOMPARE(codes.size(), 10);
    QCOMPARE(AssessmentFlow::code(AssessmentStep::AboutThePerson), u"about-the-person"_s);
}

void TestAssessmentFlow::blankRecordIsIncompleteEverywhere()
{
    const AssessmentRecord record = blankRecord();
    for (const AssessmentStep step : AssessmentFlow::allSteps()) {
        const StepProgress progress = AssessmentFlow::progress(step, record);
        QVERIFY2(progress.total > 0, qPrintable(AssessmentFlow::code(step)));
        QVERIFY2(!progress.complete(), qPrintable(AssessmentFlow::code(step)));
    }
}

void TestAssessmentFlow::answeringRaisesProgress_data()
{
    QTest::addColumn<AssessmentStep>("step");
    QTest::addColumn<Change>("change");
    QTest::newRow("consent") << AssessmentStep::AboutThePerson << Change([](AssessmentRecord &r) {
        r.assessment.consent.given = Answer::Yes;
    });
    QTest::newRow("in their words")
        << AssessmentStep::WhatMatters << Change([](AssessmentRecord &r) {
               r.assessment.whatMatters.inTheirWords = u"To get back to the allotment."_s;
           });
    QTest::newRow("a strength") << AssessmentStep::StrengthsAndNetwork
                                << Change([](AssessmentRecord &r) {
                                       r.assessment.strengths = {{u"Determined"_s}};
                                   });
    QTest::newRow("an area skipped with a reason")
        << AssessmentStep::Wellbeing << Change([](AssessmentRecord &r) {
               r.assessment.wellbeing[3].explored = false;
               r.assessment.wellbeing[3].skippedReason = u"Not today, by her choice."_s;
           });
    QTest::newRow("an outcome achievable")
        << AssessmentStep::NeedsAndOutcomes << Change([](AssessmentRecord &r) {
               r.assessment.outcomes[0].status = OutcomeStatus::Achievable;
           });
    QTest::newRow("the decision") << AssessmentStep::Eligibility << Change([](AssessmentRecord &r) {
        r.assessment.decision.recorded = true;
    });
    QTest::newRow("contingency") << AssessmentStep::Plan << Change([](AssessmentRecord &r) {
        r.plan.contingency = u"Her son calls in."_s;
    });
}

// Each answer moves its own step on, and no answer moves it back.
void TestAssessmentFlow::answeringRaisesProgress()
{
    QFETCH(AssessmentStep, step);
    QFETCH(Change, change);
    AssessmentRecord record = blankRecord();
    const StepProgress before = AssessmentFlow::progress(step, record);
    change(record);
    const StepProgress after = AssessmentFlow::progress(step, record);
    QCOMPARE(after.total, before.total);
    QCOMPARE(after.answered, before.answered + 1);
}

// The sample is what a finished assessment looks like: only finalising is left.
void TestAssessmentFlow::finishedSampleIsCompleteUpToFinalising()
{
    const AssessmentRecord record = sampleDraft();
    for (const AssessmentStep step : AssessmentFlow::allSteps()) {
        const StepProgress progress = AssessmentFlow::progress(step, record);
        if (step == AssessmentStep::CheckAndFinalise) {
            QCOMPARE(progress.answered, 0);
            continue;
        }
        QVERIFY2(progress.complete(),
            qPrintable(u"%1: %2 of %3"_s.arg(AssessmentFlow::code(step))
                           .arg(progress.answered)
                           .arg(progress.total)));
    }
}

// DESIGN 2.5 / s25: the needs as a plan groups them, following the decision, else the proposal.
void TestAssessmentFlow::planNeedsGroupsTheNeeds()
{
    const auto descriptions = [](const QList<Need> &needs) {
        QStringList out;
        for (const Need &need : needs)
            out.append(need.description);
        return out;
    };
    AssessmentRecord record = sampleDraft();
    PlanNeeds needs = AssessmentFlow::planNeeds(record.assessment);
    QCOMPARE(needs.basis, PlanNeeds::Basis::Decision);
    QVERIFY(needs.eligible);
    QCOMPARE(needs.identified.size(), record.assessment.needs.size());
    QCOMPARE(descriptions(needs.metByCouncil),
        QStringList {u"Help to wash safely, with dignity, three mornings a week."_s});
    QCOMPARE(descriptions(needs.metByPersonOrNetwork),
        QStringList(
            {u"A hot meal every day."_s, u"Getting back to choir on Thursday evenings."_s}));
    QVERIFY(needs.eligibleWithNobodyYet.isEmpty());

    // Without the decision the proposal decides, and says so.
    record.assessment.decision = {};
    needs = AssessmentFlow::planNeeds(record.assessment);
    QCOMPARE(needs.basis, PlanNeeds::Basis::Proposal);
    QVERIFY(needs.eligible);

    // A need about no outcome the person is unable to achieve is not eligible (reg 2(1)(b)),
    // and an eligible need nobody meets yet is shown as such.
    Need loose;
    loose.id = QUuid::createUuid();
    loose.description = u"Company in the evenings."_s;
    record.assessment.needs.append(loose);
    record.assessment.needs.first().metBy = NeedMetBy::NotYetDecided;
    needs = AssessmentFlow::planNeeds(record.assessment);
    QVERIFY(descriptions(needs.notLinkedToUnableOutcome).contains(loose.description));
    QVERIFY(descriptions(needs.ineligibleNeeds).contains(loose.description));
    QCOMPARE(needs.eligibleWithNobodyYet.size(), 1);

    // Nothing known: every need is only identified.
    needs = AssessmentFlow::planNeeds(blankRecord().assessment);
    QCOMPARE(needs.basis, PlanNeeds::Basis::NotKnown);
    QVERIFY(needs.eligibleNeeds.isEmpty() && needs.ineligibleNeeds.isEmpty());
}

// DESIGN 2.5: the plan is assembled from the assessment, but the practitioner's words win.
void TestAssessmentFlow::assemblePlanFillsOnlyBlanks()
{
    AssessmentRecord record = blankRecord();
    Assessment &a = record.assessment;
    a.whatMatters.importantTo = u"Her allotment and her brother."_s;
    a.whatMatters.importantFor = u"Taking her insulin on time."_s;
    a.wellbeing[0].desiredOutcome = u"To wash without being rushed."_s;
    Risk falls;
    falls.description = u"Falls in the garden"_s;
    falls.management = u"A pendant alarm she wears outside."_s;
    Risk scalds; // a description written as a sentence keeps no full stop before the colon
    scalds.description = u"Scalds from the kettle."_s;
    scalds.management = u"A one-cup kettle."_s;
    a.risks = {falls, scalds};
    record.plan.importantTo = u"What I wrote myself."_s;

    AssessmentFlow::assemblePlan(record, kToday);
    QCOMPARE(record.plan.importantTo, u"What I wrote myself."_s);
    QCOMPARE(record.plan.importantFor, u"Taking her insulin on time."_s);
    QVERIFY2(record.plan.outcomesWanted.contains(u"To wash without being rushed."_s),
        qPrintable(record.plan.outcomesWanted));
    QCOMPARE(record.plan.riskManagement,
        u"Falls in the garden: A pendant alarm she wears outside.\n"
        u"Scalds from the kettle: A one-cup kettle."_s);

    // A second assembly after the assessment changed keeps what is now written.
    a.whatMatters.importantFor = u"Something else."_s;
    AssessmentFlow::assemblePlan(record, kToday.addDays(5));
    QCOMPARE(record.plan.importantFor, u"Taking her insulin on time."_s);
}

// DESIGN 2.6: about 72 hours when the council starts to meet a need, 6-8 weeks, 12 months.
void TestAssessmentFlow::assemblePlanSetsReviewDates()
{
    AssessmentRecord record = blankRecord();
    AssessmentFlow::assemblePlan(record, kToday);
    QVERIFY(!record.plan.reviews.informalReview.has_value());
    QCOMPARE(record.plan.reviews.firstFormalReview, kToday.addDays(56));
    QCOMPARE(record.plan.reviews.annualReview, kToday.addMonths(12));

    AssessmentRecord council = blankRecord();
    Need need;
    need.description = u"Help to wash"_s;
    need.metBy = NeedMetBy::Council;
    council.assessment.needs = {need};
    AssessmentFlow::assemblePlan(council, kToday);
    QCOMPARE(council.plan.reviews.informalReview, std::optional<QDate>(kToday.addDays(3)));

    // A date the practitioner set is kept.
    council.plan.reviews.firstFormalReview = kToday.addDays(42);
    AssessmentFlow::assemblePlan(council, kToday.addDays(1));
    QCOMPARE(council.plan.reviews.firstFormalReview, kToday.addDays(42));
}

void TestAssessmentFlow::finaliseRefusedListsEveryBlockingGap()
{
    AssessmentRecord record = blankRecord();
    record.assessment.safeguarding.concern = true;
    const Status finalised = AssessmentFlow::finalise(record, kToday);
    QVERIFY(!finalised.ok());
    QCOMPARE(record.assessment.status, AssessmentStatus::Draft);

    const QList<QualityCheck> checks = QualityChecks::run(record);
    int blocking = 0;
    for (const QualityCheck &check : checks) {
        if (check.severity != CheckSeverity::Blocking)
            continue;
        ++blocking;
        QVERIFY2(finalised.error().contains(u"• "_s + check.message), qPrintable(check.code));
    }
    QVERIFY(blocking >= 2); // at least the missing decision and the safeguarding concern
    QCOMPARE(finalised.error().count(u"• "_s), blocking);
}

void TestAssessmentFlow::finaliseMarksFinalised()
{
    AssessmentRecord record = sampleDraft();
    const Status finalised = AssessmentFlow::finalise(record, kToday);
    QVERIFY2(finalised.ok(), qPrintable(finalised.error()));
    QCOMPARE(record.assessment.status, AssessmentStatus::Finalised);
    QVERIFY(record.plan.reviews.firstFormalReview.isValid());
    QVERIFY(AssessmentFlow::progress(AssessmentStep::CheckAndFinalise, record).complete());

    // Finalised is final: a change starts a new version.
    const Status again = AssessmentFlow::finalise(record, kToday);
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(u"new version"_s));
}

void TestAssessmentFlow::newVersionIsADraftWithNewIds()
{
    AssessmentRecord finalised = sampleDraft();
    QVERIFY(AssessmentFlow::finalise(finalised, kToday).ok());
    const AssessmentRecord next = AssessmentFlow::newVersion(finalised, kToday.addDays(30));
    QCOMPARE(next.assessment.status, AssessmentStatus::Draft);
    QVERIFY(next.assessment.id != finalised.assessment.id);
    QVERIFY(next.plan.id != finalised.plan.id);
    QCOMPARE(next.plan.assessmentId, next.assessment.id);
    QCOMPARE(next.assessment.startedOn, kToday.addDays(30));
    QVERIFY(!next.assessment.decision.recorded);
    QVERIFY(!next.plan.reviews.firstFormalReview.isValid());
    // What the person said carries over.
    QCOMPARE(next.assessment.whatMatters, finalised.assessment.whatMatters);
    QCOMPARE(next.assessment.outcomes, finalised.assessment.outcomes);
    QCOMPARE(next.person, finalised.person);
}

QTEST_GUILESS_MAIN(TestAssessmentFlow)
#include "tst_assessmentflow.moc"
