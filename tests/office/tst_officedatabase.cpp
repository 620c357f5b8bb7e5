// The office database (issue 5), on both targets: a real PostgreSQL server started here and
// an SQLite file. Import is idempotent and independent of order, conflicts keep both
// versions, and every rejected bundle leaves the database exactly as it was.

#include "officedatabase.h"
#include "officetest.h"
#include "postgresserver.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace hearth;
using namespace hearth::office;
using namespace hearth::sync;
using namespace officetest;
using namespace Qt::Literals::StringLiterals;

class TestOfficeDatabase : public QObject
{
    Q_OBJECT

    test::PostgresServer m_postgres;
    QTemporaryDir m_dir;
    int m_databases = 0;
    OfficeKeys m_office;
    Laptop m_hannah = laptop("11111111-1111-4111-8111-111111111111", u"Hannah Ellis"_s);
    Laptop m_tomos = laptop("22222222-2222-4222-8222-222222222222", u"Tomos Rees"_s);

    // A new, empty office database on the target named by the test row.
    std::unique_ptr<OfficeDatabase> fresh()
    {
        QFETCH(QString, target);
        const QString name = u"office_%1"_s.arg(++m_databases);
        const QString where
            = target == u"sqlite" ? m_dir.filePath(name + u".sqlite"_s) : m_postgres.url(name);
        auto db = OfficeDatabase::open(where); // created on first use, on both targets
        if (!db)
            qFatal("open %s: %s", qPrintable(where), qPrintable(db.error()));
        for (const Laptop *l : {&m_hannah, &m_tomos}) {
            if (Status s = (*db)->enrolDevice(l->publicKey(m_office), m_office.publicHalf()); !s)
                qFatal("enrol: %s", qPrintable(s.error()));
        }
        return std::move(db).value();
    }

    static QString dumpOf(OfficeDatabase &db)
    {
        auto text = db.dump();
        if (!text)
            qFatal("dump: %s", qPrintable(text.error()));
        return *text;
    }

    static void targets()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    // Two laptops' days: Hannah sends Siân's case, then changes to it, then deletes a network
    // member; Tomos sends Grace's case and then a change to it.
    QList<QByteArray> twoLaptopsDays()
    {
        const QList<BundleRecord> sian
            = recordsOf(sampleCase(u"adult-eligible-sian-pritchard.json"_s));
        const QList<BundleRecord> grace
            = recordsOf(sampleCase(u"adult-met-by-network-grace-okafor.json"_s));
        BundleRecord person = sian.first();
        const BundleRecord moved
            = changed(person, person.version, person.version + 1, u"preferredName"_s, u"Sîan"_s);
        // Until a receipt arrives the laptop sends the change again with the next one.
        const BundleRecord movedAgain
            = changed(moved, person.version, person.version + 2, u"preferredName"_s, u"Siân P"_s);
        BundleRecord member = sian.at(1);
        member.baseVersion = member.version;
        member.version += 1;
        member.deleted = true;
        member.data = {};
        BundleRecord gracePerson = grace.first();
        const BundleRecord graceMoved = changed(gracePerson, gracePerson.version,
            gracePerson.version + 1, u"preferredName"_s, u"Gracie"_s);
        return {
            m_hannah.bundle(m_office, 1, sian),
            m_hannah.bundle(m_office, 2, {moved}),
            m_hannah.bundle(m_office, 3, {movedAgain, member}),
            m_tomos.bundle(m_office, 1, grace),
            m_tomos.bundle(m_office, 2, {graceMoved}),
        };
    }

