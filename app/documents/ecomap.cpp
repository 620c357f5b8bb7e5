#include "ecomap.h"
#include "pictureframe.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace hearth {

namespace {

const QColor kInk(0x1f, 0x1f, 0x1f);
const QColor kSoftInk(0x44, 0x44, 0x44);
const QColor kNodeFill(0xf1, 0xf4, 0xf8);
const QColor kPersonFill(0xff, 0xf4, 0xd6);

int clampedStrength(int strength)
{
    return std::clamp(strength, 1, 3);
}

// People are circles; groups and services are squares, so the shape says it too.
bool isGroup(NetworkKind kind)
{
    switch (kind) {
    case NetworkKind::CommunityGroup:
    case NetworkKind::Faith:
    case NetworkKind::UniversalService:
    case NetworkKind::FormalService:
        return true;
    case NetworkKind::Family:
    case NetworkKind::Friend:
    case NetworkKind::Neighbour:
    case NetworkKind::Other:
        break;
    }
    return false;
}

// The connection line: thickness for strength, dashes for support not known to be
// sustainable, and a stress mark across a line whose support is not sustainable.
QPen connectionPen(int strength, Answer sustainable, qreal unit)
{
    const qreal widths[] = {1.0, 2.6, 4.8};
    const qreal width = widths[clampedStrength(strength) - 1] * unit;
    QPen pen(kInk, width, Qt::SolidLine, Qt::FlatCap);
    if (sustainable != Answer::Yes) {
        // Dash lengths in multiples of the pen width: keep them the same length on the page.
        const qreal dash = 7.0 * unit / width;
        const qreal gap = 4.5 * unit / width;
        pen.setDashPattern({dash, gap});
    }
    return pen;
}

void drawStressMark(QPainter &painter, QPointF from, QPointF to, qreal unit)
{
    const QLineF line(from, to);
    if (line.length() < 1)
        return;
    const QPointF mid = line.pointAt(0.55);
    const QLineF normal = line.normalVector().unitVector();
    const QPointF across = (normal.p2() - normal.p1()) * 7.0 * unit;
    const QLineF unitLine = line.unitVector();
    const QPointF along = (unitLine.p2() - unitLine.p1()) * 3.0 * unit;
    painter.save();
    painter.setPen(QPen(kInk, 1.6 * unit, Qt::SolidLine, Qt::RoundCap));
    for (int k : {-1, 1}) {
        const QPointF c = mid + along * k;
        // Slanted ticks, like "//", the usual ecomap mark for a stressed connection.
        painter.drawLine(c - across + along * 0.8, c + across - along * 0.8);
    }
    painter.restore();
}

void drawNode(QPainter &painter, QPointF centre, qreal radius, bool group, bool carer, qreal unit)
{
    painter.save();
    painter.setPen(QPen(kInk, 1.4 * unit));
    painter.setBrush(kNodeFill);
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    if (group)
        painter.drawRoundedRect(box, radius * 0.2, radius * 0.2);
    else
        painter.drawEllipse(box);
    if (carer) {
        // A carer's node is doubled: the second outline marks the offer of a carer's assessment.
        const QRectF outer = box.adjusted(-2.5 * unit, -2.5 * unit, 2.5 * unit, 2.5 * unit);
        painter.setBrush(Qt::NoBrush);
        if (group)
            painter.drawRoundedRect(outer, radius * 0.3, radius * 0.3);
        else
            painter.drawEllipse(outer);
    }
    painter.restore();
}

struct Label
{
    QPointF node;
    qreal desiredY = 0;
    qreal y = 0; // top of the label once spread out
    bool right = true;
    int index = 0;
};

// Spreads the labels of one side so none overlaps the next, keeping each as near its node as
// the room allows.
void spread(QList<Label> &labels, qreal height, qreal top, qreal bottom)
{
    std::sort(labels.begin(), labels.end(),
        [](const Label &a, const Label &b) { return a.desiredY < b.desiredY; });
    qreal next = top;
    for (Label &label : labels) {
        label.y = qMax(label.desiredY, next);
        next = label.y + height;
    }
    qreal limit = bottom;
    for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
        it->y = qMax(top, qMin(it->y, limit - height));
        limit = it->y;
    }
}

struct LegendItem
{
    enum Sample { None, Line, Circle, Square, Break };
    Sample sample = None;
    int strength = 2;
    Answer sustainable = Answer::Yes;
    QString text;
};

