#include "core/plan.h"

#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

// DESIGN 2.6: informal review at about 72 hours where appropriate, first formal review within
// 6-8 weeks, then at least every 12 months.
class TestReviewSchedule : public QObject
{
    Q_OBJECT

private slots:
    void defaultIntervals();
    void informalReviewOnlyWhenAppropriate();
    void firstFormalReviewIsInsideTheWindow();
    void leapDay();
    void councilIntervals();
    void intervalsOutsideTheLawAreClamped_data();
    void intervalsOutsideTheLawAreClamped();
    void dueIsTheEarliestStillToHappen();
    void overdue_data();
    void overdue();
    void reviewCoversTheDueDate_data();
    void reviewCoversTheDueDate();
    void reviewCarriedOutEarlyCoversTheDueDate();
    void lastReviewLeavesAYearOn();
    void revisedPlanStartsTheClockAgain();
    void reviewUsesCouncilIntervals();
    void paymentFrequencyCodes();
};

void TestReviewSchedule::defaultIntervals()
{
    const ReviewSchedule s = ReviewSchedule::from(QDate(2026, 3, 2), true);
    QCOMPARE(s.informalReview, std::optional(QDate(2026, 3, 5)));
    QCOMPARE(s.firstFormalReview, QDate(2026, 4, 27));
    QCOMPARE(s.annualReview, QDate(2027, 3, 2));
}

void TestReviewSchedule::informalReviewOnlyWhenAppropriate()
{
    const ReviewSchedule s = ReviewSchedule::from(QDate(2026, 3, 2), false);
    QVERIFY(!s.informalReview.has_value());
    QCOMPARE(s.firstFormalReview, QDate(2026, 4, 27));
    QCOMPARE(s.annualReview, QDate(2027, 3, 2));
}

void TestReviewSchedule::firstFormalReviewIsInsideTheWindow()
{
    const QDate agreed(2026, 12, 20);
    const ReviewSchedule s = ReviewSchedule::from(agreed, true);
    const qint64 days = agreed.daysTo(s.firstFormalReview);
    QVERIFY(days >= 6 * 7);
    QVERIFY(days <= 8 * 7);
    QCOMPARE(*s.informalReview, QDate(2026, 12, 23));
    QCOMPARE(s.firstFormalReview, QDate(2027, 2, 14));
}

void TestReviewSchedule::leapDay()
{
    const ReviewSchedule s = ReviewSchedule::from(QDate(2028, 2, 29), false);
    QCOMPARE(s.annualReview, QDate(2029, 2, 28));
}

void TestReviewSchedule::councilIntervals()
{
    ReviewIntervals intervals;
    intervals.informalDays = 2;
    intervals.firstFormalWeeks = 6;
    intervals.annualMonths = 6;
    const ReviewSchedule s = ReviewSchedule::from(QDate(2026, 3, 2), true, intervals);
    QCOMPARE(s.informalReview, std::optional(QDate(2026, 3, 4)));
    QCOMPARE(s.firstFormalReview, QDate(2026, 4, 13));
    QCOMPARE(s.annualReview, QDate(2026, 9, 2));
}

void TestReviewSchedule::intervalsOutsideTheLawAreClamped_data()
{
    QTest::addColumn<int>("informalDays");
    QTest::addColumn<int>("firstFormalWeeks");
    QTest::addColumn<int>("annualMonths");
    QTest::addColumn<QDate>("informal");
    QTest::addColumn<QDate>("firstFormal");
    QTest::addColumn<QDate>("annual");
    // Agreed 2 March 2026. The first formal review stays within 6-8 weeks and the next review
    // within 12 months (DESIGN 2.6) whatever a setting says.
    QTest::newRow("too soon") << 0 << 2 << 0 << QDate(2026, 3, 3) << QDate(2026, 4, 13)
                              << QDate(2026, 4, 2);
    QTest::newRow("too late") << 30 << 12 << 24 << QDate(2026, 3, 9) << QDate(2026, 4, 27)
                              << QDate(2027, 3, 2);
}

void TestReviewSchedule::intervalsOutsideTheLawAreClamped()
{
    QFETCH(int, informalDays);
    QFETCH(int, firstFormalWeeks);
    QFETCH(int, annualMonths);
    ReviewIntervals intervals;
    intervals.informalDays = informalDays;
    intervals.firstFormalWeeks = firstFormalWeeks;
    intervals.annualMonths = annualMonths;
    const ReviewSchedule s = ReviewSchedule::from(QDate(2026, 3, 2), true, intervals);
    QTEST(*s.informalReview, "informal");
    QTEST(s.firstFormalReview, "firstFormal");
    QTEST(s.annualReview, "annual");
}

void TestReviewSchedule::dueIsTheEarliestStillToHappen()
{
    QCOMPARE(ReviewSchedule::from(QDate(2026, 3, 2), true).due(), QDate(2026, 3, 5));
    QCOMPARE(ReviewSchedule::from(QDate(2026, 3, 2), false).due(), QDate(2026, 4, 27));
    ReviewSchedule onlyAnnual;
    onlyAnnual.annualReview = QDate(2027, 3, 2);
    QCOMPARE(onlyAnnual.due(), QDate(2027, 3, 2));
    QCOMPARE(ReviewSchedule().due(), QDate());
    QVERIFY(ReviewSchedule().isEmpty());
}

