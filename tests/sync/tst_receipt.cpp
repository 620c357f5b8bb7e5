// The office's receipt (DESIGN 4; docs/sync.md): what the office writes the laptop reads back
// unchanged; a receipt changed after signing, or from another office, is refused by name;
// and the receipts the fuzzer found (tests/data/sync/fuzz-*.receipt, signed with the fuzz
// targets' test office key, fuzz-office.pub) are refused with a message, not a crash.

#include "sync/receipt.h"

#include <QFile>
#include <QTest>

using namespace hearth;
using namespace hearth::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray syncData(const QString &name)
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA "/sync/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/data/sync/%s", qPrintable(name));
    return file.readAll();
}

QString hash(char c)
{
    return QString(64, QLatin1Char(c));
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsWhatWasWritten();
    void keepsMilliseconds();
    void sequenceLimits_data();
    void sequenceLimits();
    void changedAfterSigningIsRefused();
    void anotherOfficeIsRefused();
    void fuzzFindings_data();
    void fuzzFindings();

private:
    ImportReceipt sample() const;

    OfficeKeys m_office;
};

void TestReceipt::initTestCase()
{
    auto office = OfficeKeys::generate();
    QVERIFY2(office, qPrintable(office.error()));
    m_office = std::move(office.value());
}

ImportReceipt TestReceipt::sample() const
{
    ImportReceipt receipt;
    receipt.officeFingerprint = m_office.publicHalf().fingerprint();
    receipt.deviceId = QUuid::fromString(u"3f1c2a9e-1d4b-4e7a-9c55-0b6d8e2f7a41"_s);
    receipt.sequence = 7;
    receipt.payloadHash = hash('a');
    receipt.contentHash = hash('b');
    receipt.importedAt = QDateTime(QDate(2026, 11, 23), QTime(17, 31, 5), Qt::UTC);
    const QUuid assessment = QUuid::fromString(u"fa356cb8-dfcf-590e-aa12-c4f6d9a911af"_s);
    receipt.records
        = {{u"person"_s, QUuid::fromString(u"886ea07f-0767-5667-9217-9319dff3ab9f"_s), 4},
            {u"assessment"_s, assessment, 4}};
    receipt.documents = {{assessment, u"plan"_s, hash('c')}};
    receipt.conflicts = 1;
    return receipt;
}

void TestReceipt::readsWhatWasWritten()
{
    const ImportReceipt receipt = sample();
    const QByteArray written = receipt.write(m_office);
    const Result<ImportReceipt> read = ImportReceipt::read(written, m_office.publicHalf());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(*read, receipt);
    QCOMPARE(read->write(m_office), written);
}

// The office's import times have milliseconds. Once written without them, a receipt read and
// written again changed its time (found with fuzz_receipt's round trip).
void TestReceipt::keepsMilliseconds()
{
    ImportReceipt receipt = sample();
    receipt.importedAt = QDateTime(QDate(2026, 11, 23), QTime(17, 31, 5, 123), Qt::UTC);
    const QByteArray written = receipt.write(m_office);
    QVERIFY(written.contains("\"2026-11-23T17:31:05.123Z\""));
    const Result<ImportReceipt> read = ImportReceipt::read(written, m_office.publicHalf());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->importedAt, receipt.importedAt);
    // Whole seconds are written as they always were.
    QVERIFY(sample().write(m_office).contains("\"2026-11-23T17:31:05Z\""));
}

void TestReceipt::sequenceLimits_data()
{
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<bool>("reads");
    QTest::newRow("first") << qint64(1) << true;
    QTest::newRow("largest") << qint64(8999999999999999) << true;
    QTest::newRow("zero") << qint64(0) << false;
    QTest::newRow("negative") << qint64(-1) << false;
    QTest::newRow("beyond a double's whole numbers") << qint64(9000000000000000) << false;
}

void TestReceipt::sequenceLimits()
{
    QFETCH(qint64, sequence);
    QFETCH(bool, reads);
    ImportReceipt receipt = sample();
    receipt.sequence = sequence;
    const Result<ImportReceipt> read
        = ImportReceipt::read(receipt.write(m_office), m_office.publicHalf());
    QCOMPARE(read.ok(), reads);
    if (reads)
        QCOMPARE(read->sequence, sequence);
    else
        QCOMPARE(read.error(), u"The receipt's sequence is missing or not valid."_s);
}

void TestReceipt::changedAfterSigningIsRefused()
{
    QByteArray written = sample().write(m_office);
    QVERIFY(written.contains("\"sequence\": 7"));
    written.replace("\"sequence\": 7", "\"sequence\": 8");
    const Result<ImportReceipt> read = ImportReceipt::read(written, m_office.publicHalf());
    QVERIFY(!read);
    QVERIFY2(read.error().contains(u"signature does not match"_s), qPrintable(read.error()));
}

void TestReceipt::anotherOfficeIsRefused()
{
    auto other = OfficeKeys::generate();
    QVERIFY(other);
    const Result<ImportReceipt> read
        = ImportReceipt::read(sample().write(m_office), other->publicHalf());
    QVERIFY(!read);
    QVERIFY2(read.error().contains(u"another office"_s), qPrintable(read.error()));
}

void TestReceipt::fuzzFindings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    // fuzz_receipt: a signed sequence of 9e97 was cast to qint64 before its range was checked,
    // which is undefined behaviour.
    QTest::newRow("huge sequence")
        << u"fuzz-huge-sequence.receipt"_s << u"The receipt's sequence is missing or not valid."_s;
    // fuzz_receipt's round trip: 9999-12-31T23:59:59-14:00 read, but is the year 10000 in UTC,
    // which the receipt could not be written with again.
    QTest::newRow("year 10000 in UTC") << u"fuzz-imported-at-year-10000.receipt"_s
                                       << u"The receipt's importedAt is missing or not valid."_s;
}

void TestReceipt::fuzzFindings()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Result<OfficePublicKey> office
        = OfficePublicKey::fromFile(syncData(u"fuzz-office.pub"_s), u"fuzz-office.pub"_s);
    QVERIFY2(office, qPrintable(office.error()));
    const Result<ImportReceipt> read = ImportReceipt::read(syncData(file), *office);
    QVERIFY(!read);
    QCOMPARE(read.error(), message);
}

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
