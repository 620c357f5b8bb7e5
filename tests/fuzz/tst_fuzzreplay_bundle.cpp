// Replays the seed corpus of fuzz_bundle (and any crash inputs added to it) through the fuzz
// target's own entry function, in the normal build, so CI exercises it without clang. A seed
// named valid-* must open and read; refused-* must be refused. An input that breaks one of
// the target's invariants aborts this test as it would the fuzzer.

#include "fuzz_bundle.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

namespace {

QDir corpus()
{
    return QDir(QStringLiteral(HEARTH_SOURCE_DIR) + u"/tests/fuzz/corpus/bundle"_s);
}

} // namespace

class TestFuzzReplayBundle : public QObject
{
    Q_OBJECT

private slots:
    void corpusHasBothKinds();
    void replay_data();
    void replay();
};

void TestFuzzReplayBundle::corpusHasBothKinds()
{
    const QDir dir = corpus();
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    QVERIFY(dir.entryList({u"valid-*"_s}, QDir::Files).size() >= 3);
    QVERIFY(dir.entryList({u"refused-*"_s}, QDir::Files).size() >= 3);
}

void TestFuzzReplayBundle::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir = corpus();
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestFuzzReplayBundle::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    const fuzz::Outcome outcome = fuzz::runBundle(
        reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(u"valid-"_s))
        QCOMPARE(outcome, fuzz::Outcome::Read);
    else if (name.startsWith(u"refused-"_s))
        QVERIFY(outcome != fuzz::Outcome::Read);
}

QTEST_GUILESS_MAIN(TestFuzzReplayBundle)
#include "tst_fuzzreplay_bundle.moc"
