#include "postgresserver.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace hearth::test {

namespace {

constexpr int StartAttempts = 5;
constexpr int LogTailLines = 30;

// initdb refuses to run as root, so as root everything that touches the data directory runs
// as the postgres user that the Debian package creates.
bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString binDirectory(QString *error)
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QString best;
    QVersionNumber bestVersion;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(name + u"/bin"_s);
        const QVersionNumber version = QVersionNumber::fromString(name);
        if (version.isNull() || version <= bestVersion)
            continue;
        if (QFileInfo(bin + u"/initdb"_s).isExecutable()
            && QFileInfo(bin + u"/pg_ctl"_s).isExecutable()) {
            best = bin;
            bestVersion = version;
        }
    }
    if (best.isEmpty()) {
        *error = u"PostgreSQL is not installed: there is no initdb and pg_ctl under "
                 u"/usr/lib/postgresql/*/bin; install the packages in "
                 u"packaging/debian-packages.txt"_s;
    }
    return best;
}

QString runuserPath()
{
    QString path = QStandardPaths::findExecutable(u"runuser"_s);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    return path;
}

// The tools' own variables (PGHOST, PGPORT, PGDATA, ...) must not steer them elsewhere, and
// English messages let us recognise a port that was taken.
QProcessEnvironment toolEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"PG"))
            env.remove(key);
    }
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

struct Ran
{
    bool ok = false;
    QString output; // stdout and stderr together, or why it could not run
};

Ran run(const QString &program, const QStringList &arguments, const QString &workingDirectory,
    bool asServerUser, int timeoutMs)
{
    QString executable = program;
    QStringList args = arguments;
    if (asServerUser && runningAsRoot()) {
        executable = runuserPath();
        args = QStringList {u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments;
    }
    const QString commandLine = QStringList(QStringList {executable} + args).join(u' ');

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(toolEnvironment());
    process.setWorkingDirectory(workingDirectory);
    process.start(executable, args);
    if (!process.waitForStarted(30000))
        return {false, u"could not run %1: %2"_s.arg(commandLine, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {false,
            u"%1 did not finish within %2 s:\n%3"_s.arg(commandLine,
                QString::number(timeoutMs / 1000),
                QString::fromLocal8Bit(process.readAll()).trimmed())};
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {false,
            u"%1 failed (exit code %2):\n%3"_s.arg(
                commandLine, QString::number(process.exitCode()), output)};
    }
    return {true, output};
}

// A port that nothing listens on now. Another process may take it before the server binds
// it; start() then tries again with another.
quint16 freePort(QString *error)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = u"could not create a socket to find a free port: %1"_s.arg(
            QString::fromLocal8Bit(std::strerror(errno)));
        return 0;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    } else {
        *error = u"could not find a free port on 127.0.0.1: %1"_s.arg(
            QString::fromLocal8Bit(std::strerror(errno)));
    }
    ::close(fd);
    return port;
}

qint64 readPostmasterPid(const QString &dataDirectory)
{
    QFile file(dataDirectory + u"/postmaster.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

// The postmaster is not our child, so a zombie of it counts as gone: it no longer listens.
bool processGone(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size())
        return true;
    const char state = line.at(close + 2);
    return state == 'Z' || state == 'X';
}

bool waitUntilGone(qint64 pid, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (processGone(pid))
            return true;
        QThread::msleep(20);
    }
    return processGone(pid);
}

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    const QString error = stop();
    if (!error.isEmpty())
        qWarning().noquote() << "PostgresServer:" << error;
}

QString PostgresServer::host() const
{
    return u"127.0.0.1"_s;
}

QString PostgresServer::user() const
{
    return u"postgres"_s;
}

QString PostgresServer::url(const QString &database) const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(user(), host(), QString::number(m_port),
        QString::fromUtf8(QUrl::toPercentEncoding(database)));
}

QString PostgresServer::dataDirectory() const
{
    return m_dir ? m_dir->filePath(u"data"_s) : QString();
}

QString PostgresServer::socketDirectory() const
{
    return m_dir ? m_dir->filePath(u"socket"_s) : QString();
}

QString PostgresServer::start()
{
    if (m_running)
        return {};
    stop(); // what is left of an attempt that failed

    QString error;
    m_binDir = binDirectory(&error);
    if (m_binDir.isEmpty())
        return error;

    const passwd *serverUser = nullptr;
    if (runningAsRoot()) {
        serverUser = ::getpwnam("postgres");
        if (!serverUser) {
            return u"running as root, but there is no postgres user to run the server as "
                   u"(initdb refuses to run as root); install the packages in "
                   u"packaging/debian-packages.txt"_s;
        }
        if (runuserPath().isEmpty())
            return u"running as root, but runuser (util-linux) is not installed"_s;
    }

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/hearth-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        error = u"could not make a temporary directory for PostgreSQL: %1"_s.arg(
            m_dir->errorString());
        m_dir.reset();
        return error;
    }
    if (!QDir().mkdir(socketDirectory())) {
        error = u"could not make %1"_s.arg(socketDirectory());
        stop();
        return error;
    }
    if (serverUser) {
        for (const QString &path : {m_dir->path(), socketDirectory()}) {
            if (::chown(QFile::encodeName(path).constData(), serverUser->pw_uid, serverUser->pw_gid)
                != 0) {
                error = u"could not give %1 to the postgres user: %2"_s.arg(
                    path, QString::fromLocal8Bit(std::strerror(errno)));
                stop();
                return error;
            }
        }
    }

    const Ran initdb = run(m_binDir + u"/initdb"_s,
        {u"-D"_s, dataDirectory(), u"-A"_s, u"trust"_s, u"-U"_s, user(), u"-E"_s, u"UTF8"_s,
            u"--locale=C.UTF-8"_s, u"--no-sync"_s, u"--no-instructions"_s},
        m_dir->path(), true, 120000);
    if (!initdb.ok) {
        error = initdb.output;
        if (serverUser) {
            error += u"\n(As root, initdb runs as the postgres user, which must be able to reach "
                     u"%1; point TMPDIR at a directory it can reach.)"_s.arg(m_dir->path());
        }
        stop();
        return error;
    }

    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        bool portTaken = false;
        error = startOnce(&portTaken);
        if (error.isEmpty()) {
            m_running = true;
            return {};
        }
        if (!portTaken)
            break;
    }
    stop();
    return error;
}

