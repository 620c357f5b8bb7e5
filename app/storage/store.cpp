#include "store.h"

#include "storage/auditlog.h"
#include "storage/keyfile.h"
#include "storage/secret.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUuid>

#include <sodium.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

// Outside the namespace, as Q_INIT_RESOURCE requires. The migrations are linked into the
// static library; this keeps them reachable whatever the final program links.
static void initStorageResources()
{
    Q_INIT_RESOURCE(hearth_migrations);
}

namespace hearth {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct Migration
{
    int version = 0;
    QByteArray sql;
};

// database/migrations/NNNN_name.sql, embedded with qt_add_resources.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = [] {
        initStorageResources();
        QList<Migration> result;
        const QDir dir(u":/hearth/migrations"_s);
        const QStringList names = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            bool ok = false;
            const int version = name.section(u'_', 0, 0).toInt(&ok);
            QFile file(dir.filePath(name));
            if (!ok || version != int(result.size()) + 1 || !file.open(QIODevice::ReadOnly))
                break; // numbered without gaps, or not at all
            result.append({version, file.readAll()});
        }
        return result;
    }();
    return list;
}

// "x'<64 hex digits>'": SQLCipher's raw key form, so no PBKDF2 runs on an already random key.
SecretBytes rawKeySpec(const SecretBytes &dataKey)
{
    const std::size_t hexLength = dataKey.size() * 2;
    SecretBytes spec(hexLength + 4); // x ' hex ' NUL
    if (spec.isNull())
        return spec;
    auto *out = reinterpret_cast<char *>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, hexLength + 1, dataKey.data(), dataKey.size());
    out[hexLength + 2] = '\'';
    out[hexLength + 3] = '\0';
    return spec;
}

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    sqlite3 *take() { return std::exchange(db, nullptr); }
};

// Opens and keys `path`, then proves the key by reading the schema.
Status openKeyed(Connection &connection, const QString &path, const SecretBytes &dataKey, int flags)
{
    const QByteArray fileName = QFile::encodeName(path);
    if (sqlite3_open_v2(fileName.constData(), &connection.db, flags, nullptr) != SQLITE_OK) {
        return Error {Store::tr("The store %1 could not be opened: %2")
                          .arg(native(path), sql::errorMessage(connection.db))};
    }
    sqlite3_extended_result_codes(connection.db, 1);
    sqlite3_busy_timeout(connection.db, 5000);
    SecretBytes spec = rawKeySpec(dataKey);
    if (spec.isNull()
        || sqlite3_key(connection.db, spec.data(), int(spec.size() - 1)) != SQLITE_OK) {
        return Error {Store::tr("The store %1 could not be unlocked: %2")
                          .arg(native(path), sql::errorMessage(connection.db))};
    }
    sql::Statement check(connection.db, "SELECT count(*) FROM sqlite_master");
    if (!check.isValid() || !check.next()) {
        return Error {
            Store::tr("%1 is not a Hearth store, or it could not be decrypted with its key "
                      "file.")
                .arg(native(path))};
    }
    return {};
}

Result<int> userVersion(sqlite3 *db)
{
    sql::Statement query(db, "PRAGMA user_version");
    if (!query.next())
        return Error {sql::failure(db)};
    return int(query.integer(0));
}

