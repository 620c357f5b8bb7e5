#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace hearth::sync {

// One changed record in a bundle: what it is, which one, which revision, and its content as
// the case file writes it (database/schema/bundle.schema.json). `baseVersion` is the version
// this laptop's changes started from (the one the office last acknowledged, or the one the
// record arrived at); the office compares it across laptops to see two people changing the
// same record (DESIGN 4, "nothing is silently overwritten").
struct BundleRecord
{
    QString kind; // "person", "network-member", "assessment", "plan"
    QUuid id;
    int version = 1;
    QJsonObject data; // empty for a deletion
    int baseVersion = 0;
    bool deleted = false;

    bool operator==(const BundleRecord &) const = default;
};

// A finalised printout that goes with the records: the plan or its easy read, exactly the
// bytes the person was given.
struct BundleDocument
{
    QUuid assessmentId;
    int assessmentVersion = 1;
    QString kind; // "plan", "easy-read"
    QString fileName;
    QByteArray content; // the PDF
    // The content's SHA-256 when already known (kept with the document on the laptop, checked
    // when read), so a bundle with many PDFs is not hashed twice.
    QString knownSha256;

    QString sha256() const;
    bool operator==(const BundleDocument &other) const
    {
        return assessmentId == other.assessmentId && assessmentVersion == other.assessmentVersion
            && kind == other.kind && fileName == other.fileName && content == other.content;
    }
};

// What the bundle says about itself: which laptop and practitioner, the laptop's running
// sequence number (so a replay or a gap is seen), when, how many records, and a hash of them.
struct BundleManifest
{
    QUuid deviceId;
    QString practitioner;
    qint64 sequence = 0;
    QDateTime createdAt;
    qsizetype recordCount = 0;
    QString contentHash; // SHA-256, hex, of the records as written (compact JSON)
    qsizetype documentCount = 0; // each document carries its own SHA-256

    bool operator==(const BundleManifest &) const = default;
};

// The inside of a sync bundle, before signing and sealing (BundleEnvelope): one line of
// versioned JSON (database/schema/bundle.schema.json), a line break, then the documents' PDFs
// as they are, in the order and of the sizes the JSON gives: no base64, so a bundle is no
// larger than what it carries.
// Reading checks everything before returning anything and names the first problem with its
// JSON path, as CaseFile does.
class BundlePayload
{
    Q_DECLARE_TR_FUNCTIONS(hearth::sync::BundlePayload)

public:
    static constexpr int kFormatVersion = 1;

    BundleManifest manifest;
    QList<BundleRecord> records;
    QList<BundleDocument> documents;

    // Fills in the counts and the content hash from the records, and writes the JSON.
    QByteArray write();
    static Result<BundlePayload> read(const QByteArray &payload);
    // The JSON line of a written payload, without the PDFs after it.
    static QByteArray jsonPart(const QByteArray &payload)
    {
        return payload.left(payload.indexOf('\n'));
    }
    static QString hashOf(const QList<BundleRecord> &records);
};

} // namespace hearth::sync
