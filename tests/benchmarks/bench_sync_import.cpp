// Sync's import target (issue 5), measured, never asserted: the office importing a busy
// period's bundles, into PostgreSQL (the deployment; a real server started here) and into an
// SQLite file (the embedded default).
//
//   import   OfficeDatabase::importBundle of every bundle in turn, into a fresh office
//            database with the laptops enrolled: opened (X25519), signature checked
//            (Ed25519), the JSON read and checked, each record's version looked up, kept and
//            made current, the bundle recorded, conflicts counted, one transaction each
//            raw: the same rows (record_versions, records, bundles) into a fresh database with
//            the same schema, with plain prepared INSERTs, one transaction per bundle, the
//            bodies and hashes already worked out: no opening, no checking, no JSON, no
//            lookups
//
// 1,000 bundles (or the number given as the first argument) of 10 assessments each: copies
// of the sample cases with fresh ids (person, network members, assessment, plan), from three
// laptops. Records only: the printouts a real bundle carries are exported in
// bench_sync_export, and 20,000 PDFs would not fit in memory here. Each bundle is timed on its
// own and the times summed; building and sealing the bundles is not timed.
//
// Run with tests/benchmarks/run (or ./dev bench). Target: import >= 200 assessments/s into
// PostgreSQL, <= 5x raw.
//
// This links QtSql and never SQLCipher (DESIGN, "Pitfalls"): the laptop's side is
// bench_sync_export.
#include "figures.h"
#include "officedatabase.h"
#include "officetest.h"
#include "postgresserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace hearth;
using namespace hearth::benchfigures;
using namespace hearth::office;
using namespace hearth::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kCasesPerBundle = 10;

using Laptops = std::vector<officetest::Laptop>; // keys are move-only

void fail(const char *what, const QString &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error));
    std::exit(1);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One row of record_versions (and of records), as the import writes it.
struct RawRecord
{
    QString kind;
    QString id;
    int version = 0;
    int baseVersion = 0;
    QByteArray body; // compact JSON, UTF-8
    QString hash;
};

struct Bundle
{
    int laptop = 0;
    qint64 sequence = 0;
    int assessments = 0;
    QByteArray sealed;
    QString payloadHash;
    QString createdAt;
    QList<RawRecord> records;
};

// A sample case's records as its bundle carries them, with every id replaced by a fresh one,
// consistently across the case, so each copy is new to the office and links up as the
// original does.
QList<BundleRecord> withFreshIds(const QList<BundleRecord> &records)
{
    static const QRegularExpression uuid(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s,
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> fresh;
    const auto renamed = [&](const QString &old) -> QString {
        const QString key = old.toLower();
        auto it = fresh.find(key);
        if (it == fresh.end())
            it = fresh.insert(key, idText(QUuid::createUuid()));
        return *it;
    };
    QList<BundleRecord> out;
    for (BundleRecord r : records) {
        r.id = QUuid::fromString(renamed(idText(r.id)));
        const QString text
            = QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Compact));
        QString copy;
        copy.reserve(text.size());
        qsizetype from = 0;
        for (auto it = uuid.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            copy += QStringView(text).mid(from, match.capturedStart() - from);
            copy += renamed(match.captured());
            from = match.capturedEnd();
        }
        copy += QStringView(text).mid(from);
        r.data = QJsonDocument::fromJson(copy.toUtf8()).object();
        out << r;
    }
    return out;
}

QList<Bundle> makeBundles(
    int count, const Laptops &laptops, const OfficeKeys &office, qint64 *sealedBytes)
{
    QList<QList<BundleRecord>> samples;
    const QDir cases(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    for (const QString &name :
        cases.entryList({u"adult-*.json"_s, u"carer-*.json"_s}, QDir::Files, QDir::Name))
        samples << officetest::recordsOf(officetest::sampleCase(name));

    const QString createdAt
        = QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC).toString(Qt::ISODate);
    QList<Bundle> bundles;
    bundles.reserve(count);
    *sealedBytes = 0;
    for (int b = 0; b < count; ++b) {
        Bundle bundle;
        bundle.laptop = b % int(laptops.size());
        bundle.sequence = b / int(laptops.size()) + 1;
        bundle.createdAt = createdAt;
        QList<BundleRecord> records;
        for (int c = 0; c < kCasesPerBundle; ++c)
            records << withFreshIds(samples.at((b * kCasesPerBundle + c) % samples.size()));
        for (const BundleRecord &r : std::as_const(records)) {
            const QByteArray body = QJsonDocument(r.data).toJson(QJsonDocument::Compact);
            bundle.records.append({r.kind, idText(r.id), r.version, r.baseVersion, body,
                QString::fromLatin1(
                    QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())});
            if (r.kind == u"assessment")
                ++bundle.assessments;
        }
        const officetest::Laptop &laptop = laptops.at(bundle.laptop);
        BundlePayload payload;
        payload.manifest.deviceId = laptop.keys.deviceId;
        payload.manifest.practitioner = laptop.practitioner;
        payload.manifest.sequence = bundle.sequence;
        payload.manifest.createdAt = QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC);
        payload.records = std::move(records);
        const QByteArray json = payload.write();
        bundle.payloadHash = QString::fromLatin1(
            QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        auto sealed = BundleEnvelope::seal(json, laptop.keys, office.publicKey);
        if (!sealed)
            fail("sealing a bundle", sealed.error());
        bundle.sealed = std::move(sealed).value();
        *sealedBytes += bundle.sealed.size();
        bundles << std::move(bundle);
    }
    return bundles;
}

