// Nothing typed is lost, and the store is never corrupted, whatever the disk does (DESIGN 4).
// Every store in this process goes through the fault layer (faultvfs.h), which fails the n-th
// write or fsync, or cuts the power there, discarding every write not yet synced. For each n
// across one save of the open case:
//   - a failed write or fsync: the save fails and says why, the practitioner's words stay in
//     the working copy, the store checks whole, and the next try saves everything;
//   - a power cut: the store reopens whole, its audit chain verifies, and it holds every save
//     that was acknowledged, and of the one in flight either all or nothing;
//   - a power cut while the store's backup is written: the previous backup still opens.

#include "faultvfs.h"

#include "../gui/guitest.h"
#include "gui/casesession.h"
#include "storage/auditlog.h"

#include <QSignalSpy>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::StringLiterals;

namespace {

QString storedWords(const QString &path, const QUuid &personId, QString *problem)
{
    auto store = Store::open(path, passphrase());
    if (!store) {
        *problem = u"the store did not reopen: "_s + store.error();
        return {};
    }
    if (Status s = (*store)->integrityCheck(); !s) {
        *problem = u"integrity check: "_s + s.error();
        return {};
    }
    if (Status s = AuditLog(**store).verify(); !s) {
        *problem = u"audit chain: "_s + s.error();
        return {};
    }
    auto assessments = AssessmentRepository(**store).forPerson(personId);
    if (!assessments || assessments->size() != 1) {
        *problem = u"the assessment did not load: "_s + assessments.error();
        return {};
    }
    return assessments->first().whatMatters.inTheirWords;
}

// One case open in a store of its own.
struct OpenCase
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<CaseSession> session;
    QUuid personId;

    QString path() const { return dir.filePath(u"hearth.db"_s); }

    bool open()
    {
        store = makeStore(dir);
        if (!store)
            return false;
        personId = addPerson(*store).id;
        session = std::make_unique<CaseSession>(*store);
        return session->open(personId).ok();
    }

    void say(const QString &words)
    {
        session->editAssessment([&](Assessment &a) { a.whatMatters.inTheirWords += words; });
    }

    QString words() const { return session->assessment().whatMatters.inTheirWords; }

    // Writes and fsyncs one save of a few words makes.
    faults::Counts costOfASave()
    {
        say(u"measuring "_s);
        const faults::Counts before = faults::counts();
        if (!session->saveNow())
            return {};
        const faults::Counts after = faults::counts();
        return {after.writes - before.writes, after.syncs - before.syncs};
    }
};

} // namespace

class TestFaultStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { faults::install(); }
    void init() { faults::reset(); }
    void cleanup() { faults::reset(); }

    void theLayerSeesTheStoresWrites()
    {
        OpenCase c;
        QVERIFY(c.open());
        const faults::Counts cost = c.costOfASave();
        qInfo("one save: %d writes, %d fsyncs", cost.writes, cost.syncs);
        // A save in WAL mode with synchronous=FULL: frames written, then one fsync at least.
        QVERIFY2(cost.writes >= 2, qPrintable(QString::number(cost.writes)));
        QVERIFY2(cost.syncs >= 1, qPrintable(QString::number(cost.syncs)));
    }

    void aFailedWriteIsToldKeptAndRetried_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("the disk refuses a write") << false;
        QTest::newRow("the disk is full") << true;
    }

    void aFailedWriteIsToldKeptAndRetried()
    {
        QFETCH(bool, full);
        OpenCase c;
        QVERIFY(c.open());
        const int writes = c.costOfASave().writes;
        QVERIFY(writes > 0);
        QSignalSpy failures(c.session.get(), &CaseSession::saveFailed);
        // A save's writes vary by a page or two with what the pages hold: n runs until a save
        // makes fewer than n writes, and must have reached nearly every write of the first.
        int n = 1;
        for (;; ++n) {
            const QString words = u" write-%1"_s.arg(n);
            c.say(words);
            faults::failWrites(n, 1, full ? faults::Failure::Full : faults::Failure::Io);
            const Status failed = c.session->saveNow();
            if (failed) {
                faults::reset();
                break;
            }
            QCOMPARE(failures.size(), n);
            const QString told = failures.last().first().toString();
            QVERIFY2(told.contains(full ? u"no room left on the disk"_s : u"The disk could not"_s),
                qPrintable(told));
            QVERIFY(c.session->hasUnsavedChanges());
            QVERIFY(c.words().endsWith(words));
            QVERIFY2(c.store->integrityCheck(), qPrintable(u"after failing write %1"_s.arg(n)));

            faults::reset();
            QVERIFY2(c.session->saveNow(), qPrintable(u"the retry after write %1"_s.arg(n)));
            QVERIFY(!c.session->hasUnsavedChanges());
        }
        QVERIFY2(
            n > writes * 3 / 4, qPrintable(u"only %1 of %2 writes failed"_s.arg(n).arg(writes)));
        QString problem;
        const QString stored = storedWords(c.path(), c.personId, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(stored, c.words());
    }

    void aFailedFsyncIsToldKeptAndRetried()
    {
        OpenCase c;
        QVERIFY(c.open());
        const int syncs = c.costOfASave().syncs;
        QVERIFY(syncs > 0);
        for (int n = 1; n <= syncs; ++n) {
            const QString words = u" fsync-%1"_s.arg(n);
            c.say(words);
            faults::failSyncs(n);
            const Status failed = c.session->saveNow();
            QVERIFY2(!failed, qPrintable(u"fsync %1 of %2 was not failed"_s.arg(n).arg(syncs)));
            QVERIFY2(failed.error().contains(u"The disk could not"_s), qPrintable(failed.error()));
            QVERIFY(c.session->hasUnsavedChanges());
            QVERIFY(c.words().endsWith(words));
            QVERIFY(c.store->integrityCheck());
            faults::reset();
            QVERIFY2(c.session->saveNow(), qPrintable(u"the retry after fsync %1"_s.arg(n)));
        }
        QString problem;
        const QString stored = storedWords(c.path(), c.personId, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(stored, c.words());
    }

    // The autosave timer retries by itself: the practitioner need do nothing.
    void theAutosaveRetriesUntilTheDiskRecovers()
    {
        OpenCase c;
        QVERIFY(c.open());
        QSignalSpy failures(c.session.get(), &CaseSession::saveFailed);
        QSignalSpy saves(c.session.get(), &CaseSession::saved);
        faults::failWrites(1, -1);
        c.say(u"I would like to get to the library again"_s);
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 2, 10000); // it tried, and tried again
        QCOMPARE(saves.size(), 0);
        faults::reset();
        QTRY_VERIFY_WITH_TIMEOUT(saves.size() == 1, 10000);
        QVERIFY(!c.session->hasUnsavedChanges());
        QString problem;
        QCOMPARE(storedWords(c.path(), c.personId, &problem), c.words());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aPowerCutKeepsEveryAcknowledgedSave_data()
    {
        QTest::addColumn<bool>("atSync");
        QTest::newRow("at each write") << false;
        QTest::newRow("at each fsync") << true;
    }

    void aPowerCutKeepsEveryAcknowledgedSave()
    {
        QFETCH(bool, atSync);
        int points = 0;
        {
            OpenCase c;
            QVERIFY(c.open());
            const faults::Counts cost = c.costOfASave();
            points = atSync ? cost.syncs : cost.writes;
        }
        QVERIFY(points > 0);
        int keptTheNewSave = 0;
        for (int n = 1; n <= points; ++n) {
            OpenCase c;
            QVERIFY(c.open());
            c.say(u"acknowledged"_s);
            QVERIFY(c.session->saveNow()); // acknowledged: it must survive
            const QString acknowledged = c.words();
            c.say(u" in flight"_s);
            const QString inFlight = c.words();
            if (atSync)
                faults::cutPowerAtSync(n);
            else
                faults::cutPowerAtWrite(n);
            QVERIFY2(!c.session->saveNow(), qPrintable(u"no cut at %1"_s.arg(n)));
            QVERIFY(faults::powerIsCut());
            // The machine is off: the process's connections go with nothing more reaching the
            // disk, as after a real cut. The session says it could not save on the way.
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(u"^Hearth could not save the open case on closing"_s));
            c.session.reset();
            c.store.reset();
            faults::reset();

            QString problem;
            const QString stored = storedWords(c.path(), c.personId, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(u"cut at %1: %2"_s.arg(n).arg(problem)));
            QVERIFY2(stored == acknowledged || stored == inFlight,
                qPrintable(u"cut at %1: stored \"%2\""_s.arg(n).arg(stored)));
            keptTheNewSave += stored == inFlight;
        }
        // The save in flight had not returned, so it was never acknowledged: a cut before its
        // commit's fsync must lose it whole.
        QVERIFY2(keptTheNewSave < points, "every cut kept the unacknowledged save");
    }

    void aPowerCutDuringTheBackupLeavesTheLastBackupWhole()
    {
        // How many writes the backup on opening makes.
        QTemporaryDir measureDir;
        const QString measurePath = measureDir.filePath(u"hearth.db"_s);
        {
            auto store = makeStore(measureDir);
            QVERIFY(store);
            addPerson(*store);
        }
        const faults::Counts before = faults::counts();
        QVERIFY(Store::open(measurePath, passphrase()));
        const int writes = faults::counts().writes - before.writes;
        QVERIFY(writes > 0);

        for (int n = 1; n <= writes; n += qMax(1, writes / 12)) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"hearth.db"_s);
            QUuid first;
            {
                auto store = makeStore(dir);
                QVERIFY(store);
                first = addPerson(*store).id;
            }
            { // opening again takes a backup holding the first person
                auto store = Store::open(path, passphrase());
                QVERIFY(store);
                addPerson(**store, u"Second"_s, u"Person"_s);
            }
            faults::cutPowerAtWrite(n);
            {
                const auto cut = Store::open(path, passphrase());
                Q_UNUSED(cut) // opened or not, its connection closes with the power off
                QVERIFY(faults::powerIsCut());
            }
            faults::reset();

            // Whatever the cut left, the backup opens whole with the first person in it:
            // either the earlier backup or the complete new one.
            QTemporaryDir restored;
            QVERIFY(QFile::copy(Store::backupPath(path), restored.filePath(u"hearth.db"_s)));
            QVERIFY(QFile::copy(Store::keyFilePath(path), restored.filePath(u"hearth.db.keys"_s)));
            auto backup = Store::open(restored.filePath(u"hearth.db"_s), passphrase());
            QVERIFY2(backup, qPrintable(u"cut at write %1: %2"_s.arg(n).arg(backup.error())));
            auto person = PersonRepository(**backup).find(first);
            QVERIFY2(person, qPrintable(u"cut at write %1"_s.arg(n)));
            // And the store itself opens, backup or not.
            QVERIFY2(Store::open(path, passphrase()), qPrintable(u"cut at write %1"_s.arg(n)));
        }
    }
};

QTEST_MAIN(TestFaultStore)
#include "tst_fault_store.moc"