    QString importAll(const QList<QByteArray> &bundles)
    {
        std::unique_ptr<OfficeDatabase> db = fresh();
        for (const QByteArray &bundle : bundles) {
            auto imported = db->importBundle(bundle, m_office);
            if (!imported)
                qFatal("import: %s", qPrintable(imported.error()));
        }
        return dumpOf(*db);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto keys = OfficeKeys::generate();
        QVERIFY(keys);
        m_office = std::move(keys).value();
        const QString started = m_postgres.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void idempotentAndOrderFree_data() { targets(); }
    void idempotentAndOrderFree()
    {
        const QList<QByteArray> days = twoLaptopsDays();
        const QString once = importAll(days);
        // The dump holds what was sent: the latest version of Siân's person, the deletion.
        QVERIFY(once.contains(u"Siân P"_s));
        QCOMPARE(once.count(u"\nbundle\t"_s), 5);
        QVERIFY(once.contains(u"\t1\t-\n"_s)); // a deleted current record has no body

        QCOMPARE(importAll(days + days), once);
        QList<QByteArray> reversed = days;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(importAll(reversed), once);
        const QList<QByteArray> interleaved {days[3], days[0], days[4], days[1], days[2]};
        QCOMPARE(importAll(interleaved), once);
        QList<QByteArray> shuffled = days + days;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(20261123));
        QCOMPARE(importAll(shuffled), once);
    }

    // The same printout, byte for byte, from two laptops (both exported within the same
    // second): kept once and credited to the smaller device id, whichever bundle arrives first.
    void samePrintoutFromTwoLaptopsInEitherOrder_data() { targets(); }
    void samePrintoutFromTwoLaptopsInEitherOrder()
    {
        const Case sianCase = sampleCase(u"adult-eligible-sian-pritchard.json"_s);
        const QList<BundleRecord> sian = recordsOf(sianCase);
        const QUuid assessment = sianCase.assessments.first().assessment.id;
        BundleDocument plan;
        plan.assessmentId = assessment;
        plan.kind = u"plan"_s;
        plan.content = "%PDF-1.4 the same plan, byte for byte";
        BundleDocument fromHannah = plan;
        fromHannah.fileName = u"plan-hannah.pdf"_s;
        BundleDocument fromTomos = plan;
        fromTomos.fileName = u"plan-tomos.pdf"_s;
        const QByteArray hannahs = m_hannah.bundle(m_office, 1, sian, {fromHannah});
        const QByteArray tomoss = m_tomos.bundle(m_office, 1, sian, {fromTomos});

        const QString hannahFirst = importAll({hannahs, tomoss});
        QCOMPARE(importAll({tomoss, hannahs}), hannahFirst);
        // Kept once, under the smaller device id: Hannah's (1111…) before Tomos's (2222…).
        QCOMPARE(hannahFirst.count(plan.sha256()), 1);
        QVERIFY2(hannahFirst.contains(u"plan-hannah.pdf"_s), qPrintable(hannahFirst));
        QVERIFY(!hannahFirst.contains(u"plan-tomos.pdf"_s));
    }

