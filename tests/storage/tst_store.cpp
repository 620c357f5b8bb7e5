// The encrypted store: keys, passphrases, migrations, backup, audit chain, outbox.

#include "storagetestutil.h"

#include "storage/auditlog.h"
#include "storage/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace hearth;
using namespace hearth::test;

namespace {
const QByteArray kPassphrase = "correct horse battery staple";
}

class TestStore : public QObject
{
    Q_OBJECT

private:
    QString storePath(const QTemporaryDir &dir) const { return dir.filePath(u"caseload.hearth"_s); }

    std::unique_ptr<Store> makeStore(const QString &path)
    {
        Result<std::unique_ptr<Store>> created = Store::create(path, kPassphrase, u"Sam Carter"_s);
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return nullptr;
        }
        return std::move(created).value();
    }

private slots:
    void createAndReopen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = storePath(dir);
        QString device;
        {
            std::unique_ptr<Store> store = makeStore(path);
            QVERIFY(store);
            QCOMPARE(store->practitioner(), u"Sam Carter"_s);
            QVERIFY(!QUuid::fromString(store->deviceId()).isNull());
            QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
            QVERIFY(AuditLog(*store).append(
                u"create"_s, u"person"_s, QUuid::createUuid(), {u"familyName"_s}));
            device = store->deviceId();
        }
        QVERIFY(QFileInfo::exists(Store::keyFilePath(path)));

        Result<std::unique_ptr<Store>> reopened = Store::open(path, kPassphrase);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QCOMPARE((*reopened)->deviceId(), device);
        QCOMPARE((*reopened)->practitioner(), u"Sam Carter"_s);
        Result<QList<AuditEntry>> entries = AuditLog(**reopened).entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().actor, u"Sam Carter"_s);
        QCOMPARE(entries->first().deviceId, device);
        QCOMPARE(entries->first().changedFields, QStringList {u"familyName"_s});
    }

    void createRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QVERIFY(makeStore(path));
        const auto before = snapshot(dir.path());
        Result<std::unique_ptr<Store>> again = Store::create(path, "other", u"Someone"_s);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"will not overwrite"_s), qPrintable(again.error()));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void migrationsAreEmbedded()
    {
        QVERIFY(Store::latestSchemaVersion() >= 1);
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(storePath(dir));
        QVERIFY(store);
        QCOMPARE(scalar(*store, "PRAGMA user_version"), qint64(Store::latestSchemaVersion()));
        for (const char *table : {"meta", "persons", "network_members", "assessments", "plans",
                 "record_history", "audit_log", "outbox"}) {
            const QByteArray sql
                = QByteArray("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '")
                + table + "'";
            QCOMPARE(scalar(*store, sql.constData()), qint64(1));
        }
        QCOMPARE(scalar(*store, "PRAGMA foreign_keys"), qint64(1));
        QCOMPARE(scalar(*store, "PRAGMA synchronous"), qint64(2)); // FULL
        QCOMPARE(scalar(*store, "PRAGMA temp_store"), qint64(2)); // MEMORY
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QVERIFY(makeStore(path));
        const auto before = snapshot(dir.path());
        QVERIFY(before.contains(path));
        QVERIFY(before.contains(Store::keyFilePath(path)));
        QTest::qWait(20); // any write now would show in the modification times

        Result<std::unique_ptr<Store>> opened = Store::open(path, "not the passphrase");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error(), u"The passphrase is not right for this store."_s);
        QCOMPARE(snapshot(dir.path()), before);
    }

    void missingKeyFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QVERIFY(makeStore(path));
        QVERIFY(QFile::remove(Store::keyFilePath(path)));
        Result<std::unique_ptr<Store>> opened = Store::open(path, kPassphrase);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QDir::toNativeSeparators(Store::keyFilePath(path))),
            qPrintable(opened.error()));
        QVERIFY(opened.error().contains(u"missing"_s));
    }

    void damagedKeyFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QVERIFY(makeStore(path));
        QFile keys(Store::keyFilePath(path));
        QVERIFY(keys.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(keys.readAll()).object();
        keys.close();
        QCOMPARE(json.value(u"kdf"_s).toString(), u"argon2id13"_s);
        QVERIFY(json.value(u"opslimit"_s).toDouble() >= 2);
        QVERIFY(json.value(u"memlimit"_s).toDouble() >= 64 * 1024 * 1024);
        json.insert(u"salt"_s, u"AAAA"_s);
        QVERIFY(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keys.write(QJsonDocument(json).toJson());
        keys.close();
        Result<std::unique_ptr<Store>> opened = Store::open(path, kPassphrase);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"damaged"_s), qPrintable(opened.error()));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        {
            std::unique_ptr<Store> store = makeStore(path);
            QVERIFY(store);
            QVERIFY(execSql(*store, "PRAGMA user_version = 99"));
        }
        const auto before = snapshot(dir.path());
        QTest::qWait(20);
        Result<std::unique_ptr<Store>> opened = Store::open(path, kPassphrase);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error(),
            u"This store was made by a newer version of Hearth (schema 99); this version "
            "reads up to schema %1. Update Hearth to open it."_s.arg(Store::latestSchemaVersion()));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void changePassphrase()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        const QByteArray newPassphrase = "a much better passphrase";
        {
            std::unique_ptr<Store> store = makeStore(path);
            QVERIFY(store);
            QVERIFY(AuditLog(*store).append(u"create"_s, u"person"_s, QUuid::createUuid(), {}));
            const Status wrong = store->changePassphrase("guess", newPassphrase);
            QVERIFY(!wrong.ok());
            QCOMPARE(wrong.error(), u"The passphrase is not right for this store."_s);
            const Status changed = store->changePassphrase(kPassphrase, newPassphrase);
            QVERIFY2(changed.ok(), qPrintable(changed.error()));
        }
        Result<std::unique_ptr<Store>> old = Store::open(path, kPassphrase);
        QVERIFY(!old.ok());
        QCOMPARE(old.error(), u"The passphrase is not right for this store."_s);

        Result<std::unique_ptr<Store>> reopened = Store::open(path, newPassphrase);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        Result<QList<AuditEntry>> entries = AuditLog(**reopened).entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(1).action, u"passphrase-changed"_s);
        QVERIFY(AuditLog(**reopened).verify());
    }

    void notReadableAsPlainSqlite()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QVERIFY(makeStore(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));
        file.close();

        const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed (Debian package sqlite3)");
        for (const QString &target : {path, Store::backupPath(path)}) {
            QProcess process;
            process.start(sqlite3, {target, u"SELECT count(*) FROM sqlite_master;"_s});
            QVERIFY(process.waitForFinished(10000));
            const QString errors = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitCode() != 0, qPrintable(target));
            QVERIFY2(errors.contains(u"file is not a database"_s), qPrintable(errors));
        }
    }

    void backupAtOpenUsesTheSameKey()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QString device;
        {
            std::unique_ptr<Store> store = makeStore(path);
            QVERIFY(store);
            device = store->deviceId();
            QVERIFY(AuditLog(*store).append(u"create"_s, u"person"_s, QUuid::createUuid(), {}));
        }
        QVERIFY(QFile::remove(Store::backupPath(path)));
        {
            Result<std::unique_ptr<Store>> opened = Store::open(path, kPassphrase);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QVERIFY((*opened)->integrityCheck());
            QVERIFY(QFileInfo(Store::backupPath(path)).size() > 0);
            QVERIFY(!QFileInfo::exists(Store::backupPath(path) + u".partial"_s));
        }

        // Restoring is copying the backup beside the key file: it opens with the same key.
        QTemporaryDir restoreDir;
        const QString restored = restoreDir.filePath(u"restored.hearth"_s);
        QVERIFY(QFile::copy(Store::backupPath(path), restored));
        QVERIFY(QFile::copy(Store::keyFilePath(path), Store::keyFilePath(restored)));
        Result<std::unique_ptr<Store>> opened = Store::open(restored, kPassphrase);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE((*opened)->deviceId(), device);
        QCOMPARE(scalar(**opened, "SELECT count(*) FROM audit_log"), qint64(1));
        QVERIFY(AuditLog(**opened).verify());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(storePath(dir));
        QVERIFY(store);
        {
            Transaction transaction(*store);
            QVERIFY(transaction.isActive());
            QVERIFY(execSql(*store, "INSERT INTO meta (key, value) VALUES ('a', '1')"));
            {
                Transaction inner(*store);
                QVERIFY(inner.isActive());
                QVERIFY(execSql(*store, "INSERT INTO meta (key, value) VALUES ('b', '2')"));
                QVERIFY(inner.commit());
            }
        }
        QCOMPARE(scalar(*store, "SELECT count(*) FROM meta WHERE key IN ('a', 'b')"), qint64(0));
        {
            Transaction transaction(*store);
            QVERIFY(execSql(*store, "INSERT INTO meta (key, value) VALUES ('a', '1')"));
            {
                Transaction inner(*store); // rolled back alone
                QVERIFY(execSql(*store, "INSERT INTO meta (key, value) VALUES ('b', '2')"));
            }
            QVERIFY(transaction.commit());
        }
        QCOMPARE(scalar(*store, "SELECT count(*) FROM meta WHERE key = 'a'"), qint64(1));
        QCOMPARE(scalar(*store, "SELECT count(*) FROM meta WHERE key = 'b'"), qint64(0));
    }

    void auditChainDetectsAnEdit()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(storePath(dir));
        QVERIFY(store);
        AuditLog log(*store);
        for (int i = 0; i < 10; ++i)
            QVERIFY(log.append(u"update"_s, u"person"_s, QUuid::createUuid(), {u"phone"_s}));
        QVERIFY(log.verify());
        QVERIFY(execSql(*store,
            "UPDATE audit_log SET changed_fields = '[\"familyName\"]' "
            "WHERE seq = 7"));
        const Status verified = log.verify();
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error(), u"Audit log entry 7 has been altered."_s);
    }

    void auditChainDetectsOtherEdits_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("actor") << QByteArray("UPDATE audit_log SET actor = 'Someone' WHERE seq = 3")
                               << u"Audit log entry 3 has been altered."_s;
        QTest::newRow("time") << QByteArray("UPDATE audit_log SET at = '2001-01-01T00:00:00.000Z' "
                                            "WHERE seq = 9")
                              << u"Audit log entry 9 has been altered."_s;
        QTest::newRow("deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 5")
                                 << u"Audit log entry 5 is missing."_s;
        QTest::newRow("first deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 1")
                                       << u"Audit log entry 1 is missing."_s;
        QTest::newRow("last deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 10")
                                      << u"Audit log entry 10 is missing."_s;
    }

    void auditChainDetectsOtherEdits()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, message);
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(storePath(dir));
        QVERIFY(store);
        AuditLog log(*store);
        for (int i = 0; i < 10; ++i)
            QVERIFY(log.append(u"update"_s, u"person"_s, QUuid::createUuid(), {u"phone"_s}));
        QVERIFY(log.verify());
        QVERIFY(execSql(*store, sql.constData()));
        const Status verified = log.verify();
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error(), message);
    }

    void auditGapStaysVisibleAfterMoreEntries()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(storePath(dir));
        QVERIFY(store);
        AuditLog log(*store);
        for (int i = 0; i < 4; ++i)
            QVERIFY(log.append(u"update"_s, u"person"_s, QUuid::createUuid(), {}));
        QVERIFY(execSql(*store, "DELETE FROM audit_log WHERE seq = 4"));
        QVERIFY(log.append(u"update"_s, u"person"_s, QUuid::createUuid(), {}));
        QCOMPARE(log.verify().error(), u"Audit log entry 4 is missing."_s);
    }

    void outbox()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(storePath(dir));
        QVERIFY(store);
        Outbox outbox(*store);
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        QVERIFY(outbox.enqueue(u"person"_s, a, 1, 0));
        QVERIFY(outbox.enqueue(u"person"_s, a, 2, 1));
        QVERIFY(outbox.enqueue(u"plan"_s, b, 4, 4));
        Result<QList<OutboxEntry>> pending = outbox.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);
        // The second change keeps the base of the first still waiting: both started from 0.
        QCOMPARE(pending->at(0).recordType == u"person" ? pending->at(0).baseVersion
                                                        : pending->at(1).baseVersion,
            0);
        QVERIFY(outbox.acknowledge(u"person"_s, a, 1)); // version 2 was saved after the bundle
        QVERIFY(outbox.acknowledge(u"plan"_s, b, 4));
        pending = outbox.pending();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().recordId, a);
        QCOMPARE(pending->first().version, 2);
        QVERIFY(pending->first().queuedAt.isValid());
        // Once acknowledged at 2, the next change starts from there.
        QVERIFY(outbox.acknowledge(u"person"_s, a, 2));
        QVERIFY(outbox.enqueue(u"person"_s, a, 3, 2));
        pending = outbox.pending();
        QCOMPARE(pending->first().baseVersion, 2);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