QString PostgresServer::startOnce(bool *portTaken)
{
    QString error;
    m_port = freePort(&error);
    if (m_port == 0)
        return error;

    const QString logFile = m_dir->filePath(u"server.log"_s);
    QFile::remove(logFile); // pg_ctl appends; keep only this attempt's log
    const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s.arg(
        QString::number(m_port), shellQuoted(socketDirectory()));
    const Ran pgCtl = run(m_binDir + u"/pg_ctl"_s,
        {u"-D"_s, dataDirectory(), u"-w"_s, u"-t"_s, u"60"_s, u"-l"_s, logFile, u"-o"_s, options,
            u"start"_s},
        m_dir->path(), true, 90000);
    if (pgCtl.ok) {
        m_postmasterPid = readPostmasterPid(dataDirectory());
        startWatchdog();
        return {};
    }

    const QString log = logTail();
    *portTaken = log.contains(u"Address already in use");
    error = u"the PostgreSQL server did not start on port %1.\n%2\n"
            u"Last lines of the server log:\n%3"_s.arg(QString::number(m_port), pgCtl.output, log);
    // pg_ctl may have given up while the server was still starting.
    const qint64 pid = readPostmasterPid(dataDirectory());
    if (pid > 0) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        waitUntilGone(pid, 10000);
        QFile::remove(dataDirectory() + u"/postmaster.pid"_s);
    }
    return error;
}

// pg_ctl detaches the server, so a test that dies without running its destructors (a crash,
// qFatal, a ctest timeout) would leave it running. A small watchdog waits for this process to
// end, then kills that server (checked by its data directory, so a reused pid is never hit)
// and removes the directory. After a normal stop it finds nothing left to do.
void PostgresServer::startWatchdog()
{
    // This process is named by its pid and start time (field 22 of /proc/PID/stat), read
    // here: the watchdog may only start after a quick test has already ended.
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return;
    const QByteArray startTime = stat.readAll().split(' ').value(21);
    const QString script
        = u"while [ \"$(cut -d' ' -f22 /proc/%1/stat 2>/dev/null)\" = %2 ]; do sleep 1; done; "
          u"if grep -qF %4 /proc/%3/cmdline 2>/dev/null; then kill -9 %3; sleep 1; fi; "
          u"rm -rf %5"_s.arg(QString::number(::getpid()), QString::fromLatin1(startTime),
              QString::number(m_postmasterPid), shellQuoted(dataDirectory()),
              shellQuoted(m_dir->path()));
    QProcess watchdog;
    watchdog.setProgram(u"/bin/sh"_s);
    watchdog.setArguments({u"-c"_s, script});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

QString PostgresServer::stop()
{
    QString error;
    if (m_dir) {
        const qint64 pid
            = m_postmasterPid > 0 ? m_postmasterPid : readPostmasterPid(dataDirectory());
        if (QFile::exists(dataDirectory() + u"/postmaster.pid"_s)) {
            const Ran pgCtl = run(m_binDir + u"/pg_ctl"_s,
                {u"-D"_s, dataDirectory(), u"-m"_s, u"immediate"_s, u"-w"_s, u"-t"_s, u"30"_s,
                    u"stop"_s},
                m_dir->path(), true, 60000);
            if (!pgCtl.ok)
                error = pgCtl.output;
        }
        // Never leave a server behind, even when pg_ctl could not stop it.
        if (pid > 0 && !waitUntilGone(pid, 10000)) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            if (!waitUntilGone(pid, 10000)) {
                error += u"\nthe PostgreSQL server (pid %1) is still running"_s.arg(pid);
            }
        }
        const QString path = m_dir->path();
        if (!m_dir->remove())
            error += u"\ncould not remove %1"_s.arg(path);
        m_dir.reset();
    }
    m_running = false;
    m_postmasterPid = 0;
    m_port = 0;
    return error.trimmed();
}

QString PostgresServer::createDatabase(const QString &name) const
{
    if (!m_running)
        return u"cannot create database %1: the PostgreSQL server is not running"_s.arg(name);
    const Ran createdb = run(m_binDir + u"/createdb"_s,
        {u"-h"_s, host(), u"-p"_s, QString::number(m_port), u"-U"_s, user(), u"-w"_s, u"--"_s,
            name},
        m_dir->path(), false, 60000);
    return createdb.ok ? QString() : createdb.output;
}

QString PostgresServer::logTail() const
{
    QFile file(m_dir->filePath(u"server.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return u"(no server log)"_s;
    const QStringList lines = QString::fromLocal8Bit(file.readAll()).split(u'\n');
    return lines.mid(qMax(0, lines.size() - LogTailLines)).join(u'\n').trimmed();
}

} // namespace hearth::test
