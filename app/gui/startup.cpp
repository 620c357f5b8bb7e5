#include "startup.h"

#include "appsettings.h"
#include "benchmarkprobe.h"
#include "core/language.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "storage/store.h"
#include "unlockdialog.h"

#include <hearth/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

namespace hearth {

void Startup::setUpNames()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganisationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    // The language chosen in Settings, else the system's; its locale formats dates and money.
    language::setInterface(appsettings::startingLanguage());
}

void Startup::setUpApplication()
{
    setUpNames();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/hearth/icons/hearth.svg")));
    // The desktop entry's name (packaging/): how Wayland and the task bar match the window to
    // its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.hearth.Hearth"));

    // Readable on a laptop screen at arm's length: never smaller than 11 pt.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 11) {
        font.setPointSizeF(11);
        QApplication::setFont(font);
    }
}

Startup::Options Startup::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Hearth: offline, strengths-based Care Act 2014 assessments for adult social care."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    // Not -d/-display/-name etc.: Qt takes those from the command line under X11.
    const QCommandLineOption db(QStringList {QStringLiteral("db")},
        tr("Use the encrypted store in <file> (default: %1).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        tr("file"));
    parser.addOption(db);

    Options options;
    if (!parser.parse(arguments)) {
        options.exitNow = true;
        options.exitCode = 2;
        options.output = parser.errorText() + QLatin1Char('\n')
            + tr("Try '%1 --help' for more information.")
                  .arg(QCoreApplication::applicationName().toLower())
            + QLatin1Char('\n');
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.exitNow = true;
        options.exitCode = 2;
        options.output = tr("Unexpected argument: %1").arg(parser.positionalArguments().first())
            + QLatin1Char('\n');
        return options;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        options.exitNow = true;
        options.output = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.exitNow = true;
        options.output = QStringLiteral("%1 %2\n").arg(
            QString::fromLatin1(kApplicationName), QString::fromLatin1(kVersion));
        return options;
    }
    options.databasePath
        = parser.isSet(db) ? QFileInfo(parser.value(db)).absoluteFilePath() : defaultDatabasePath();
    return options;
}

QString Startup::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/hearth.db");
}

bool Startup::storeExists(const QString &path)
{
    return QFileInfo::exists(path) || QFileInfo::exists(Store::keyFilePath(path));
}

QString Startup::defaultPractitioner(const QProcessEnvironment &env)
{
    for (const auto *name : {"HEARTH_PRACTITIONER", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = env.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

Result<std::unique_ptr<Store>> Startup::obtainStore(
    const QString &path, const QProcessEnvironment &env, QWidget *parent)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return Error {tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory))};

    const bool exists = storeExists(path);
    if (env.contains(QStringLiteral("HEARTH_PASSPHRASE"))) {
        const QByteArray passphrase = env.value(QStringLiteral("HEARTH_PASSPHRASE")).toUtf8();
        if (exists)
            return Store::open(path, passphrase);
        const QString practitioner = defaultPractitioner(env);
        if (practitioner.isEmpty())
            return Error {tr("Set HEARTH_PRACTITIONER to the practitioner's name.")};
        return Store::create(path, passphrase, practitioner);
    }

    if (exists) {
        UnlockDialog dialog(path, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::unique_ptr<Store>();
        return dialog.takeStore();
    }
    FirstRunDialog dialog(path, parent);
    // The login name is a guess; the practitioner can type their real name over it.
    dialog.setPractitioner(env.value(QStringLiteral("HEARTH_PRACTITIONER")));
    if (dialog.exec() != QDialog::Accepted)
        return std::unique_ptr<Store>();
    return dialog.takeStore();
}

int runHearth(int argc, char *argv[])
{
    // --help, --version and a bad option are answered before any window system is touched, so
    // they work without a display: over ssh, in a package's checks, on a server.
    {
        const QCoreApplication console(argc, argv);
        Startup::setUpNames();
        const Startup::Options options = Startup::parseArguments(QCoreApplication::arguments());
        if (options.exitNow) {
            std::fputs(
                options.output.toLocal8Bit().constData(), options.exitCode == 0 ? stdout : stderr);
            return options.exitCode;
        }
    }

    QApplication app(argc, argv);
    Startup::setUpApplication();
    const Startup::Options options = Startup::parseArguments(QApplication::arguments());

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Only with HEARTH_BENCHMARK set (tests/benchmarks/bench_startup): see benchmarkprobe.h.
    const std::unique_ptr<BenchmarkProbe> probe = BenchmarkProbe::fromEnvironment(env);
    if (probe)
        probe->unlocking();
    auto store = Startup::obtainStore(options.databasePath, env);
    if (probe)
        probe->unlocked();
    if (!store) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(store.error()));
        return 1;
    }
    if (!store.value())
        return 0;

    MainWindow window(*store.value());
    window.show();
    if (probe)
        probe->watch(window);
    return app.exec();
}

} // namespace hearth
