#pragma once

#include "assessmentflow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hearth {

// A hard gap blocks finalising; a soft one warns (DESIGN 2.7).
enum class CheckSeverity { Blocking, Warning };

struct QualityCheck
{
    QString code; // stable: "rationale-missing", "safeguarding-unhandled", ...
    CheckSeverity severity = CheckSeverity::Warning;
    AssessmentStep step = AssessmentStep::AboutThePerson; // where to fix it
    QString message; // what is missing, in plain words

    bool operator==(const QualityCheck &) const = default;
};

// The office's quality assurance (Derbyshire "Assuring Quality"; DESIGN 2.7), run live by
// the app so the practitioner learns what is missing before the office has to tell them.
class QualityChecks
{
    Q_DECLARE_TR_FUNCTIONS(hearth::QualityChecks)

public:
    static QList<QualityCheck> run(const AssessmentRecord &record);
    static bool blocksFinalising(const QList<QualityCheck> &checks);

    // What counts as answered, shared by the checks and AssessmentFlow::progress so the step
    // list and the checks panel never disagree.
    // Support from a person or group (not a universal or formal service), whose willingness,
    // ability and sustainability are asked about (DESIGN 2.4).
    static bool isPersonalSupport(const NetworkMember &member);
    // Explored with something written, or skipped with a reason (DESIGN 2.1).
    static bool wellbeingAreaAnswered(const WellbeingAreaRecord &area);
    // An unable outcome says how (reg 2(3) / 3(4)) and on what evidence; bad-day meanings count
    // only where needs fluctuate (reg 2(4) / 3(5)).
    static bool unableIsEvidenced(const QList<UnableMeaning> &meanings,
        const QList<UnableMeaning> &badDayMeanings, const QString &evidence, bool fluctuates);
};

} // namespace hearth
