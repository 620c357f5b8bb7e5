#include "cli.h"
#include "hearth/version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-cli"));
    QCoreApplication::setOrganizationDomain(QLatin1String(hearth::kOrganisationDomain));
    QCoreApplication::setApplicationVersion(QLatin1String(hearth::kVersion));
    return hearth::cli::run(QCoreApplication::arguments());
}
