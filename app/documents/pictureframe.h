#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

#include <functional>

class QPainter;

namespace hearth {

// A font `factor` times the size of `base`, whether it is sized in points or pixels.
QFont scaledFont(const QFont &base, qreal factor);

// What every picture (the ecomap, the wellbeing wheel) sets up before it draws: a white ground
// clipped to its area, the three fonts with their metrics on the painter's device, lengths that
// follow the text size so a picture keeps its proportions on screen and in a PDF, and the
// legend laid out along the foot. The painter is saved here; the picture restores it.
struct PictureFrame
{
    // Draws (paintIt) or only measures the legend in `box`, and returns its height.
    using Legend = std::function<qreal(
        QPainter &painter, const QRectF &box, const QFont &font, qreal unit, bool paintIt)>;

    PictureFrame(QPainter &painter, const QRectF &area, const Legend &legend);

    QFont base;
    QFont small; // the legend and second lines of labels
    QFont bold;
    QFontMetricsF fm;
    QFontMetricsF smallFm;
    QFontMetricsF boldFm;
    qreal unit = 1; // a fifteenth of a line of text
    qreal margin = 8;
    QRectF inner; // the area inside the margin
    QRectF drawing; // above the legend: where the picture itself goes
};

} // namespace hearth