Status applyPragmas(sqlite3 *db)
{
    // SQLCipher 3.4.1 has no cipher_memory_security pragma (it arrived in 4.0); key buffers
    // on our side are wiped by SecretBytes.
    sql::Statement wal(db, "PRAGMA journal_mode=WAL");
    if (!wal.next() || wal.text(0).compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error {Store::tr("The store could not switch to write-ahead logging: %1")
                          .arg(sql::errorMessage(db))};
    if (Status s = sql::exec(db, "PRAGMA synchronous=FULL"); !s)
        return s;
    if (Status s = sql::exec(db, "PRAGMA foreign_keys=ON"); !s)
        return s;
    // Every page read is decrypted and authenticated: keep a caseload's worth of pages (16 MiB)
    // in the page cache instead of SQLite's 2 MB default.
    if (Status s = sql::exec(db, "PRAGMA cache_size=-16384"); !s)
        return s;
    // No plaintext temporary files: sorts and temporary tables stay in memory.
    return sql::exec(db, "PRAGMA temp_store=MEMORY");
}

Status migrate(sqlite3 *db, int from)
{
    for (const Migration &migration : migrations()) {
        if (migration.version <= from)
            continue;
        if (Status s = sql::exec(db, "BEGIN IMMEDIATE"); !s)
            return s;
        char *message = nullptr;
        int rc = sqlite3_exec(db, migration.sql.constData(), nullptr, nullptr, &message);
        if (rc == SQLITE_OK) {
            const QByteArray setVersion
                = "PRAGMA user_version=" + QByteArray::number(migration.version);
            rc = sqlite3_exec(db, setVersion.constData(), nullptr, nullptr, &message);
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString why = message ? QString::fromUtf8(message) : sql::errorMessage(db);
            sqlite3_free(message);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error {Store::tr("Upgrading the store to schema %1 failed: %2")
                              .arg(migration.version)
                              .arg(why)};
        }
    }
    return {};
}

Result<QString> metaValue(sqlite3 *db, const char *key)
{
    sql::Statement query(db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, QString::fromLatin1(key));
    if (!query.next())
        return Error {query.failed() ? query.error() : QString()};
    return query.text(0);
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    QFile::remove(Store::keyFilePath(path));
    QFile::remove(Store::backupPath(path));
}

} // namespace

struct Store::Private
{
    ~Private()
    {
        if (db)
            sqlite3_close_v2(db);
    }

    sqlite3 *db = nullptr;
    QString path;
    QString practitioner;
    QString deviceId;
    int schemaVersion = 0;
    SecretBytes dataKey;
    QStringList warnings;

    Status loadMeta()
    {
        Result<QString> who = metaValue(db, "practitioner");
        Result<QString> device = metaValue(db, "device_id");
        if (!who || !device)
            return Error {Store::tr("%1 is not a Hearth store.").arg(native(path))};
        practitioner = *who;
        deviceId = *device;
        Result<int> version = userVersion(db);
        if (!version)
            return Error {version.error()};
        schemaVersion = *version;
        return {};
    }
};

Store::Store(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}
Store::~Store() = default;

QString Store::keyFilePath(const QString &storePath)
{
    return storePath + u".keys"_s;
}
QString Store::backupPath(const QString &storePath)
{
    return storePath + u".backup"_s;
}
int Store::latestSchemaVersion()
{
    return int(migrations().size());
}

QString Store::path() const
{
    return d->path;
}
QString Store::practitioner() const
{
    return d->practitioner;
}
QString Store::deviceId() const
{
    return d->deviceId;
}
int Store::schemaVersion() const
{
    return d->schemaVersion;
}

QStringList Store::warnings() const
{
    return d->warnings;
}
sqlite3 *Store::handle() const
{
    return d->db;
}

