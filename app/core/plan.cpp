#include "plan.h"

#include <QList>

#include <algorithm>
#include <array>

namespace hearth {

namespace {

constexpr std::array<const char *, 3> kFrequencyCodes {"weekly", "four-weekly", "monthly"};

} // namespace

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

ReviewSchedule ReviewSchedule::from(const QDate &agreed, bool informalReviewAppropriate)
{
    ReviewSchedule schedule;
    // DESIGN 2.6: an informal review at about 72 hours, only where appropriate.
    if (informalReviewAppropriate)
        schedule.informalReview = agreed.addDays(3);
    // DESIGN 2.6: the first formal review falls within 6-8 weeks. The default is the latest
    // date of that window (8 weeks) so a proposed date is never late; the practitioner can
    // bring it forward.
    schedule.firstFormalReview = agreed.addDays(8 * 7);
    // DESIGN 2.6: then at least every 12 months. QDate::addMonths clamps 29 February to 28.
    schedule.annualReview = agreed.addMonths(12);
    return schedule;
}

QDate ReviewSchedule::nextDue(const QDate &today) const
{
    QList<QDate> dates;
    if (informalReview && informalReview->isValid())
        dates.append(*informalReview);
    if (firstFormalReview.isValid())
        dates.append(firstFormalReview);
    if (annualReview.isValid())
        dates.append(annualReview);
    std::sort(dates.begin(), dates.end());
    for (const QDate &date : std::as_const(dates)) {
        if (date >= today)
            return date;
    }
    return dates.isEmpty() ? QDate() : dates.last();
}

} // namespace hearth
