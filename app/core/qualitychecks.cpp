#include "qualitychecks.h"

namespace hearth {

QList<QualityCheck> QualityChecks::run(const AssessmentRecord &record)
{
    Q_UNUSED(record)
    return {};
}

bool QualityChecks::blocksFinalising(const QList<QualityCheck> &checks)
{
    for (const QualityCheck &check : checks) {
        if (check.severity == CheckSeverity::Blocking)
            return true;
    }
    return false;
}

} // namespace hearth
