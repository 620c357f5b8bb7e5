#include "receipt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace hearth::sync {

namespace {

constexpr qsizetype kMaxReceiptBytes = 64 * 1024 * 1024;

// The signature covers a domain label and the receipt object as Qt writes it: compact, keys
// sorted, so reading and writing again gives the same bytes.
QByteArray signedBytes(const QJsonObject &receipt)
{
    return QByteArrayLiteral("hearth-receipt-v1\n")
        + QJsonDocument(receipt).toJson(QJsonDocument::Compact);
}

// UTC, with milliseconds when there are any: the office's import times have them, and the
// reader takes them, so a receipt read and written again keeps its time.
QString isoDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QJsonObject toJson(const ImportReceipt &r)
{
    QJsonArray records;
    for (const ImportReceipt::Record &x : r.records)
        records.append(QJsonObject {{u"kind"_s, x.kind},
            {u"id"_s, x.id.toString(QUuid::WithoutBraces)}, {u"version"_s, x.version}});
    QJsonArray documents;
    for (const ImportReceipt::Document &d : r.documents)
        documents.append(
            QJsonObject {{u"assessmentId"_s, d.assessmentId.toString(QUuid::WithoutBraces)},
                {u"kind"_s, d.kind}, {u"sha256"_s, d.sha256}});
    return QJsonObject {{u"office"_s, QString::fromLatin1(r.officeFingerprint.toHex())},
        {u"deviceId"_s, r.deviceId.toString(QUuid::WithoutBraces)},
        {u"sequence"_s, double(r.sequence)}, {u"payloadHash"_s, r.payloadHash},
        {u"contentHash"_s, r.contentHash}, {u"importedAt"_s, isoDateTime(r.importedAt)},
        {u"records"_s, records}, {u"documents"_s, documents}, {u"conflicts"_s, r.conflicts}};
}

// A whole number from `minimum` up to 9e15, which a double holds exactly. The range is
// checked before anything is cast: casting a number beyond qint64 (a signed receipt saying
// 1e300) would be undefined behaviour.
bool wholeNumber(const QJsonValue &v, qint64 minimum)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= double(minimum) && d < 9.0e15 && d == std::floor(d);
}

} // namespace

QByteArray ImportReceipt::write(const OfficeKeys &office) const
{
    const QJsonObject receipt = toJson(*this);
    const QByteArray message = signedBytes(receipt);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
        office.signSecretKey.data());
    const QJsonObject root {{u"format"_s, u"hearth-receipt"_s},
        {u"formatVersion"_s, kFormatVersion}, {u"receipt"_s, receipt},
        {u"signature"_s, QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportReceipt> ImportReceipt::read(const QByteArray &bytes, const OfficePublicKey &office)
{
    if (!initSodium())
        return Error {tr("The encryption library could not start.")};
    if (bytes.size() > kMaxReceiptBytes)
        return Error {tr("This is not an office receipt: it is far too large.")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error {tr("This is not an office receipt: it is not JSON.")};
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"hearth-receipt")
        return Error {tr("This is not an office receipt.")};
    if (root.value(u"formatVersion"_s).toInt(-1) != kFormatVersion)
        return Error {tr("The receipt is in format version %1; this Hearth reads version %2.")
                          .arg(root.value(u"formatVersion"_s).toVariant().toString())
                          .arg(kFormatVersion)};
    const QJsonObject receipt = root.value(u"receipt"_s).toObject();
    const QByteArray signature
        = QByteArray::fromBase64(root.value(u"signature"_s).toString().toLatin1());
    if (QByteArray::fromHex(receipt.value(u"office"_s).toString().toLatin1())
        != office.fingerprint())
        return Error {tr("The receipt is from another office, not the one this laptop is "
                         "enrolled with.")};
    const QByteArray message = signedBytes(receipt);
    if (signature.size() != crypto_sign_BYTES
        || office.signingKey.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               std::size_t(message.size()),
               reinterpret_cast<const unsigned char *>(office.signingKey.constData()))
            != 0)
        return Error {tr("The receipt's signature does not match the office: it has been "
                         "changed or damaged.")};

    // Signed by the office, so what follows was written by ImportReceipt::write; checked all
    // the same, as a newer office might write more.
    auto bad = [](const QString &field) {
        return Error {tr("The receipt's %1 is missing or not valid.").arg(field)};
    };
    ImportReceipt out;
    out.officeFingerprint = office.fingerprint();
    out.deviceId = QUuid::fromString(receipt.value(u"deviceId"_s).toString());
    if (out.deviceId.isNull())
        return bad(u"deviceId"_s);
    if (!wholeNumber(receipt.value(u"sequence"_s), 1))
        return bad(u"sequence"_s);
    out.sequence = qint64(receipt.value(u"sequence"_s).toDouble());
    out.payloadHash = receipt.value(u"payloadHash"_s).toString();
    if (out.payloadHash.size() != 64)
        return bad(u"payloadHash"_s);
    out.contentHash = receipt.value(u"contentHash"_s).toString();
    if (out.contentHash.size() != 64)
        return bad(u"contentHash"_s);
    out.importedAt = QDateTime::fromString(receipt.value(u"importedAt"_s).toString(), Qt::ISODate);
    // Written in UTC, so a time whose UTC day falls outside years 1 to 9999 (9999-12-31 at
    // 23:59 in UTC-14) could not be written as a date again.
    const int utcYear = out.importedAt.toUTC().date().year();
    if (!out.importedAt.isValid() || utcYear < 1 || utcYear > 9999)
        return bad(u"importedAt"_s);
    out.conflicts = receipt.value(u"conflicts"_s).toInt();
    const QJsonArray records = receipt.value(u"records"_s).toArray();
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        Record r {o.value(u"kind"_s).toString(), QUuid::fromString(o.value(u"id"_s).toString()),
            o.value(u"version"_s).toInt()};
        if (r.kind.isEmpty() || r.id.isNull() || r.version < 1)
            return bad(u"records"_s);
        out.records.append(r);
    }
    const QJsonArray documents = receipt.value(u"documents"_s).toArray();
    for (const QJsonValue &v : documents) {
        const QJsonObject o = v.toObject();
        Document d {QUuid::fromString(o.value(u"assessmentId"_s).toString()),
            o.value(u"kind"_s).toString(), o.value(u"sha256"_s).toString()};
        if (d.assessmentId.isNull() || d.kind.isEmpty() || d.sha256.size() != 64)
            return bad(u"documents"_s);
        out.documents.append(d);
    }
    return out;
}

} // namespace hearth::sync