// Where a slow run spends its time: the mean of each tenth of the bundles, on stderr.
void progress(const char *what, const QList<double> &ms, qsizetype total)
{
    const qsizetype tenth = std::max<qsizetype>(1, total / 10);
    if (ms.size() % tenth != 0)
        return;
    const double mean = std::accumulate(ms.end() - tenth, ms.end(), 0.0) / double(tenth);
    std::fprintf(stderr, "  %s: %lld of %lld bundles, the last %lld at %.1f ms each\n", what,
        qint64(ms.size()), qint64(total), qint64(tenth), mean);
}

std::unique_ptr<OfficeDatabase> freshOffice(
    const QString &target, const Laptops &laptops, const OfficeKeys &office)
{
    auto db = OfficeDatabase::open(target);
    if (!db)
        fail("opening the office database", db.error());
    for (const officetest::Laptop &laptop : laptops) {
        if (Status s = (*db)->enrolDevice(laptop.publicKey(office), office.publicHalf()); !s)
            fail("enrolling a laptop", s.error());
    }
    return std::move(db).value();
}

Figures importAll(const char *what, const QString &target, const QList<Bundle> &bundles,
    const Laptops &laptops, const OfficeKeys &office)
{
    std::unique_ptr<OfficeDatabase> db = freshOffice(target, laptops, office);
    QList<double> ms;
    ms.reserve(bundles.size());
    QElapsedTimer timer;
    for (const Bundle &bundle : bundles) {
        timer.start();
        auto imported = db->importBundle(bundle.sealed, office);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (!imported)
            fail("importing a bundle", imported.error());
        if (imported->already || imported->records != bundle.records.size()
            || imported->conflicts != 0)
            fail("importing a bundle", u"not imported as a new bundle of new records"_s);
        progress(what, ms, bundles.size());
    }
    return figuresOf(ms);
}

