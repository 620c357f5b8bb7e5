#pragma once

#include "network.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace hearth {

// Amounts are whole pence: no floating point near money.
using Pence = qint64;

enum class PaymentFrequency { Weekly, FourWeekly, Monthly };
QString code(PaymentFrequency frequency);
std::optional<PaymentFrequency> paymentFrequencyFromCode(const QString &code);

struct DirectPayment
{
    Pence amount = 0;
    PaymentFrequency frequency = PaymentFrequency::Weekly;
    QString needsCovered;

    bool operator==(const DirectPayment &) const = default;
};

// Care Act s26: the personal budget. An indicative figure from a Resource Allocation System
// comes first and is never a decision; the confirmed amount is entered separately.
struct PersonalBudget
{
    // The Resource Allocation System table Hearth ships. Its figures are illustrative only:
    // every output that shows a figure from it says so (DESIGN 2.5).
    static inline const QString kIllustrativeTableName = QStringLiteral("Illustrative RAS");
    bool usesIllustrativeTable() const
    {
        return indicativeWeekly.has_value() && rasTableName == kIllustrativeTableName;
    }

    std::optional<Pence> indicativeWeekly;
    QString rasTableName;
    QString rasTableVersion;
    std::optional<Pence> confirmedWeekly;
    std::optional<DirectPayment> directPayment;

    bool operator==(const PersonalBudget &) const = default;
};

// DESIGN 2.6: informal review at about 72 hours where appropriate, the first formal review
// within 6-8 weeks, then at least every 12 months.
struct ReviewSchedule
{
    std::optional<QDate> informalReview;
    QDate firstFormalReview;
    QDate annualReview;

    // The schedule for a plan agreed on `agreed`, with the default intervals.
    static ReviewSchedule from(const QDate &agreed, bool informalReviewAppropriate);
    // The next review date not yet passed on `today` (the latest one if all have passed).
    QDate nextDue(const QDate &today) const;
    bool operator==(const ReviewSchedule &) const = default;
};

// A draft shared with the person: how, when, their comments and whether they agree.
struct SharedDraft
{
    QDate sharedOn;
    QString how; // "printed and left with Mrs Okafor", "emailed to her son"
    QString personsComments;
    Answer personAgrees = Answer::Unknown;

    bool operator==(const SharedDraft &) const = default;
};

// The care and support plan (Care Act s25; DESIGN 2.5). Needs, eligibility and who meets
// each need come from the assessment; these are the parts written for the plan itself.
struct Plan
{
    QUuid id;
    QUuid assessmentId;
    int version = 1;
    QString outcomesWanted; // the outcomes the person wants, in their words
    QString informationAndAdvice; // to reduce needs and to prevent or delay future needs
    QString adviceForIneligibleNeeds; // s13(5): for every need found not eligible
    QString howUnmetNeedsWillBeMet;
    QString importantTo;
    QString importantFor;
    QString riskManagement;
    QString contingency;
    QString decisionsAndControl;
    PersonalBudget budget;
    ReviewSchedule reviews;
    std::optional<SharedDraft> shared;

    bool operator==(const Plan &) const = default;
};

} // namespace hearth
