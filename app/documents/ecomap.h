#pragma once

#include "core/network.h"
#include "core/person.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace hearth {

// The ecomap: the person in the centre, the people and groups of their network around, each
// line showing how strong and how sustainable the connection is. Drawn the same on screen
// and in the plan PDF.
class Ecomap
{
public:
    static void paint(QPainter &painter, const QRectF &area, const Person &person,
        const QList<NetworkMember> &network);
};

} // namespace hearth
