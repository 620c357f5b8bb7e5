// The inside of a sync bundle (issue 5): versioned JSON with a manifest whose count and hash
// must match the records. Reading refuses anything else, naming the JSON path.

#include "samplepayload.h"
#include "sync/bundleenvelope.h"
#include "sync/bundlepayload.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth;
using namespace hearth::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

BundlePayload sample()
{
    return testing::samplePayload(QUuid::fromString(u"3f1c2a9e-1d4b-4e7a-9c55-0b6d8e2f7a41"_s));
}

// The written payload with one change made to its JSON; the PDFs after it are kept.
QByteArray edited(const std::function<void(QJsonObject &)> &change)
{
    BundlePayload payload = sample();
    const QByteArray written = payload.write();
    const QByteArray json = BundlePayload::jsonPart(written);
    QJsonObject root = QJsonDocument::fromJson(json).object();
    change(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + written.mid(json.size());
}

} // namespace

class TestBundlePayload : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void throughTheEnvelope();
    void refusals_data();
    void refusals();
};

void TestBundlePayload::roundTrip()
{
    BundlePayload payload = sample();
    const QByteArray json = payload.write();
    QCOMPARE(payload.manifest.recordCount, 3);
    QCOMPARE(payload.manifest.documentCount, 1);
    QCOMPARE(payload.manifest.contentHash.size(), 64);
    const auto read = BundlePayload::read(json);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->manifest, payload.manifest);
    QCOMPARE(read->records, payload.records);
    QCOMPARE(read->documents, payload.documents);
    QVERIFY(read->records.at(2).deleted);
    QCOMPARE(read->records.at(0).baseVersion, 2);
    // Writing again gives the same bytes: the hash is of a canonical form.
    BundlePayload again = read.value();
    QCOMPARE(again.write(), json);
    // Left for tst_bundleschema, which checks it against database/schema/bundle.schema.json.
    QVERIFY(QDir().mkpath(QStringLiteral(HEARTH_BUNDLE_WRITTEN)));
    QFile out(QDir(QStringLiteral(HEARTH_BUNDLE_WRITTEN)).filePath(u"sample.json"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray line = BundlePayload::jsonPart(json);
    QVERIFY(line.size() < json.size()); // the PDF follows the JSON
    QCOMPARE(out.write(line), line.size());
}

void TestBundlePayload::throughTheEnvelope()
{
    auto office = OfficeKeys::generate();
    auto laptop = DeviceKeys::generate(sample().manifest.deviceId);
    QVERIFY(office && laptop);
    BundlePayload payload = sample();
    auto sealed = BundleEnvelope::seal(payload.write(), laptop.value(), office->publicKey);
    QVERIFY(sealed);
    const QByteArray key = laptop->publicKey;
    auto opened = BundleEnvelope::open(sealed.value(), office.value(),
        [&](const QUuid &) -> std::optional<QByteArray> { return key; });
    QVERIFY2(opened, qPrintable(opened.error()));
    const auto read = BundlePayload::read(opened->payload);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->records, payload.records);
}

