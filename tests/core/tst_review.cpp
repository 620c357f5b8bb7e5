// Reviews (Care Act 2014 s27; DESIGN 2.6): a review starts from the finalised plan, says how
// each of its outcomes went, determines eligibility again, and concludes "no change", "plan
// revised" or "full reassessment". A lowered budget needs a written rationale first.

#include "../documents/samples.h"
#include "core/assessmentflow.h"
#include "core/casefile.h"
#include "core/eligibility.h"
#include "core/qualitychecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kReviewDay(2024, 5, 13); // Siân's first formal review day

AssessmentRecord sian()
{
    return recordOf(samples::sampleCase(u"adult-eligible-sian-pritchard.json"_s), 0);
}

AssessmentRecord gosia()
{
    return recordOf(samples::sampleCase(u"carer-gosia-kowalska.json"_s), 0);
}

QStringList outcomeCodes(const ReviewDetails &review)
{
    QStringList codes;
    for (const ReviewedOutcome &outcome : review.outcomes)
        codes.append(outcome.outcomeCode);
    return codes;
}

QStringList blockingCodes(const AssessmentRecord &record)
{
    QStringList codes;
    const QList<QualityCheck> checks = QualityChecks::run(record);
    for (const QualityCheck &check : checks) {
        if (check.severity == CheckSeverity::Blocking)
            codes.append(check.code);
    }
    return codes;
}

// A review of Siân's plan with everything said but the conclusion and the budget.
AssessmentRecord reviewedSian(ReviewConclusion conclusion)
{
    AssessmentRecord record = AssessmentFlow::startReview(sian(), kReviewDay);
    for (ReviewedOutcome &outcome : record.assessment.review->outcomes)
        outcome.progress = OutcomeProgress::Achieved;
    record.assessment.review->whatIsWorking = u"The morning visits."_s;
    record.assessment.review->conclusion = conclusion;
    const Status decided
        = Eligibility::decide(record.assessment, true, u"Still unable to achieve six outcomes."_s,
            u"Sam Patel"_s, QDateTime(kReviewDay, QTime(11, 0), QTimeZone::utc()));
    if (!decided)
        qFatal("decide: %s", qPrintable(decided.error()));
    return record;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void reviewStartsFromTheCurrentPlan();
    void reviewDeterminesEligibilityAgain();
    void reviewOfACarersPlanListsTheCarersOutcomes();
    void reviewNeedsEachOutcomeAndAConclusion();
    void reviewLoweringTheBudgetNeedsARationale_data();
    void reviewLoweringTheBudgetNeedsARationale();
    void reviewNoChangeKeepsThePlanRevision();
    void reviewPlanRevisedIsANewPlanVersion();
    void reviewFullReassessmentComesNext();
    void reviewRoundTripsThroughTheCaseFile();
    void reviewOutcomeMustBeAStatutoryOne();
    void reviewCodes();
};

void TestReview::reviewStartsFromTheCurrentPlan()
{
    const AssessmentRecord before = sian();
    const AssessmentRecord review = AssessmentFlow::startReview(before, kReviewDay);
    QCOMPARE(review.assessment.kind, AssessmentKind::Review);
    QCOMPARE(review.assessment.status, AssessmentStatus::Draft);
    QCOMPARE(review.assessment.startedOn, kReviewDay);
    QVERIFY(review.assessment.id != before.assessment.id);
    QVERIFY(review.plan.id != before.plan.id);
    QCOMPARE(review.plan.assessmentId, review.assessment.id);
    QVERIFY(review.assessment.review.has_value());
    QCOMPARE(review.assessment.review->reviewedAssessmentId, before.assessment.id);
    QCOMPARE(review.assessment.review->budgetBefore, std::optional<Pence>(17400));
    // Each outcome Siân was unable to achieve, as the plan set out to meet them.
    QCOMPARE(outcomeCodes(*review.assessment.review),
        QStringList({u"nutrition"_s, u"personal-hygiene"_s, u"clothing"_s, u"home-safety"_s,
            u"habitable-home"_s, u"community"_s}));
    for (const ReviewedOutcome &outcome : review.assessment.review->outcomes)
        QCOMPARE(outcome.progress, OutcomeProgress::NotReviewed);
    // The plan as it stands, with the schedule under review still in it.
    QCOMPARE(review.plan.outcomesWanted, before.plan.outcomesWanted);
    QCOMPARE(review.plan.howUnmetNeedsWillBeMet, before.plan.howUnmetNeedsWillBeMet);
    QCOMPARE(review.plan.budget, before.plan.budget);
    QCOMPARE(review.plan.reviews, before.plan.reviews);
    QVERIFY(!review.plan.shared.has_value());
    QCOMPARE(review.assessment.needs.size(), before.assessment.needs.size());
}

