#include "person.h"

namespace hearth {

// What the person likes to be called comes first: it is how the practitioner addresses them
// and how their printout speaks to them.
QString Person::displayName() const
{
    const QString preferred = preferredName.trimmed();
    return preferred.isEmpty() ? fullName() : preferred;
}

QString Person::fullName() const
{
    const QString given = givenNames.trimmed();
    const QString family = familyName.trimmed();
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return given + QLatin1Char(' ') + family;
}

// A caseload holds many people with the same first name: lists show the full name, and the
// name the person goes by beside it when it is not simply their first given name.
QString Person::listName() const
{
    const QString full = fullName();
    const QString preferred = preferredName.trimmed();
    if (preferred.isEmpty() || full.isEmpty() || preferred == full
        || preferred == givenNames.trimmed().section(QLatin1Char(' '), 0, 0))
        return full.isEmpty() ? preferred : full;
    return full + QStringLiteral(" (") + preferred + QLatin1Char(')');
}

} // namespace hearth
