#include "core/language.h"
#include "hearth/version.h"
#include "office.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-office"));
    QCoreApplication::setOrganizationDomain(QLatin1String(hearth::kOrganisationDomain));
    QCoreApplication::setApplicationVersion(QLatin1String(hearth::kVersion));
    // Messages in the system's language (LANGUAGE, LC_ALL, LANG): Welsh or English.
    hearth::language::setInterface(hearth::language::forSystem());
    return hearth::office::run(QCoreApplication::arguments());
}
