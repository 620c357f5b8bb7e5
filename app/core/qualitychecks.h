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
};

} // namespace hearth