// The same rows with plain prepared INSERTs, on a connection of our own to a database made
// with the office's schema.
Figures insertRaw(
    const char *what, QSqlDatabase database, const QList<Bundle> &bundles, const Laptops &laptops)
{
    if (!database.open())
        fail("raw: opening the database", database.lastError().text());
    if (database.driverName() == u"QSQLITE") {
        // As the office database runs SQLite.
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                 u"PRAGMA foreign_keys=ON"_s}) {
            QSqlQuery query(database);
            if (!query.exec(pragma))
                fail("raw: pragma", query.lastError().text());
        }
    }
    QSqlQuery insertVersion(database), insertCurrent(database), insertBundle(database);
    if (!insertVersion.prepare(u"INSERT INTO record_versions (kind, record_id, version, "
                               "device_id, base_version, content_hash, deleted, body) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        || !insertCurrent.prepare(u"INSERT INTO records (kind, record_id, version, device_id, "
                                  "deleted, body) VALUES (?, ?, ?, ?, ?, ?)"_s)
        || !insertBundle.prepare(u"INSERT INTO bundles (device_id, sequence, payload_hash, "
                                 "practitioner, created_at, record_count, document_count, "
                                 "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s))
        fail("raw: preparing", database.lastError().text());
    QStringList devices;
    for (const officetest::Laptop &laptop : laptops)
        devices << idText(laptop.keys.deviceId);
    const auto exec = [](QSqlQuery &query, const QVariantList &values) {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (!query.exec())
            fail("raw: inserting", query.lastError().text());
    };

    QList<double> ms;
    ms.reserve(bundles.size());
    QElapsedTimer timer;
    for (const Bundle &bundle : bundles) {
        // The bodies as the import binds them (text), worked out before the clock starts.
        QList<QString> bodies;
        bodies.reserve(bundle.records.size());
        for (const RawRecord &r : bundle.records)
            bodies << QString::fromUtf8(r.body);
        const QString device = devices.at(bundle.laptop);
        const QString importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

        timer.start();
        if (!database.transaction())
            fail("raw: transaction", database.lastError().text());
        for (qsizetype i = 0; i < bundle.records.size(); ++i) {
            const RawRecord &r = bundle.records.at(i);
            exec(insertVersion,
                {r.kind, r.id, r.version, device, r.baseVersion, r.hash, 0, bodies.at(i)});
            exec(insertCurrent, {r.kind, r.id, r.version, device, 0, bodies.at(i)});
        }
        exec(insertBundle,
            {device, bundle.sequence, bundle.payloadHash, laptops.at(bundle.laptop).practitioner,
                bundle.createdAt, int(bundle.records.size()), 0, importedAt});
        if (!database.commit())
            fail("raw: commit", database.lastError().text());
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        progress(what, ms, bundles.size());
    }
    return figuresOf(ms);
}

void row(const char *target, int bundles, int assessments, const Figures &hearth,
    const Figures &raw, const char *goal)
{
    std::printf("| Import %d bundles of %d assessments into %s | %.2f | %.2f | %.2f | %.2f | "
                "%.1f / %.1f | %.1f× | %.0f | %s |\n",
        bundles, assessments / std::max(1, bundles), target, hearth.p50, hearth.p99, raw.p50,
        raw.p99, hearth.totalMs / 1000, raw.totalMs / 1000,
        raw.totalMs > 0 ? hearth.totalMs / raw.totalMs : 0.0,
        hearth.totalMs > 0 ? assessments / (hearth.totalMs / 1000) : 0.0, goal);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;

    auto keys = OfficeKeys::generate();
    if (!keys)
        fail("office keys", keys.error());
    const OfficeKeys office = std::move(keys).value();
    Laptops laptops;
    laptops.push_back(
        officetest::laptop("11111111-1111-4111-8111-111111111111", u"Hannah Ellis"_s));
    laptops.push_back(officetest::laptop("22222222-2222-4222-8222-222222222222", u"Tomos Rees"_s));
    laptops.push_back(officetest::laptop("33333333-3333-4333-8333-333333333333", u"Priya Shah"_s));

    QElapsedTimer building;
    building.start();
    qint64 sealedBytes = 0;
    const QList<Bundle> bundles = makeBundles(count, laptops, office, &sealedBytes);
    int assessments = 0;
    qint64 records = 0;
    for (const Bundle &b : bundles) {
        assessments += b.assessments;
        records += b.records.size();
    }
    std::fprintf(stderr, "  %d bundles built and sealed in %.1f s\n", count,
        double(building.nsecsElapsed()) / 1e9);

    QTemporaryDir dir;
    if (!dir.isValid())
        fail("temporary folder", dir.errorString());

    std::printf("Office import of %d bundles from %lld laptops: %d assessments, %lld records, "
                "%.1f MB sealed. Milliseconds per bundle, seconds in all.\n\n",
        count, qint64(laptops.size()), assessments, records, double(sealedBytes) / 1e6);
    std::printf("| Work | Hearth p50 | Hearth p99 | Raw p50 | Raw p99 | Total s (Hearth / raw) | "
                "Ratio (total) | Assessments/s | Target |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    std::fflush(stdout);

    test::PostgresServer postgres;
    const QString started = postgres.start();
    if (!started.isEmpty()) {
        std::printf("| Import into PostgreSQL | not run: %s | | | | | | | |\n",
            qPrintable(started.simplified()));
    } else {
        const Figures hearth = importAll(
            "postgresql import", postgres.url(u"office_import"_s), bundles, laptops, office);
        freshOffice(postgres.url(u"office_raw"_s), laptops, office).reset();
        Figures raw;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw-postgresql"_s);
            database.setHostName(postgres.host());
            database.setPort(postgres.port());
            database.setUserName(postgres.user());
            database.setDatabaseName(u"office_raw"_s);
            raw = insertRaw("postgresql raw", database, bundles, laptops);
            database.close();
        }
        QSqlDatabase::removeDatabase(u"raw-postgresql"_s);
        row("PostgreSQL", count, assessments, hearth, raw, "≥ 200 assessments/s, ≤ 5× raw");
    }
    {
        const Figures hearth = importAll(
            "sqlite import", dir.filePath(u"import.sqlite"_s), bundles, laptops, office);
        const QString rawFile = dir.filePath(u"raw.sqlite"_s);
        freshOffice(rawFile, laptops, office).reset();
        Figures raw;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-sqlite"_s);
            database.setDatabaseName(rawFile);
            raw = insertRaw("sqlite raw", database, bundles, laptops);
            database.close();
        }
        QSqlDatabase::removeDatabase(u"raw-sqlite"_s);
        row("SQLite", count, assessments, hearth, raw, "≤ 5× raw");
    }
    return 0;
}
