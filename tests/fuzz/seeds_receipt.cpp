// The seeds of fuzz_receipt (tests/fuzz/corpus/receipt): receipts written by
// ImportReceipt::write with the fuzz target's fixed office key, whole (mode 0) and as the
// signed receipt object alone (mode 1); the receipts of tests/data/sync; and one of each kind
// of refusal. Each file starts with the mode byte of fuzz_receipt.h.

#include "fuzz_receipt.h"
#include "seeds.h"

#include "sync/receipt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hearth;
using namespace hearth::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

ImportReceipt empty()
{
    ImportReceipt receipt;
    receipt.officeFingerprint = fuzz::fixedOfficeKeys().publicHalf().fingerprint();
    receipt.deviceId = fuzz::fixedDeviceId();
    receipt.sequence = 1;
    receipt.payloadHash = sha256("payload");
    receipt.contentHash = sha256("content");
    receipt.importedAt = QDateTime(QDate(2026, 11, 23), QTime(17, 31, 5), Qt::UTC);
    return receipt;
}

// The office's answer to the sample bundle of tests/sync: three records, the plan's printout,
// one record in conflict.
ImportReceipt sample()
{
    ImportReceipt receipt = empty();
    receipt.sequence = 7;
    const QUuid person = QUuid::fromString(u"886ea07f-0767-5667-9217-9319dff3ab9f"_s);
    const QUuid assessment = QUuid::fromString(u"fa356cb8-dfcf-590e-aa12-c4f6d9a911af"_s);
    receipt.records = {{u"person"_s, person, 4}, {u"assessment"_s, assessment, 4},
        {u"network-member"_s, QUuid::fromString(u"0b1d9a52-7c1e-4f0a-8e55-2d7f6c3b9a10"_s), 3}};
    receipt.documents = {{assessment, u"plan"_s, sha256("%PDF-1.4")}};
    receipt.conflicts = 1;
    return receipt;
}

// A long day: 30 people's records and printouts.
ImportReceipt large()
{
    ImportReceipt receipt = empty();
    receipt.sequence = 4096;
    for (int i = 0; i < 30; ++i) {
        const QUuid person = QUuid::createUuidV5(fuzz::fixedDeviceId(), u"person %1"_s.arg(i));
        receipt.records.append({u"person"_s, person, 1 + i % 5});
        receipt.records.append({u"assessment"_s, QUuid::createUuidV5(person, u"assessment"_s), 2});
        if (i % 10 == 0)
            receipt.documents.append({QUuid::createUuidV5(person, u"assessment"_s),
                i % 20 ? u"easy-read"_s : u"plan"_s, sha256(QByteArray::number(i))});
    }
    return receipt;
}

// The signed part of a written receipt: what a mode-1 input is.
QByteArray receiptObject(const QByteArray &written)
{
    return QJsonDocument(QJsonDocument::fromJson(written).object().value(u"receipt"_s).toObject())
        .toJson(QJsonDocument::Compact);
}

QByteArray withMode(fuzz::ReceiptMode mode, const QByteArray &rest)
{
    return char(mode) + rest;
}

} // namespace

fuzz::Seeds fuzz::receiptSeeds()
{
    const OfficeKeys &office = fixedOfficeKeys();
    const QByteArray emptyReceipt = empty().write(office);
    const QByteArray sampleReceipt = sample().write(office);
    const QByteArray sampleObject = receiptObject(sampleReceipt);

    Seeds seeds;
    const auto add = [&](const QString &name, ReceiptMode mode, const QByteArray &rest) {
        seeds.append({name, withMode(mode, rest)});
    };
    add(u"valid-file-empty"_s, ReceiptMode::File, emptyReceipt);
    add(u"valid-file-sample"_s, ReceiptMode::File, sampleReceipt);
    add(u"valid-file-large"_s, ReceiptMode::File, large().write(office));
    add(u"valid-signed-empty"_s, ReceiptMode::Signed, receiptObject(emptyReceipt));
    add(u"valid-signed-sample"_s, ReceiptMode::Signed, sampleObject);
    // Once written without them: read, written and read again, the time had changed.
    add(u"valid-signed-imported-at-milliseconds"_s, ReceiptMode::Signed,
        edited(sampleObject, u"importedAt"_s, u"2026-11-23T17:31:05.123Z"_s));
    add(u"valid-signed-imported-at-offset"_s, ReceiptMode::Signed,
        edited(sampleObject, u"importedAt"_s, u"2026-11-23T18:31:05+01:00"_s));

    // The whole file: refused before its contents are read.
    add(u"refused-file-other-office"_s, ReceiptMode::File,
        sample().write(officeKeysFrom("hearth-fuzz-other-office")));
    // Signed by another key in the fixed office's name.
    OfficeKeys impostor = officeKeysFrom("hearth-fuzz-impostor");
    impostor.publicKey = office.publicKey;
    add(u"refused-file-bad-signature"_s, ReceiptMode::File, sample().write(impostor));
    add(u"refused-file-changed"_s, ReceiptMode::File,
        QByteArray(sampleReceipt).replace("\"sequence\": 7", "\"sequence\": 8"));
    add(u"refused-file-format"_s, ReceiptMode::File,
        QByteArray(sampleReceipt).replace("hearth-receipt", "hearth-bundle"));
    add(u"refused-file-format-version"_s, ReceiptMode::File,
        QByteArray(sampleReceipt).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
    add(u"refused-file-truncated"_s, ReceiptMode::File,
        sampleReceipt.left(sampleReceipt.size() / 2));
    add(u"refused-file-not-a-receipt"_s, ReceiptMode::File,
        testData(u"sync/not-a-receipt.receipt"_s));
    add(u"refused-file-unsigned"_s, ReceiptMode::File, testData(u"sync/unsigned.receipt"_s));

    // The signed object: refused for its contents.
    const auto signedWith = [&](const QString &name, const QString &path, const QJsonValue &value) {
        add(u"refused-signed-"_s + name, ReceiptMode::Signed, edited(sampleObject, path, value));
    };
    signedWith(u"device-id"_s, u"deviceId"_s, u"laptop"_s);
    signedWith(u"sequence-zero"_s, u"sequence"_s, 0);
    signedWith(u"sequence-fraction"_s, u"sequence"_s, 7.5);
    // Once undefined behaviour in the reader (a number beyond qint64 cast to it); found by
    // fuzz_receipt, tests/data/sync/fuzz-huge-sequence.receipt.
    signedWith(u"huge-sequence"_s, u"sequence"_s, 9e97);
    signedWith(u"payload-hash"_s, u"payloadHash"_s, u"abc"_s);
    signedWith(u"content-hash"_s, u"contentHash"_s, QJsonValue::Undefined);
    signedWith(u"imported-at"_s, u"importedAt"_s, u"23/11/2026"_s);
    // Once read, but then not written again: in UTC it is the year 10000.
    // tests/data/sync/fuzz-imported-at-year-10000.receipt.
    signedWith(u"imported-at-year-10000"_s, u"importedAt"_s, u"9999-12-31T23:59:59-14:00"_s);
    signedWith(u"record-version"_s, u"records[1].version"_s, 0);
    signedWith(u"record-kind"_s, u"records[0].kind"_s, u""_s);
    signedWith(u"document-hash"_s, u"documents[0].sha256"_s, u"00"_s);
    signedWith(u"other-office"_s, u"office"_s, u"00ff"_s);
    return seeds;
}
