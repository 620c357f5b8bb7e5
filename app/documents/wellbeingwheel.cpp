#include "wellbeingwheel.h"

#include <QPainter>

namespace hearth {

void WellbeingWheel::paint(QPainter &painter, const QRectF &area, const Assessment &assessment)
{
    Q_UNUSED(painter)
    Q_UNUSED(area)
    Q_UNUSED(assessment)
}

} // namespace hearth
