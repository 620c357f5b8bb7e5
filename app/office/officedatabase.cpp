#include "officedatabase.h"

#include "sync/bundleenvelope.h"
#include "sync/bundlepayload.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>

// Outside the namespace, as Q_INIT_RESOURCE requires.
static void initOfficeResources()
{
    Q_INIT_RESOURCE(hearth_office_migrations);
}

using namespace Qt::Literals::StringLiterals;

namespace hearth::office {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// database/office/NNNN_name.sql, embedded; statements end with ";" at the end of a line.
QList<QStringList> migrations(bool postgres)
{
    initOfficeResources();
    QList<QStringList> out;
    const QDir dir(u":/hearth/office-migrations"_s);
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            break;
        QString sql = QString::fromUtf8(file.readAll());
        sql.replace(u"${BLOB}"_s, postgres ? u"BYTEA"_s : u"BLOB"_s);
        QStringList statements;
        QString current;
        for (const QString &line : sql.split(u'\n')) {
            if (line.trimmed().startsWith(u"--"))
                continue;
            current += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                statements << current.trimmed();
                current.clear();
            }
        }
        out << statements;
    }
    return out;
}

QAtomicInt connectionCounter;

// Every pair of two laptops' versions of one record that conflict (OfficeDatabase::conflicts):
// their ranges (base, version] overlap, or they hold different contents at one version.
// `restriction`, when given, is ANDed in before the conflict condition.
QString conflictingVersionsSql(const QString &restriction = {})
{
    return u"SELECT a.kind, a.record_id, a.device_id, a.base_version, a.version, "
           "b.device_id, b.base_version, b.version FROM record_versions a "
           "JOIN record_versions b ON a.kind = b.kind AND a.record_id = b.record_id "
           "AND a.device_id < b.device_id WHERE "_s
        + restriction
        + u"((CASE WHEN a.base_version > b.base_version THEN a.base_version "
          "ELSE b.base_version END) < (CASE WHEN a.version < b.version "
          "THEN a.version ELSE b.version END) "
          "OR (a.version = b.version AND a.content_hash <> b.content_hash))"_s;
}

} // namespace

struct OfficeDatabase::Private
{
    QString connectionName;
    QString target;
    bool postgres = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    Error failure(const QSqlQuery &query) const
    {
        return Error {OfficeDatabase::tr("The office database %1 could not be used: %2")
                          .arg(target, query.lastError().text())};
    }
    Error failure(const QSqlDatabase &database) const
    {
        return Error {OfficeDatabase::tr("The office database %1 could not be used: %2")
                          .arg(target, database.lastError().text())};
    }

    // A prepared statement with its values bound in order, run once.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        // Without values, run as it is: PostgreSQL cannot prepare every statement (LOCK).
        if (values.isEmpty()) {
            if (!query.exec(sql))
                return failure(query);
            return query;
        }
        if (!query.prepare(sql))
            return failure(query);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (!query.exec())
            return failure(query);
        return query;
    }

    Result<int> schemaVersion() const
    {
        if (!db().tables().contains(u"office_meta"_s))
            return 0;
        auto query = run(u"SELECT meta_value FROM office_meta WHERE meta_key = 'schema_version'"_s);
        if (!query)
            return Error {query.error()};
        return query->next() ? query->value(0).toString().toInt() : 0;
    }

    Status migrate()
    {
        auto version = schemaVersion();
        if (!version)
            return Error {version.error()};
        const QList<QStringList> all = migrations(postgres);
        if (*version > all.size())
            return Error {OfficeDatabase::tr("The office database %1 was made by a newer "
                                             "hearth-office (schema %2; this one knows %3). "
                                             "Update hearth-office.")
                              .arg(target)
                              .arg(*version)
                              .arg(all.size())};
        if (*version == all.size())
            return {};
        QSqlDatabase database = db();
        if (!database.transaction())
            return failure(database);
        for (qsizetype i = *version; i < all.size(); ++i) {
            for (const QString &statement : all.at(i)) {
                QSqlQuery query(database);
                if (!query.exec(statement)) {
                    Error e = failure(query);
                    database.rollback();
                    return e;
                }
            }
        }
        const QString stamp = *version == 0
            ? u"INSERT INTO office_meta (meta_key, meta_value) VALUES ('schema_version', ?)"_s
            : u"UPDATE office_meta SET meta_value = ? WHERE meta_key = 'schema_version'"_s;
        if (auto q = run(stamp, {QString::number(all.size())}); !q) {
            database.rollback();
            return Error {q.error()};
        }
        if (!database.commit())
            return failure(database);
        return {};
    }

    Result<QString> practitionerOf(const QUuid &deviceId) const
    {
        auto query
            = run(u"SELECT practitioner FROM devices WHERE device_id = ?"_s, {idText(deviceId)});
        if (!query)
            return Error {query.error()};
        return query->next() ? query->value(0).toString() : QString();
    }
};

