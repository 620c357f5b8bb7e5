#pragma once

#include "core/assessment.h"
#include "core/eligibility.h"

#include <QJsonObject>

namespace hearth::cli {

// The machine-readable eligibility report printed by `hearth-cli eligibility`: every
// condition with its result and reason, the outcomes the person is unable to achieve and
// why, the proposal, and the practitioner's recorded decision beside it.
QJsonObject eligibilityReport(
    const QUuid &caseId, const Assessment &assessment, const EligibilityProposal &proposal);

} // namespace hearth::cli
