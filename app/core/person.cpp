#include "person.h"

namespace hearth {

// What the person likes to be called comes first: it is how the practitioner addresses them
// and how their printout speaks to them.
QString Person::displayName() const
{
    const QString preferred = preferredName.trimmed();
    if (!preferred.isEmpty())
        return preferred;
    const QString given = givenNames.trimmed();
    const QString family = familyName.trimmed();
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return given + QLatin1Char(' ') + family;
}

} // namespace hearth