OfficeDatabase::OfficeDatabase(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

OfficeDatabase::~OfficeDatabase()
{
    const QString name = d->connectionName;
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int OfficeDatabase::latestSchemaVersion()
{
    return int(migrations(false).size());
}

Result<std::unique_ptr<OfficeDatabase>> OfficeDatabase::open(const QString &target)
{
    auto p = std::make_unique<Private>();
    p->connectionName = u"hearth-office-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    const bool url = target.startsWith(u"postgresql://") || target.startsWith(u"postgres://");
    p->postgres = url;
    QSqlDatabase database;
    if (url) {
        const QUrl parsed(target, QUrl::StrictMode);
        const QString name = parsed.path().mid(1);
        if (!parsed.isValid() || parsed.host().isEmpty() || name.isEmpty() || name.contains(u'/'))
            return Error {tr("%1 is not a PostgreSQL address: write it as "
                             "postgresql://USER@HOST:PORT/DATABASE.")
                              .arg(target)};
        p->target = u"postgresql://%1%2:%3/%4"_s
                        .arg(parsed.userName().isEmpty() ? QString() : parsed.userName() + u'@',
                            parsed.host())
                        .arg(parsed.port(5432))
                        .arg(name); // never the password, which may be in the URL
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            return Error {tr("Qt's PostgreSQL driver (QPSQL) is not installed: install "
                             "libqt6sql6-psql.")};
        database = QSqlDatabase::addDatabase(u"QPSQL"_s, p->connectionName);
        database.setHostName(parsed.host());
        database.setPort(parsed.port(5432));
        database.setUserName(parsed.userName());
        database.setPassword(parsed.password());
        database.setDatabaseName(name);
        QStringList options;
        const QUrlQuery query(parsed);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            options << key + u'=' + value;
        options << u"application_name=hearth-office"_s;
        database.setConnectOptions(options.join(u';'));
        if (!database.open() && database.lastError().text().contains(u"does not exist")) {
            // First use: make the database itself, from the server's maintenance database.
            const QString maintenance = p->connectionName + u"-create"_s;
            {
                QSqlDatabase admin = QSqlDatabase::cloneDatabase(database, maintenance);
                admin.setDatabaseName(u"postgres"_s);
                if (admin.open()) {
                    QSqlQuery create(admin);
                    const QString quoted = u"\""_s + QString(name).replace(u'"', u"\"\""_s) + u'"';
                    create.exec(u"CREATE DATABASE "_s + quoted);
                }
                admin.close();
            }
            QSqlDatabase::removeDatabase(maintenance);
            database.open();
        }
    } else {
        p->target = QDir::toNativeSeparators(target);
        const QFileInfo info(target);
        if (!info.absoluteDir().exists())
            return Error {
                tr("The folder for the office database %1 does not exist.").arg(p->target)};
        if (info.exists() && !info.isFile())
            return Error {tr("%1 is not a database file.").arg(p->target)};
        if (info.exists() && info.size() > 0) {
            QFile file(target);
            if (file.open(QIODevice::ReadOnly) && !file.read(16).startsWith("SQLite format 3"))
                return Error {
                    tr("%1 is not an office database (not an SQLite file).").arg(p->target)};
        }
        database = QSqlDatabase::addDatabase(u"QSQLITE"_s, p->connectionName);
        database.setDatabaseName(target);
        database.open();
    }
    if (!database.isOpen()) {
        Error e {tr("The office database %1 could not be opened: %2")
                     .arg(p->target, database.lastError().text())};
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(p->connectionName);
        return e;
    }
    std::unique_ptr<OfficeDatabase> office(new OfficeDatabase(std::move(p)));
    if (!office->d->postgres) {
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                 u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=10000"_s}) {
            if (auto q = office->d->run(pragma); !q)
                return Error {q.error()};
        }
    }
    if (Status s = office->d->migrate(); !s)
        return Error {s.error()};
    return office;
}

Status OfficeDatabase::enrolDevice(
    const sync::DevicePublicKey &device, const sync::OfficePublicKey &office)
{
    if (device.officeFingerprint != office.fingerprint())
        return Error {tr("The laptop %1 (%2) enrolled with another office's key, not this "
                         "one: enrol it again with this office's office.pub.")
                          .arg(idText(device.deviceId), device.practitioner)};
    auto known = d->run(
        u"SELECT public_key FROM devices WHERE device_id = ?"_s, {idText(device.deviceId)});
    if (!known)
        return Error {known.error()};
    const QString key = QString::fromLatin1(device.signingKey.toBase64());
    if (known->next()) {
        if (known->value(0).toString() == key)
            return {};
        return Error {tr("The laptop %1 is already enrolled with a different key. If it was "
                         "reinstalled, give it a new store so it has a new device id.")
                          .arg(idText(device.deviceId))};
    }
    auto insert = d->run(u"INSERT INTO devices (device_id, practitioner, public_key, "
                         "enrolled_at) VALUES (?, ?, ?, ?)"_s,
        {idText(device.deviceId), device.practitioner, key, nowUtc()});
    if (!insert)
        return Error {insert.error()};
    return {};
}

Result<OfficeDatabase::Imported> OfficeDatabase::importBundle(
    const QByteArray &bundle, const sync::OfficeKeys &keys)
{
    // Every check that needs no writing comes first: envelope, signature, contents.
    QString lookupError;
    auto opened = sync::BundleEnvelope::open(
        bundle, keys, [&](const QUuid &deviceId) -> std::optional<QByteArray> {
            auto query = d->run(
                u"SELECT public_key FROM devices WHERE device_id = ?"_s, {idText(deviceId)});
            if (!query) {
                lookupError = query.error();
                return std::nullopt;
            }
            if (!query->next())
                return std::nullopt;
            return QByteArray::fromBase64(query->value(0).toString().toLatin1());
        });
    if (!lookupError.isEmpty())
        return Error {lookupError};
    if (!opened)
        return Error {opened.error()};
    auto payload = sync::BundlePayload::read(opened->payload);
    if (!payload)
        return Error {tr("The bundle's contents are not valid: %1").arg(payload.error())};
    const sync::BundleManifest &manifest = payload->manifest;
    if (manifest.deviceId != opened->deviceId)
        return Error {tr("The bundle's manifest names another laptop (%1) than the one that "
                         "signed it (%2).")
                          .arg(idText(manifest.deviceId), idText(opened->deviceId))};
    const QString device = idText(opened->deviceId);
    const QString payloadHash = sha256Hex(opened->payload);

    Imported result;
    result.deviceId = opened->deviceId;
    result.practitioner = manifest.practitioner;
    result.sequence = manifest.sequence;
    result.records = int(payload->records.size());
    result.documents = int(payload->documents.size());

    QSqlDatabase database = d->db();
    if (!database.transaction())
        return d->failure(database);
    auto rollback = [&](const QString &message) -> Error {
        database.rollback();
        return Error {message};
    };
    if (d->postgres) {
        // One importer at a time, so two office staff importing at once cannot interleave.
        if (auto q = d->run(u"LOCK TABLE bundles IN SHARE ROW EXCLUSIVE MODE"_s); !q)
            return rollback(q.error());
    }

    auto seen = d->run(u"SELECT payload_hash, imported_at FROM bundles WHERE device_id = ? "
                       "AND sequence = ?"_s,
        {device, manifest.sequence});
    if (!seen)
        return rollback(seen.error());
    QString importedAt = nowUtc();
    if (seen->next()) {
        if (seen->value(0).toString() != payloadHash)
            return rollback(tr("Bundle %1 from %2 was imported before with different contents: "
                               "this one is a replay or a forgery and was not imported.")
                                .arg(manifest.sequence)
                                .arg(manifest.practitioner));
        result.already = true;
        importedAt = seen->value(1).toString();
    } else {
        // Two round trips a record: PostgreSQL and the system SQLite (3.40; never SQLCipher
        // here) both take INSERT ... ON CONFLICT.
        QSqlQuery findVersion(database), insertVersion(database), upsertCurrent(database),
            findDocument(database), insertDocument(database), creditDocument(database);
        findVersion.prepare(u"SELECT content_hash FROM record_versions WHERE kind = ? AND "
                            "record_id = ? AND version = ? AND device_id = ?"_s);
        insertVersion.prepare(u"INSERT INTO record_versions (kind, record_id, version, "
                              "device_id, base_version, content_hash, deleted, body) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        // The current version: the highest, and between two laptops' equal versions the
        // lower device id, so any order of import gives the same answer.
        upsertCurrent.prepare(u"INSERT INTO records (kind, record_id, version, device_id, "
                              "deleted, body) VALUES (?, ?, ?, ?, ?, ?) "
                              "ON CONFLICT (kind, record_id) DO UPDATE SET "
                              "version = excluded.version, device_id = excluded.device_id, "
                              "deleted = excluded.deleted, body = excluded.body "
                              "WHERE excluded.version > records.version "
                              "OR (excluded.version = records.version "
                              "AND excluded.device_id < records.device_id)"_s);
        findDocument.prepare(u"SELECT 1 FROM documents WHERE assessment_id = ? AND kind = ? "
                             "AND sha256 = ?"_s);
        // The same printout, byte for byte, from two laptops (made within the same second):
        // kept once, credited as a record is on a tie, to the smaller device id, so the
        // database is the same whatever order the bundles arrive in.
        creditDocument.prepare(u"UPDATE documents SET device_id = ?, file_name = ? "
                               "WHERE assessment_id = ? AND kind = ? AND sha256 = ? "
                               "AND device_id > ?"_s);
        insertDocument.prepare(u"INSERT INTO documents (assessment_id, kind, sha256, "
                               "assessment_version, device_id, file_name, content) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        auto exec = [&](QSqlQuery &query, const QVariantList &values) -> bool {
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(int(i), values.at(i));
            return query.exec();
        };

        for (const sync::BundleRecord &record : payload->records) {
            const QString id = idText(record.id);
            const QVariant body = record.deleted
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(
                    QString::fromUtf8(QJsonDocument(record.data).toJson(QJsonDocument::Compact)));
            const QString hash = sha256Hex(body.toString().toUtf8());
            if (!exec(insertVersion,
                    {record.kind, id, record.version, device, record.baseVersion, hash,
                        record.deleted ? 1 : 0, body}))
                return rollback(d->failure(insertVersion).message);
            if (insertVersion.numRowsAffected() == 0) {
                // Had already: the same laptop sends a record again until a receipt reaches
                // it, and the same version must have the same content.
                if (!exec(findVersion, {record.kind, id, record.version, device}))
                    return rollback(d->failure(findVersion).message);
                const bool same = findVersion.next() && findVersion.value(0).toString() == hash;
                findVersion.finish();
                if (!same)
                    return rollback(tr("%1 %2 version %3 from %4 differs from the one it sent "
                                       "before; the bundle was not imported.")
                                        .arg(record.kind, id)
                                        .arg(record.version)
                                        .arg(manifest.practitioner));
                continue;
            }
            if (!exec(upsertCurrent,
                    {record.kind, id, record.version, device, record.deleted ? 1 : 0, body}))
                return rollback(d->failure(upsertCurrent).message);
        }
        for (const sync::BundleDocument &document : payload->documents) {
            const QString assessment = idText(document.assessmentId);
            const QString sha = document.sha256();
            if (!exec(findDocument, {assessment, document.kind, sha}))
                return rollback(d->failure(findDocument).message);
            const bool have = findDocument.next();
            findDocument.finish();
            if (have) {
                if (!exec(creditDocument,
                        {device, document.fileName, assessment, document.kind, sha, device}))
                    return rollback(d->failure(creditDocument).message);
                continue;
            }
            if (!exec(insertDocument,
                    {assessment, document.kind, sha, document.assessmentVersion, device,
                        document.fileName, document.content}))
                return rollback(d->failure(insertDocument).message);
        }
        auto insertBundle = d->run(u"INSERT INTO bundles (device_id, sequence, payload_hash, "
                                   "practitioner, created_at, record_count, document_count, "
                                   "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {device, manifest.sequence, payloadHash, manifest.practitioner,
                manifest.createdAt.toUTC().toString(Qt::ISODate), result.records, result.documents,
                importedAt});
        if (!insertBundle)
            return rollback(insertBundle.error());
    }

    // How many of this bundle's records are now in conflict, for the practitioner to hear:
    // the query of conflicts(), asked about this bundle's records only (through the index on
    // kind and record id), so an import does not slow down as the office's records grow.
    QMap<QString, QStringList> idsByKind;
    QSet<QString> inBundle;
    for (const sync::BundleRecord &record : payload->records) {
        const QString id = idText(record.id);
        if (!inBundle.contains(record.kind + u'/' + id)) {
            inBundle.insert(record.kind + u'/' + id);
            idsByKind[record.kind] << id;
        }
    }
    QSet<QString> conflicted;
    constexpr qsizetype kIdsPerQuery = 500; // well under SQLite's limit on bound values
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
        for (qsizetype at = 0; at < it.value().size(); at += kIdsPerQuery) {
            const QStringList ids = it.value().mid(at, kIdsPerQuery);
            QVariantList values {it.key()};
            for (const QString &id : ids)
                values << id;
            QStringList marks(ids.size(), u"?"_s);
            auto pairs
                = d->run(conflictingVersionsSql(
                             u"a.kind = ? AND a.record_id IN (%1) AND "_s.arg(marks.join(u", "))),
                    values);
            if (!pairs)
                return rollback(pairs.error());
            while (pairs->next())
                conflicted.insert(pairs->value(0).toString() + u'/' + pairs->value(1).toString());
        }
    }
    result.conflicts = int(conflicted.size());

    auto earlier = d->run(u"SELECT sequence FROM bundles WHERE device_id = ? AND sequence < ?"_s,
        {device, manifest.sequence});
    if (!earlier)
        return rollback(earlier.error());
    QSet<qint64> have;
    while (earlier->next())
        have.insert(earlier->value(0).toLongLong());
    for (qint64 s = 1; s < manifest.sequence && result.missingBefore.size() < 10; ++s) {
        if (!have.contains(s))
            result.missingBefore << s;
    }

    if (!database.commit())
        return d->failure(database);

    sync::ImportReceipt &receipt = result.receipt;
    receipt.officeFingerprint = sync::OfficeKeys::fingerprint(keys.publicKey);
    receipt.deviceId = opened->deviceId;
    receipt.sequence = manifest.sequence;
    receipt.payloadHash = payloadHash;
    receipt.contentHash = manifest.contentHash;
    receipt.importedAt = QDateTime::fromString(importedAt, Qt::ISODateWithMs);
    for (const sync::BundleRecord &record : payload->records)
        receipt.records.append({record.kind, record.id, record.version});
    for (const sync::BundleDocument &document : payload->documents)
        receipt.documents.append({document.assessmentId, document.kind, document.sha256()});
    receipt.conflicts = result.conflicts;
    return result;
}