void TestReview::reviewDeterminesEligibilityAgain()
{
    const AssessmentRecord review = AssessmentFlow::startReview(sian(), kReviewDay);
    QVERIFY(!review.assessment.decision.recorded);
    QVERIFY(blockingCodes(review).contains(u"decision-missing"_s));
    // The proposal is the adult's (reg 2) from what is recorded now.
    const EligibilityProposal proposal = Eligibility::propose(review.assessment);
    QVERIFY(!proposal.forCarer);
    QCOMPARE(proposal.eligible, ConditionResult::Met);
}

void TestReview::reviewOfACarersPlanListsTheCarersOutcomes()
{
    const AssessmentRecord review = AssessmentFlow::startReview(gosia(), kReviewDay);
    QVERIFY(review.assessment.forCarer());
    QCOMPARE(outcomeCodes(*review.assessment.review),
        QStringList({u"nutrition"_s, u"relationships"_s, u"work-education"_s, u"recreation"_s}));
    // A review of a carer's plan is determined under reg 3.
    QVERIFY(Eligibility::propose(review.assessment).forCarer);
    QVERIFY(!review.assessment.review->budgetBefore.has_value());
}

void TestReview::reviewNeedsEachOutcomeAndAConclusion()
{
    AssessmentRecord record = reviewedSian(ReviewConclusion::NotDecided);
    record.assessment.review->outcomes[2].progress = OutcomeProgress::NotReviewed;
    QStringList blocking = blockingCodes(record);
    QVERIFY(blocking.contains(u"review-outcomes-missing"_s));
    QVERIFY(blocking.contains(u"review-conclusion-missing"_s));
    QVERIFY(!AssessmentFlow::finalise(record, kReviewDay));

    record.assessment.review->outcomes[2].progress = OutcomeProgress::PartlyAchieved;
    record.assessment.review->conclusion = ReviewConclusion::NoChange;
    blocking = blockingCodes(record);
    QVERIFY2(blocking.isEmpty(), qPrintable(blocking.join(u", ")));
    QVERIFY(AssessmentFlow::finalise(record, kReviewDay));
    QCOMPARE(record.assessment.status, AssessmentStatus::Finalised);
}

void TestReview::reviewLoweringTheBudgetNeedsARationale_data()
{
    QTest::addColumn<std::optional<Pence>>("confirmed");
    QTest::addColumn<bool>("needsRationale");
    // Siân's confirmed budget was £174.00 a week.
    QTest::newRow("unchanged") << std::optional<Pence>(17400) << false;
    QTest::newRow("raised") << std::optional<Pence>(19000) << false;
    QTest::newRow("lowered by a penny") << std::optional<Pence>(17399) << true;
    QTest::newRow("lowered") << std::optional<Pence>(15000) << true;
    QTest::newRow("taken away") << std::optional<Pence>() << true;
}

void TestReview::reviewLoweringTheBudgetNeedsARationale()
{
    QFETCH(std::optional<Pence>, confirmed);
    QFETCH(bool, needsRationale);
    AssessmentRecord record = reviewedSian(ReviewConclusion::PlanRevised);
    record.plan.budget.confirmedWeekly = confirmed;
    QCOMPARE(record.assessment.review->lowersBudget(record.plan.budget), needsRationale);
    QCOMPARE(blockingCodes(record).contains(u"review-budget-rationale-missing"_s), needsRationale);

    AssessmentRecord attempt = record;
    const Status status = AssessmentFlow::finalise(attempt, kReviewDay);
    QCOMPARE(bool(status), !needsRationale);
    if (needsRationale) {
        QVERIFY(status.error().contains(u"rationale"_s));
        QCOMPARE(attempt, record); // nothing changed by the refusal
        record.assessment.review->budgetRationale = u"   "_s;
        QVERIFY(!AssessmentFlow::finalise(record, kReviewDay)); // blank is not a rationale
        record.assessment.review->budgetRationale
            = u"Her daughter now cooks the evening meal every day."_s;
        QVERIFY(AssessmentFlow::finalise(record, kReviewDay));
    }
}

void TestReview::reviewNoChangeKeepsThePlanRevision()
{
    AssessmentRecord record = reviewedSian(ReviewConclusion::NoChange);
    const ReviewSchedule before = record.plan.reviews;
    QCOMPARE(before.due(), QDate(2024, 3, 21)); // the informal review, not held separately
    QVERIFY(AssessmentFlow::finalise(record, kReviewDay));
    QCOMPARE(record.plan.revision, 1);
    // The review on 13 May covered the informal and the first formal review; the annual one
    // is left.
    QVERIFY(!record.plan.reviews.informalReview.has_value());
    QVERIFY(!record.plan.reviews.firstFormalReview.isValid());
    QCOMPARE(record.plan.reviews.due(), QDate(2025, 3, 18));
    QVERIFY(!record.plan.reviews.isOverdue(kReviewDay));
}