    void importedTwiceChangesNothing_data() { targets(); }
    void importedTwiceChangesNothing()
    {
        std::unique_ptr<OfficeDatabase> db = fresh();
        const QByteArray bundle = twoLaptopsDays().first();
        auto first = db->importBundle(bundle, m_office);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(!first->already);
        const QString before = dumpOf(*db);
        auto again = db->importBundle(bundle, m_office);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again->already);
        QCOMPARE(dumpOf(*db), before);
        // The receipt is the same both times, so a lost one can be written again.
        QCOMPARE(again->receipt.write(m_office), first->receipt.write(m_office));
        auto read = ImportReceipt::read(first->receipt.write(m_office), m_office.publicHalf());
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->records.size(), first->records);
        QCOMPARE(read->deviceId, m_hannah.keys.deviceId);
    }

    void conflictKeepsBoth_data() { targets(); }
    void conflictKeepsBoth()
    {
        // Both laptops imported Siân's case; each changes her person record from version 3.
        const QList<BundleRecord> sian
            = recordsOf(sampleCase(u"adult-eligible-sian-pritchard.json"_s));
        const BundleRecord person = sian.first();
        const int v = person.version;
        const QList<QByteArray> bundles {
            m_hannah.bundle(m_office, 1, sian),
            m_tomos.bundle(m_office, 1, sian),
            m_hannah.bundle(
                m_office, 2, {changed(person, v, v + 1, u"preferredName"_s, u"Sian"_s)}),
            m_tomos.bundle(
                m_office, 2, {changed(person, v, v + 1, u"telephone"_s, u"01873 000000"_s)}),
        };
        std::unique_ptr<OfficeDatabase> db = fresh();
        for (const QByteArray &bundle : bundles) {
            auto imported = db->importBundle(bundle, m_office);
            QVERIFY2(imported, qPrintable(imported.error()));
        }
        auto conflicts = db->conflicts();
        QVERIFY2(conflicts, qPrintable(conflicts.error()));
        QCOMPARE(conflicts->size(), 1);
        const Conflict &c = conflicts->first();
        QCOMPARE(c.kind, u"person"_s);
        QCOMPARE(c.recordId, person.id);
        QCOMPARE(c.first.practitioner, u"Hannah Ellis"_s);
        QCOMPARE(c.second.practitioner, u"Tomos Rees"_s);
        QCOMPARE(c.first.version, v + 1);
        QCOMPARE(c.second.version, v + 1);
        QCOMPARE(c.differingFields, QStringList({u"preferredName"_s, u"telephone"_s}));
        // Both versions are kept, and the dump is the same in the other order.
        const QString dump = dumpOf(*db);
        QCOMPARE(
            dump.count(u"version\tperson\t%1\t%2\t"_s.arg(person.id.toString(QUuid::WithoutBraces))
                           .arg(v + 1)),
            2);
        QVERIFY(dump.contains(u"\nconflict\tperson\t"_s));
        QList<QByteArray> reversed = bundles;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(importAll(reversed), dump);

        // A later change that started from Hannah's version is not a conflict with hers.
        const BundleRecord hannahs = changed(person, v, v + 1, u"preferredName"_s, u"Sian"_s);
        auto later
            = db->importBundle(m_hannah.bundle(m_office, 3,
                                   {changed(hannahs, v + 1, v + 2, u"preferredName"_s, u"Siân"_s)}),
                m_office);
        QVERIFY2(later, qPrintable(later.error()));
        QCOMPARE(db->conflicts()->size(), 1); // still only the one between the two laptops
    }

    void replayWithOtherContentRefused_data() { targets(); }
    void replayWithOtherContentRefused()
    {
        std::unique_ptr<OfficeDatabase> db = fresh();
        const QList<BundleRecord> sian
            = recordsOf(sampleCase(u"adult-eligible-sian-pritchard.json"_s));
        QVERIFY(db->importBundle(m_hannah.bundle(m_office, 1, sian), m_office));
        const QString before = dumpOf(*db);
        auto replay = db->importBundle(m_hannah.bundle(m_office, 1, sian.mid(0, 1)), m_office);
        QVERIFY(!replay);
        QVERIFY2(replay.error().contains(u"imported before with different contents"),
            qPrintable(replay.error()));
        QCOMPARE(dumpOf(*db), before);
    }

    void refusals_data() { targets(); }
    void refusals()
    {
        std::unique_ptr<OfficeDatabase> db = fresh();
        const QList<BundleRecord> sian
            = recordsOf(sampleCase(u"adult-eligible-sian-pritchard.json"_s));
        QVERIFY(db->importBundle(m_tomos.bundle(m_office, 1, sian.mid(0, 1)), m_office));
        const QString before = dumpOf(*db);
        auto refused = [&](const QByteArray &bundle, const QString &message) {
            auto imported = db->importBundle(bundle, m_office);
            if (imported)
                return QStringLiteral("accepted");
            if (!imported.error().contains(message))
                return imported.error();
            return dumpOf(*db) == before ? QString() : QStringLiteral("the database changed");
        };
        const QByteArray good = m_hannah.bundle(m_office, 1, sian);
        const Laptop stranger = laptop("33333333-3333-4333-8333-333333333333", u"Nobody"_s);
        QCOMPARE(refused(stranger.bundle(m_office, 1, sian), u"not enrolled"_s), QString());
        auto other = OfficeKeys::generate();
        QCOMPARE(refused(m_hannah.bundle(*other, 1, sian), u"another office"_s), QString());
        QByteArray future = good;
        future[13] = 2; // format version, low byte
        QCOMPARE(refused(future, u"format version 2"_s), QString());
        QCOMPARE(refused(good.left(good.size() / 2), u"cannot be decrypted"_s), QString());
        QCOMPARE(refused(good.left(20), u"truncated"_s), QString());
        QCOMPARE(
            refused(QByteArray("PK\x03\x04 a zip file"), u"not a Hearth sync bundle"_s), QString());
        // A laptop's own record sent twice must not change under the same version.
        QVERIFY(db->importBundle(good, m_office));
        const QString withHannah = dumpOf(*db);
        BundleRecord person = sian.first();
        person.data.insert(u"preferredName"_s, u"Someone else"_s);
        auto differs = db->importBundle(m_hannah.bundle(m_office, 2, {person}), m_office);
        QVERIFY(!differs);
        QVERIFY2(differs.error().contains(u"differs from the one it sent before"),
            qPrintable(differs.error()));
        QCOMPARE(dumpOf(*db), withHannah);
    }

    // Every byte of a small bundle flipped in turn: each one is refused and the database is
    // as it was after every attempt.
    void tamperEveryByte_data() { targets(); }
    void tamperEveryByte()
    {
        std::unique_ptr<OfficeDatabase> db = fresh();
        const QList<BundleRecord> grace
            = recordsOf(sampleCase(u"adult-met-by-network-grace-okafor.json"_s));
        QVERIFY(db->importBundle(m_tomos.bundle(m_office, 1, grace), m_office));
        const QString before = dumpOf(*db);
        BundleRecord small = grace.at(1);
        const QByteArray bundle = m_hannah.bundle(m_office, 1, {small});
        QVERIFY(bundle.size() < 4096);
        for (qsizetype i = 0; i < bundle.size(); ++i) {
            QByteArray flipped = bundle;
            flipped[i] = char(flipped[i] ^ 0xff);
            auto imported = db->importBundle(flipped, m_office);
            QVERIFY2(!imported, qPrintable(u"byte %1 flipped was accepted"_s.arg(i)));
            QVERIFY2(!imported.error().isEmpty(), qPrintable(u"byte %1"_s.arg(i)));
            QCOMPARE(dumpOf(*db), before);
        }
        // And the untouched bundle still imports.
        QVERIFY(db->importBundle(bundle, m_office));
        QVERIFY(dumpOf(*db) != before);
    }

    void enrolment_data() { targets(); }
    void enrolment()
    {
        std::unique_ptr<OfficeDatabase> db = fresh();
        // Again with the same key: nothing changes.
        QVERIFY(db->enrolDevice(m_hannah.publicKey(m_office), m_office.publicHalf()));
        DevicePublicKey impostor = m_hannah.publicKey(m_office);
        impostor.signingKey = m_tomos.keys.publicKey;
        const Status changedKey = db->enrolDevice(impostor, m_office.publicHalf());
        QVERIFY(!changedKey);
        QVERIFY(changedKey.error().contains(u"already enrolled with a different key"));
        auto other = OfficeKeys::generate();
        const Laptop elsewhere = laptop("44444444-4444-4444-8444-444444444444", u"Elsewhere"_s);
        const Status wrongOffice
            = db->enrolDevice(elsewhere.publicKey(*other), m_office.publicHalf());
        QVERIFY(!wrongOffice);
        QVERIFY(wrongOffice.error().contains(u"another office"));
    }

    void notADatabase()
    {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray notes("These are someone's notes, not an office database.\n");
        file.write(notes);
        file.close();
        auto db = OfficeDatabase::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"not an office database"), qPrintable(db.error()));
        QCOMPARE(QFileInfo(path).size(), notes.size()); // left as it was
        auto url = OfficeDatabase::open(u"postgresql://"_s);
        QVERIFY(!url);
        QVERIFY(url.error().contains(u"not a PostgreSQL address"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeDatabase)
#include "tst_officedatabase.moc"
