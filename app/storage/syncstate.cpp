#include "syncstate.h"

#include "storage/auditlog.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

SentBundle sentBundle(const sql::Statement &query)
{
    SentBundle b;
    b.sequence = query.integer(0);
    b.createdAt = query.dateTime(1);
    b.fileName = query.text(2);
    b.recordCount = int(query.integer(3));
    b.documentCount = int(query.integer(4));
    b.contentHash = query.text(5);
    if (!query.isNull(6))
        b.receiptedAt = query.dateTime(6);
    return b;
}

constexpr const char *kBundleColumns = "SELECT sequence, created_at, file_name, record_count, "
                                       "document_count, content_hash, receipted_at "
                                       "FROM sync_bundles ";

} // namespace

Result<std::optional<SyncEnrolment>> SyncState::enrolment() const
{
    sql::Statement query(m_store.handle(),
        "SELECT office_encryption_key, office_signing_key, device_public_key, "
        "device_secret_key, enrolled_at FROM sync_enrolment WHERE id = 1");
    if (!query.next()) {
        if (query.failed())
            return Error {query.error()};
        return std::optional<SyncEnrolment>();
    }
    SyncEnrolment e;
    e.officeEncryptionKey = query.blob(0);
    e.officeSigningKey = query.blob(1);
    e.devicePublicKey = query.blob(2);
    e.deviceSecretKey = query.secret(3);
    e.enrolledAt = query.dateTime(4);
    return std::optional<SyncEnrolment>(std::move(e));
}

Status SyncState::enrol(const SyncEnrolment &enrolment)
{
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Error {transaction.error()};
    sql::Statement insert(m_store.handle(),
        "INSERT OR REPLACE INTO sync_enrolment (id, office_encryption_key, office_signing_key, "
        "device_public_key, device_secret_key, enrolled_at) VALUES (1, ?, ?, ?, ?, ?)");
    insert.bind(1, enrolment.officeEncryptionKey)
        .bind(2, enrolment.officeSigningKey)
        .bind(3, enrolment.devicePublicKey)
        .bind(4, enrolment.deviceSecretKey)
        .bind(5, sql::nowUtc());
    if (Status s = insert.run(); !s)
        return s;
    if (Status s = AuditLog(m_store).append(u"enrolled"_s, u"store"_s, QUuid(), {}); !s)
        return s;
    return transaction.commit();
}

Result<QList<PendingRecord>> SyncState::pendingRecords() const
{
    // The content of each waiting version is in the record history (NULL for a deletion).
    sql::Statement query(m_store.handle(),
        "SELECT o.record_type, o.record_id, o.version, o.base_version, h.body "
        "FROM outbox o JOIN record_history h ON h.record_type = o.record_type "
        "AND h.record_id = o.record_id AND h.version = o.version "
        "ORDER BY o.record_type, o.record_id");
    QList<PendingRecord> list;
    while (query.next()) {
        PendingRecord r;
        r.recordType = query.text(0);
        r.recordId = query.uuid(1);
        r.version = int(query.integer(2));
        r.baseVersion = int(query.integer(3));
        if (!query.isNull(4))
            r.body = query.text(4).toUtf8();
        list.append(r);
    }
    if (query.failed())
        return Error {query.error()};
    return list;
}

Result<QList<StoredDocument>> SyncState::pendingDocuments() const
{
    sql::Statement query(m_store.handle(),
        "SELECT assessment_id, kind, assessment_version, file_name, sha256, content "
        "FROM documents WHERE acknowledged = 0 ORDER BY assessment_id, kind");
    QList<StoredDocument> list;
    while (query.next()) {
        StoredDocument d;
        d.assessmentId = query.uuid(0);
        d.kind = query.text(1);
        d.assessmentVersion = int(query.integer(2));
        d.fileName = query.text(3);
        d.sha256 = query.text(4);
        d.content = query.blob(5);
        list.append(d);
    }
    if (query.failed())
        return Error {query.error()};
    return list;
}

