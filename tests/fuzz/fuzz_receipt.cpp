// libFuzzer target for the laptop's receipt reader, ImportReceipt::read. See docs/fuzzing.md.
//
// A receipt is signed by the office, so a mutated receipt fails the signature check and its
// contents are never read. The first byte of the input therefore chooses the layer:
//
//   0  the rest is a whole receipt, read with the fixed office's public key: the JSON,
//      format, office and signature checks, and from the seeds the refusals of each.
//   1  the rest is the receipt object (the signed part), signed here with the fixed office's
//      key as ImportReceipt::write signs it and wrapped in a receipt, so every mutation of
//      it reaches the checks of its contents.
//
// Beyond "no crash, no leak, no undefined behaviour", it checks that a refusal says why, and
// that a receipt that reads can be written with the office's key, read back to an equal
// receipt and written again to the same bytes.

#include "fuzz_receipt.h"

#include "sync/receipt.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace hearth::fuzz {

namespace {

sync::OfficePublicKey fixedOffice()
{
    return fixedOfficeKeys().publicHalf();
}

Outcome readReceipt(const QByteArray &bytes)
{
    const sync::OfficePublicKey office = fixedOffice();
    const Result<sync::ImportReceipt> read = sync::ImportReceipt::read(bytes, office);
    if (!read) {
        require(!read.error().isEmpty(), "a refusal says why");
        return Outcome::Refused;
    }
    require(read->officeFingerprint == office.fingerprint(), "only the fixed office's receipts");
    const QByteArray written = read->write(fixedOfficeKeys());
    const Result<sync::ImportReceipt> again = sync::ImportReceipt::read(written, office);
    require(again.ok(), "what was read can be written and read again");
    require(*again == *read, "the same receipt after a second round");
    require(again->write(fixedOfficeKeys()) == written, "written again, the same bytes");
    return Outcome::Read;
}

} // namespace

QByteArray signedReceipt(const QJsonObject &receipt)
{
    // What ImportReceipt::write signs (signedBytes in app/sync/receipt.cpp): a domain label,
    // then the receipt object as Qt writes it compactly.
    const QByteArray message = QByteArrayLiteral("hearth-receipt-v1\n")
        + QJsonDocument(receipt).toJson(QJsonDocument::Compact);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
        fixedOfficeKeys().signSecretKey.data());
    const QJsonObject root {{u"format"_s, u"hearth-receipt"_s},
        {u"formatVersion"_s, sync::ImportReceipt::kFormatVersion}, {u"receipt"_s, receipt},
        {u"signature"_s, QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Outcome runReceipt(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return Outcome::NotOpened;
    const QByteArray rest = bytesOf(data + 1, size - 1);
    switch (ReceiptMode(data[0] % kReceiptModes)) {
    case ReceiptMode::File:
        return readReceipt(rest);
    case ReceiptMode::Signed: {
        const QJsonDocument object = QJsonDocument::fromJson(rest);
        // Not an object: nothing the office could have signed.
        if (!object.isObject())
            return Outcome::NotOpened;
        return readReceipt(signedReceipt(object.object()));
    }
    }
    return Outcome::NotOpened;
}

} // namespace hearth::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    hearth::fuzz::runReceipt(data, size);
    return 0;
}
