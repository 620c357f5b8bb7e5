#include "wellbeingwheel.h"
#include "pictureframe.h"

#include "core/qualitychecks.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace hearth {

namespace {

const QColor kInk(0x1f, 0x1f, 0x1f);
const QColor kSoftInk(0x44, 0x44, 0x44);

QString mark(WellbeingWheel::AreaState state)
{
    switch (state) {
    case WellbeingWheel::AreaState::Explored:
        return QString(QChar(0x2713)); // ✓
    case WellbeingWheel::AreaState::Concerns:
        return QStringLiteral("!");
    case WellbeingWheel::AreaState::Skipped:
        return QString(QChar(0x2013)); // –
    case WellbeingWheel::AreaState::NotYet:
        break;
    }
    return QStringLiteral("?");
}

QColor baseFill(WellbeingWheel::AreaState state)
{
    switch (state) {
    case WellbeingWheel::AreaState::Explored:
        return {0xdc, 0xef, 0xd9};
    case WellbeingWheel::AreaState::Concerns:
        return {0xfd, 0xe7, 0xc2};
    case WellbeingWheel::AreaState::Skipped:
        return {0xec, 0xec, 0xec};
    case WellbeingWheel::AreaState::NotYet:
        break;
    }
    return Qt::white;
}

// Hatching drawn as lines, not a brush pattern, so it keeps its spacing on a 300 dpi page.
// Skipped areas are hatched one way, areas with concerns cross-hatched.
void fillState(
    QPainter &painter, const QPainterPath &shape, WellbeingWheel::AreaState state, qreal unit)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(baseFill(state));
    painter.drawPath(shape);
    const bool hatch = state == WellbeingWheel::AreaState::Skipped
        || state == WellbeingWheel::AreaState::Concerns;
    if (hatch) {
        painter.setClipPath(shape, Qt::IntersectClip);
        const QColor ink = state == WellbeingWheel::AreaState::Concerns ? QColor(0x9a, 0x62, 0x00)
                                                                        : QColor(0x80, 0x80, 0x80);
        painter.setPen(QPen(ink, 1.0 * unit));
        const QRectF box = shape.boundingRect();
        const qreal step = 7 * unit;
        const qreal span = box.width() + box.height();
        for (qreal d = -span; d < span; d += step) {
            painter.drawLine(QPointF(box.left() + d, box.bottom()),
                QPointF(box.left() + d + box.height(), box.top()));
            if (state == WellbeingWheel::AreaState::Concerns)
                painter.drawLine(QPointF(box.left() + d, box.top()),
                    QPointF(box.left() + d + box.height(), box.bottom()));
        }
    }
    painter.restore();
}

void drawDots(QPainter &painter, QPointF centre, int importance, qreal radius, qreal unit)
{
    painter.save();
    painter.setPen(QPen(kInk, 1.0 * unit));
    for (int i = 0; i < 3; ++i) {
        painter.setBrush(i < importance ? QBrush(kInk) : QBrush(Qt::white));
        const QPointF c = centre + QPointF((i - 1) * radius * 2.6, 0);
        painter.drawEllipse(c, radius, radius);
    }
    painter.restore();
}

void drawMark(QPainter &painter, QPointF centre, const QString &text, const QFont &font,
    qreal radius, qreal unit)
{
    painter.save();
    painter.setPen(QPen(kInk, 1.2 * unit));
    painter.setBrush(Qt::white);
    painter.drawEllipse(centre, radius, radius);
    painter.setFont(font);
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
        Qt::AlignCenter, text);
    painter.restore();
}

