// The outside of a sync bundle (issue 5; DESIGN 4): signed by the laptop, sealed to the
// office. Every way a bundle can be wrong is refused whole, with a message saying which:
// any flipped bit, any truncation, another office, an unknown laptop, a wrong signature, an
// unknown format version. No text of the payload can be read in the bundle's bytes.

#include "sync/bundleenvelope.h"

#include <QTest>
#include <QtEndian>

using namespace hearth;
using namespace hearth::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPayload
    = QStringLiteral("{\"manifest\":{\"formatVersion\":1},\"records\":[{\"givenNames\":\"Siân\","
                     "\"familyName\":\"Pritchard\"}]}")
          .toUtf8();

} // namespace

class TestBundleEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWhatWasSealed();
    void payloadIsNotReadableInTheBytes();
    void everyFlippedBitIsRefused();
    void everyTruncationIsRefused();
    void anotherOfficeIsRefused();
    void unknownLaptopIsRefused();
    void wrongSignatureIsRefused();
    void unknownFormatVersionIsRefused();
    void notABundleIsRefused();

private:
    Result<BundleEnvelope::Opened> open(const QByteArray &bundle) const
    {
        return BundleEnvelope::open(bundle, m_office, m_enrolled);
    }

    OfficeKeys m_office;
    DeviceKeys m_laptop;
    BundleEnvelope::EnrolledDevices m_enrolled;
    QByteArray m_bundle;
};

void TestBundleEnvelope::initTestCase()
{
    auto office = OfficeKeys::generate();
    QVERIFY(office);
    m_office = std::move(office.value());
    auto laptop = DeviceKeys::generate(QUuid::createUuid());
    QVERIFY(laptop);
    m_laptop = std::move(laptop.value());
    m_enrolled = [this](const QUuid &id) -> std::optional<QByteArray> {
        if (id == m_laptop.deviceId)
            return m_laptop.publicKey;
        return std::nullopt;
    };
    auto sealed = BundleEnvelope::seal(kPayload, m_laptop, m_office.publicKey);
    QVERIFY2(sealed, qPrintable(sealed.error()));
    m_bundle = sealed.value();
}

void TestBundleEnvelope::opensWhatWasSealed()
{
    const auto opened = open(m_bundle);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->payload, kPayload);
    QCOMPARE(opened->deviceId, m_laptop.deviceId);
    // Sealing is randomised: the same payload never gives the same bytes twice.
    auto again = BundleEnvelope::seal(kPayload, m_laptop, m_office.publicKey);
    QVERIFY(again);
    QVERIFY(again.value() != m_bundle);
    QVERIFY(open(again.value()));
}

void TestBundleEnvelope::payloadIsNotReadableInTheBytes()
{
    QVERIFY(!m_bundle.contains("Pritchard"));
    QVERIFY(!m_bundle.contains(QStringLiteral("Siân").toUtf8()));
    QVERIFY(!m_bundle.contains("records"));
}

void TestBundleEnvelope::everyFlippedBitIsRefused()
{
    for (qsizetype i = 0; i < m_bundle.size(); ++i) {
        for (const char bit : {char(0x01), char(0x80)}) {
            QByteArray damaged = m_bundle;
            damaged[i] = char(damaged.at(i) ^ bit);
            const auto opened = open(damaged);
            QVERIFY2(!opened, qPrintable(u"byte %1 flipped was accepted"_s.arg(i)));
            QVERIFY(!opened.error().isEmpty());
        }
    }
}

void TestBundleEnvelope::everyTruncationIsRefused()
{
    for (qsizetype size = 0; size < m_bundle.size(); ++size) {
        const auto opened = open(m_bundle.left(size));
        QVERIFY2(!opened, qPrintable(u"cut to %1 bytes was accepted"_s.arg(size)));
    }
    // Past the header, a short bundle says it is truncated or cannot be decrypted.
    QVERIFY(open(m_bundle.left(40)).error().contains(u"truncated"_s));
    QVERIFY(open(m_bundle.chopped(1)).error().contains(u"cannot be decrypted"_s));
    // An extra byte on the end is damage too.
    QVERIFY(!open(m_bundle + '\0'));
}

void TestBundleEnvelope::anotherOfficeIsRefused()
{
    auto other = OfficeKeys::generate();
    QVERIFY(other);
    auto sealed = BundleEnvelope::seal(kPayload, m_laptop, other->publicKey);
    QVERIFY(sealed);
    const auto opened = open(sealed.value());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"another office"_s), qPrintable(opened.error()));
}

void TestBundleEnvelope::unknownLaptopIsRefused()
{
    auto stranger = DeviceKeys::generate(QUuid::createUuid());
    QVERIFY(stranger);
    auto sealed = BundleEnvelope::seal(kPayload, stranger.value(), m_office.publicKey);
    QVERIFY(sealed);
    const auto opened = open(sealed.value());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"not enrolled"_s), qPrintable(opened.error()));
    QVERIFY(opened.error().contains(stranger->deviceId.toString(QUuid::WithoutBraces)));
}

void TestBundleEnvelope::wrongSignatureIsRefused()
{
    // A laptop that claims an enrolled laptop's id but signs with its own key.
    auto impostor = DeviceKeys::generate(m_laptop.deviceId);
    QVERIFY(impostor);
    auto sealed = BundleEnvelope::seal(kPayload, impostor.value(), m_office.publicKey);
    QVERIFY(sealed);
    const auto opened = open(sealed.value());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"signature"_s), qPrintable(opened.error()));
}

void TestBundleEnvelope::unknownFormatVersionIsRefused()
{
    QByteArray future = m_bundle;
    qToBigEndian(quint16(2), future.data() + 12);
    const auto opened = open(future);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"format version 2"_s), qPrintable(opened.error()));
}

void TestBundleEnvelope::notABundleIsRefused()
{
    QVERIFY(open(QByteArray()).error().contains(u"not a Hearth sync bundle"_s));
    QVERIFY(open("%PDF-1.4 ...").error().contains(u"not a Hearth sync bundle"_s));
}

QTEST_GUILESS_MAIN(TestBundleEnvelope)
#include "tst_bundleenvelope.moc"
