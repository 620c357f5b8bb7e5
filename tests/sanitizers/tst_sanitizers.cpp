// The asan preset catches what docs/sanitizers.md says it does: each bad operation ends the
// probe with SIGABRT (abort_on_error, so no test takes a report for a program's own exit
// status) and the sanitizer's report; a clean run exits 0; and Hearth's own programs carry
// the runtime. Runs with the preset's environment (ctest --preset asan).
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSanitizers : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        QProcess::ExitStatus status = QProcess::NormalExit;
        int code = -1;
        QString output;
    };

    static Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.status = process.exitStatus();
        result.code = process.exitCode();
        result.output = QString::fromUtf8(process.readAll());
        return result;
    }

private slots:
    void thePresetsOptionsAreSet()
    {
        // Without abort_on_error a report exits with status 1, which a test of hearth-cli
        // could take for the program's own failure.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QVERIFY2(env.value(u"ASAN_OPTIONS"_s).contains(u"abort_on_error=1"_s),
            "ASAN_OPTIONS lacks abort_on_error=1: run with ctest --preset asan");
        QVERIFY2(env.value(u"UBSAN_OPTIONS"_s).contains(u"abort_on_error=1"_s),
            "UBSAN_OPTIONS lacks abort_on_error=1: run with ctest --preset asan");
        QVERIFY2(env.value(u"LSAN_OPTIONS"_s).contains(u"lsan.supp"_s),
            "LSAN_OPTIONS does not name tests/sanitizers/lsan.supp");
    }

    void aCleanRunExitsNormally()
    {
        const Run r = run(QStringLiteral(HEARTH_SANITIZER_PROBE), {u"probe"_s, u"clean"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.output.contains(u"survived clean"_s), qPrintable(r.output));
    }

    void eachFaultEndsTheProgramWithItsReport_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("report");
        // UBSan's object-size check may see this one before ASan does: either report will do.
        QTest::newRow("heap overflow")
            << u"heap-overflow"_s << u"heap-buffer-overflow|insufficient space for an object"_s;
        QTest::newRow("use after free") << u"use-after-free"_s << u"heap-use-after-free"_s;
        QTest::newRow("leak") << u"leak"_s << u"detected memory leaks"_s;
        QTest::newRow("signed overflow") << u"signed-overflow"_s << u"signed integer overflow"_s;
        QTest::newRow("float cast overflow")
            << u"float-cast-overflow"_s << u"outside the range of representable values"_s;
    }

    void eachFaultEndsTheProgramWithItsReport()
    {
        QFETCH(QString, fault);
        QFETCH(QString, report);
        const Run r = run(QStringLiteral(HEARTH_SANITIZER_PROBE), {u"probe"_s, fault});
        QVERIFY2(r.status == QProcess::CrashExit,
            qPrintable(u"the probe was not stopped (exit %1):\n%2"_s.arg(r.code).arg(r.output)));
        QVERIFY2(r.output.contains(QRegularExpression(report)), qPrintable(r.output));
        QVERIFY2(!r.output.contains(u"survived"_s), qPrintable(r.output));
        // The report points into the probe's source, so a report in Hearth's code will too.
        if (fault != u"leak"_s)
            QVERIFY2(r.output.contains(u"sanitizerprobe.cpp"_s), qPrintable(r.output));
    }

    void hearthsProgramsCarryTheRuntime()
    {
        // help=1 makes the AddressSanitizer runtime list its flags as the program starts: it
        // does so only in a program built with it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":help=1"_s);
        const Run r = run(QStringLiteral(HEARTH_CLI), {u"--version"_s}, env);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.output.contains(u"Available flags for AddressSanitizer"_s), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(TestSanitizers)
#include "tst_sanitizers.moc"