// Lays the legend out as flowing text with samples, wrapping at the width; returns its height
// and paints it when `paintIt`.
qreal legend(QPainter &painter, const QRectF &box, const QFont &font, qreal unit, bool paintIt)
{
    const QList<LegendItem> items = {
        {LegendItem::None, 2, Answer::Yes, Ecomap::tr("Line thickness, how strong:")},
        {LegendItem::Line, 1, Answer::Yes, Ecomap::tr("weak")},
        {LegendItem::Line, 2, Answer::Yes, Ecomap::tr("steady")},
        {LegendItem::Line, 3, Answer::Yes, Ecomap::tr("strong")},
        {LegendItem::Break, 2, Answer::Yes, {}},
        {LegendItem::None, 2, Answer::Yes, Ecomap::tr("Line style, how sustainable:")},
        {LegendItem::Line, 2, Answer::Yes, Ecomap::tr("sustainable")},
        {LegendItem::Line, 2, Answer::Unknown, Ecomap::tr("not known yet (dashed)")},
        {LegendItem::Line, 2, Answer::No, Ecomap::tr("not sustainable (dashed, marked //)")},
        {LegendItem::Break, 2, Answer::Yes, {}},
        {LegendItem::Circle, 2, Answer::Yes, Ecomap::tr("a person")},
        {LegendItem::Square, 2, Answer::Yes, Ecomap::tr("a group or service")},
        {LegendItem::None, 2, Answer::Yes, Ecomap::tr("double outline: provides care")},
    };
    const QFontMetricsF fm(font, painter.device());
    const qreal lineHeight = fm.height() * 1.25;
    const qreal sampleWidth = 30 * unit;
    const qreal gap = 6 * unit;
    qreal x = box.left();
    qreal y = box.top();
    painter.save();
    painter.setFont(font);
    for (const LegendItem &item : items) {
        if (item.sample == LegendItem::Break) {
            x = box.left();
            y += lineHeight;
            continue;
        }
        const qreal sample = item.sample == LegendItem::None
            ? 0
            : (item.sample == LegendItem::Line ? sampleWidth : fm.height() * 0.8) + gap / 2;
        const qreal width = sample + fm.horizontalAdvance(item.text) + 2 * gap;
        if (x > box.left() && x + width > box.right()) {
            x = box.left() + 2 * gap;
            y += lineHeight;
        }
        const qreal midY = y + lineHeight / 2;
        if (paintIt) {
            if (item.sample == LegendItem::Line) {
                const QPointF a(x, midY);
                const QPointF b(x + sampleWidth, midY);
                painter.setPen(connectionPen(item.strength, item.sustainable, unit));
                painter.drawLine(a, b);
                if (item.sustainable == Answer::No)
                    drawStressMark(painter, a, b, unit);
            } else if (item.sample != LegendItem::None) {
                const qreal r = fm.height() * 0.35;
                drawNode(painter, QPointF(x + r, midY), r, item.sample == LegendItem::Square, false,
                    unit);
            }
            painter.setPen(kInk);
            painter.drawText(QRectF(x + sample, y, width, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter, item.text);
        }
        x += width;
    }
    painter.restore();
    return y + lineHeight - box.top();
}

} // namespace

QString Ecomap::kindLabel(NetworkKind kind)
{
    switch (kind) {
    case NetworkKind::Family:
        return tr("family");
    case NetworkKind::Friend:
        return tr("friend");
    case NetworkKind::Neighbour:
        return tr("neighbour");
    case NetworkKind::CommunityGroup:
        return tr("community group");
    case NetworkKind::Faith:
        return tr("faith or cultural group");
    case NetworkKind::UniversalService:
        return tr("universal service");
    case NetworkKind::FormalService:
        return tr("formal service");
    case NetworkKind::Other:
        break;
    }
    return tr("other");
}

QString Ecomap::strengthLabel(int connectionStrength)
{
    switch (clampedStrength(connectionStrength)) {
    case 1:
        return tr("weak");
    case 3:
        return tr("strong");
    default:
        break;
    }
    return tr("steady");
}

QString Ecomap::sustainabilityLabel(Answer sustainable)
{
    switch (sustainable) {
    case Answer::Yes:
        return tr("sustainable");
    case Answer::No:
        return tr("not sustainable");
    case Answer::Unknown:
        break;
    }
    return tr("sustainability not known yet");
}