// The legend as flowing samples and words, wrapping at the width. Returns its height; paints
// only when `paintIt`.
qreal legend(QPainter &painter, const QRectF &box, const QFont &font, qreal unit, bool paintIt)
{
    using State = WellbeingWheel::AreaState;
    struct Item
    {
        int kind; // 0: a state swatch, 1: the importance dots
        State state;
        QString text;
    };
    const QList<Item> items = {
        {0, State::Explored, WellbeingWheel::tr("explored")},
        {0, State::Concerns, WellbeingWheel::tr("explored, with concerns (cross-hatched)")},
        {0, State::Skipped, WellbeingWheel::tr("skipped, with a reason (hatched)")},
        {0, State::NotYet, WellbeingWheel::tr("not recorded yet")},
        {1, State::NotYet, WellbeingWheel::tr("how much it matters to the person")},
    };
    const QFontMetricsF fm(font, painter.device());
    const qreal lineHeight = fm.height() * 1.35;
    const qreal swatch = fm.height() * 1.1;
    const qreal gap = 6 * unit;
    qreal x = box.left();
    qreal y = box.top();
    painter.save();
    painter.setFont(font);
    for (const Item &item : items) {
        const qreal sampleWidth = item.kind == 0 ? swatch * 1.6 : swatch * 2;
        const qreal width = sampleWidth + gap + fm.horizontalAdvance(item.text) + 2 * gap;
        if (x > box.left() && x + width > box.right()) {
            x = box.left();
            y += lineHeight;
        }
        const qreal midY = y + lineHeight / 2;
        if (paintIt) {
            if (item.kind == 0) {
                const QRectF sample(x, midY - swatch / 2, sampleWidth, swatch);
                QPainterPath path;
                path.addRect(sample);
                fillState(painter, path, item.state, unit);
                painter.setPen(QPen(kInk, 1.0 * unit));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(sample);
                painter.setFont(font);
                const QRectF markBox(
                    sample.center().x() - swatch / 2, sample.top(), swatch, swatch);
                painter.fillRect(
                    markBox.adjusted(swatch * 0.15, swatch * 0.1, -swatch * 0.15, -swatch * 0.1),
                    Qt::white);
                painter.drawText(markBox, Qt::AlignCenter, mark(item.state));
            } else {
                drawDots(painter, QPointF(x + sampleWidth / 2, midY), 2, swatch * 0.22, unit);
            }
            painter.setPen(kInk);
            painter.drawText(QRectF(x + sampleWidth + gap, y, width, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter, item.text);
        }
        x += width;
    }
    painter.restore();
    return y + lineHeight - box.top();
}

} // namespace

WellbeingWheel::AreaState WellbeingWheel::state(const WellbeingAreaRecord &record)
{
    // What counts as answered is the quality check's rule, so the wheel and the checks agree.
    if (!QualityChecks::wellbeingAreaAnswered(record))
        return AreaState::NotYet;
    if (!record.explored)
        return AreaState::Skipped;
    return record.concerns.trimmed().isEmpty() ? AreaState::Explored : AreaState::Concerns;
}

WellbeingAreaRecord WellbeingWheel::recordFor(const Assessment &assessment, WellbeingArea area)
{
    for (const WellbeingAreaRecord &record : assessment.wellbeing) {
        if (record.area == area)
            return record;
    }
    WellbeingAreaRecord blank;
    blank.area = area;
    return blank;
}

QString WellbeingWheel::shortLabel(WellbeingArea area)
{
    switch (area) {
    case WellbeingArea::PersonalDignity:
        return tr("Dignity");
    case WellbeingArea::HealthAndEmotionalWellbeing:
        return tr("Health");
    case WellbeingArea::ProtectionFromAbuseAndNeglect:
        return tr("Protection");
    case WellbeingArea::ControlOverDayToDayLife:
        return tr("Control");
    case WellbeingArea::Participation:
        return tr("Work and leisure");
    case WellbeingArea::SocialAndEconomicWellbeing:
        return tr("Social and money");
    case WellbeingArea::Relationships:
        return tr("Relationships");
    case WellbeingArea::SuitabilityOfAccommodation:
        return tr("Home");
    case WellbeingArea::ContributionToSociety:
        return tr("Contribution");
    }
    return {};
}

QString WellbeingWheel::stateLabel(AreaState state)
{
    switch (state) {
    case AreaState::Explored:
        return tr("explored");
    case AreaState::Concerns:
        return tr("concerns");
    case AreaState::Skipped:
        return tr("skipped");
    case AreaState::NotYet:
        break;
    }
    return tr("not yet");
}

QString WellbeingWheel::importanceLabel(int importance)
{
    switch (importance) {
    case 1:
        return tr("matters a little");
    case 2:
        return tr("matters quite a lot");
    case 3:
        return tr("matters a lot");
    default:
        break;
    }
    return {};
}

QString WellbeingWheel::describe(const Assessment &assessment)
{
    QStringList parts;
    for (WellbeingArea area : allWellbeingAreas()) {
        const WellbeingAreaRecord record = recordFor(assessment, area);
        QString part = tr("%1: %2").arg(shortLabel(area), stateLabel(state(record)));
        const QString importance = importanceLabel(record.importance);
        if (!importance.isEmpty())
            part += QStringLiteral(", ") + importance;
        parts << part;
    }
    return tr("The nine areas of wellbeing. %1.").arg(parts.join(QStringLiteral("; ")));
}

