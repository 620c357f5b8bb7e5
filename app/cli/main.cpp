#include "cli.h"
#include "core/language.h"
#include "hearth/version.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // The printouts need fonts, so a QGuiApplication; hearth-cli never shows a window, so the
    // offscreen platform, which needs no display (a CLI runs over SSH and in CI).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a login session (cron, SSH as root) Qt would pick a runtime folder itself and
    // warn about it on every run; pick the same private folder quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime
            = QDir::temp().filePath(QStringLiteral("runtime-%1").arg(QString::number(getuid())));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-cli"));
    QCoreApplication::setOrganizationDomain(QLatin1String(hearth::kOrganisationDomain));
    QCoreApplication::setApplicationVersion(QLatin1String(hearth::kVersion));
    // Messages in the system's language (LANGUAGE, LC_ALL, LANG): Welsh or English.
    hearth::language::setInterface(hearth::language::forSystem());
    return hearth::cli::run(QCoreApplication::arguments());
}
