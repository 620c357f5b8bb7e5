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
    void nextDue_data();
    void nextDue();
    void nextDueWithoutInformalReview();
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

void TestReviewSchedule::nextDue_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected");
    // Agreed 2 March 2026: informal 5 March, formal 27 April, annual 2 March 2027.
    QTest::newRow("on the day agreed") << QDate(2026, 3, 2) << QDate(2026, 3, 5);
    QTest::newRow("on the informal review day") << QDate(2026, 3, 5) << QDate(2026, 3, 5);
    QTest::newRow("day after informal") << QDate(2026, 3, 6) << QDate(2026, 4, 27);
    QTest::newRow("on the formal review day") << QDate(2026, 4, 27) << QDate(2026, 4, 27);
    QTest::newRow("after formal") << QDate(2026, 4, 28) << QDate(2027, 3, 2);
    QTest::newRow("all passed: the latest") << QDate(2028, 1, 1) << QDate(2027, 3, 2);
}

void TestReviewSchedule::nextDue()
{
    QFETCH(QDate, today);
    QFETCH(QDate, expected);
    const ReviewSchedule s = ReviewSchedule::from(QDate(2026, 3, 2), true);
    QCOMPARE(s.nextDue(today), expected);
}

void TestReviewSchedule::nextDueWithoutInformalReview()
{
    const ReviewSchedule s = ReviewSchedule::from(QDate(2026, 3, 2), false);
    QCOMPARE(s.nextDue(QDate(2026, 3, 3)), QDate(2026, 4, 27));
    QCOMPARE(ReviewSchedule().nextDue(QDate(2026, 3, 3)), QDate());
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
