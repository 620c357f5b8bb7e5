#pragma once

#include "core/network.h"
#include "core/person.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;

namespace hearth {

// The ecomap: the person in the centre, the people and groups of their network around, each
// line showing how strong and how sustainable the connection is. Drawn the same on screen
// and in the plan PDF. Nothing rests on colour alone: thickness, dashes, marks and words carry
// the meaning, and a legend says so in words.
class Ecomap
{
    Q_DECLARE_TR_FUNCTIONS(hearth::Ecomap)

public:
    // Paints into `area` with the painter's current font (its size sets the size of every
    // label, so the same code serves a widget and a 300 dpi PDF page).
    static void paint(QPainter &painter, const QRectF &area, const Person &person,
        const QList<NetworkMember> &network);

    // The network in words: the accessible description on screen, the alternative text in a
    // document.
    static QString describe(const Person &person, const QList<NetworkMember> &network);

    // Short words for the kind of member ("family", "faith group") and the connection.
    static QString kindLabel(NetworkKind kind);
    static QString strengthLabel(int connectionStrength);
    static QString sustainabilityLabel(Answer sustainable);
    // A member's name as shown, with a placeholder for a member not named yet.
    static QString memberName(const NetworkMember &member);
};

} // namespace hearth
