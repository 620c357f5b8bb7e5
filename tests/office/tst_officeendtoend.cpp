// Sync end to end (issue 5), as a practitioner and the office run it: hearth-cli on two
// laptops, hearth-office against a real PostgreSQL server started here and against an SQLite
// file. The laptops' edits are made through the store, as the app makes them.

#include "postgresserver.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";
const QByteArray kOfficePassphrase = "the office's own passphrase";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HEARTH_PASSPHRASE"_s, QString::fromUtf8(kPassphrase));
    env.insert(u"HEARTH_OFFICE_PASSPHRASE"_s, QString::fromUtf8(kOfficePassphrase));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(HEARTH_CLI), args);
}

Run office(const QStringList &args)
{
    return run(QStringLiteral(HEARTH_OFFICE), args);
}

QString sample(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA "/cases/") + name;
}

QString broken(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA "/sync/") + name;
}

// Every piece of text in a case file long enough to mean something.
void textsOf(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isString() && value.toString().size() >= 5)
        out.insert(value.toString());
    for (const QJsonValue &v : value.toArray())
        textsOf(v, out);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        textsOf(it.value(), out);
}

QString describe(const Run &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class TestOfficeEndToEnd : public QObject
{
    Q_OBJECT

    test::PostgresServer m_postgres;
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString freshTarget(const QString &target)
    {
        const QString name = u"office_%1"_s.arg(++m_databases);
        return target == u"sqlite" ? path(name + u".sqlite"_s) : m_postgres.url(name);
    }

    // A laptop: its store, enrolled with the office, holding the named sample cases.
    void laptop(const QString &name, const QString &practitioner, const QStringList &cases)
    {
        const QString db = path(name + u".hearth"_s);
        const Run init = cli({u"init"_s, u"--db"_s, db, u"--practitioner"_s, practitioner});
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        for (const QString &c : cases) {
            const Run imported = cli({u"import-case"_s, u"--db"_s, db, sample(c)});
            QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        }
        const Run enrol = cli({u"enrol"_s, u"--db"_s, db, u"--office-key"_s,
            path(u"keys/office.pub"_s), u"-o"_s, path(name + u".pub"_s)});
        QVERIFY2(enrol.exitCode == 0, qPrintable(describe(enrol)));
        QVERIFY(QFile::exists(path(name + u".pub"_s)));
    }

    // Changes Siân's person record on a laptop, as the app would.
    void edit(const QString &name, const std::function<void(Person &)> &change)
    {
        auto store = Store::open(path(name + u".hearth"_s), kPassphrase);
        QVERIFY2(store, qPrintable(store.error()));
        PersonRepository people(**store);
        auto person = people.find(QUuid::fromString(u"886ea07f-0767-5667-9217-9319dff3ab9f"_s));
        QVERIFY2(person, qPrintable(person.error()));
        change(*person);
        QVERIFY(people.save(*person));
    }

    QString exportBundle(const QString &name)
    {
        const QString out = path(name + u"-out"_s);
        QDir().mkpath(out);
        const Run r = cli({u"export-bundle"_s, u"--db"_s, path(name + u".hearth"_s), u"-o"_s, out});
        if (r.exitCode != 0)
            qFatal("%s", qPrintable(describe(r)));
        return r.out.trimmed();
    }

    // The lines of two dumps that differ, for a failure message: a dump runs to hundreds of
    // lines and QCOMPARE shows only their start.
    static QString difference(const QString &actual, const QString &expected)
    {
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        QStringList out;
        for (const QString &line : a)
            if (!e.contains(line))
                out << u"+ "_s + line;
        for (const QString &line : e)
            if (!a.contains(line))
                out << u"- "_s + line;
        return out.join(u'\n');
    }

    QString dump(const QString &target)
    {
        const Run r = office({u"dump"_s, u"--db"_s, target});
        if (r.exitCode != 0)
            qFatal("%s", qPrintable(describe(r)));
        return r.out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(u"elsewhere"_s)));
        const QString started = m_postgres.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const Run keygen = office({u"keygen"_s, u"--out"_s, path(u"keys"_s)});
        QVERIFY2(keygen.exitCode == 0, qPrintable(describe(keygen)));
        QVERIFY(keygen.out.contains(u"Fingerprint: "_s));
        // The private key is readable by its owner only, and encrypted.
        const QFile::Permissions permissions = QFile::permissions(path(u"keys/office.key"_s));
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
        QFile key(path(u"keys/office.key"_s));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().contains("argon2id"));
        // A second keygen into the same folder refuses and keeps the keys.
        const Run again = office({u"keygen"_s, u"--out"_s, path(u"keys"_s)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already exists"_s));

        laptop(u"hannah"_s, u"Hannah Ellis"_s,
            {u"adult-eligible-sian-pritchard.json"_s, u"adult-met-by-network-grace-okafor.json"_s});
        laptop(u"tomos"_s, u"Tomos Rees"_s, {u"adult-eligible-sian-pritchard.json"_s});
    }

    void endToEnd_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }
    void endToEnd()
    {
        QFETCH(QString, target);
        const QString db = freshTarget(target);
        const Run enrolled = office({u"enrol-device"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s),
            path(u"hannah.pub"_s), path(u"tomos.pub"_s)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(describe(enrolled)));
        QCOMPARE(enrolled.out.count(u"enrolled the laptop of"_s), 2);

        // The first day: each laptop sends what it has, with the finalised printouts.
        const QString hannah1 = exportBundle(u"hannah"_s);
        const QString tomos1 = exportBundle(u"tomos"_s);
        QVERIFY2(
            QRegularExpression(u"hearth-hannah-ellis-\\d{4}-\\d{2}-\\d{2}-0001\\.hearthbundle$"_s)
                .match(hannah1)
                .hasMatch(),
            qPrintable(hannah1));

        // Not a word of either case is readable in the bundles.
        QSet<QString> texts;
        for (const QString &c : {u"adult-eligible-sian-pritchard.json"_s,
                 u"adult-met-by-network-grace-okafor.json"_s}) {
            QFile file(sample(c));
            QVERIFY(file.open(QIODevice::ReadOnly));
            textsOf(QJsonDocument::fromJson(file.readAll()).object(), texts);
        }
        QVERIFY(texts.size() > 50);
        for (const QString &bundle : {hannah1, tomos1}) {
            QFile file(bundle);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &text : std::as_const(texts))
                QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));
            QVERIFY(!bytes.contains("%PDF"));
        }

        const Run first
            = office({u"import"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s), hannah1, tomos1});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QCOMPARE(first.out.count(u": imported bundle 1 from"_s), 2);
        QVERIFY(first.out.contains(u"2 printout(s)"_s));
        const QString receipt1 = QString(hannah1).replace(u".hearthbundle"_s, u".receipt"_s);
        QVERIFY(QFile::exists(receipt1));

        // Both laptops change Siân's details before any receipt reaches them.
        edit(u"hannah"_s, [](Person &p) { p.preferredName = u"Sian"_s; });
        edit(u"tomos"_s, [](Person &p) { p.phone = u"01873 850000"_s; });
        const QString hannah2 = exportBundle(u"hannah"_s);
        const QString tomos2 = exportBundle(u"tomos"_s);
        QVERIFY(hannah2.endsWith(u"-0002.hearthbundle"_s));

        const Run second
            = office({u"import"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s), hannah2, tomos2});
        QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
        QVERIFY2(second.out.contains(u"1 record(s) in conflict"_s), qPrintable(second.out));
        const Run conflicts = office({u"conflicts"_s, u"--db"_s, db});
        QVERIFY2(conflicts.exitCode == 0, qPrintable(describe(conflicts)));
        QVERIFY2(conflicts.out.startsWith(u"person 886ea07f-0767-5667-9217-9319dff3ab9f"_s),
            qPrintable(conflicts.out));
        QVERIFY(conflicts.out.contains(u"Hannah Ellis"_s));
        QVERIFY(conflicts.out.contains(u"Tomos Rees"_s));
        QVERIFY(conflicts.out.contains(u"differs in: phone, preferredName"_s));

        // Twice, in reverse, interleaved: the same office database.
        const QString once = dump(db);
        QVERIFY(once.contains(u"\nconflict\tperson\t"_s));
        const Run twice = office({u"import"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s), hannah1,
            tomos1, hannah2, tomos2});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.out.count(u"was already imported; nothing changed"_s), 4);
        QCOMPARE(dump(db), once);
        for (const QStringList &order : {QStringList {tomos2, hannah2, tomos1, hannah1},
                 QStringList {tomos1, hannah2, hannah1, tomos2}}) {
            const QString other = freshTarget(target);
            QCOMPARE(office({u"enrol-device"_s, u"--db"_s, other, u"--keys"_s, path(u"keys"_s),
                                path(u"tomos.pub"_s), path(u"hannah.pub"_s)})
                         .exitCode,
                0);
            // Their receipts go elsewhere: the laptops read the first office's.
            const Run imported = office(QStringList {u"import"_s, u"--db"_s, other, u"--keys"_s,
                                            path(u"keys"_s), u"--receipts"_s, path(u"elsewhere"_s)}
                + order);
            QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
            const QString otherDump = dump(other);
            QVERIFY2(otherDump == once, qPrintable(difference(otherDump, once)));
        }

        // The receipts reach the laptops: what the office has is forgotten there, and the
        // practitioner hears of the conflict.
        const QString receipt2 = QString(hannah2).replace(u".hearthbundle"_s, u".receipt"_s);
        const Run read
            = cli({u"import-receipt"_s, u"--db"_s, path(u"hannah.hearth"_s), receipt1, receipt2});
        QVERIFY2(read.exitCode == 0, qPrintable(describe(read)));
        QVERIFY(read.out.contains(u"the office has bundle 2"_s));
        QVERIFY2(read.out.contains(u"conflict with another laptop"_s), qPrintable(read.out));
        const Run nothing = cli({u"export-bundle"_s, u"--db"_s, path(u"hannah.hearth"_s), u"-o"_s,
            path(u"hannah-out"_s)});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.isEmpty());
        QVERIFY(nothing.err.contains(u"Nothing has changed"_s));
        // Put the laptops back as they were for the next target: new stores next time.
        for (const QString &name : {u"hannah"_s, u"tomos"_s}) {
            QFile::remove(path(name + u".hearth"_s));
            QFile::remove(Store::keyFilePath(path(name + u".hearth"_s)));
            QFile::remove(Store::backupPath(path(name + u".hearth"_s)));
            QDir(path(name + u"-out"_s)).removeRecursively();
            QFile::remove(path(name + u".pub"_s));
        }
        laptop(u"hannah"_s, u"Hannah Ellis"_s,
            {u"adult-eligible-sian-pritchard.json"_s, u"adult-met-by-network-grace-okafor.json"_s});
        laptop(u"tomos"_s, u"Tomos Rees"_s, {u"adult-eligible-sian-pritchard.json"_s});
    }

    // On a terminal, many bundles show a progress bar; in a pipe (scripts, CI logs) they don't.
    void progressBar()
    {
        const QString db = freshTarget(u"sqlite"_s);
        QCOMPARE(office({u"enrol-device"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s),
                            path(u"hannah.pub"_s)})
                     .exitCode,
            0);
        const QString first = exportBundle(u"hannah"_s);
        edit(u"hannah"_s, [](Person &p) { p.phone = u"01873 111111"_s; });
        const QString second = exportBundle(u"hannah"_s);
        QStringList command {QStringLiteral(HEARTH_OFFICE), u"import"_s, u"--db"_s, db, u"--keys"_s,
            path(u"keys"_s), u"--receipts"_s, path(u"elsewhere"_s), first, second};
        for (QString &word : command)
            word = u"'"_s + word.replace(u"'"_s, u"'\\''"_s) + u"'"_s;
        // util-linux script(1) gives the program a pseudo-terminal.
        const Run onTerminal = run(u"script"_s, {u"-qec"_s, command.join(u' '), u"/dev/null"_s});
        QVERIFY2(onTerminal.exitCode == 0, qPrintable(describe(onTerminal)));
        QVERIFY2(onTerminal.out.contains(u"] 2/2 bundles"_s), qPrintable(onTerminal.out));
        QVERIFY(onTerminal.out.contains(u"[###############...............] 1/2 bundles"_s));
        const Run inPipe = office({u"import"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s),
            u"--receipts"_s, path(u"elsewhere"_s), first, second});
        QCOMPARE(inPipe.exitCode, 0);
        QVERIFY(!inPipe.err.contains(u"bundles"_s));
    }

    // The deliberately broken files in tests/data/sync: each refused by name, exit 1, and
    // nothing written.
    void brokenFiles()
    {
        const QString db = freshTarget(u"sqlite"_s);
        QCOMPARE(office({u"enrol-device"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s),
                            path(u"hannah.pub"_s)})
                     .exitCode,
            0);
        const QString before = dump(db);
        const QList<std::pair<QString, QString>> bundles {
            {u"not-a-bundle.hearthbundle"_s, u"not a Hearth sync bundle"_s},
            {u"empty.hearthbundle"_s, u"not a Hearth sync bundle"_s},
            {u"truncated-header.hearthbundle"_s, u"not a Hearth sync bundle"_s},
            {u"future-version.hearthbundle"_s, u"format version 9"_s},
        };
        for (const auto &[file, message] : bundles) {
            const Run r = office({u"import"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s),
                u"--receipts"_s, path(QString()), broken(file)});
            QVERIFY2(r.exitCode == 1, qPrintable(file + describe(r)));
            QVERIFY2(r.err.contains(message) && r.err.contains(file), qPrintable(describe(r)));
            QVERIFY(r.err.contains(u"rejected, nothing imported"_s));
        }
        QCOMPARE(dump(db), before);
        QVERIFY(QDir(path(QString())).entryList({u"*.receipt"_s}).isEmpty());

        for (const auto &[file, message] : {std::pair {u"not-a-receipt.receipt"_s, u"not JSON"_s},
                 std::pair {u"unsigned.receipt"_s, u"another office"_s}}) {
            const Run r
                = cli({u"import-receipt"_s, u"--db"_s, path(u"hannah.hearth"_s), broken(file)});
            QVERIFY2(r.exitCode == 1 && r.err.contains(message), qPrintable(file + describe(r)));
        }
        const Run shortKeys = cli({u"enrol"_s, u"--db"_s, path(u"hannah.hearth"_s),
            u"--office-key"_s, broken(u"short-keys-office.pub"_s), u"-o"_s, path(u"never.pub"_s)});
        QCOMPARE(shortKeys.exitCode, 1);
        QVERIFY2(shortKeys.err.contains(u"wrong size"_s), qPrintable(describe(shortKeys)));
        QVERIFY(!QFile::exists(path(u"never.pub"_s)));
        const Run noDevice = office({u"enrol-device"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s),
            broken(u"no-device-id.pub"_s)});
        QCOMPARE(noDevice.exitCode, 1);
        QVERIFY2(
            noDevice.err.contains(u"no-device-id.pub"_s) && noDevice.err.contains(u"deviceId"_s),
            qPrintable(describe(noDevice)));
        QCOMPARE(dump(db), before);

        // The wrong office passphrase: told so, nothing imported.
        const QString good = exportBundle(u"hannah"_s);
        QFile wrong(path(u"wrong-passphrase"_s));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("not the office passphrase\n");
        wrong.close();
        const Run refused = office({u"import"_s, u"--db"_s, db, u"--keys"_s, path(u"keys"_s),
            u"--passphrase-file"_s, path(u"wrong-passphrase"_s), good});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"passphrase is not right for this office key"_s),
            qPrintable(describe(refused)));
        QCOMPARE(dump(db), before);
        // Usage errors exit 2.
        QCOMPARE(office({u"import"_s, u"--db"_s, db}).exitCode, 2);
        QCOMPARE(office({u"dump"_s}).exitCode, 2);
        QCOMPARE(cli({u"export-bundle"_s, u"--db"_s, path(u"hannah.hearth"_s)}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestOfficeEndToEnd)
#include "tst_officeendtoend.moc"