Result<std::unique_ptr<Store>> Store::create(
    const QString &path, const QByteArray &passphrase, const QString &practitioner)
{
    if (!initSodium())
        return Error {Store::tr("The encryption library could not start.")};
    if (passphrase.isEmpty())
        return Error {Store::tr("A passphrase is needed to protect the store.")};
    if (practitioner.trimmed().isEmpty())
        return Error {Store::tr("The name of the practitioner using the store is needed.")};
    if (latestSchemaVersion() < 1)
        return Error {Store::tr("This copy of Hearth is missing its database migrations.")};
    const QString keys = keyFilePath(path);
    for (const QString &existing : {path, keys, path + u"-wal"_s}) {
        if (QFileInfo::exists(existing)) {
            return Error {Store::tr("There is already a store at %1; Hearth will not overwrite it.")
                              .arg(native(existing))};
        }
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        return Error {Store::tr("The folder for the store %1 does not exist.").arg(native(path))};
    }

    auto d = std::make_unique<Private>();
    d->path = path;
    d->dataKey = SecretBytes::random(KeyFile::kDataKeyBytes);
    if (d->dataKey.isNull())
        return Error {Store::tr("There is not enough memory to hold a key.")};

    auto fail = [&](const QString &message) -> Result<std::unique_ptr<Store>> {
        if (d->db) {
            sqlite3_close_v2(d->db);
            d->db = nullptr;
        }
        removeStoreFiles(path);
        return Error {message};
    };

    Connection connection;
    if (Status s
        = openKeyed(connection, path, d->dataKey, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        !s) {
        return fail(s.error());
    }
    d->db = connection.take();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = applyPragmas(d->db); !s)
        return fail(s.error());
    if (Status s = migrate(d->db, 0); !s)
        return fail(s.error());

    {
        const QString now = sql::nowUtc();
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = sql::exec(d->db, "BEGIN IMMEDIATE"); !s)
            return fail(s.error());
        bool ok = true;
        for (const auto &[key, value] : {std::pair {u"practitioner"_s, practitioner.trimmed()},
                 std::pair {u"device_id"_s, device}, std::pair {u"created_at"_s, now}}) {
            sql::Statement insert(d->db, "INSERT INTO meta (key, value) VALUES (?, ?)");
            insert.bind(1, key).bind(2, value);
            ok = ok && insert.run().ok();
        }
        if (!ok || !sql::exec(d->db, "COMMIT")) {
            const QString why = sql::failure(d->db);
            sqlite3_exec(d->db, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(why);
        }
    }
    if (Status s = d->loadMeta(); !s)
        return fail(s.error());
    if (Status s = KeyFile::write(keys, d->dataKey, passphrase); !s)
        return fail(s.error());

    std::unique_ptr<Store> store(new Store(std::move(d)));
    if (Status s = store->backup(); !s) {
        store.reset();
        removeStoreFiles(path);
        return Error {s.error()};
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const QByteArray &passphrase)
{
    bool unlocked = false;
    auto store = openExisting(path, passphrase, &unlocked);
    // Opening writes a little even before the backup (SQLite's shared-memory index of the
    // write-ahead log): on a disk with no room at all that fails as an I/O error, which would
    // not tell the practitioner what to do. A wrong passphrase is still said as that.
    if (!store && unlocked) {
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < kRoomToOpen) {
            return Error {Store::tr("There is no room left on the disk that holds %1. Free some "
                                    "space on this laptop, then open Hearth again.")
                              .arg(native(path))};
        }
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::openExisting(
    const QString &path, const QByteArray &passphrase, bool *unlocked)
{
    if (!initSodium())
        return Error {Store::tr("The encryption library could not start.")};
    if (!QFileInfo(path).isFile())
        return Error {Store::tr("There is no store at %1.").arg(native(path))};

    // Unwrap first: a wrong passphrase never gets as far as opening the database.
    Result<SecretBytes> dataKey = KeyFile::unwrap(keyFilePath(path), passphrase);
    if (!dataKey)
        return Error {dataKey.error()};
    *unlocked = true;

    auto d = std::make_unique<Private>();
    d->path = path;
    d->dataKey = std::move(dataKey).value();

    Connection connection;
    if (Status s = openKeyed(connection, path, d->dataKey, SQLITE_OPEN_READWRITE); !s)
        return Error {s.error()};

    // Everything below reads before anything is written: a refused store is left untouched.
    Result<int> version = userVersion(connection.db);
    if (!version)
        return Error {version.error()};
    if (*version > latestSchemaVersion()) {
        return Error {
            Store::tr("This store was made by a newer version of Hearth (schema %1); this "
                      "version reads up to schema %2. Update Hearth to open it.")
                .arg(*version)
                .arg(latestSchemaVersion())};
    }
    if (*version < 1 || !metaValue(connection.db, "device_id"))
        return Error {Store::tr("%1 is not a Hearth store.").arg(native(path))};

    d->db = connection.take();
    if (Status s = applyPragmas(d->db); !s)
        return Error {s.error()};

    std::unique_ptr<Store> store(new Store(std::move(d)));
    if (Status s = store->integrityCheck(); !s)
        return Error {s.error()};
    // The backup is taken before any upgrade, so it still opens in the version that wrote it.
    // With no upgrade to make, a backup that cannot be written (a full disk) does not keep the
    // practitioner from their records: the last backup stays whole, as backup() only renames
    // a complete copy into place, and warnings() says what happened.
    if (Status s = store->backup(); !s) {
        if (*version < latestSchemaVersion())
            return Error {s.error()};
        store->d->warnings.append(s.error());
    }
    if (Status s = migrate(store->d->db, *version); !s)
        return Error {s.error()};
    if (Status s = store->d->loadMeta(); !s)
        return Error {s.error()};
    return store;
}

Status Store::changePassphrase(const QByteArray &currentPassphrase, const QByteArray &newPassphrase)
{
    if (newPassphrase.isEmpty())
        return Error {Store::tr("A passphrase is needed to protect the store.")};
    const QString keys = keyFilePath(d->path);
    Result<SecretBytes> current = KeyFile::unwrap(keys, currentPassphrase);
    if (!current)
        return Error {current.error()};
    if (!current->equals(d->dataKey))
        return Error {
            Store::tr("The key file %1 does not belong to this store.").arg(native(keys))};

    Transaction transaction(*this);
    if (!transaction.isActive())
        return Error {transaction.error()};
    if (Status s = AuditLog(*this).append(u"passphrase-changed"_s, u"store"_s, QUuid(), {}); !s)
        return s;
    // The key file is replaced atomically (QSaveFile); the database is not re-encrypted.
    if (Status s = KeyFile::write(keys, d->dataKey, newPassphrase); !s)
        return s;
    return transaction.commit();
}

Status Store::integrityCheck()
{
    sql::Statement check(d->db, "PRAGMA quick_check");
    QStringList problems;
    while (check.next()) {
        const QString row = check.text(0);
        if (row != u"ok"_s)
            problems.append(row);
    }
    if (check.failed())
        problems.append(check.error());
    if (problems.isEmpty())
        return {};
    return Error {
        Store::tr("The store %1 is damaged (%2). Its last good copy is %3.")
            .arg(native(d->path), problems.mid(0, 3).join(u"; "_s), native(backupPath(d->path)))};
}

Status Store::backup()
{
    const QString target = backupPath(d->path);
    const QString partial = target + u".partial"_s;
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(partial + suffix);

    auto failed = [&](const QString &why) -> Status {
        for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(partial + suffix);
        return Error {Store::tr("The backup %1 could not be written: %2").arg(native(target), why)};
    };

    {
        // Keyed with the same data key: the backup is as encrypted as the store.
        Connection destination;
        if (Status s = openKeyed(
                destination, partial, d->dataKey, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            !s) {
            return failed(s.error());
        }
        sqlite3_backup *copy = sqlite3_backup_init(destination.db, "main", d->db, "main");
        if (!copy)
            return failed(sql::failure(destination.db));
        const int stepRc = sqlite3_backup_step(copy, -1);
        const int finishRc = sqlite3_backup_finish(copy);
        if (stepRc != SQLITE_DONE || finishRc != SQLITE_OK)
            return failed(sql::failure(destination.db));
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // rename(2) replaces the previous backup atomically; QFile::rename will not overwrite.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        != 0) {
        return failed(Store::tr("it could not be renamed into place"));
    }
    return {};
}

Transaction::Transaction(Store &store)
    : m_store(store)
{
    sqlite3 *db = m_store.handle();
    m_nested = sqlite3_get_autocommit(db) == 0;
    const Status begun = sql::exec(db, m_nested ? "SAVEPOINT hearth" : "BEGIN IMMEDIATE");
    m_active = begun.ok();
    if (!m_active)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    sqlite3 *db = m_store.handle();
    if (m_nested) {
        sqlite3_exec(db, "ROLLBACK TO hearth", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "RELEASE hearth", nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

bool Transaction::isActive() const
{
    return m_active;
}
QString Transaction::error() const
{
    return m_error;
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error {
            m_error.isEmpty() ? Store::tr("There is no open transaction to commit.") : m_error};
    }
    const Status done = sql::exec(m_store.handle(), m_nested ? "RELEASE hearth" : "COMMIT");
    if (!done) {
        m_error = done.error();
        return done; // still active: the destructor rolls back
    }
    m_active = false;
    return {};
}

} // namespace hearth