Result<QList<Conflict>> OfficeDatabase::conflicts() const
{
    // Two laptops' versions of one record conflict when both changed it after the same point:
    // their ranges (base, version] overlap; or they hold different contents at one version.
    auto query = d->run(conflictingVersionsSql());
    if (!query)
        return Error {query.error()};
    // One entry per record and pair of laptops, with each laptop's latest such version.
    QMap<QString, Conflict> byKey;
    while (query->next()) {
        const QString key = query->value(0).toString() + u'/' + query->value(1).toString() + u'/'
            + query->value(2).toString() + u'/' + query->value(5).toString();
        Conflict &c = byKey[key];
        c.kind = query->value(0).toString();
        c.recordId = QUuid::fromString(query->value(1).toString());
        c.first.deviceId = QUuid::fromString(query->value(2).toString());
        c.second.deviceId = QUuid::fromString(query->value(5).toString());
        if (query->value(4).toInt() > c.first.version) {
            c.first.version = query->value(4).toInt();
            c.first.baseVersion = query->value(3).toInt();
        }
        if (query->value(7).toInt() > c.second.version) {
            c.second.version = query->value(7).toInt();
            c.second.baseVersion = query->value(6).toInt();
        }
    }
    QList<Conflict> out;
    QHash<QUuid, QString> practitioners;
    for (Conflict &c : byKey) {
        QJsonObject bodies[2];
        Conflict::Side *sides[2] = {&c.first, &c.second};
        for (int i = 0; i < 2; ++i) {
            if (!practitioners.contains(sides[i]->deviceId)) {
                auto name = d->practitionerOf(sides[i]->deviceId);
                if (!name)
                    return Error {name.error()};
                practitioners.insert(sides[i]->deviceId, *name);
            }
            sides[i]->practitioner = practitioners.value(sides[i]->deviceId);
            auto body = d->run(u"SELECT body FROM record_versions WHERE kind = ? AND "
                               "record_id = ? AND version = ? AND device_id = ?"_s,
                {c.kind, idText(c.recordId), sides[i]->version, idText(sides[i]->deviceId)});
            if (!body)
                return Error {body.error()};
            if (body->next())
                bodies[i] = QJsonDocument::fromJson(body->value(0).toString().toUtf8()).object();
        }
        QStringList keys = bodies[0].keys() + bodies[1].keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys) {
            if (bodies[0].value(k) != bodies[1].value(k))
                c.differingFields << k;
        }
        out.append(c);
    }
    return out;
}

