#include "laptopsync.h"

#include "core/casefile.h"
#include "core/wholefile.h"
#include "storage/repositories.h"
#include "storage/store.h"
#include "storage/syncstate.h"
#include "sync/bundleenvelope.h"
#include "sync/bundlepayload.h"
#include "sync/receipt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace hearth::sync {

namespace {

QString notEnrolled()
{
    return LaptopSync::tr("This laptop is not enrolled with an office yet: enrol it with the "
                          "office's public key first (office.pub).");
}

} // namespace

QString LaptopSync::fileNamePart(const QString &text)
{
    // Letters and digits only, accents dropped: the name has to survive any USB stick and
    // any mail system.
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
        else if ((c.isSpace() || c == u'-' || c == u'\'' || c == u'.') && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    return out.isEmpty() ? u"practitioner"_s : out.left(40);
}

Result<bool> LaptopSync::isEnrolled() const
{
    auto enrolment = SyncState(m_store).enrolment();
    if (!enrolment)
        return Error {enrolment.error()};
    return enrolment->has_value();
}

Result<DevicePublicKey> LaptopSync::enrol(const OfficePublicKey &office)
{
    SyncState state(m_store);
    auto existing = state.enrolment();
    if (!existing)
        return Error {existing.error()};
    SyncEnrolment enrolment;
    enrolment.officeEncryptionKey = office.encryptionKey;
    enrolment.officeSigningKey = office.signingKey;
    if (existing->has_value()) {
        // The laptop keeps its signing key: the office may already know it.
        enrolment.devicePublicKey = (*existing)->devicePublicKey;
        enrolment.deviceSecretKey = std::move((*existing)->deviceSecretKey);
    } else {
        auto keys = DeviceKeys::generate(QUuid::fromString(m_store.deviceId()));
        if (!keys)
            return Error {keys.error()};
        enrolment.devicePublicKey = keys->publicKey;
        enrolment.deviceSecretKey = std::move(keys->secretKey);
    }
    if (Status s = state.enrol(enrolment); !s)
        return Error {s.error()};
    return DevicePublicKey {QUuid::fromString(m_store.deviceId()), m_store.practitioner(),
        enrolment.devicePublicKey, office.fingerprint()};
}

const QStringList &LaptopSync::printoutKinds()
{
    static const QStringList kinds {u"plan"_s, u"easy-read"_s};
    return kinds;
}

Result<QStringList> LaptopSync::keepFinalisedPrintouts(const Printer &print)
{
    SyncState state(m_store);
    auto pending = state.pendingRecords();
    if (!pending)
        return Error {pending.error()};
    QStringList warnings;
    for (const PendingRecord &r : *pending) {
        if (r.recordType != u"assessment" || r.body.isEmpty())
            continue;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (body.value(u"status"_s).toString() != code(AssessmentStatus::Finalised))
            continue;
        const QUuid personId = QUuid::fromString(body.value(u"personId"_s).toString());
        std::optional<Case> c;
        for (const QString &kind : printoutKinds()) {
            auto has = state.hasDocument(r.recordId, kind, r.version);
            if (!has)
                return Error {has.error()};
            if (*has)
                continue;
            if (!c) {
                auto loaded = CaseRepository(m_store).load(personId);
                if (!loaded)
                    return Error {loaded.error()};
                c = std::move(loaded).value();
            }
            qsizetype index = -1;
            for (qsizetype i = 0; i < c->assessments.size(); ++i) {
                if (c->assessments.at(i).assessment.id == r.recordId)
                    index = i;
            }
            if (index < 0)
                continue;
            auto pdf = print(recordOf(*c, index), kind);
            if (!pdf) {
                warnings << tr("The %1 printout for %2 was not sent: %3")
                                .arg(kind, c->person.listName(), pdf.error());
                continue;
            }
            StoredDocument document {r.recordId, kind, r.version,
                u"%1-%2.pdf"_s.arg(kind, r.recordId.toString(QUuid::WithoutBraces)), *pdf, {}};
            if (Status s = state.saveDocument(document); !s)
                return Error {s.error()};
        }
    }
    return warnings;
}

Result<LaptopSync::Exported> LaptopSync::exportBundle(
    const QString &directory, const Printer &print, const QDateTime &now)
{
    SyncState state(m_store);
    auto enrolment = state.enrolment();
    if (!enrolment)
        return Error {enrolment.error()};
    if (!enrolment->has_value())
        return Error {notEnrolled()};
    if (!QFileInfo(directory).isDir())
        return Error {tr("%1 is not a folder.").arg(QDir::toNativeSeparators(directory))};
    QStringList warnings;
    if (print) {
        auto kept = keepFinalisedPrintouts(print);
        if (!kept)
            return Error {kept.error()};
        warnings = *kept;
    }

    auto pending = state.pendingRecords();
    if (!pending)
        return Error {pending.error()};
    auto documents = state.pendingDocuments();
    if (!documents)
        return Error {documents.error()};
    if (pending->isEmpty() && documents->isEmpty())
        return Exported {{}, 0, 0, 0, warnings};

    BundlePayload payload;
    for (const PendingRecord &r : *pending) {
        BundleRecord record;
        record.kind = r.recordType;
        record.id = r.recordId;
        record.version = r.version;
        record.baseVersion = r.baseVersion;
        record.deleted = r.body.isEmpty();
        if (!record.deleted) {
            QJsonParseError error;
            record.data = QJsonDocument::fromJson(r.body, &error).object();
            if (error.error != QJsonParseError::NoError)
                return Error {tr("The stored %1 %2 could not be read: %3")
                                  .arg(r.recordType, r.recordId.toString(QUuid::WithoutBraces),
                                      error.errorString())};
        }
        payload.records.append(record);
    }
    for (const StoredDocument &d : *documents)
        payload.documents.append(
            {d.assessmentId, d.assessmentVersion, d.kind, d.fileName, d.content, d.sha256});

    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Error {transaction.error()};
    auto sequence = state.nextSequence();
    if (!sequence)
        return Error {sequence.error()};
    payload.manifest.deviceId = QUuid::fromString(m_store.deviceId());
    payload.manifest.practitioner = m_store.practitioner();
    payload.manifest.sequence = *sequence;
    payload.manifest.createdAt = now.toUTC();
    const QByteArray json = payload.write();

    DeviceKeys device;
    device.deviceId = payload.manifest.deviceId;
    device.publicKey = (*enrolment)->devicePublicKey;
    device.secretKey = std::move((*enrolment)->deviceSecretKey);
    auto sealed = BundleEnvelope::seal(json, device, (*enrolment)->officeEncryptionKey);
    if (!sealed)
        return Error {sealed.error()};

    const QString name = u"hearth-%1-%2-%3.hearthbundle"_s
                             .arg(fileNamePart(m_store.practitioner()),
                                 now.toLocalTime().date().toString(Qt::ISODate))
                             .arg(*sequence, 4, 10, QLatin1Char('0'));
    const QString path = QDir(directory).filePath(name);
    if (QFileInfo::exists(path))
        return Error {
            tr("%1 already exists; it was left as it is.").arg(QDir::toNativeSeparators(path))};

    SentBundle sent;
    sent.sequence = *sequence;
    sent.createdAt = payload.manifest.createdAt;
    sent.fileName = name;
    sent.recordCount = int(payload.records.size());
    sent.documentCount = int(payload.documents.size());
    sent.contentHash = payload.manifest.contentHash;
    if (Status s = state.recordBundle(sent); !s)
        return Error {s.error()};

    // The file is whole or absent (QSaveFile); the sequence number is only used once the file
    // is there, so the office never sees one number with two contents.
    if (Status written = writeWholeFile(path, *sealed); !written)
        return Error {tr("The bundle could not be written to %1: %2")
                          .arg(QDir::toNativeSeparators(path), written.error())};
    if (Status s = transaction.commit(); !s) {
        QFile::remove(path);
        return Error {s.error()};
    }
    return Exported {path, *sequence, sent.recordCount, sent.documentCount, warnings};
}

Result<LaptopSync::Receipted> LaptopSync::applyReceipt(const QByteArray &bytes)
{
    SyncState state(m_store);
    auto enrolment = state.enrolment();
    if (!enrolment)
        return Error {enrolment.error()};
    if (!enrolment->has_value())
        return Error {notEnrolled()};
    const OfficePublicKey office {
        (*enrolment)->officeEncryptionKey, (*enrolment)->officeSigningKey};
    auto receipt = ImportReceipt::read(bytes, office);
    if (!receipt)
        return Error {receipt.error()};
    if (receipt->deviceId != QUuid::fromString(m_store.deviceId()))
        return Error {tr("The receipt is for another laptop (device %1), not this one.")
                          .arg(receipt->deviceId.toString(QUuid::WithoutBraces))};
    auto sent = state.bundle(receipt->sequence);
    if (!sent)
        return Error {sent.error()};
    if (!sent->has_value())
        return Error {tr("The receipt is for bundle %1, which this laptop never wrote.")
                          .arg(receipt->sequence)};
    if ((*sent)->contentHash != receipt->contentHash)
        return Error {tr("The receipt does not match bundle %1 as this laptop wrote it.")
                          .arg(receipt->sequence)};

    QList<ReceivedRecord> records;
    for (const ImportReceipt::Record &r : receipt->records)
        records.append({r.kind, r.id, r.version});
    QList<ReceivedDocument> documents;
    for (const ImportReceipt::Document &d : receipt->documents)
        documents.append({d.assessmentId, d.kind, d.sha256});
    const bool already = (*sent)->receiptedAt.isValid();
    if (Status s = state.applyReceipt(receipt->sequence, records, documents); !s)
        return Error {s.error()};
    return Receipted {
        receipt->sequence, int(records.size()), int(documents.size()), receipt->conflicts, already};
}

} // namespace hearth::sync
