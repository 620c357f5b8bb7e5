#include "ecomap.h"

#include <QPainter>

namespace hearth {

void Ecomap::paint(QPainter &painter, const QRectF &area, const Person &person,
    const QList<NetworkMember> &network)
{
    Q_UNUSED(painter)
    Q_UNUSED(area)
    Q_UNUSED(person)
    Q_UNUSED(network)
}

} // namespace hearth
