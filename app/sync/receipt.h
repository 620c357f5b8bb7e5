#pragma once

#include "core/result.h"
#include "sync/synckeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace hearth::sync {

// The office's answer to one bundle (docs/sync.md): which laptop and sequence it was, the
// exact contents it acknowledges, signed with the office's Ed25519 key. The laptop reads it
// back and forgets only what it lists. It names records by id and version, never their
// contents, so it is not encrypted.
struct ImportReceipt
{
    Q_DECLARE_TR_FUNCTIONS(hearth::sync::ImportReceipt)

public:
    static constexpr int kFormatVersion = 1;

    struct Record
    {
        QString kind;
        QUuid id;
        int version = 0;
        bool operator==(const Record &) const = default;
    };
    struct Document
    {
        QUuid assessmentId;
        QString kind;
        QString sha256;
        bool operator==(const Document &) const = default;
    };

    QByteArray officeFingerprint;
    QUuid deviceId;
    qint64 sequence = 0;
    QString payloadHash; // SHA-256, hex, of the bundle's decrypted contents
    QString contentHash; // the manifest's SHA-256 of the records, which the laptop kept
    QDateTime importedAt; // when the office first imported it
    QList<Record> records;
    QList<Document> documents;
    int conflicts = 0; // of the bundle's records, how many the office holds in conflict

    bool operator==(const ImportReceipt &) const = default;

    QByteArray write(const OfficeKeys &office) const;
    // Checks the format, the office's signature and which office it is from; names the
    // problem.
    static Result<ImportReceipt> read(const QByteArray &bytes, const OfficePublicKey &office);
};

} // namespace hearth::sync
