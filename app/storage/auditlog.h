#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hearth {

class Store;
struct RasResult;

struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at;
    QString actor; // the practitioner
    QString deviceId;
    QString
        action; // "create", "update", "delete", "import", "passphrase-changed", "ras-calculated"
    QString recordType; // "person", "network-member", "assessment", "plan"
    QUuid recordId;
    // The fields a change touched; an event such as "ras-calculated" lists its details as
    // "name=value" instead.
    QStringList changedFields;
    QByteArray previousHash;
    QByteArray hash;

    // The value of a "name=value" detail in changedFields, or a null string.
    QString detail(const QString &name) const;
};

// Append-only, hash-chained audit log (DESIGN 4 "Every change is accountable"): each entry
// carries the SHA-256 of the one before, so a gap, an edit or a deletion is detectable.
class AuditLog
{
public:
    explicit AuditLog(Store &store)
        : m_store(store)
    {
    }
    // Called inside the writer's transaction.
    Status append(const QString &action, const QString &recordType, const QUuid &recordId,
        const QStringList &changedFields);
    // DESIGN 2.5 and 4: an indicative budget calculated for a plan, and the Resource Allocation
    // System table it came from, so a figure can always be traced to the council's table of
    // the day. Its details are the entry's fields, as "name=value": rasTableName,
    // rasTableVersion, rasIllustrative, indicativePoints, indicativeWeeklyPence. They are
    // hashed into the chain like any other field. Action "ras-calculated", record type "plan".
    Status appendRasCalculation(const QUuid &planId, const RasResult &result);
    Result<QList<AuditEntry>> entries(qint64 fromSequence = 1, int limit = -1) const;
    // Walks the whole chain; fails naming the first entry that does not verify.
    Status verify() const;

private:
    Store &m_store;
};

// Records changed since the last receipt from the office, awaiting the next sync bundle.
struct OutboxEntry
{
    QString recordType;
    QUuid recordId;
    int version = 0;
    QDateTime queuedAt;
    int baseVersion = 0; // where the waiting changes started (the office's version)
};

class Outbox
{
public:
    explicit Outbox(Store &store)
        : m_store(store)
    {
    }
    // `baseVersion`: the version this change started from; kept from an earlier waiting one.
    Status enqueue(const QString &recordType, const QUuid &recordId, int version, int baseVersion);
    Result<QList<OutboxEntry>> pending() const;
    // Removes entries the office acknowledged at or above the given version.
    Status acknowledge(const QString &recordType, const QUuid &recordId, int version);

private:
    Store &m_store;
};

} // namespace hearth
