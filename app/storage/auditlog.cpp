#include "auditlog.h"

#include "core/ras.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

constexpr qsizetype kHashBytes = 32;

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

// The canonical serialisation hashed into the chain: every field length-prefixed (32-bit
// big-endian byte count, then UTF-8), so no two different entries serialise alike.
QByteArray canonical(qint64 sequence, const QString &at, const QString &actor,
    const QString &device, const QString &action, const QString &recordType,
    const QString &recordId, const QStringList &fields)
{
    QByteArray out;
    auto field = [&out](const QByteArray &bytes) {
        char length[4];
        qToBigEndian(quint32(bytes.size()), length);
        out.append(length, 4);
        out.append(bytes);
    };
    field(QByteArray::number(sequence));
    field(at.toUtf8());
    field(actor.toUtf8());
    field(device.toUtf8());
    field(action.toUtf8());
    field(recordType.toUtf8());
    field(recordId.toUtf8());
    field(QByteArray::number(fields.size()));
    for (const QString &name : fields)
        field(name.toUtf8());
    return out;
}

QByteArray chainHash(const QByteArray &previous, const QByteArray &serialised)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData(serialised);
    return hash.result();
}

QString fieldsJson(const QStringList &fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> fieldsFromJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QStringList fields;
    for (const QJsonValue &value : doc.array()) {
        if (!value.isString())
            return std::nullopt;
        fields.append(value.toString());
    }
    return fields;
}

// The head of the chain (last sequence and hash) is also kept in meta, so that removing the
// newest entries is detected, and an append after such a removal leaves a visible gap.
struct Head
{
    qint64 sequence = 0;
    QByteArray hash = QByteArray(kHashBytes, '\0');
};

Result<Head> readHead(sqlite3 *db)
{
    sql::Statement query(db, "SELECT value FROM meta WHERE key = 'audit_head'");
    Head head;
    if (query.next()) {
        const QString value = query.text(0);
        head.sequence = value.section(u':', 0, 0).toLongLong();
        head.hash = QByteArray::fromHex(value.section(u':', 1, 1).toLatin1());
    } else if (query.failed()) {
        return Error {query.error()};
    }
    return head;
}

} // namespace

