#include "bundlepayload.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

namespace hearth::sync {

namespace {

const QSet<QString> kRecordKinds = {QStringLiteral("person"), QStringLiteral("network-member"),
    QStringLiteral("assessment"), QStringLiteral("plan")};
const QSet<QString> kDocumentKinds = {QStringLiteral("plan"), QStringLiteral("easy-read")};
constexpr qsizetype kMaxPayloadBytes = 256 * 1024 * 1024;

QJsonArray recordsJson(const QList<BundleRecord> &records)
{
    QJsonArray out;
    for (const BundleRecord &r : records) {
        QJsonObject o {{QStringLiteral("kind"), r.kind},
            {QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("version"), r.version}, {QStringLiteral("baseVersion"), r.baseVersion}};
        if (r.deleted)
            o.insert(QStringLiteral("deleted"), true);
        else
            o.insert(QStringLiteral("data"), r.data);
        out.append(o);
    }
    return out;
}

QJsonArray documentsJson(const QList<BundleDocument> &documents)
{
    QJsonArray out;
    for (const BundleDocument &d : documents) {
        out.append(QJsonObject {
            {QStringLiteral("assessmentId"), d.assessmentId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("assessmentVersion"), d.assessmentVersion},
            {QStringLiteral("kind"), d.kind}, {QStringLiteral("fileName"), d.fileName},
            {QStringLiteral("sha256"), d.sha256()},
            {QStringLiteral("size"), double(d.content.size())}});
    }
    return out;
}

// The first problem in a payload, with its JSON path.
class Reader
{
public:
    QString problem;

    bool fail(const QString &path, const QString &what)
    {
        if (problem.isEmpty())
            problem = QStringLiteral("%1: %2").arg(path, what);
        return false;
    }
    bool string(const QJsonObject &o, const QString &path, const QString &key, QString &out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return fail(path + u'.' + key, BundlePayload::tr("missing or not text"));
        out = v.toString();
        return true;
    }
    bool uuid(const QJsonObject &o, const QString &path, const QString &key, QUuid &out)
    {
        QString text;
        if (!string(o, path, key, text))
            return false;
        out = QUuid::fromString(text);
        if (out.isNull())
            return fail(path + u'.' + key, BundlePayload::tr("not a UUID: '%1'").arg(text));
        return true;
    }
    bool integer(
        const QJsonObject &o, const QString &path, const QString &key, qint64 &out, qint64 minimum)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        // Outside qint64's range the cast would be undefined behaviour (found by fuzz_bundle).
        if (!v.isDouble() || !(d >= double(minimum) && d < 0x1p63) || d != double(qint64(d)))
            return fail(path + u'.' + key,
                BundlePayload::tr("missing or not a whole number of at least %1").arg(minimum));
        out = qint64(d);
        return true;
    }
};

} // namespace