Result<QString> OfficeDatabase::dump() const
{
    QString out;
    out += u"# hearth-office dump, schema %1\n"_s.arg(latestSchemaVersion());
    struct Section
    {
        const char *heading;
        QString sql;
    };
    // Canonical: every section in a total order, no import or enrolment times.
    const Section sections[] = {
        {"device", u"SELECT device_id, practitioner, public_key FROM devices ORDER BY device_id"_s},
        {"bundle",
            u"SELECT device_id, sequence, payload_hash, practitioner, created_at, "
            "record_count, document_count FROM bundles ORDER BY device_id, sequence"_s},
        {"record",
            u"SELECT kind, record_id, version, device_id, deleted, body FROM records "
            "ORDER BY kind, record_id"_s},
        {"version",
            u"SELECT kind, record_id, version, device_id, base_version, deleted, "
            "content_hash FROM record_versions ORDER BY kind, record_id, version, "
            "device_id"_s},
        {"document",
            u"SELECT assessment_id, kind, sha256, assessment_version, device_id, "
            "file_name FROM documents ORDER BY assessment_id, kind, sha256"_s},
    };
    for (const Section &section : sections) {
        auto query = d->run(section.sql);
        if (!query)
            return Error {query.error()};
        const int columns = query->record().count();
        while (query->next()) {
            QStringList fields {QString::fromLatin1(section.heading)};
            for (int i = 0; i < columns; ++i)
                fields << (query->isNull(i) ? u"-"_s : query->value(i).toString());
            out += fields.join(u'\t') + u'\n';
        }
    }
    auto all = conflicts();
    if (!all)
        return Error {all.error()};
    QStringList lines;
    for (const Conflict &c : *all)
        lines << u"conflict\t%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(c.kind, idText(c.recordId),
            idText(c.first.deviceId), QString::number(c.first.version), idText(c.second.deviceId),
            QString::number(c.second.version), c.differingFields.join(u','));
    std::sort(lines.begin(), lines.end());
    for (const QString &line : lines)
        out += line + u'\n';
    return out;
}

} // namespace hearth::office
