#pragma once

#include "core/plan.h"

#include <QString>

namespace hearth::appsettings {

// The QSettings organisation: Hearth sets the organisation's domain, not its name, and
// QSettings needs one of them.
QString organisation();

// The council's review intervals (DESIGN 2.6), kept within the law by ReviewIntervals::clamped.
// They date the reviews of plans finalised from now on; a plan keeps the dates it was given.
ReviewIntervals reviewIntervals();
void setReviewIntervals(const ReviewIntervals &intervals);

} // namespace hearth::appsettings
