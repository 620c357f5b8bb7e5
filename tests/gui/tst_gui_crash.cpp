// Nothing typed is lost (DESIGN 4): the app is killed with SIGKILL one second after typing
// into a field, with no chance to save on the way out, and the text is in the store.

#include "guitest.h"

#include "core/casefile.h"

#include <QJsonDocument>
#include <QProcess>

using namespace hearth;
using namespace hearth::guitest;

class TestGuiCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedOneSecondAfterTyping_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("text");
        QTest::newRow("what matters") << QStringLiteral(
            "what-matters") << QStringLiteral("I want to get back to the choir on Thursdays");
        QTest::newRow("wellbeing") << QStringLiteral("wellbeing")
                                   << QStringLiteral("Misses her garden more than anything");
    }

    void killedOneSecondAfterTyping()
    {
        QFETCH(QString, step);
        QFETCH(QString, text);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QUuid personId;
        {
            auto store = makeStore(dir);
            QVERIFY(store);
            personId = addPerson(*store).id;
        }

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HEARTH_PASSPHRASE"), QString::fromUtf8(passphrase()));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(HEARTH_CRASH_TYPIST),
            {dir.filePath(QStringLiteral("hearth.db")), personId.toString(QUuid::WithoutBraces),
                step, text});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.state() == QProcess::NotRunning, 60000);
        const QByteArray said = app.readLine().trimmed();
        QVERIFY2(said == "typed",
            qPrintable(QStringLiteral("the typist stopped (exit %1) before typing: %2")
                           .arg(app.exitCode())
                           .arg(QString::fromUtf8(app.readAllStandardError()))));

        QTest::qWait(1000);
        app.kill(); // SIGKILL: no destructor, no close event, no last save
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        auto store = Store::open(dir.filePath(QStringLiteral("hearth.db")), passphrase());
        QVERIFY2(store, qPrintable(store.error()));
        auto assessments = AssessmentRepository(**store).forPerson(personId);
        QVERIFY2(assessments, qPrintable(assessments.error()));
        QCOMPARE(assessments->size(), 1);
        const QString stored = QString::fromUtf8(
            QJsonDocument(CaseFile::toJson(assessments->first())).toJson(QJsonDocument::Compact));
        QVERIFY2(stored.contains(text), qPrintable(stored.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestGuiCrash)
#include "tst_gui_crash.moc"
