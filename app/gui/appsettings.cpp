#include "appsettings.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace hearth::appsettings {

namespace {

const QString kInformalDays = u"reviews/informalDays"_s;
const QString kFirstFormalWeeks = u"reviews/firstFormalWeeks"_s;
const QString kAnnualMonths = u"reviews/annualMonths"_s;

} // namespace

QString organisation()
{
    return QCoreApplication::organizationName().isEmpty() ? QCoreApplication::organizationDomain()
                                                          : QCoreApplication::organizationName();
}

ReviewIntervals reviewIntervals()
{
    const QSettings settings(organisation(), QCoreApplication::applicationName());
    const ReviewIntervals defaults;
    ReviewIntervals intervals;
    intervals.informalDays = settings.value(kInformalDays, defaults.informalDays).toInt();
    intervals.firstFormalWeeks
        = settings.value(kFirstFormalWeeks, defaults.firstFormalWeeks).toInt();
    intervals.annualMonths = settings.value(kAnnualMonths, defaults.annualMonths).toInt();
    return intervals.clamped();
}

void setReviewIntervals(const ReviewIntervals &intervals)
{
    const ReviewIntervals lawful = intervals.clamped();
    QSettings settings(organisation(), QCoreApplication::applicationName());
    settings.setValue(kInformalDays, lawful.informalDays);
    settings.setValue(kFirstFormalWeeks, lawful.firstFormalWeeks);
    settings.setValue(kAnnualMonths, lawful.annualMonths);
}

} // namespace hearth::appsettings
