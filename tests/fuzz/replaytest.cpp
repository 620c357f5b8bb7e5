#include "replaytest.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace hearth::fuzz {

ReplayTest::ReplayTest(const QString &corpus, EntryFunction run)
    : m_dir(QStringLiteral(HEARTH_SOURCE_DIR) + u"/tests/fuzz/corpus/"_s + corpus)
    , m_run(run)
{
}

void ReplayTest::corpusHasBothKinds()
{
    QVERIFY2(m_dir.exists(), qPrintable(m_dir.path()));
    QVERIFY(m_dir.entryList({u"valid-*"_s}, QDir::Files).size() >= 3);
    QVERIFY(m_dir.entryList({u"refused-*"_s}, QDir::Files).size() >= 3);
}

void ReplayTest::replay_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : m_dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << m_dir.filePath(name);
}

void ReplayTest::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    const Outcome outcome = m_run(
        reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(u"valid-"_s))
        QCOMPARE(outcome, Outcome::Read);
    else if (name.startsWith(u"refused-"_s))
        QVERIFY(outcome != Outcome::Read);
}

int replayMain(int argc, char **argv, const QString &corpus, EntryFunction run)
{
    QCoreApplication app(argc, argv);
    ReplayTest test(corpus, run);
    return QTest::qExec(&test, argc, argv);
}

} // namespace hearth::fuzz
