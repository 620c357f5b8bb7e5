#include "pictureframe.h"

#include <QPainter>

namespace hearth {

QFont scaledFont(const QFont &base, qreal factor)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(base.pixelSize() * factor)));
    return font;
}

namespace {

QFont bolded(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

PictureFrame::PictureFrame(QPainter &painter, const QRectF &area, const Legend &legend)
    : base(painter.font())
    , small(scaledFont(base, 0.85))
    , bold(bolded(base))
    , fm(base, painter.device())
    , smallFm(small, painter.device())
    , boldFm(bold, painter.device())
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setClipRect(area);
    painter.fillRect(area, Qt::white);

    unit = fm.height() / 15.0;
    margin = 8 * unit;
    inner = area.adjusted(margin, margin, -margin, -margin);
    const qreal legendHeight = legend(painter, inner, small, unit, false);
    legend(painter,
        QRectF(inner.left(), inner.bottom() - legendHeight, inner.width(), legendHeight), small,
        unit, true);
    drawing = inner.adjusted(0, 0, 0, -legendHeight - 6 * unit);
}

} // namespace hearth
