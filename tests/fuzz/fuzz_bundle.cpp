// libFuzzer target for the office's sync bundle reader: BundleEnvelope::open, then
// BundlePayload::read. See docs/fuzzing.md.
//
// Fuzzing a sealed bundle alone reaches little: any change to the sealed part fails
// decryption, so only the header checks would ever see mutated bytes. The first byte of the
// input therefore chooses the layer, and libFuzzer mutates that byte like any other:
//
//   0  the rest is a whole bundle, opened with the fixed office keys and an enrolment list
//      that knows the fixed laptop; what opens is read. Reaches the header checks, and from
//      the seeds the unknown-laptop, bad-signature and refused-payload paths.
//   1  the rest is payload JSON, read directly: the fastest way into the JSON checks.
//   2  the rest is payload JSON that is signed and sealed here with the fixed keys, then
//      opened and read, so every mutation of the JSON goes through the whole path and the
//      envelope's round trip is checked on each one. Slower (X25519, Ed25519 each time).
//
// Beyond "no crash, no leak, no undefined behaviour", it checks: a bundle sealed with the
// right keys opens and gives back the same payload; and whatever is read can be written
// again and read back to the same records and documents.

#include "fuzz_bundle.h"

#include "sync/bundleenvelope.h"
#include "sync/bundlepayload.h"

namespace hearth::fuzz {

namespace {

Outcome readPayload(const QByteArray &json)
{
    Result<sync::BundlePayload> read = sync::BundlePayload::read(json);
    if (!read) {
        require(!read.error().isEmpty(), "a refusal says why");
        return Outcome::Refused;
    }
    require(read->manifest.recordCount == read->records.size(), "recordCount checked");
    require(read->manifest.documentCount == read->documents.size(), "documentCount checked");
    // What the office accepted it can write again and read back unchanged.
    sync::BundlePayload copy = read.value();
    Result<sync::BundlePayload> again = sync::BundlePayload::read(copy.write());
    require(again.ok(), "what was read can be written and read again");
    require(again->records == read->records, "records survive a second round");
    require(again->documents == read->documents, "documents survive a second round");
    require(again->manifest.contentHash == read->manifest.contentHash, "the same hash");
    return Outcome::Read;
}

Outcome openAndRead(const QByteArray &bundle)
{
    const QByteArray devicePublicKey = fixedDeviceKeys().publicKey;
    const QUuid deviceId = fixedDeviceId();
    Result<sync::BundleEnvelope::Opened> opened = sync::BundleEnvelope::open(
        bundle, fixedOfficeKeys(), [&](const QUuid &id) -> std::optional<QByteArray> {
            if (id == deviceId)
                return devicePublicKey;
            return std::nullopt;
        });
    if (!opened) {
        require(!opened.error().isEmpty(), "a refusal says why");
        return Outcome::NotOpened;
    }
    require(opened->deviceId == deviceId, "only the enrolled laptop's bundles open");
    return readPayload(opened->payload);
}

Outcome sealOpenAndRead(const QByteArray &payload)
{
    Result<QByteArray> sealed
        = sync::BundleEnvelope::seal(payload, fixedDeviceKeys(), fixedOfficeKeys().publicKey);
    require(sealed.ok(), "any payload can be sealed");
    Result<sync::BundleEnvelope::Opened> opened = sync::BundleEnvelope::open(
        sealed.value(), fixedOfficeKeys(), [](const QUuid &id) -> std::optional<QByteArray> {
            if (id == fixedDeviceId())
                return fixedDeviceKeys().publicKey;
            return std::nullopt;
        });
    require(opened.ok(), "a bundle sealed with the right keys opens");
    require(opened->payload == payload, "the envelope gives back the same payload");
    return readPayload(opened->payload);
}

} // namespace

Outcome runBundle(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return Outcome::NotOpened;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (Mode(data[0] % kModes)) {
    case Mode::Envelope:
        return openAndRead(rest);
    case Mode::Payload:
        return readPayload(rest);
    case Mode::SealedPayload:
        return sealOpenAndRead(rest);
    }
    return Outcome::NotOpened;
}

} // namespace hearth::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    hearth::fuzz::runBundle(data, size);
    return 0;
}