QString BundleDocument::sha256() const
{
    if (!knownSha256.isEmpty())
        return knownSha256;
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString BundlePayload::hashOf(const QList<BundleRecord> &records)
{
    const QByteArray bytes = QJsonDocument(recordsJson(records)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray BundlePayload::write()
{
    manifest.recordCount = records.size();
    manifest.contentHash = hashOf(records);
    manifest.documentCount = documents.size();
    const QJsonObject m {
        {QStringLiteral("deviceId"), manifest.deviceId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("practitioner"), manifest.practitioner},
        {QStringLiteral("sequence"), double(manifest.sequence)},
        {QStringLiteral("createdAt"), manifest.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("recordCount"), double(manifest.recordCount)},
        {QStringLiteral("contentHash"), manifest.contentHash},
        {QStringLiteral("documentCount"), double(manifest.documentCount)}};
    const QJsonObject root {{QStringLiteral("format"), QStringLiteral("hearth-bundle")},
        {QStringLiteral("formatVersion"), kFormatVersion}, {QStringLiteral("manifest"), m},
        {QStringLiteral("records"), recordsJson(records)},
        {QStringLiteral("documents"), documentsJson(documents)}};
    // Compact JSON has no line break in it; the PDFs follow it as they are, in order.
    QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Compact);
    qsizetype total = out.size() + 1;
    for (const BundleDocument &d : documents)
        total += d.content.size();
    out.reserve(total);
    out.append('\n');
    for (const BundleDocument &d : documents)
        out.append(d.content);
    return out;
}

Result<BundlePayload> BundlePayload::read(const QByteArray &payload)
{
    if (payload.size() > kMaxPayloadBytes)
        return Error {tr("The bundle's contents are too large (%1 bytes).").arg(payload.size())};
    const qsizetype newline = payload.indexOf('\n');
    const QByteArray json = newline < 0 ? payload : payload.left(newline);
    const QByteArrayView attachments
        = newline < 0 ? QByteArrayView() : QByteArrayView(payload).sliced(newline + 1);
    qsizetype attached = 0; // how far into the attachments the documents have reached
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("The bundle's contents are not JSON: %1 at byte %2.")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)};
    if (!doc.isObject())
        return Error {tr("The bundle's contents are not a JSON object.")};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != u"hearth-bundle")
        return Error {tr("format: not a Hearth bundle.")};
    if (root.value(QStringLiteral("formatVersion")).toInt(-1) != kFormatVersion)
        return Error {tr("formatVersion: %1 is not a version this office reads (it reads %2).")
                          .arg(root.value(QStringLiteral("formatVersion")).toVariant().toString())
                          .arg(kFormatVersion)};

    Reader r;
    BundlePayload out;
    const QJsonObject m = root.value(QStringLiteral("manifest")).toObject();
    const QString mp = QStringLiteral("manifest");
    QString createdAt;
    qint64 count = 0;
    r.uuid(m, mp, QStringLiteral("deviceId"), out.manifest.deviceId);
    r.string(m, mp, QStringLiteral("practitioner"), out.manifest.practitioner);
    r.integer(m, mp, QStringLiteral("sequence"), out.manifest.sequence, 1);
    if (r.string(m, mp, QStringLiteral("createdAt"), createdAt)) {
        out.manifest.createdAt = QDateTime::fromString(createdAt, Qt::ISODate);
        if (!out.manifest.createdAt.isValid())
            r.fail(
                mp + QStringLiteral(".createdAt"), tr("not a date and time: '%1'").arg(createdAt));
    }
    r.integer(m, mp, QStringLiteral("recordCount"), count, 0);
    out.manifest.recordCount = count;
    r.string(m, mp, QStringLiteral("contentHash"), out.manifest.contentHash);
    qint64 documentCount = 0;
    r.integer(m, mp, QStringLiteral("documentCount"), documentCount, 0);
    out.manifest.documentCount = documentCount;

    const QJsonValue recordsValue = root.value(QStringLiteral("records"));
    if (!recordsValue.isArray())
        r.fail(QStringLiteral("records"), tr("missing or not a list"));
    const QJsonArray records = recordsValue.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString path = QStringLiteral("records[%1]").arg(i);
        const QJsonObject o = records.at(i).toObject();
        BundleRecord record;
        qint64 version = 0;
        if (r.string(o, path, QStringLiteral("kind"), record.kind)
            && !kRecordKinds.contains(record.kind))
            r.fail(path + QStringLiteral(".kind"), tr("unknown kind '%1'").arg(record.kind));
        r.uuid(o, path, QStringLiteral("id"), record.id);
        qint64 base = 0;
        r.integer(o, path, QStringLiteral("version"), version, 1);
        r.integer(o, path, QStringLiteral("baseVersion"), base, 0);
        if (base > version)
            r.fail(path + QStringLiteral(".baseVersion"), tr("later than the version itself"));
        record.version = int(std::min<qint64>(version, std::numeric_limits<int>::max()));
        record.baseVersion = int(std::min<qint64>(base, record.version));
        const QJsonValue deleted = o.value(QStringLiteral("deleted"));
        if (!deleted.isUndefined() && deleted != QJsonValue(true))
            r.fail(path + QStringLiteral(".deleted"), tr("present but not true"));
        record.deleted = deleted == QJsonValue(true);
        if (record.deleted == o.contains(QStringLiteral("data")))
            r.fail(path + QStringLiteral(".data"),
                record.deleted ? tr("a deleted record has no data")
                               : tr("missing or not an object"));
        else if (!record.deleted && !o.value(QStringLiteral("data")).isObject())
            r.fail(path + QStringLiteral(".data"), tr("missing or not an object"));
        record.data = o.value(QStringLiteral("data")).toObject();
        const QString key = record.kind + u'/' + record.id.toString();
        if (seen.contains(key))
            r.fail(path + QStringLiteral(".id"), tr("the same record twice"));
        seen.insert(key);
        out.records.append(record);
    }

    const QJsonValue documentsValue = root.value(QStringLiteral("documents"));
    if (!documentsValue.isArray())
        r.fail(QStringLiteral("documents"), tr("missing or not a list"));
    const QJsonArray documents = documentsValue.toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString path = QStringLiteral("documents[%1]").arg(i);
        const QJsonObject o = documents.at(i).toObject();
        BundleDocument document;
        qint64 version = 0;
        QString sha;
        qint64 size = 0;
        r.uuid(o, path, QStringLiteral("assessmentId"), document.assessmentId);
        r.integer(o, path, QStringLiteral("assessmentVersion"), version, 1);
        document.assessmentVersion
            = int(std::min<qint64>(version, std::numeric_limits<int>::max()));
        if (r.string(o, path, QStringLiteral("kind"), document.kind)
            && !kDocumentKinds.contains(document.kind))
            r.fail(path + QStringLiteral(".kind"), tr("unknown kind '%1'").arg(document.kind));
        r.string(o, path, QStringLiteral("fileName"), document.fileName);
        r.string(o, path, QStringLiteral("sha256"), sha);
        if (r.integer(o, path, QStringLiteral("size"), size, 1) && r.problem.isEmpty()) {
            if (size > attachments.size() - attached) {
                r.fail(path + QStringLiteral(".size"),
                    tr("%1 bytes, more than the bundle holds after its JSON").arg(size));
                break;
            }
            document.content = attachments.sliced(attached, size).toByteArray();
            attached += size;
            if (!document.content.startsWith("%PDF-"))
                r.fail(path + QStringLiteral(".size"), tr("the bytes there are not a PDF"));
            else if (document.sha256() != sha)
                r.fail(path + QStringLiteral(".sha256"), tr("does not match the content"));
            else
                document.knownSha256 = sha;
        }
        out.documents.append(document);
    }

    if (r.problem.isEmpty() && attached != attachments.size())
        r.fail(QStringLiteral("documents"),
            tr("%1 bytes follow the JSON that no document accounts for")
                .arg(attachments.size() - attached));
    if (!r.problem.isEmpty())
        return Error {r.problem};
    if (out.manifest.documentCount != out.documents.size())
        return Error {tr("manifest.documentCount: says %1 documents, the bundle holds %2.")
                          .arg(out.manifest.documentCount)
                          .arg(out.documents.size())};
    if (out.manifest.recordCount != out.records.size())
        return Error {tr("manifest.recordCount: says %1 records, the bundle holds %2.")
                          .arg(out.manifest.recordCount)
                          .arg(out.records.size())};
    if (hashOf(out.records) != out.manifest.contentHash)
        return Error {tr("manifest.contentHash: the records do not match their hash.")};
    return out;
}

} // namespace hearth::sync