void TestBundlePayload::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"format\":") << u"not JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1,2]") << u"not a JSON object"_s;
    QTest::newRow("format") << edited([](QJsonObject &o) { o[u"format"_s] = u"zip"_s; })
                            << u"format: not a Hearth bundle"_s;
    QTest::newRow("version") << edited([](QJsonObject &o) { o[u"formatVersion"_s] = 2; })
                             << u"formatVersion: 2"_s;
    QTest::newRow("device") << edited([](QJsonObject &o) {
        QJsonObject m = o[u"manifest"_s].toObject();
        m[u"deviceId"_s] = u"laptop-7"_s;
        o[u"manifest"_s] = m;
    }) << u"manifest.deviceId: not a UUID"_s;
    QTest::newRow("sequence") << edited([](QJsonObject &o) {
        QJsonObject m = o[u"manifest"_s].toObject();
        m[u"sequence"_s] = 0;
        o[u"manifest"_s] = m;
    }) << u"manifest.sequence"_s;
    // Found by fuzz_bundle: a number past qint64 was converted before being checked.
    QTest::newRow("huge sequence") << edited([](QJsonObject &o) {
        QJsonObject m = o[u"manifest"_s].toObject();
        m[u"sequence"_s] = 1e300;
        o[u"manifest"_s] = m;
    }) << u"manifest.sequence: missing or not a whole number"_s;
    QTest::newRow("count") << edited([](QJsonObject &o) {
        QJsonObject m = o[u"manifest"_s].toObject();
        m[u"recordCount"_s] = 2;
        o[u"manifest"_s] = m;
    }) << u"manifest.recordCount: says 2 records, the bundle holds 3"_s;
    QTest::newRow("hash") << edited([](QJsonObject &o) {
        QJsonArray records = o[u"records"_s].toArray();
        QJsonObject first = records.at(0).toObject();
        QJsonObject data = first[u"data"_s].toObject();
        data[u"familyName"_s] = u"Prichard"_s;
        first[u"data"_s] = data;
        records[0] = first;
        o[u"records"_s] = records;
    }) << u"manifest.contentHash"_s;
    QTest::newRow("kind") << edited([](QJsonObject &o) {
        QJsonArray records = o[u"records"_s].toArray();
        QJsonObject first = records.at(1).toObject();
        first[u"kind"_s] = u"invoice"_s;
        records[1] = first;
        o[u"records"_s] = records;
    }) << u"records[1].kind: unknown kind 'invoice'"_s;
    QTest::newRow("twice") << edited([](QJsonObject &o) {
        QJsonArray records = o[u"records"_s].toArray();
        records.append(records.at(0));
        o[u"records"_s] = records;
    }) << u"records[3].id: the same record twice"_s;
    auto record = [](int index, const std::function<void(QJsonObject &)> &change) {
        return edited([=](QJsonObject &o) {
            QJsonArray records = o[u"records"_s].toArray();
            QJsonObject r = records.at(index).toObject();
            change(r);
            records[index] = r;
            o[u"records"_s] = records;
        });
    };
    QTest::newRow("base after version")
        << record(0, [](QJsonObject &r) { r[u"baseVersion"_s] = 5; })
        << u"records[0].baseVersion: later than the version itself"_s;
    QTest::newRow("no base") << record(0, [](QJsonObject &r) { r.remove(u"baseVersion"_s); })
                             << u"records[0].baseVersion: missing"_s;
    QTest::newRow("deleted with data") << record(0, [](QJsonObject &r) { r[u"deleted"_s] = true; })
                                       << u"records[0].data: a deleted record has no data"_s;
    QTest::newRow("deleted false") << record(2, [](QJsonObject &r) { r[u"deleted"_s] = false; })
                                   << u"records[2].deleted: present but not true"_s;
    auto document = [](const std::function<void(QJsonObject &)> &change) {
        return edited([=](QJsonObject &o) {
            QJsonArray documents = o[u"documents"_s].toArray();
            QJsonObject d = documents.at(0).toObject();
            change(d);
            documents[0] = d;
            o[u"documents"_s] = documents;
        });
    };
    QTest::newRow("document changed")
        << document([](QJsonObject &d) { d[u"sha256"_s] = QString(64, u'0'); })
        << u"documents[0].sha256: does not match the content"_s;
    QTest::newRow("document too long")
        << document([](QJsonObject &d) { d[u"size"_s] = d[u"size"_s].toInt() + 1; })
        << u"documents[0].size: 42 bytes, more than the bundle holds after its JSON"_s;
    QTest::newRow("document too short")
        << document([](QJsonObject &d) { d[u"size"_s] = d[u"size"_s].toInt() - 1; })
        << u"documents[0].sha256: does not match the content"_s;
    QTest::newRow("document not a PDF") << edited([](QJsonObject &) {}).replace("%PDF-", "<html")
                                        << u"documents[0].size: the bytes there are not a PDF"_s;
    QTest::newRow("no documents, bytes after") << edited([](QJsonObject &o) {
        o[u"documents"_s] = QJsonArray();
        QJsonObject m = o[u"manifest"_s].toObject();
        m[u"documentCount"_s] = 0;
        o[u"manifest"_s] = m;
    }) << u"documents: 41 bytes follow the JSON that no document accounts for"_s;
    QTest::newRow("document kind") << document([](QJsonObject &d) { d[u"kind"_s] = u"letter"_s; })
                                   << u"documents[0].kind: unknown kind 'letter'"_s;
    QTest::newRow("document count") << edited([](QJsonObject &o) {
        QJsonObject m = o[u"manifest"_s].toObject();
        m[u"documentCount"_s] = 0;
        o[u"manifest"_s] = m;
    }) << u"manifest.documentCount: says 0 documents, the bundle holds 1"_s;
}

void TestBundlePayload::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto read = BundlePayload::read(json);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(message), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestBundlePayload)
#include "tst_bundlepayload.moc"
