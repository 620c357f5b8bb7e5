#pragma once

// A real, throwaway PostgreSQL server for the office tests: its own data directory and socket
// directory in a temporary directory, its own TCP port on 127.0.0.1, trust authentication for
// the `postgres` user. Stopped and deleted when the object goes out of scope.

#include <QString>

#include <memory>

class QTemporaryDir;

namespace hearth::test {

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer(); // stops the server and removes its directory
    Q_DISABLE_COPY_MOVE(PostgresServer)

    // Runs initdb and starts the server. Returns an empty string on success, else what went
    // wrong, with the tail of the server log when the server would not start.
    QString start();

    // Stops the server (immediate shutdown) and removes the temporary directory. Called by the
    // destructor; returns an empty string on success, else what went wrong.
    QString stop();

    // CREATE DATABASE name, owned by user(). Returns an empty string on success.
    QString createDatabase(const QString &name) const;

    bool isRunning() const { return m_running; }
    QString host() const; // 127.0.0.1
    quint16 port() const { return m_port; }
    QString user() const; // postgres, a superuser, no password
    QString url(const QString &database) const; // postgresql://postgres@127.0.0.1:PORT/database
    QString dataDirectory() const; // empty when there is no temporary directory
    QString socketDirectory() const;

private:
    QString startOnce(bool *portTaken);
    QString logTail() const;
    void startWatchdog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    quint16 m_port = 0;
    qint64 m_postmasterPid = 0;
    bool m_running = false;
};

} // namespace hearth::test