QString Ecomap::memberName(const NetworkMember &member)
{
    const QString name = member.name.simplified();
    return name.isEmpty() ? tr("not named yet") : name;
}

QString Ecomap::describe(const Person &person, const QList<NetworkMember> &network)
{
    QString centre = person.displayName().simplified();
    if (centre.isEmpty())
        centre = tr("The person");
    if (network.isEmpty())
        return tr("%1 is at the centre. No one is recorded in their network yet.").arg(centre);
    QStringList parts;
    parts << tr(
        "%1 is at the centre, with %n people or groups around them.", nullptr, int(network.size()))
                 .arg(centre);
    for (const NetworkMember &member : network) {
        QString who = memberName(member);
        QStringList about {kindLabel(member.kind)};
        if (!member.relationship.trimmed().isEmpty())
            about << member.relationship.simplified();
        QString sentence = tr("%1 (%2): %3 connection, %4")
                               .arg(who, about.join(QStringLiteral(", ")),
                                   strengthLabel(member.connectionStrength),
                                   sustainabilityLabel(member.sustainable));
        if (member.providesCare)
            sentence += tr(", provides care");
        parts << sentence + QLatin1Char('.');
    }
    return parts.join(QLatin1Char(' '));
}

void Ecomap::paint(QPainter &painter, const QRectF &area, const Person &person,
    const QList<NetworkMember> &network)
{
    if (area.width() < 2 || area.height() < 2)
        return;
    const PictureFrame frame(painter, area, legend);
    const QFont &base = frame.base;
    const QFont &small = frame.small;
    const QFont &bold = frame.bold;
    const QFontMetricsF &fm = frame.fm;
    const QFontMetricsF &smallFm = frame.smallFm;
    const QFontMetricsF &boldFm = frame.boldFm;
    const qreal unit = frame.unit;
    const qreal margin = frame.margin;
    const QRectF map = frame.drawing;
    painter.setClipRect(map.adjusted(-margin, -margin, margin, 0));

    const QPointF centre = map.center();
    const qsizetype count = network.size();

    // How many lines each label takes: two (name, then kind) while a side has room for them,
    // else one.
    const qsizetype perSide = (count + 1) / 2;
    const bool twoLines = perSide * (fm.height() + smallFm.height()) * 1.05 <= map.height();
    const qreal labelHeight
        = twoLines ? fm.height() + smallFm.height() : qMax(fm.height(), smallFm.height());
    const qreal labelWidth = std::clamp(map.width() * 0.24, 5.0 * fm.height(), 12.0 * fm.height());
    const qreal nodeRadius = (count > 16 ? 0.45 : 0.6) * fm.height();
    const bool columns = count > 12;
    const qreal gap = 4 * unit;

    const QString personName = person.displayName().simplified().isEmpty()
        ? tr("The person")
        : person.displayName().simplified();
    const qreal personMaxWidth = qMax(4 * fm.height(), qMin(10 * fm.height(), map.width() * 0.3));
    const QString personText = boldFm.elidedText(personName, Qt::ElideRight, personMaxWidth);
    const QRectF personBox = [&] {
        const qreal w = boldFm.horizontalAdvance(personText) + 1.6 * fm.height();
        const qreal h = 2.2 * fm.height();
        return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h);
    }();

    const qreal ax = qMax(
        personBox.width() / 2 + 2 * fm.height(), map.width() / 2 - labelWidth - nodeRadius - gap);
    const qreal ay = qMax(
        personBox.height() / 2 + 2 * fm.height(), map.height() / 2 - nodeRadius - labelHeight / 2);

    QList<QPointF> nodes;
    nodes.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        // From the top, clockwise: the first member recorded sits at twelve o'clock.
        const qreal angle = -M_PI / 2 + 2 * M_PI * qreal(i) / qreal(count);
        nodes.append(centre + QPointF(ax * qCos(angle), ay * qSin(angle)));
    }

    // Lines first, so the nodes sit on top of them.
    for (qsizetype i = 0; i < count; ++i) {
        const NetworkMember &member = network.at(i);
        painter.setPen(connectionPen(member.connectionStrength, member.sustainable, unit));
        painter.drawLine(centre, nodes.at(i));
        if (member.sustainable == Answer::No)
            drawStressMark(painter, centre, nodes.at(i), unit);
    }

    painter.setPen(QPen(kInk, 1.6 * unit));
    painter.setBrush(kPersonFill);
    painter.drawRoundedRect(personBox, personBox.height() / 2, personBox.height() / 2);
    painter.setFont(bold);
    painter.drawText(personBox, Qt::AlignCenter, personText);

    if (count == 0) {
        painter.setFont(base);
        painter.setPen(kSoftInk);
        const QRectF note(map.left(), personBox.bottom() + gap, map.width(), 2 * fm.height());
        painter.drawText(
            note, Qt::AlignHCenter | Qt::AlignTop, tr("No one is recorded in the network yet."));
    }

    QList<Label> left;
    QList<Label> right;
    for (qsizetype i = 0; i < count; ++i) {
        const NetworkMember &member = network.at(i);
        drawNode(painter, nodes.at(i), nodeRadius, isGroup(member.kind), member.providesCare, unit);
        Label label;
        label.node = nodes.at(i);
        label.desiredY = nodes.at(i).y() - labelHeight / 2;
        label.index = int(i);
        // The member at the very top or bottom labels to the right, the side read first.
        label.right = nodes.at(i).x() >= centre.x() - 0.5;
        (label.right ? right : left).append(label);
    }
    spread(right, labelHeight, map.top(), map.bottom());
    spread(left, labelHeight, map.top(), map.bottom());

    auto drawLabel = [&](const Label &label) {
        const NetworkMember &member = network.at(label.index);
        // Beside its node while there is room; in a column outside the ring when the nodes
        // are too close for that, so no label covers another member's node.
        const qreal nodeX = columns ? centre.x() + (label.right ? ax : -ax) : label.node.x();
        const qreal startX
            = label.right ? nodeX + nodeRadius + gap : nodeX - nodeRadius - gap - labelWidth;
        const qreal width = label.right
            ? qMin(labelWidth, map.right() + margin - startX)
            : qMin(labelWidth, nodeX - nodeRadius - gap - (map.left() - margin));
        if (width < fm.height())
            return;
        const QRectF box(
            label.right ? startX : nodeX - nodeRadius - gap - width, label.y, width, labelHeight);
        const Qt::Alignment align = label.right ? Qt::AlignLeft : Qt::AlignRight;
        QString kind = kindLabel(member.kind);
        if (member.providesCare)
            kind = tr("%1, carer").arg(kind);
        const QString name = memberName(member);

        // A leader line when the label had to move away from its node.
        const qreal labelMid = box.center().y();
        if (qAbs(labelMid - label.node.y()) > labelHeight * 0.3
            || qAbs(nodeX - label.node.x()) > nodeRadius) {
            painter.setPen(QPen(kSoftInk, 0.8 * unit));
            const QPointF end(label.right ? box.left() : box.right(), labelMid);
            painter.drawLine(label.node, end);
        }

        QString nameText;
        QString kindText;
        if (twoLines) {
            nameText = fm.elidedText(name, Qt::ElideRight, width);
            kindText = smallFm.elidedText(kind, Qt::ElideRight, width);
        } else {
            nameText
                = fm.elidedText(QStringLiteral("%1 (%2)").arg(name, kind), Qt::ElideMiddle, width);
        }
        // A light backing keeps the words readable where they cross a line.
        const qreal textWidth = qMax(fm.horizontalAdvance(nameText),
            kindText.isEmpty() ? 0.0 : smallFm.horizontalAdvance(kindText));
        const QRectF backing(
            label.right ? box.left() : box.right() - textWidth, box.top(), textWidth, box.height());
        painter.fillRect(backing.adjusted(-unit, 0, unit, 0), QColor(255, 255, 255, 215));

        painter.setPen(kInk);
        painter.setFont(base);
        const QRectF nameBox(box.left(), box.top(), box.width(), fm.height());
        painter.drawText(twoLines ? nameBox : box, align | Qt::AlignVCenter, nameText);
        if (twoLines) {
            painter.setPen(kSoftInk);
            painter.setFont(small);
            painter.drawText(QRectF(box.left(), nameBox.bottom(), box.width(), smallFm.height()),
                align | Qt::AlignVCenter, kindText);
        }
    };
    for (const Label &label : std::as_const(right))
        drawLabel(label);
    for (const Label &label : std::as_const(left))
        drawLabel(label);

    painter.restore();
}

} // namespace hearth
