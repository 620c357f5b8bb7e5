#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace hearth {

class Store;

// What `hearth` does before its window appears, in pieces a test can call: read the command
// line, then create or unlock the store (from HEARTH_PASSPHRASE, or with the dialogs).
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    struct Options
    {
        QString databasePath;
        bool exitNow = false; // --help, --version or a bad option: print `output`, exit
        int exitCode = 0;
        QString output; // to stdout when exitCode is 0, else to stderr
    };

    // Names, version and the window's language (Settings, else the system's): all a console
    // application needs to answer --help and --version.
    static void setUpNames();
    // setUpNames, then the icon and a readable font for the window; call once, first.
    static void setUpApplication();
    // `arguments` as from QCoreApplication::arguments() (program name first). The
    // application name and version must already be set.
    static Options parseArguments(const QStringList &arguments);
    // <AppDataLocation>/hearth.db
    static QString defaultDatabasePath();
    // A store exists at `path` when the database or its key file does: never create over
    // either of them.
    static bool storeExists(const QString &path);
    // The practitioner named in HEARTH_PRACTITIONER, else the login name.
    static QString defaultPractitioner(const QProcessEnvironment &env);

    // Creates or opens the store at `path`. With HEARTH_PASSPHRASE set in `env` no dialog is
    // shown; otherwise FirstRunDialog or UnlockDialog. A null store with no error means the
    // user chose to quit.
    static Result<std::unique_ptr<Store>> obtainStore(
        const QString &path, const QProcessEnvironment &env, QWidget *parent = nullptr);
};

// The whole `hearth` program: QApplication, options, store, main window, event loop.
int runHearth(int argc, char *argv[]);

} // namespace hearth
