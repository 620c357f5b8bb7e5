#pragma once

#include "core/result.h"
#include "storage/secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace hearth {

class Store;

// The laptop's enrolment with its office (docs/sync.md): the office's public keys, and the
// laptop's own Ed25519 signing key. Kept in the encrypted store.
struct SyncEnrolment
{
    QByteArray officeEncryptionKey;
    QByteArray officeSigningKey;
    QByteArray devicePublicKey;
    SecretBytes deviceSecretKey;
    QDateTime enrolledAt;
};

// A record waiting for the office: its latest version and content (empty when deleted), and
// the version its waiting changes started from.
struct PendingRecord
{
    QString recordType;
    QUuid recordId;
    int version = 0;
    int baseVersion = 0;
    QByteArray body; // compact JSON, as stored; empty for a deletion
};

// A finalised printout kept in the store until the office has it.
struct StoredDocument
{
    QUuid assessmentId;
    QString kind; // "plan", "easy-read"
    int assessmentVersion = 0;
    QString fileName;
    QByteArray content;
    QString sha256; // filled in by saveDocument
};

// A bundle this laptop wrote.
struct SentBundle
{
    qint64 sequence = 0;
    QDateTime createdAt;
    QString fileName;
    int recordCount = 0;
    int documentCount = 0;
    QString contentHash; // the manifest's: what the office's receipt must name
    QDateTime receiptedAt; // invalid until the office's receipt is read back
};

// What an office receipt says reached it, for SyncState::applyReceipt.
struct ReceivedRecord
{
    QString recordType;
    QUuid recordId;
    int version = 0;
};
struct ReceivedDocument
{
    QUuid assessmentId;
    QString kind;
    QString sha256;
};

class SyncState
{
public:
    explicit SyncState(Store &store)
        : m_store(store)
    {
    }

    Result<std::optional<SyncEnrolment>> enrolment() const;
    // Keeps the enrolment; an audit entry records it. Replaces an earlier one.
    Status enrol(const SyncEnrolment &enrolment);

    // Every record in the outbox, with its content from the record history.
    Result<QList<PendingRecord>> pendingRecords() const;
    Result<QList<StoredDocument>> pendingDocuments() const;
    // Whether the store holds this assessment's printout of this kind at this version.
    Result<bool> hasDocument(const QUuid &assessmentId, const QString &kind, int version) const;
    Status saveDocument(StoredDocument &document);

    Result<qint64> nextSequence() const;
    Status recordBundle(const SentBundle &bundle);
    Result<std::optional<SentBundle>> bundle(qint64 sequence) const;
    Result<QList<SentBundle>> bundles() const;

    // Marks the bundle receipted and forgets what the office acknowledged, in one
    // transaction: a record saved again since stays waiting (Outbox::acknowledge).
    Status applyReceipt(qint64 sequence, const QList<ReceivedRecord> &records,
        const QList<ReceivedDocument> &documents);

private:
    Store &m_store;
};

} // namespace hearth
