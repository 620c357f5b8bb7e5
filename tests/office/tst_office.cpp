// hearth-office run as the office runs it: a real process on the sample and broken files.

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run office(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(HEARTH_OFFICE), args);
    if (!process.waitForStarted() || !process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QStringList cases(bool broken)
{
    const QDir dir(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    QStringList files;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        if ((name.contains(u"broken") || name.contains(u"invalid")) == broken)
            files << dir.filePath(name);
    }
    return files;
}

} // namespace

class TestOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run r = office({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"hearth-office "));
    }

    void usage()
    {
        QCOMPARE(office({}).exitCode, 2);
        const Run unknown = office({u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"unknown command 'frobnicate'"));
        QCOMPARE(office({u"check-case"_s}).exitCode, 2);
    }

    void samplesAreValid()
    {
        const QStringList files = cases(false);
        QVERIFY(files.size() >= 6);
        const Run r = office(QStringList {u"check-case"_s} + files);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(u": valid ("_s), files.size());
        QVERIFY(r.out.contains(u"Siân Pritchard"));
    }

    // Each broken file is named with its problem; one bad file among good ones fails the run.
    void brokenAreNamed()
    {
        const QStringList broken = cases(true);
        QVERIFY(!broken.isEmpty());
        for (const QString &file : broken) {
            const Run r = office({u"check-case"_s, cases(false).first(), file});
            QVERIFY2(r.exitCode == 1, qPrintable(file));
            QVERIFY2(r.err.startsWith(file + u": "_s), qPrintable(r.err));
            QVERIFY2(r.err.size() > file.size() + 10, qPrintable(r.err));
            QCOMPARE(r.out.count(u": valid ("_s), 1);
        }
        const Run missing = office({u"check-case"_s, u"/nonexistent/case.json"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"cannot read"));
    }
};

QTEST_GUILESS_MAIN(TestOffice)
#include "tst_office.moc"