Result<bool> SyncState::hasDocument(
    const QUuid &assessmentId, const QString &kind, int version) const
{
    sql::Statement query(m_store.handle(),
        "SELECT 1 FROM documents WHERE assessment_id = ? AND kind = ? AND assessment_version = ?");
    query.bind(1, idText(assessmentId)).bind(2, kind).bind(3, version);
    const bool found = query.next();
    if (query.failed())
        return Error {query.error()};
    return found;
}

Status SyncState::saveDocument(StoredDocument &document)
{
    document.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(document.content, QCryptographicHash::Sha256).toHex());
    sql::Statement insert(m_store.handle(),
        "INSERT OR REPLACE INTO documents (assessment_id, kind, assessment_version, file_name, "
        "sha256, created_at, content, acknowledged) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
    insert.bind(1, idText(document.assessmentId))
        .bind(2, document.kind)
        .bind(3, document.assessmentVersion)
        .bind(4, document.fileName)
        .bind(5, document.sha256)
        .bind(6, sql::nowUtc())
        .bind(7, document.content);
    return insert.run();
}

Result<qint64> SyncState::nextSequence() const
{
    sql::Statement query(m_store.handle(), "SELECT COALESCE(MAX(sequence), 0) FROM sync_bundles");
    if (!query.next())
        return Error {query.error()};
    return query.integer(0) + 1;
}

Status SyncState::recordBundle(const SentBundle &bundle)
{
    sql::Statement insert(m_store.handle(),
        "INSERT INTO sync_bundles (sequence, created_at, file_name, record_count, "
        "document_count, content_hash) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, bundle.sequence)
        .bind(2, bundle.createdAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(3, bundle.fileName)
        .bind(4, bundle.recordCount)
        .bind(5, bundle.documentCount)
        .bind(6, bundle.contentHash);
    return insert.run();
}

Result<std::optional<SentBundle>> SyncState::bundle(qint64 sequence) const
{
    sql::Statement query(
        m_store.handle(), QString::fromLatin1(kBundleColumns) + u"WHERE sequence = ?"_s);
    query.bind(1, sequence);
    if (!query.next()) {
        if (query.failed())
            return Error {query.error()};
        return std::optional<SentBundle>();
    }
    return std::optional<SentBundle>(sentBundle(query));
}

Result<QList<SentBundle>> SyncState::bundles() const
{
    sql::Statement query(
        m_store.handle(), QString::fromLatin1(kBundleColumns) + u"ORDER BY sequence"_s);
    QList<SentBundle> list;
    while (query.next())
        list.append(sentBundle(query));
    if (query.failed())
        return Error {query.error()};
    return list;
}

Status SyncState::applyReceipt(
    qint64 sequence, const QList<ReceivedRecord> &records, const QList<ReceivedDocument> &documents)
{
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Error {transaction.error()};
    Outbox outbox(m_store);
    for (const ReceivedRecord &r : records) {
        if (Status s = outbox.acknowledge(r.recordType, r.recordId, r.version); !s)
            return s;
    }
    for (const ReceivedDocument &d : documents) {
        sql::Statement mark(m_store.handle(),
            "UPDATE documents SET acknowledged = 1 WHERE assessment_id = ? AND kind = ? "
            "AND sha256 = ?");
        mark.bind(1, idText(d.assessmentId)).bind(2, d.kind).bind(3, d.sha256);
        if (Status s = mark.run(); !s)
            return s;
    }
    sql::Statement receipted(m_store.handle(),
        "UPDATE sync_bundles SET receipted_at = COALESCE(receipted_at, ?) WHERE sequence = ?");
    receipted.bind(1, sql::nowUtc()).bind(2, sequence);
    if (Status s = receipted.run(); !s)
        return s;
    if (Status s = AuditLog(m_store).append(u"receipt"_s, u"bundle"_s, QUuid(), {}); !s)
        return s;
    return transaction.commit();
}

} // namespace hearth
