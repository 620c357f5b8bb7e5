#pragma once

#include "network.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace hearth {

// Amounts are whole pence: no floating point near money.
using Pence = qint64;

// An amount as people in England write it: "£1,234.50". From whole pence, never through a
// floating point; the one way money is shown on screen and on paper.
QString poundsText(Pence pence);

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
    std::optional<int> indicativePoints; // the RAS points the weekly figure came from
    QString rasTableName;
    QString rasTableVersion;
    std::optional<Pence> confirmedWeekly;
    std::optional<DirectPayment> directPayment;

    bool operator==(const PersonalBudget &) const = default;
};

// DESIGN 2.6: an informal review at about 72 hours where appropriate, the first formal review
// within 6-8 weeks, then at least every 12 months. A council may choose other intervals inside
// those bounds (Settings); values outside them are clamped, so a schedule is never unlawful.
struct ReviewIntervals
{
    static constexpr int kMinInformalDays = 1;
    static constexpr int kMaxInformalDays = 7;
    static constexpr int kMinFirstFormalWeeks = 6;
    static constexpr int kMaxFirstFormalWeeks = 8;
    static constexpr int kMinAnnualMonths = 1;
    static constexpr int kMaxAnnualMonths = 12;

    int informalDays = 3;
    // The latest date of the 6-8 week window, so a proposed date is never late; the
    // practitioner can bring it forward.
    int firstFormalWeeks = 8;
    int annualMonths = 12;

    ReviewIntervals clamped() const;
    bool operator==(const ReviewIntervals &) const = default;
};

// The reviews a plan has still to have. A review that is carried out takes the dates it covered
// off the schedule (afterReview), so the earliest date left is the one due.
struct ReviewSchedule
{
    std::optional<QDate> informalReview;
    QDate firstFormalReview;
    QDate annualReview;

    // The schedule for a plan agreed on `agreed`.
    static ReviewSchedule from(
        const QDate &agreed, bool informalReviewAppropriate, const ReviewIntervals &intervals = {});
    // The schedule after a review on `reviewedOn` of a plan with schedule `before`. The review
    // covers the date that was due (even when it is carried out early) and every date up to
    // the day of the review. A revised plan starts the clock again (DESIGN 2.6); an unchanged
    // one keeps its later dates, and when none is left the next is a year on.
    static ReviewSchedule afterReview(const ReviewSchedule &before, const QDate &reviewedOn,
        bool planRevised, const ReviewIntervals &intervals = {});

    // The earliest review still to happen, or an invalid date when none is scheduled.
    QDate due() const;
    // A review is overdue once its day has passed without it.
    bool isOverdue(const QDate &today) const;
    bool isEmpty() const { return !due().isValid(); }
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
    // Which plan this is for the person: 1 for the first, one more each time a review revises
    // it ("plan revised"). A review that changes nothing keeps the number.
    int revision = 1;
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
