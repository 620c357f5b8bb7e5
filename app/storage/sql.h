#pragma once

// Internal to app/storage: a thin RAII layer over the sqlite3 C API of SQLCipher.

#include "core/result.h"
#include "storage/secret.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

namespace hearth::sql {

// SQLite's own message for the connection's last error, untranslated.
QString errorMessage(sqlite3 *db);
// A translated sentence for the connection's error: a full disk or an I/O error said plainly,
// anything else as "The store could not be used: <SQLite's message>".
QString failure(sqlite3 *db);

Status exec(sqlite3 *db, const char *sql);

// A prepared statement, finalized on destruction.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Binding is 1-based, as in SQLite. A null QString / invalid QDate binds NULL.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const SecretBytes &secret); // SQLite copies it into the page
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QDate &date);
    Statement &bindNull(int index);

    // Steps once: true when a row is available. Errors are kept in error().
    bool next();
    // Runs to completion.
    Status run();
    bool failed() const { return m_failed; }
    QString error() const;
    int resultCode() const { return m_rc; }

    QString text(int column) const;
    QByteArray blob(int column) const;
    // Key material straight into guarded memory, never through an ordinary heap copy.
    SecretBytes secret(int column) const;
    qint64 integer(int column) const;
    QDate date(int column) const; // yyyy-MM-dd
    QDateTime dateTime(int column) const; // as written by nowUtc()
    QUuid uuid(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    bool m_failed = false;
    QString m_error;
};

} // namespace hearth::sql

namespace hearth::sql {
// Now, in UTC, as stored in every *_at column: ISO 8601 with milliseconds.
QString nowUtc();
} // namespace hearth::sql
