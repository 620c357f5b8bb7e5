#include "plan.h"

#include "language.h"

#include <QList>
#include <QLocale>

#include <algorithm>
#include <array>

namespace hearth {

namespace {

constexpr std::array<const char *, 3> kFrequencyCodes {"weekly", "four-weekly", "monthly"};

} // namespace

QString poundsText(Pence pence)
{
    // In the current language's form (en-GB or cy-GB), from whole pence: never via a double.
    const QLocale locale = language::locale(language::current());
    const Pence whole = pence < 0 ? -pence : pence;
    return QStringLiteral("%1£%2%3%4")
        .arg(pence < 0 ? locale.negativeSign() : QString(), locale.toString(whole / 100),
            locale.decimalPoint())
        .arg(whole % 100, 2, 10, QLatin1Char('0'));
}

QString code(PaymentFrequency frequency)
{
    return QLatin1String(kFrequencyCodes[static_cast<std::size_t>(frequency)]);
}

std::optional<PaymentFrequency> paymentFrequencyFromCode(const QString &code)
{
    for (std::size_t i = 0; i < kFrequencyCodes.size(); ++i) {
        if (code == QLatin1String(kFrequencyCodes[i]))
            return static_cast<PaymentFrequency>(i);
    }
    return std::nullopt;
}

ReviewIntervals ReviewIntervals::clamped() const
{
    ReviewIntervals c;
    c.informalDays = std::clamp(informalDays, kMinInformalDays, kMaxInformalDays);
    c.firstFormalWeeks = std::clamp(firstFormalWeeks, kMinFirstFormalWeeks, kMaxFirstFormalWeeks);
    c.annualMonths = std::clamp(annualMonths, kMinAnnualMonths, kMaxAnnualMonths);
    return c;
}

ReviewSchedule ReviewSchedule::from(
    const QDate &agreed, bool informalReviewAppropriate, const ReviewIntervals &intervals)
{
    const ReviewIntervals i = intervals.clamped();
    ReviewSchedule schedule;
    // DESIGN 2.6: an informal review at about 72 hours, only where appropriate.
    if (informalReviewAppropriate)
        schedule.informalReview = agreed.addDays(i.informalDays);
    // DESIGN 2.6: the first formal review falls within 6-8 weeks.
    schedule.firstFormalReview = agreed.addDays(qint64(i.firstFormalWeeks) * 7);
    // DESIGN 2.6: then at least every 12 months. QDate::addMonths clamps 29 February to 28.
    schedule.annualReview = agreed.addMonths(i.annualMonths);
    return schedule;
}

ReviewSchedule ReviewSchedule::afterReview(const ReviewSchedule &before, const QDate &reviewedOn,
    bool planRevised, const ReviewIntervals &intervals)
{
    // DESIGN 2.6: a change to the plan starts the clock again, with a first formal review.
    if (planRevised)
        return from(reviewedOn, false, intervals);
    const QDate due = before.due();
    const QDate covered = due.isValid() ? std::max(due, reviewedOn) : reviewedOn;
    auto keep = [&covered](const QDate &date) { return date.isValid() && date > covered; };
    ReviewSchedule after;
    if (before.informalReview && keep(*before.informalReview))
        after.informalReview = before.informalReview;
    if (keep(before.firstFormalReview))
        after.firstFormalReview = before.firstFormalReview;
    if (keep(before.annualReview))
        after.annualReview = before.annualReview;
    // DESIGN 2.6: at least every 12 months, counted from this review.
    if (!after.annualReview.isValid())
        after.annualReview = reviewedOn.addMonths(intervals.clamped().annualMonths);
    return after;
}

QDate ReviewSchedule::due() const
{
    QDate earliest;
    for (const QDate &date : {informalReview.value_or(QDate()), firstFormalReview, annualReview}) {
        if (date.isValid() && (!earliest.isValid() || date < earliest))
            earliest = date;
    }
    return earliest;
}

bool ReviewSchedule::isOverdue(const QDate &today) const
{
    const QDate date = due();
    return date.isValid() && date < today;
}

} // namespace hearth
