// The seeds of fuzz_bundle (tests/fuzz/corpus/bundle), written with the real writer and
// envelope and the fuzz target's fixed keys. Each file starts with the mode byte of
// fuzz_bundle.h. Sealing is randomised, so the envelope seeds differ from one run to the next.

#include "fuzz_bundle.h"
#include "seeds.h"

#include "samplepayload.h"
#include "sync/bundleenvelope.h"
#include "sync/bundlepayload.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace hearth;
using namespace hearth::sync;
using namespace Qt::Literals::StringLiterals;

namespace {

BundlePayload empty()
{
    BundlePayload payload;
    payload.manifest.deviceId = fuzz::fixedDeviceId();
    payload.manifest.practitioner = u"Hannah Ellis"_s;
    payload.manifest.sequence = 1;
    payload.manifest.createdAt = QDateTime(QDate(2026, 11, 23), QTime(17, 30), Qt::UTC);
    return payload;
}

// tests/sync/samplepayload.h: a person, an assessment, a deleted network member and the
// plan.
BundlePayload sample()
{
    return testing::samplePayload(fuzz::fixedDeviceId());
}

// A day with many people: every kind of record, and both printouts.
BundlePayload large()
{
    BundlePayload payload = empty();
    payload.manifest.sequence = 4096;
    for (int i = 0; i < 60; ++i) {
        const QUuid person = QUuid::createUuidV5(fuzz::fixedDeviceId(), u"person %1"_s.arg(i));
        const QUuid assessment
            = QUuid::createUuidV5(fuzz::fixedDeviceId(), u"assessment %1"_s.arg(i));
        const QString personId = person.toString(QUuid::WithoutBraces);
        payload.records.append({u"person"_s, person, 1 + i % 5,
            QJsonObject {{u"givenNames"_s, u"Person %1"_s.arg(i)}, {u"familyName"_s, u"Jones"_s},
                {u"nhsNumber"_s, u"943 476 5919"_s}, {u"postcode"_s, u"CF10 1AA"_s}},
            i % 5});
        payload.records.append({u"assessment"_s, assessment, 2,
            QJsonObject {{u"personId"_s, personId}, {u"status"_s, u"in-progress"_s},
                {u"wellbeing"_s, QJsonArray {1, 2.5, true, QJsonValue::Null, u"ok"_s}}},
            1});
        if (i % 3 == 0)
            payload.records.append(
                {u"network-member"_s, QUuid::createUuidV5(person, u"member"_s), 2, {}, 1, true});
        if (i % 10 == 0) {
            payload.records.append({u"plan"_s, QUuid::createUuidV5(assessment, u"plan"_s), 1,
                QJsonObject {{u"assessmentId"_s, assessment.toString(QUuid::WithoutBraces)}}, 0});
            payload.documents.append({assessment, 2, i % 20 ? u"easy-read"_s : u"plan"_s,
                u"plan-%1.pdf"_s.arg(i), QByteArrayLiteral("%PDF-1.7\n%%EOF\n"), {}});
        }
    }
    return payload;
}

// The payload with one change made to its JSON line; the PDFs after it are kept.
QByteArray editedPayload(BundlePayload payload, const std::function<void(QJsonObject &)> &change)
{
    const QByteArray written = payload.write();
    const QByteArray json = BundlePayload::jsonPart(written);
    QJsonObject root = QJsonDocument::fromJson(json).object();
    change(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + written.mid(json.size());
}

void editManifest(QJsonObject &root, const QString &key, const QJsonValue &value)
{
    QJsonObject m = root[u"manifest"_s].toObject();
    m[key] = value;
    root[u"manifest"_s] = m;
}

QByteArray sealed(const QByteArray &payload, const DeviceKeys &device, const QByteArray &office)
{
    Result<QByteArray> out = BundleEnvelope::seal(payload, device, office);
    if (!out) {
        std::fprintf(stderr, "make_seeds: %s\n", qPrintable(out.error()));
        std::exit(1);
    }
    return out.value();
}

QByteArray withMode(fuzz::Mode mode, const QByteArray &rest)
{
    return char(mode) + rest;
}

} // namespace

fuzz::Seeds fuzz::bundleSeeds()
{
    const DeviceKeys &laptop = fuzz::fixedDeviceKeys();
    const QByteArray office = fuzz::fixedOfficeKeys().publicKey;
    const QByteArray emptyJson = empty().write();
    const QByteArray sampleJson = sample().write();
    const QByteArray largeJson = large().write();
    const QByteArray badHash = editedPayload(sample(), [](QJsonObject &root) {
        QJsonArray records = root[u"records"_s].toArray();
        QJsonObject first = records.at(0).toObject();
        first[u"data"_s] = QJsonObject {{u"familyName"_s, u"Prichard"_s}};
        records[0] = first;
        root[u"records"_s] = records;
    });

    fuzz::Seeds seeds;
    using fuzz::Mode;
    const auto add = [&](const QString &name, Mode mode, const QByteArray &rest) {
        seeds.append({name, withMode(mode, rest)});
    };

    add(u"valid-envelope-empty"_s, Mode::Envelope, sealed(emptyJson, laptop, office));
    add(u"valid-envelope-sample"_s, Mode::Envelope, sealed(sampleJson, laptop, office));
    add(u"valid-envelope-large"_s, Mode::Envelope, sealed(largeJson, laptop, office));
    add(u"valid-payload-empty"_s, Mode::Payload, emptyJson);
    add(u"valid-payload-sample"_s, Mode::Payload, sampleJson);
    add(u"valid-payload-large"_s, Mode::Payload, largeJson);
    add(u"valid-sealed-empty"_s, Mode::SealedPayload, emptyJson);
    add(u"valid-sealed-sample"_s, Mode::SealedPayload, sampleJson);

    const QByteArray good = sealed(sampleJson, laptop, office);
    add(u"refused-envelope-other-office"_s, Mode::Envelope,
        sealed(sampleJson, laptop, fuzz::officeKeysFrom("hearth-fuzz-other-office").publicKey));
    add(u"refused-envelope-unknown-laptop"_s, Mode::Envelope,
        sealed(sampleJson,
            fuzz::deviceKeysFrom(
                QUuid::createUuidV5(fuzz::fixedDeviceId(), u"other"_s), "hearth-fuzz-other-laptop"),
            office));
    add(u"refused-envelope-bad-signature"_s, Mode::Envelope,
        sealed(sampleJson, fuzz::deviceKeysFrom(fuzz::fixedDeviceId(), "hearth-fuzz-impostor"),
            office));
    add(u"refused-envelope-truncated"_s, Mode::Envelope, good.left(good.size() - 10));
    add(u"refused-envelope-header-only"_s, Mode::Envelope, good.left(30));
    QByteArray version = good;
    version[13] = 2;
    add(u"refused-envelope-version"_s, Mode::Envelope, version);
    add(u"refused-envelope-not-a-bundle"_s, Mode::Envelope, QByteArrayLiteral("%PDF-1.4\n"));
    add(u"refused-envelope-bad-payload"_s, Mode::Envelope, sealed(badHash, laptop, office));
    add(u"refused-payload-not-json"_s, Mode::Payload, QByteArrayLiteral("{\"format\":"));
    add(u"refused-payload-not-object"_s, Mode::Payload, QByteArrayLiteral("[1,2]"));
    add(u"refused-payload-hash"_s, Mode::Payload, badHash);
    add(u"refused-payload-count"_s, Mode::Payload, editedPayload(sample(), [](QJsonObject &root) {
        editManifest(root, u"recordCount"_s, 2);
    }));
    add(u"refused-payload-sequence"_s, Mode::Payload,
        editedPayload(sample(), [](QJsonObject &root) { editManifest(root, u"sequence"_s, 1.5); }));
    // Once undefined behaviour in the reader (a number beyond qint64 cast to it).
    add(u"refused-payload-huge-sequence"_s, Mode::Payload,
        editedPayload(
            sample(), [](QJsonObject &root) { editManifest(root, u"sequence"_s, 1e300); }));
    add(u"refused-payload-created-at"_s, Mode::Payload,
        editedPayload(sample(),
            [](QJsonObject &root) { editManifest(root, u"createdAt"_s, u"23/11/2026"_s); }));
    add(u"refused-payload-duplicate"_s, Mode::Payload,
        editedPayload(sample(), [](QJsonObject &root) {
            QJsonArray records = root[u"records"_s].toArray();
            records.append(records.at(0));
            root[u"records"_s] = records;
        }));
    add(u"refused-sealed-deleted-with-data"_s, Mode::SealedPayload,
        editedPayload(sample(), [](QJsonObject &root) {
            QJsonArray records = root[u"records"_s].toArray();
            QJsonObject member = records.at(2).toObject();
            member[u"data"_s] = QJsonObject {};
            records[2] = member;
            root[u"records"_s] = records;
        }));
    add(u"refused-sealed-document"_s, Mode::SealedPayload,
        editedPayload(sample(), [](QJsonObject &root) {
            QJsonArray documents = root[u"documents"_s].toArray();
            QJsonObject plan = documents.at(0).toObject();
            plan[u"size"_s] = plan[u"size"_s].toInt() + 1000;
            documents[0] = plan;
            root[u"documents"_s] = documents;
        }));

    return seeds;
}
