// hearth-cli driven as a user drives it: a real process, real files, the environment for the
// passphrase. These tests hold the foundation's acceptance points that cross layers: nothing
// readable at rest, clear errors with non-zero exits, and nothing stored from a bad file.

#include "core/casefile.h"
#include "storage/auditlog.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString casesDir()
{
    return QStringLiteral(HEARTH_TEST_DATA "/cases");
}

QStringList caseFiles(bool broken)
{
    QStringList files;
    const QStringList names = QDir(casesDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const bool isBroken = name.contains(u"broken"_s) || name.contains(u"invalid"_s);
        if (isBroken == broken)
            files.append(casesDir() + u'/' + name);
    }
    return files;
}

// Every file below `dir`, path -> SHA-256 of its bytes: "changes nothing" made checkable.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(path, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_processTmp; // TMPDIR of every hearth-cli run, searched for plaintext too

    Run cli(const QStringList &args, const QByteArray &passphrase = kPassphrase,
        const QByteArray &stdinBytes = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"HEARTH_PASSPHRASE"_s);
        if (!passphrase.isNull())
            env.insert(u"HEARTH_PASSPHRASE"_s, QString::fromUtf8(passphrase));
        env.insert(u"TMPDIR"_s, m_processTmp);
        env.insert(u"HEARTH_PRACTITIONER"_s, u"Test Practitioner"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HEARTH_CLI), args);
        if (!process.waitForStarted())
            return {};
        process.write(stdinBytes);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString newStore(const QString &name)
    {
        const QString path = m_tmp.filePath(name + u"/hearth.db"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        const Run r = cli({u"init"_s, u"--db"_s, path});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_processTmp = m_tmp.filePath(u"process-tmp"_s);
        QVERIFY(QDir().mkpath(m_processTmp));
        QVERIFY2(QFileInfo::exists(QStringLiteral(HEARTH_CLI)), HEARTH_CLI);
        QVERIFY2(caseFiles(false).size() >= 6, "the six sample cases are in tests/data/cases");
        QVERIFY(!caseFiles(true).isEmpty());
    }

    void version()
    {
        const Run r = cli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("hearth-cli "));
        QVERIFY(r.out.trimmed().split(' ').last().count('.') == 2);
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({u"frobnicate"_s, u"--db"_s, u"x"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown command 'frobnicate'"));
        const Run noDb = cli({u"import-case"_s, u"a.json"_s});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(noDb.err.contains("--db"));
    }

    void initRefusesToOverwrite()
    {
        const QString db = newStore(u"overwrite"_s);
        QVERIFY(QFileInfo::exists(db));
        const auto before = snapshot(QFileInfo(db).absolutePath());
        const Run again = cli({u"init"_s, u"--db"_s, db});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(snapshot(QFileInfo(db).absolutePath()), before);
    }

    void missingPassphraseIsAClearError()
    {
        const QString db = newStore(u"nopass"_s);
        const Run r = cli({u"verify"_s, u"--db"_s, db}, QByteArray());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("HEARTH_PASSPHRASE"), r.err.constData());
    }

    void passphraseFile()
    {
        const QString db = newStore(u"passfile"_s);
        const QString file = m_tmp.filePath(u"passphrase.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPassphrase + "\n");
        f.close();
        QCOMPARE(
            cli({u"verify"_s, u"--db"_s, db, u"--passphrase-file"_s, file}, QByteArray()).exitCode,
            0);
    }

    void wrongPassphraseChangesNothing()
    {
        const QString db = newStore(u"wrong"_s);
        QCOMPARE(cli({u"import-case"_s, u"--db"_s, db, caseFiles(false).first()}).exitCode, 0);
        const auto before = snapshot(QFileInfo(db).absolutePath());
        const Run r
            = cli({u"import-case"_s, u"--db"_s, db, caseFiles(false).last()}, "not the passphrase");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("passphrase is not right"), r.err.constData());
        QCOMPARE(snapshot(QFileInfo(db).absolutePath()), before);
    }

    void importExportRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : caseFiles(false))
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void importExportRoundTrip()
    {
        QFETCH(QString, file);
        const QString db = newStore(u"roundtrip-"_s + QFileInfo(file).baseName());
        const Run imported = cli({u"import-case"_s, u"--db"_s, db, file});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString id = QString::fromUtf8(imported.out.split('\n').first());
        QVERIFY2(!QUuid::fromString(id).isNull(), imported.out.constData());

        const QString out = m_tmp.filePath(u"export-"_s + QFileInfo(file).fileName());
        const Run exported = cli({u"export-case"_s, u"--db"_s, db, id, u"-o"_s, out});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        QFile original(file), copy(out);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        const auto a = hearth::CaseFile::read(original.readAll());
        const auto b = hearth::CaseFile::read(copy.readAll());
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QVERIFY(*a == *b);
        // And the same JSON, member for member.
        QCOMPARE(QJsonDocument::fromJson(hearth::CaseFile::write(*a)),
            QJsonDocument::fromJson(hearth::CaseFile::write(*b)));

        // A second import of the same case is refused and changes nothing.
        const auto before = snapshot(QFileInfo(db).absolutePath());
        const Run twice = cli({u"import-case"_s, u"--db"_s, db, file});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("already"), twice.err.constData());
    }

    void brokenCasesRejected_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : caseFiles(true))
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void brokenCasesRejected()
    {
        QFETCH(QString, file);
        const QString db = newStore(u"broken-"_s + QFileInfo(file).baseName());
        const auto before = snapshot(QFileInfo(db).absolutePath());
        const Run r = cli({u"import-case"_s, u"--db"_s, db, file});
        QCOMPARE(r.exitCode, 1);
        // The message names the file and says something beyond "error".
        QVERIFY2(r.err.contains(QFileInfo(file).fileName().toUtf8()), r.err.constData());
        QVERIFY2(r.err.size() > QFileInfo(file).fileName().size() + 30, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(snapshot(QFileInfo(db).absolutePath()), before);
    }

    void hugeFieldRejected()
    {
        // A 10 MB free-text field, made here rather than committed.
        QFile good(caseFiles(false).first());
        QVERIFY(good.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(good.readAll()).object();
        QJsonObject person = root.value(u"person"_s).toObject();
        person.insert(u"preferredName"_s, QString(10 * 1024 * 1024, u'a'));
        root.insert(u"person"_s, person);
        const QString file = m_tmp.filePath(u"broken-huge-field.json"_s);
        QFile huge(file);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        huge.close();

        const QString db = newStore(u"huge"_s);
        const auto before = snapshot(QFileInfo(db).absolutePath());
        const Run r = cli({u"import-case"_s, u"--db"_s, db, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bytes") || r.err.contains("characters"), r.err.constData());
        QCOMPARE(snapshot(QFileInfo(db).absolutePath()), before);
    }

    void nothingReadableAtRest()
    {
        const QString db = newStore(u"at-rest"_s);
        QStringList needles;
        for (const QString &file : caseFiles(false)) {
            const Run r = cli({u"import-case"_s, u"--db"_s, db, file});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto c = hearth::CaseFile::read(f.readAll());
            QVERIFY(c.ok());
            needles << c->person.familyName;
            for (const auto &ca : c->assessments) {
                if (ca.assessment.whatMatters.inTheirWords.size() >= 20)
                    needles << ca.assessment.whatMatters.inTheirWords.left(40);
            }
        }
        // Exercise the other paths that touch the disk: export to stdout, eligibility, verify.
        QCOMPARE(cli({u"verify"_s, u"--db"_s, db}).exitCode, 0);
        needles.removeAll(QString());
        QVERIFY(needles.size() >= 6);

        QStringList searched;
        for (const QString &dir : {QFileInfo(db).absolutePath(), m_processTmp}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                searched << QFileInfo(path).fileName();
                for (const QString &needle : std::as_const(needles)) {
                    const QByteArray utf16(
                        reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
                    QVERIFY2(!bytes.contains(needle.toUtf8()),
                        qPrintable(u"'%1' readable in %2"_s.arg(needle, path)));
                    QVERIFY2(!bytes.contains(utf16),
                        qPrintable(u"'%1' readable (UTF-16) in %2"_s.arg(needle, path)));
                }
            }
        }
        // The store, its key file and its backup were among the files searched.
        QVERIFY2(searched.contains(u"hearth.db"_s), qPrintable(searched.join(u", "_s)));
        QVERIFY(searched.contains(u"hearth.db.keys"_s));
        QVERIFY(searched.contains(u"hearth.db.backup"_s));
    }

    void sqlite3ToolCannotOpenTheStore()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
        if (sqlite3.isEmpty())
            QFAIL("the sqlite3 command is not installed (packaging/debian-packages.txt lists it)");
        const QString db = newStore(u"sqlite3"_s);
        QCOMPARE(cli({u"import-case"_s, u"--db"_s, db, caseFiles(false).first()}).exitCode, 0);
        QProcess process;
        process.start(sqlite3, {db, u"SELECT count(*) FROM sqlite_master;"_s});
        QVERIFY(process.waitForFinished());
        QVERIFY(process.exitCode() != 0);
        QVERIFY2(process.readAllStandardError().contains("not a database"), "sqlite3 refused");
    }

    // hearth-cli plan and easy-read (issue 4): a PDF of every sample, written whole; bad
    // input refused with a message and no file.
    void printouts()
    {
        const QString db = newStore(u"printouts"_s);
        QString id;
        for (const QString &file : caseFiles(false)) {
            const Run imported = cli({u"import-case"_s, u"--db"_s, db, file});
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            id = QString::fromUtf8(imported.out.split('\n').first());
            for (const QString &command : {u"plan"_s, u"easy-read"_s}) {
                const QString out = m_tmp.filePath(u"%1-%2.pdf"_s.arg(command, id));
                const Run r = cli({command, u"--db"_s, db, id, u"-o"_s, out});
                QVERIFY2(r.exitCode == 0, r.err.constData());
                QFile pdf(out);
                QVERIFY(pdf.open(QIODevice::ReadOnly));
                const QByteArray bytes = pdf.readAll();
                QVERIFY(bytes.startsWith("%PDF-"));
                QVERIFY(bytes.trimmed().endsWith("%%EOF"));
                QProcess check;
                check.start(u"qpdf"_s, {u"--check"_s, out});
                QVERIFY(check.waitForFinished(60000));
                QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
            }
        }

        const QString out = m_tmp.filePath(u"refused.pdf"_s);
        const Run noOutput = cli({u"plan"_s, u"--db"_s, db, QUuid::createUuid().toString()});
        QCOMPARE(noOutput.exitCode, 2);
        QVERIFY(noOutput.err.contains("-o"));
        const Run badId = cli({u"easy-read"_s, u"--db"_s, db, u"not-an-id"_s, u"-o"_s, out});
        QCOMPARE(badId.exitCode, 2);
        QVERIFY(badId.err.contains("'not-an-id' is not a valid case id"));
        const Run unknown = cli({u"plan"_s, u"--db"_s, db,
            QUuid::createUuid().toString(QUuid::WithoutBraces), u"-o"_s, out});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!unknown.err.isEmpty());
        const Run noFolder
            = cli({u"plan"_s, u"--db"_s, db, QUuid::createUuid().toString(QUuid::WithoutBraces),
                u"-o"_s, m_tmp.filePath(u"no/such/folder/plan.pdf"_s)});
        QCOMPARE(noFolder.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void eligibilityReports()
    {
        const QString db = newStore(u"eligibility"_s);
        int checked = 0;
        for (const QString &file : caseFiles(false)) {
            const Run imported = cli({u"import-case"_s, u"--db"_s, db, file});
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            const QString id = QString::fromUtf8(imported.out.split('\n').first());
            const Run r = cli({u"eligibility"_s, u"--db"_s, db, id});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QJsonParseError error;
            const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(report.value(u"caseId"_s).toString(), id);
            const QJsonArray conditions = report.value(u"conditions"_s).toArray();
            QCOMPARE(conditions.size(), 3);
            for (const auto &condition : conditions)
                QVERIFY(!condition.toObject().value(u"reason"_s).toString().isEmpty());
            QVERIFY(report.value(u"decision"_s).toObject().contains(u"recorded"_s));

            const QString name = QFileInfo(file).fileName();
            const QString result
                = report.value(u"proposal"_s).toObject().value(u"result"_s).toString();
            if (name.contains(u"carer"_s)) {
                QCOMPARE(report.value(u"determination"_s).toString(), u"carer"_s);
                QVERIFY(report.value(u"regulation"_s).toString().contains(u"regulation 3"_s));
                // The summary in words, for a person reading the output, says so too.
                const QString summary
                    = report.value(u"proposal"_s).toObject().value(u"summary"_s).toString();
                QVERIFY2(
                    summary.startsWith(u"Carer's determination (reg 3)"_s), qPrintable(summary));
                ++checked;
            } else {
                QCOMPARE(report.value(u"determination"_s).toString(), u"adult"_s);
            }
            if (name.contains(u"one-outcome"_s)) {
                QCOMPARE(result, u"not-eligible"_s);
                QCOMPARE(report.value(u"unableOutcomes"_s).toArray().size(), 1);
                ++checked;
            }
            if (name.startsWith(u"adult-eligible"_s)) {
                QCOMPARE(result, u"eligible"_s);
                QVERIFY(report.value(u"unableOutcomes"_s).toArray().size() >= 2);
                ++checked;
            }
        }
        QCOMPARE(checked, 3);

        const Run missing = cli(
            {u"eligibility"_s, u"--db"_s, db, QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(missing.exitCode, 1);
        const Run notAnId = cli({u"eligibility"_s, u"--db"_s, db, u"nobody"_s});
        QCOMPARE(notAnId.exitCode, 2);
        QVERIFY(notAnId.err.contains("not a valid"));
    }

    void auditTamperIsDetected()
    {
        const QString db = newStore(u"audit"_s);
        QCOMPARE(cli({u"import-case"_s, u"--db"_s, db, caseFiles(false).first()}).exitCode, 0);
        QCOMPARE(cli({u"verify"_s, u"--db"_s, db}).exitCode, 0);
        {
            auto store = hearth::Store::open(db, kPassphrase);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            char *message = nullptr;
            const int rc = sqlite3_exec((*store)->handle(),
                "UPDATE audit_log SET actor = 'Someone Else' WHERE seq = 2", nullptr, nullptr,
                &message);
            sqlite3_free(message);
            QCOMPARE(rc, SQLITE_OK);
            QCOMPARE(sqlite3_changes((*store)->handle()), 1);
        }
        const Run r = cli({u"verify"_s, u"--db"_s, db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("2"), r.err.constData());
    }

    void changePassphrase()
    {
        const QString db = newStore(u"rewrap"_s);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_PASSPHRASE"_s, QString::fromUtf8(kPassphrase));
        env.insert(u"HEARTH_NEW_PASSPHRASE"_s, u"a brand new passphrase"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HEARTH_CLI), {u"change-passphrase"_s, u"--db"_s, db});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(cli({u"verify"_s, u"--db"_s, db}).exitCode, 1);
        QCOMPARE(cli({u"verify"_s, u"--db"_s, db}, "a brand new passphrase").exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
