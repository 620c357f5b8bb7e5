#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace hearth {

// The laptop's local store: an SQLCipher database (WAL, synchronous=FULL, foreign keys on)
// encrypted with a random 256-bit data key. The data key is kept wrapped in a sidecar key
// file (`<store>.keys`) under a key derived from the practitioner's passphrase with Argon2id
// (DESIGN 4). On open: unwrap, key, migrate, integrity check, encrypted backup.
class Store
{
    // Store::tr(): the one translation context ("hearth::Store") of every storage message.
    Q_DECLARE_TR_FUNCTIONS(hearth::Store)

public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Makes a new store and its key file. Refuses to overwrite an existing one.
    static Result<std::unique_ptr<Store>> create(
        const QString &path, const QByteArray &passphrase, const QString &practitioner);
    // Opens an existing store. A wrong passphrase fails with a clear message and changes
    // nothing; so does a store written by a newer Hearth (schema version too high).
    static Result<std::unique_ptr<Store>> open(const QString &path, const QByteArray &passphrase);

    static QString keyFilePath(const QString &storePath);
    static QString backupPath(const QString &storePath);
    static int latestSchemaVersion();

    QString path() const;
    QString practitioner() const;
    QString deviceId() const;
    int schemaVersion() const;

    // Re-wraps the data key under the new passphrase; the database is not re-encrypted.
    Status changePassphrase(const QByteArray &currentPassphrase, const QByteArray &newPassphrase);
    // What the practitioner should know about how the store opened, though it did: a backup
    // that could not be refreshed.
    QStringList warnings() const;
    Status integrityCheck();
    Status backup();

    // For repositories in this layer only.
    sqlite3 *handle() const;

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<Store>> openExisting(
        const QString &path, const QByteArray &passphrase, bool *unlocked);
    // Less free space than this when opening fails: the disk is taken to be the reason.
    static constexpr qint64 kRoomToOpen = 64 * 1024;
    std::unique_ptr<Private> d;
};

// RAII transaction (STYLE.md habit 5): rolls back unless committed. Opened inside another
// transaction it becomes a savepoint, so writers compose (a repository save inside an import).
class Transaction
{
public:
    explicit Transaction(Store &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const;
    QString error() const;
    Status commit();

private:
    Store &m_store;
    bool m_active = false;
    bool m_nested = false; // inside another transaction: a SAVEPOINT, released on commit
    QString m_error;
};

} // namespace hearth