Status AuditLog::append(const QString &action, const QString &recordType, const QUuid &recordId,
    const QStringList &changedFields)
{
    sqlite3 *db = m_store.handle();
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Error {transaction.error()};
    Result<Head> head = readHead(db);
    if (!head)
        return Error {head.error()};

    const qint64 sequence = head->sequence + 1;
    const QString at = sql::nowUtc();
    const QString id = idText(recordId);
    const QByteArray hash = chainHash(head->hash,
        canonical(sequence, at, m_store.practitioner(), m_store.deviceId(), action, recordType, id,
            changedFields));

    sql::Statement insert(db,
        "INSERT INTO audit_log (seq, at, actor, device_id, action, "
        "record_type, record_id, changed_fields, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, sequence)
        .bind(2, at)
        .bind(3, m_store.practitioner())
        .bind(4, m_store.deviceId())
        .bind(5, action)
        .bind(6, recordType)
        .bind(7, id.isNull() ? u""_s : id)
        .bind(8, fieldsJson(changedFields))
        .bind(9, head->hash)
        .bind(10, hash);
    if (Status s = insert.run(); !s)
        return s;
    sql::Statement updateHead(db,
        "INSERT OR REPLACE INTO meta (key, value) VALUES "
        "('audit_head', ?)");
    updateHead.bind(1, QString::number(sequence) + u':' + QString::fromLatin1(hash.toHex()));
    if (Status s = updateHead.run(); !s)
        return s;
    return transaction.commit();
}

Status AuditLog::appendRasCalculation(const QUuid &planId, const RasResult &result)
{
    return append(u"ras-calculated"_s, u"plan"_s, planId,
        {u"rasTableName="_s + result.tableName, u"rasTableVersion="_s + result.tableVersion,
            u"rasIllustrative="_s + (result.illustrative ? u"true"_s : u"false"_s),
            u"indicativePoints="_s + QString::number(result.points),
            u"indicativeWeeklyPence="_s + QString::number(result.weeklyPence)});
}

QString AuditEntry::detail(const QString &name) const
{
    const QString prefix = name + u'=';
    for (const QString &field : changedFields) {
        if (field.startsWith(prefix))
            return field.mid(prefix.size());
    }
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 fromSequence, int limit) const
{
    sql::Statement query(m_store.handle(),
        "SELECT seq, at, actor, device_id, action, record_type, record_id, "
        "changed_fields, prev_hash, hash FROM audit_log WHERE seq >= ? "
        "ORDER BY seq LIMIT ?");
    query.bind(1, fromSequence).bind(2, qint64(limit < 0 ? -1 : limit));
    QList<AuditEntry> list;
    while (query.next()) {
        AuditEntry entry;
        entry.sequence = query.integer(0);
        entry.at = query.dateTime(1);
        entry.actor = query.text(2);
        entry.deviceId = query.text(3);
        entry.action = query.text(4);
        entry.recordType = query.text(5);
        entry.recordId = QUuid::fromString(query.text(6));
        entry.changedFields = fieldsFromJson(query.text(7)).value_or(QStringList());
        entry.previousHash = query.blob(8);
        entry.hash = query.blob(9);
        list.append(entry);
    }
    if (query.failed())
        return Error {query.error()};
    return list;
}

Status AuditLog::verify() const
{
    sqlite3 *db = m_store.handle();
    sql::Statement query(db,
        "SELECT seq, at, actor, device_id, action, record_type, record_id, "
        "changed_fields, prev_hash, hash FROM audit_log ORDER BY seq");
    qint64 expected = 1;
    QByteArray previous(kHashBytes, '\0');
    while (query.next()) {
        const qint64 sequence = query.integer(0);
        if (sequence != expected)
            return Error {Store::tr("Audit log entry %1 is missing.").arg(expected)};
        const std::optional<QStringList> fields = fieldsFromJson(query.text(7));
        const QByteArray storedPrevious = query.blob(8);
        const QByteArray storedHash = query.blob(9);
        if (!fields || storedPrevious != previous)
            return Error {Store::tr("Audit log entry %1 has been altered.").arg(sequence)};
        const QByteArray hash = chainHash(previous,
            canonical(sequence, query.text(1), query.text(2), query.text(3), query.text(4),
                query.text(5), query.text(6), *fields));
        if (hash != storedHash)
            return Error {Store::tr("Audit log entry %1 has been altered.").arg(sequence)};
        previous = storedHash;
        ++expected;
    }
    if (query.failed())
        return Error {query.error()};

    Result<Head> head = readHead(db);
    if (!head)
        return Error {head.error()};
    if (head->sequence >= expected)
        return Error {Store::tr("Audit log entry %1 is missing.").arg(expected)};
    if (head->sequence != expected - 1 || head->hash != previous)
        return Error {Store::tr("Audit log entry %1 has been altered.").arg(expected - 1)};
    return {};
}

Status Outbox::enqueue(
    const QString &recordType, const QUuid &recordId, int version, int baseVersion)
{
    // One row per record: a later version replaces the earlier one still waiting, and keeps
    // the base version the first waiting change started from.
    const QString id = recordId.toString(QUuid::WithoutBraces);
    sql::Statement insert(m_store.handle(),
        "INSERT OR REPLACE INTO outbox (record_type, record_id, version, queued_at, "
        "base_version) VALUES (?, ?, ?, ?, COALESCE((SELECT base_version FROM outbox "
        "WHERE record_type = ? AND record_id = ?), ?))");
    insert.bind(1, recordType)
        .bind(2, id)
        .bind(3, version)
        .bind(4, sql::nowUtc())
        .bind(5, recordType)
        .bind(6, id)
        .bind(7, baseVersion);
    return insert.run();
}

Result<QList<OutboxEntry>> Outbox::pending() const
{
    sql::Statement query(m_store.handle(),
        "SELECT record_type, record_id, version, queued_at, base_version FROM outbox "
        "ORDER BY queued_at, record_type, record_id");
    QList<OutboxEntry> list;
    while (query.next()) {
        OutboxEntry entry;
        entry.recordType = query.text(0);
        entry.recordId = QUuid::fromString(query.text(1));
        entry.version = int(query.integer(2));
        entry.queuedAt = query.dateTime(3);
        entry.baseVersion = int(query.integer(4));
        list.append(entry);
    }
    if (query.failed())
        return Error {query.error()};
    return list;
}

Status Outbox::acknowledge(const QString &recordType, const QUuid &recordId, int version)
{
    // A newer version saved after the bundle was written stays queued.
    sql::Statement remove(m_store.handle(),
        "DELETE FROM outbox WHERE record_type = ? AND "
        "record_id = ? AND version <= ?");
    remove.bind(1, recordType).bind(2, recordId.toString(QUuid::WithoutBraces)).bind(3, version);
    return remove.run();
}

} // namespace hearth
