#include "sql.h"

#include "storage/store.h"

#include <QCoreApplication>

#include <cstring>

namespace hearth::sql {

QString errorMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

namespace {

// The disk's two ways of failing get a sentence of their own: SQLite's "database or disk is
// full" and "disk I/O error" do not tell a practitioner what happened or what to do.
QString failureFor(int rc, const QString &sqliteMessage)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Store::tr("There is no room left on the disk. Free some space on this laptop");
    case SQLITE_IOERR:
        return Store::tr("The disk could not be written or read (%1)").arg(sqliteMessage);
    default:
        return Store::tr("The store could not be used: %1").arg(sqliteMessage);
    }
}

} // namespace

QString failure(sqlite3 *db)
{
    return failureFor(db ? sqlite3_errcode(db) : SQLITE_ERROR, errorMessage(db));
}

Status exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : errorMessage(db);
    sqlite3_free(message);
    return Error {failureFor(rc, text)};
}

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (m_rc != SQLITE_OK) {
        m_failed = true;
        m_error = failure(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::Statement(sqlite3 *db, const QString &sql)
    : Statement(db, sql.toUtf8().constData())
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const SecretBytes &secret)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, secret.data(), int(secret.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QDate &date)
{
    if (!date.isValid())
        return bindNull(index);
    return bind(index, date.toString(Qt::ISODate));
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt || m_failed)
        return false;
    m_rc = sqlite3_step(m_stmt);
    if (m_rc == SQLITE_ROW)
        return true;
    if (m_rc != SQLITE_DONE) {
        m_failed = true;
        m_error = failure(m_db);
    }
    return false;
}

Status Statement::run()
{
    while (next()) { }
    if (m_failed)
        return Error {m_error};
    return {};
}

QString Statement::error() const
{
    return m_error;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, data ? sqlite3_column_bytes(m_stmt, column) : 0);
}

SecretBytes Statement::secret(int column) const
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    SecretBytes out(std::size_t(data ? size : 0));
    if (data && !out.isNull())
        std::memcpy(out.data(), data, std::size_t(size));
    return out;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

namespace {

// Fixed-width decimal digits; -1 when any is not a digit. The caseload parses a few dates
// per row for thousands of rows: this keeps it well clear of QDateTime::fromString's cost.
int digits(const char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

QDate parseDate(const char *text, int size)
{
    if (size < 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(text, 4);
    if (year < 0)
        return {};
    return QDate(year, digits(text + 5, 2), digits(text + 8, 2));
}

} // namespace

QDate Statement::date(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (size == 10)
        return parseDate(data, size);
    return QDate::fromString(QString::fromUtf8(data, size), Qt::ISODate);
}

QDateTime Statement::dateTime(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    const int size = sqlite3_column_bytes(m_stmt, column);
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (size == 24 && data[10] == 'T' && data[13] == ':' && data[16] == ':' && data[19] == '.'
        && data[23] == 'Z') {
        const QDate day = parseDate(data, 10);
        const QTime time(
            digits(data + 11, 2), digits(data + 14, 2), digits(data + 17, 2), digits(data + 20, 3));
        if (day.isValid() && time.isValid())
            return QDateTime(day, time, Qt::UTC);
    }
    return QDateTime::fromString(QString::fromUtf8(data, size), Qt::ISODateWithMs);
}

QUuid Statement::uuid(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QUuid::fromString(QLatin1StringView(data, sqlite3_column_bytes(m_stmt, column)));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace hearth::sql

#include <QDateTime>

namespace hearth::sql {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace hearth::sql