void TestReview::reviewPlanRevisedIsANewPlanVersion()
{
    AssessmentRecord record = reviewedSian(ReviewConclusion::PlanRevised);
    QVERIFY(AssessmentFlow::finalise(record, kReviewDay));
    QCOMPARE(record.plan.revision, 2);
    // The clock starts again: a first formal review within 6-8 weeks of the revised plan.
    QCOMPARE(record.plan.reviews.firstFormalReview, kReviewDay.addDays(56));
    QCOMPARE(record.plan.reviews.annualReview, kReviewDay.addMonths(12));

    // A review of the revised plan remembers which revision it reviewed.
    const AssessmentRecord next = AssessmentFlow::startReview(record, QDate(2024, 7, 8));
    QCOMPARE(next.assessment.review->reviewedPlanRevision, 2);
    QCOMPARE(next.plan.revision, 2);
}

void TestReview::reviewFullReassessmentComesNext()
{
    AssessmentRecord record = reviewedSian(ReviewConclusion::FullReassessment);
    QVERIFY(AssessmentFlow::finalise(record, kReviewDay));
    const AssessmentRecord again = AssessmentFlow::newVersion(record, kReviewDay);
    QCOMPARE(again.assessment.kind, AssessmentKind::AdultNeeds);
    QVERIFY(!again.assessment.review.has_value());
    QCOMPARE(again.assessment.status, AssessmentStatus::Draft);

    AssessmentRecord carer = AssessmentFlow::startReview(gosia(), kReviewDay);
    carer.assessment.status = AssessmentStatus::Finalised;
    QCOMPARE(AssessmentFlow::newVersion(carer, kReviewDay).assessment.kind, AssessmentKind::Carer);
}

void TestReview::reviewRoundTripsThroughTheCaseFile()
{
    AssessmentRecord record = reviewedSian(ReviewConclusion::PlanRevised);
    record.assessment.review->outcomes[0].notes = u"Eats well now."_s;
    record.assessment.review->whatIsNotWorking = u"The evening call is too early."_s;
    record.assessment.review->changesInNeeds = u"Walks with a frame."_s;
    record.assessment.review->changesInNetwork = u"Her daughter moved closer."_s;
    record.assessment.review->budgetRationale = u"Fewer calls."_s;
    record.plan.revision = 3;
    record.plan.budget.indicativePoints = 12;

    const Result<Assessment> assessment
        = CaseFile::assessmentFromJson(CaseFile::toJson(record.assessment));
    QVERIFY2(assessment, qPrintable(assessment ? QString() : assessment.error()));
    QCOMPARE(*assessment, record.assessment);
    const Result<Plan> plan = CaseFile::planFromJson(CaseFile::toJson(record.plan));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
    QCOMPARE(*plan, record.plan);
}

void TestReview::reviewOutcomeMustBeAStatutoryOne()
{
    AssessmentRecord record = reviewedSian(ReviewConclusion::NoChange);
    QJsonObject json = CaseFile::toJson(record.assessment);
    QJsonObject review = json.value(u"review"_s).toObject();
    QJsonArray outcomes = review.value(u"outcomes"_s).toArray();
    QJsonObject first = outcomes.at(0).toObject();
    first.insert(u"outcome"_s, u"happiness"_s);
    outcomes.replace(0, first);
    review.insert(u"outcomes"_s, outcomes);
    json.insert(u"review"_s, review);
    const Result<Assessment> read = CaseFile::assessmentFromJson(json, u"assessment"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(u"review.outcomes[0].outcome"_s), qPrintable(read.error()));
    QVERIFY(read.error().contains(u"happiness"_s));
}

void TestReview::reviewCodes()
{
    for (const auto p : {OutcomeProgress::NotReviewed, OutcomeProgress::Achieved,
             OutcomeProgress::PartlyAchieved, OutcomeProgress::NotAchieved})
        QCOMPARE(outcomeProgressFromCode(code(p)), std::optional(p));
    for (const auto c : {ReviewConclusion::NotDecided, ReviewConclusion::NoChange,
             ReviewConclusion::PlanRevised, ReviewConclusion::FullReassessment})
        QCOMPARE(reviewConclusionFromCode(code(c)), std::optional(c));
    QCOMPARE(code(ReviewConclusion::PlanRevised), u"plan-revised"_s);
    QVERIFY(!reviewConclusionFromCode(u"revised"_s));
}

QTEST_APPLESS_MAIN(TestReview)
#include "tst_review.moc"
