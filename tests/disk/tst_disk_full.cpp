// A full disk (DESIGN 4): on real size-limited filesystems (smalldisk.h) that fill while
// Hearth works, the practitioner gets a clear message, nothing typed is lost, and the previous
// bundle stays as it was.
//   - autosave: a long letter pasted into a full disk stays on the screen, a banner says the
//     disk is full, and it is saved by itself once there is room;
//   - opening: the store opens on a nearly full disk, says its backup could not be refreshed,
//     and keeps the last one whole; on a disk with no room at all it says so;
//   - bundle export, in the library and through hearth-cli: a folder that fills refuses the
//     new bundle by name, leaves no partial file, keeps the previous bundle byte for byte and
//     sends the same changes, under the same number, once there is room.

#include "smalldisk.h"

#include "../gui/guitest.h"
#include "../gui/windowtest.h"
#include "storage/auditlog.h"
#include "storage/syncstate.h"
#include "sync/laptopsync.h"

#include <QDir>
#include <QProcess>

#include <unistd.h>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::StringLiterals;

namespace {

bool g_smallDisks = false;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString &directory)
{
    QStringList names = QDir(directory).entryList(QDir::Files | QDir::Hidden);
    names.removeAll(u"ballast"_s);
    return names;
}

// A letter as long as a practitioner might paste from an email: far more than the store's
// write-ahead log already has room for, so saving it must find new space on the disk.
QString longLetter()
{
    QString letter;
    for (int line = 1; letter.size() < 300000; ++line)
        letter += u"\n%1. She would like to keep going to the lunch club on Tuesdays."_s.arg(line);
    return letter;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_base;
    QString m_disk; // the laptop's disk: 24 MB
    QString m_stick; // the folder bundles go to, a memory stick: 1 MB

    QString folder(const QString &name) const
    {
        const QString path = m_disk + u'/' + name;
        QDir().mkpath(path);
        return path;
    }

    std::unique_ptr<Store> enrolledStore(const QString &directory)
    {
        auto store = Store::create(directory + u"/hearth.db"_s, passphrase(), u"Sam Okafor"_s);
        if (!store)
            return {};
        auto office = sync::OfficeKeys::generate();
        if (!office || !sync::LaptopSync(**store).enrol(office->publicHalf()))
            return {};
        return std::move(store.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!g_smallDisks)
            QSKIP(qPrintable(u"this machine will not let the test mount a small filesystem: "_s
                + smalldisk::why()));
        QVERIFY(m_base.isValid());
        m_disk = m_base.filePath(u"disk"_s);
        m_stick = m_base.filePath(u"stick"_s);
        QVERIFY(QDir().mkpath(m_disk) && QDir().mkpath(m_stick));
        QVERIFY2(smalldisk::mount(m_disk, 24), qPrintable(smalldisk::why()));
        QVERIFY2(smalldisk::mount(m_stick, 1), qPrintable(smalldisk::why()));
    }

    void cleanup()
    {
        smalldisk::release(m_disk);
        smalldisk::release(m_stick);
        for (const QString &root : {m_disk, m_stick}) {
            const QStringList entries
                = QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
            for (const QString &entry : entries) {
                QFileInfo info(root + u'/' + entry);
                if (info.isDir())
                    QDir(info.filePath()).removeRecursively();
                else
                    QFile::remove(info.filePath());
            }
        }
    }

    void cleanupTestCase()
    {
        if (!g_smallDisks)
            return;
        smalldisk::unmount(m_disk);
        smalldisk::unmount(m_stick);
    }

    void autosaveOnAFullDiskKeepsTheWordsAndSavesThemLater()
    {
        const QString dir = folder(u"autosave"_s);
        auto created = Store::create(dir + u"/hearth.db"_s, passphrase(), u"Sam Okafor"_s);
        QVERIFY2(created, qPrintable(created.error()));
        Store &store = **created;
        const QUuid personId = addPerson(store).id;
        auto window = windowtest::showMainWindow(store, QSize(1280, 800));
        TextField *field
            = windowtest::openAtFirstTextField(*window, personId, AssessmentStep::WhatMatters);
        QVERIFY(field);
        AssessmentView *view = window->assessmentView();
        auto *banner = child<QLabel>(view, "saveProblemLabel");
        auto *saved = child<QLabel>(view, "savedLabel");
        QVERIFY(banner && saved);
        type(u"Tea with the neighbours"_s);
        QTRY_VERIFY(saved->text().startsWith(u"Saved"_s));

        QVERIFY(smalldisk::fill(m_disk) > 0);
        field->moveCursor(QTextCursor::End);
        field->insertPlainText(longLetter());
        const QString onScreen = field->toPlainText();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(
            banner->text().startsWith(u"Not saved yet: There is no room left on the disk. "
                                      u"Free some space on this laptop. Your words are kept"_s),
            qPrintable(banner->text()));
        QCOMPARE(field->toPlainText(), onScreen);

        smalldisk::release(m_disk);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 15000); // retried, by itself
        QVERIFY(saved->text().startsWith(u"Saved"_s));
        QVERIFY(windowtest::closeMainWindow(window));
        created->reset();

        auto reopened = Store::open(dir + u"/hearth.db"_s, passphrase());
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY((*reopened)->integrityCheck());
        QVERIFY(AuditLog(**reopened).verify());
        auto stored = AssessmentRepository(**reopened).forPerson(personId);
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(stored->first().whatMatters.inTheirWords, onScreen);
    }

    void theStoreOpensOnANearlyFullDiskAndKeepsItsLastBackup()
    {
        const QString dir = folder(u"open"_s);
        const QString path = dir + u"/hearth.db"_s;
        QUuid personId;
        {
            auto store = Store::create(path, passphrase(), u"Sam Okafor"_s);
            QVERIFY(store);
            personId = addPerson(**store).id;
        }
        const QByteArray backup = contents(Store::backupPath(path));
        QVERIFY(!backup.isEmpty());

        // No room at all: opening needs a little (SQLite's shared-memory index), and says so.
        QVERIFY(smalldisk::fill(m_disk) > 0);
        auto refused = Store::open(path, passphrase());
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(u"There is no room left on the disk that holds"_s),
            qPrintable(refused.error()));

        // Room for the index but not for a new backup: it opens, and says the backup is old.
        smalldisk::release(m_disk);
        QVERIFY(smalldisk::fill(m_disk) > 0);
        QVERIFY(::truncate(QFile::encodeName(m_disk + u"/ballast"_s).constData(),
                    QFileInfo(m_disk + u"/ballast"_s).size() - 48 * 1024)
            == 0);
        auto store = Store::open(path, passphrase());
        QVERIFY2(store, qPrintable(store.error()));
        const QStringList warnings = (*store)->warnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"could not be written: There is no room left"_s),
            qPrintable(warnings.first()));
        QVERIFY(PersonRepository(**store).find(personId));
        QCOMPARE(contents(Store::backupPath(path)), backup);
        QCOMPARE(filesIn(dir).filter(u"partial"_s), QStringList());
    }

    void aBundleToAFullFolderKeepsThePreviousOne()
    {
        auto store = enrolledStore(folder(u"export"_s));
        QVERIFY(store);
        sync::LaptopSync laptop(*store);
        addPerson(*store);
        auto first = laptop.exportBundle(m_stick, {});
        QVERIFY2(first && !first->path.isEmpty(), qPrintable(first.error()));
        const QByteArray previous = contents(first->path);
        const QStringList before = filesIn(m_stick);
        QCOMPARE(before.size(), 1);

        const Person second = addPerson(*store, u"Second"_s, u"Person"_s);
        QVERIFY(smalldisk::fill(m_stick) > 0);
        auto refused = laptop.exportBundle(m_stick, {});
        QVERIFY2(!refused, qPrintable(refused ? refused->path : QString()));
        QVERIFY2(
            refused.error().contains(u"No space left on device"_s), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QDir::toNativeSeparators(m_stick)),
            qPrintable(refused.error()));
        QCOMPARE(filesIn(m_stick), before); // no partial bundle
        QCOMPARE(contents(first->path), previous);
        auto next = SyncState(*store).nextSequence();
        QVERIFY(next);
        QCOMPARE(*next, first->sequence + 1); // the number was not used up

        smalldisk::release(m_stick);
        auto retried = laptop.exportBundle(m_stick, {});
        QVERIFY2(retried && !retried->path.isEmpty(), qPrintable(retried.error()));
        QCOMPARE(retried->sequence, first->sequence + 1);
        QVERIFY(retried->records >= 1);
        auto pending = SyncState(*store).pendingRecords();
        QVERIFY(pending);
        QVERIFY(std::any_of(pending->cbegin(), pending->cend(),
            [&](const PendingRecord &r) { return r.recordId == second.id; }));
        QCOMPARE(contents(first->path), previous);
    }

    void hearthCliSaysTheFolderIsFull()
    {
        const QString dir = folder(u"cli"_s);
        {
            auto store = enrolledStore(dir);
            QVERIFY(store);
            addPerson(*store);
            QVERIFY(sync::LaptopSync(*store).exportBundle(m_stick, {}));
            addPerson(*store, u"Second"_s, u"Person"_s);
        }
        const QStringList before = filesIn(m_stick);
        const QByteArray previous = contents(m_stick + u'/' + before.value(0));
        QVERIFY(smalldisk::fill(m_stick) > 0);

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_PASSPHRASE"_s, QString::fromUtf8(passphrase()));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(HEARTH_CLI),
            {u"export-bundle"_s, u"--db"_s, dir + u"/hearth.db"_s, u"-o"_s, m_stick});
        QVERIFY(cli.waitForFinished(60000));
        const QString said = QString::fromLocal8Bit(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(said.contains(u"No space left on device"_s), qPrintable(said));
        QCOMPARE(filesIn(m_stick), before);
        QCOMPARE(contents(m_stick + u'/' + before.value(0)), previous);
    }
};

int main(int argc, char *argv[])
{
    // Before QApplication starts a thread (smalldisk.h).
    g_smallDisks = smalldisk::prepare();
    QApplication app(argc, argv);
    TestDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_disk_full.moc"
