#pragma once

#include "core/assessment.h"

#include <QRectF>

class QPainter;

namespace hearth {

// The wellbeing wheel: the nine areas of Care Act s1(2) as equal slices (there is no
// hierarchy among them), showing how much each matters to the person and where the concerns
// are. Drawn the same on screen and in the plan PDF.
class WellbeingWheel
{
public:
    static void paint(QPainter &painter, const QRectF &area, const Assessment &assessment);
};

} // namespace hearth