void TestReviewSchedule::overdue_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");
    // Agreed 2 March 2026 with an informal review on 5 March that has not happened.
    QTest::newRow("on the day agreed") << QDate(2026, 3, 2) << false;
    QTest::newRow("on the informal review day") << QDate(2026, 3, 5) << false;
    QTest::newRow("the day after") << QDate(2026, 3, 6) << true;
    // A missed review stays overdue: the later dates do not hide it.
    QTest::newRow("after the formal review day too") << QDate(2026, 5, 1) << true;
}

void TestReviewSchedule::overdue()
{
    QFETCH(QDate, today);
    const ReviewSchedule s = ReviewSchedule::from(QDate(2026, 3, 2), true);
    QTEST(s.isOverdue(today), "overdue");
    QVERIFY(!ReviewSchedule().isOverdue(today));
}

void TestReviewSchedule::reviewCoversTheDueDate_data()
{
    QTest::addColumn<QDate>("reviewedOn");
    QTest::addColumn<QDate>("nextDue");
    // Agreed 2 March 2026: informal 5 March, formal 27 April, annual 2 March 2027.
    QTest::newRow("informal, on the day") << QDate(2026, 3, 5) << QDate(2026, 4, 27);
    QTest::newRow("informal, a week late") << QDate(2026, 3, 12) << QDate(2026, 4, 27);
    // Late enough to pass the formal date too: that review covers both.
    QTest::newRow("informal missed, reviewed in May") << QDate(2026, 5, 4) << QDate(2027, 3, 2);
}

void TestReviewSchedule::reviewCoversTheDueDate()
{
    QFETCH(QDate, reviewedOn);
    const ReviewSchedule before = ReviewSchedule::from(QDate(2026, 3, 2), true);
    const ReviewSchedule after = ReviewSchedule::afterReview(before, reviewedOn, false);
    QVERIFY(!after.informalReview.has_value());
    QTEST(after.due(), "nextDue");
    QVERIFY(!after.isOverdue(reviewedOn));
}

void TestReviewSchedule::reviewCarriedOutEarlyCoversTheDueDate()
{
    // The first formal review held at 5 weeks, before its date of 27 April: it is done, and
    // the next is the annual one.
    ReviewSchedule before = ReviewSchedule::from(QDate(2026, 3, 2), false);
    const ReviewSchedule after = ReviewSchedule::afterReview(before, QDate(2026, 4, 6), false);
    QVERIFY(!after.firstFormalReview.isValid());
    QCOMPARE(after.due(), QDate(2027, 3, 2));
}

void TestReviewSchedule::lastReviewLeavesAYearOn()
{
    ReviewSchedule before;
    before.annualReview = QDate(2027, 3, 2);
    const ReviewSchedule after = ReviewSchedule::afterReview(before, QDate(2027, 3, 9), false);
    QCOMPARE(after.due(), QDate(2028, 3, 9));
    QCOMPARE(after.annualReview, QDate(2028, 3, 9));
}

void TestReviewSchedule::revisedPlanStartsTheClockAgain()
{
    const ReviewSchedule before = ReviewSchedule::from(QDate(2026, 3, 2), true);
    const ReviewSchedule after = ReviewSchedule::afterReview(before, QDate(2026, 4, 27), true);
    QVERIFY(!after.informalReview.has_value());
    QCOMPARE(after.firstFormalReview, QDate(2026, 6, 22));
    QCOMPARE(after.annualReview, QDate(2027, 4, 27));
}

void TestReviewSchedule::reviewUsesCouncilIntervals()
{
    ReviewIntervals intervals;
    intervals.annualMonths = 6;
    ReviewSchedule before;
    before.annualReview = QDate(2026, 9, 2);
    QCOMPARE(ReviewSchedule::afterReview(before, QDate(2026, 9, 2), false, intervals).due(),
        QDate(2027, 3, 2));
    intervals.firstFormalWeeks = 6;
    QCOMPARE(ReviewSchedule::afterReview(before, QDate(2026, 9, 2), true, intervals).due(),
        QDate(2026, 10, 14));
}

void TestReviewSchedule::paymentFrequencyCodes()
{
    QCOMPARE(code(PaymentFrequency::Weekly), u"weekly"_s);
    QCOMPARE(code(PaymentFrequency::FourWeekly), u"four-weekly"_s);
    QCOMPARE(code(PaymentFrequency::Monthly), u"monthly"_s);
    for (const auto f :
        {PaymentFrequency::Weekly, PaymentFrequency::FourWeekly, PaymentFrequency::Monthly})
        QCOMPARE(paymentFrequencyFromCode(code(f)), std::optional(f));
    QVERIFY(!paymentFrequencyFromCode(u"fortnightly"_s));
}

QTEST_APPLESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
