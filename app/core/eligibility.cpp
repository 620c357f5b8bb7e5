#include "eligibility.h"

namespace hearth {

QString code(ConditionResult result)
{
    switch (result) {
    case ConditionResult::Met:
        return QStringLiteral("met");
    case ConditionResult::NotMet:
        return QStringLiteral("not-met");
    case ConditionResult::Undetermined:
        break;
    }
    return QStringLiteral("undetermined");
}

} // namespace hearth
