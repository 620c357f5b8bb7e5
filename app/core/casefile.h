#pragma once

#include "assessment.h"
#include "assessmentflow.h"
#include "network.h"
#include "person.h"
#include "plan.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace hearth {

// One assessment and, once written, its plan.
struct CaseAssessment
{
    Assessment assessment;
    std::optional<Plan> plan;

    bool operator==(const CaseAssessment &) const = default;
};

// A whole case: the person, their network, their assessments and plans. The case id is the
// person's id.
struct Case
{
    Person person;
    QList<NetworkMember> network;
    QList<CaseAssessment> assessments;

    bool operator==(const Case &) const = default;
};

// One assessment of a case with the person, their network and its plan (an empty plan if it
// has none): what the guided assessment and the printouts work on.
AssessmentRecord recordOf(const Case &c, qsizetype assessmentIndex);

// The versioned JSON case-file format (docs/case-file.md, database/schema/case.schema.json).
// Reading validates everything before returning anything: the first problem found is
// reported with its JSON path, e.g. "assessments[0].assessment.outcomes[3].outcome: unknown
// specified outcome code 'flying'".
class CaseFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxFileBytes = 8 * 1024 * 1024; // a whole case
    static constexpr qsizetype kMaxTextChars = 1000 * 1000; // one free-text field

    static Result<Case> read(const QByteArray &bytes);
    static QByteArray write(const Case &c);

    // The same objects, one record at a time: storage keeps these as record bodies and the
    // sync bundle carries them.
    static QJsonObject toJson(const Person &person);
    static QJsonObject toJson(const NetworkMember &member);
    static QJsonObject toJson(const Assessment &assessment);
    static QJsonObject toJson(const Plan &plan);
    static Result<Person> personFromJson(const QJsonObject &json, const QString &path = {});
    static Result<NetworkMember> networkMemberFromJson(
        const QJsonObject &json, const QString &path = {});
    static Result<Assessment> assessmentFromJson(const QJsonObject &json, const QString &path = {});
    static Result<Plan> planFromJson(const QJsonObject &json, const QString &path = {});
};

} // namespace hearth