void WellbeingWheel::paint(QPainter &painter, const QRectF &area, const Assessment &assessment)
{
    if (area.width() < 2 || area.height() < 2)
        return;
    const PictureFrame frame(painter, area, legend);
    const QFont &small = frame.small;
    const QFont &bold = frame.bold;
    const QFontMetricsF &fm = frame.fm;
    const QFontMetricsF &smallFm = frame.smallFm;
    const QFontMetricsF &boldFm = frame.boldFm;
    const qreal unit = frame.unit;
    const QRectF map = frame.drawing;

    const QList<WellbeingArea> areas = allWellbeingAreas();
    const int count = int(areas.size());
    const qreal labelWidth = 10 * fm.height();
    const qreal labelHeight = boldFm.height() + 2 * smallFm.height();
    const qreal gap = 6 * unit;
    const qreal radius = qMax(2 * fm.height(),
        qMin(map.width() / 2 - labelWidth - gap, map.height() / 2 - labelHeight - gap));
    const QPointF centre = map.center();
    const QRectF circle(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    const qreal sweep = 360.0 / count;

    for (int i = 0; i < count; ++i) {
        const WellbeingAreaRecord record = recordFor(assessment, areas.at(i));
        const AreaState areaState = state(record);
        // Qt angles run anticlockwise from three o'clock; the first slice is centred at twelve
        // and the rest follow clockwise.
        const qreal startQt = 90.0 + sweep / 2 - sweep * i;
        QPainterPath slice;
        slice.moveTo(centre);
        slice.arcTo(circle, startQt, -sweep);
        slice.closeSubpath();
        fillState(painter, slice, areaState, unit);
        painter.setPen(QPen(kInk, 1.4 * unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(slice);

        const qreal mid = qDegreesToRadians(startQt - sweep / 2);
        const QPointF direction(qCos(mid), -qSin(mid));
        const qreal markRadius = qMin(radius * 0.13, fm.height() * 0.8);
        drawMark(
            painter, centre + direction * radius * 0.55, mark(areaState), bold, markRadius, unit);
        if (record.importance > 0) {
            const QPointF dots = centre + direction * radius * 0.82;
            const qreal dotRadius = qMin(radius * 0.035, fm.height() * 0.22);
            painter.fillRect(QRectF(dots.x() - dotRadius * 4.2, dots.y() - dotRadius * 1.7,
                                 dotRadius * 8.4, dotRadius * 3.4),
                Qt::white);
            drawDots(painter, dots, std::clamp(record.importance, 0, 3), dotRadius, unit);
        }

        // The label sits outside the rim, on the side the slice faces.
        const QPointF anchor = centre + direction * (radius + gap);
        QRectF box(0, 0, labelWidth, labelHeight);
        Qt::Alignment horizontal = Qt::AlignHCenter;
        if (direction.x() > 0.3) {
            box.moveLeft(anchor.x());
            horizontal = Qt::AlignLeft;
        } else if (direction.x() < -0.3) {
            box.moveRight(anchor.x());
            horizontal = Qt::AlignRight;
        } else {
            box.moveLeft(anchor.x() - labelWidth / 2);
        }
        if (direction.y() < -0.3)
            box.moveBottom(anchor.y());
        else if (direction.y() > 0.3)
            box.moveTop(anchor.y());
        else
            box.moveTop(anchor.y() - labelHeight / 2);

        const QString name = boldFm.elidedText(shortLabel(areas.at(i)), Qt::ElideRight, labelWidth);
        const QString stateText
            = smallFm.elidedText(stateLabel(areaState), Qt::ElideRight, labelWidth);
        const QString importance
            = smallFm.elidedText(importanceLabel(record.importance), Qt::ElideRight, labelWidth);
        painter.setPen(kInk);
        painter.setFont(bold);
        painter.drawText(QRectF(box.left(), box.top(), box.width(), boldFm.height()),
            horizontal | Qt::AlignVCenter, name);
        painter.setFont(small);
        painter.setPen(kSoftInk);
        painter.drawText(
            QRectF(box.left(), box.top() + boldFm.height(), box.width(), smallFm.height()),
            horizontal | Qt::AlignVCenter, stateText);
        if (!importance.isEmpty())
            painter.drawText(QRectF(box.left(), box.top() + boldFm.height() + smallFm.height(),
                                 box.width(), smallFm.height()),
                horizontal | Qt::AlignVCenter, importance);
    }
    painter.restore();
}

} // namespace hearth
