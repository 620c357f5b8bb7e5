#pragma once

// Shared by the office tests: sample cases as bundle records, sealed bundles from made-up
// laptops, and a fresh office database on either target.

#include "../documents/samples.h"
#include "core/casefile.h"
#include "sync/bundleenvelope.h"
#include "sync/bundlepayload.h"
#include "sync/synckeys.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace officetest {

using namespace hearth;
using namespace hearth::sync;

using samples::sampleCase;

// Every record of a case, as a laptop that imported it would first send them: unchanged,
// base version = version.
inline QList<BundleRecord> recordsOf(const Case &c)
{
    QList<BundleRecord> out;
    out.append({QStringLiteral("person"), c.person.id, c.person.version, CaseFile::toJson(c.person),
        c.person.version});
    for (const NetworkMember &m : c.network)
        out.append(
            {QStringLiteral("network-member"), m.id, m.version, CaseFile::toJson(m), m.version});
    for (const CaseAssessment &a : c.assessments) {
        out.append({QStringLiteral("assessment"), a.assessment.id, a.assessment.version,
            CaseFile::toJson(a.assessment), a.assessment.version});
        if (a.plan)
            out.append({QStringLiteral("plan"), a.plan->id, a.plan->version,
                CaseFile::toJson(*a.plan), a.plan->version});
    }
    return out;
}

struct Laptop
{
    DeviceKeys keys;
    QString practitioner;

    DevicePublicKey publicKey(const OfficeKeys &office) const
    {
        return {
            keys.deviceId, practitioner, keys.publicKey, OfficeKeys::fingerprint(office.publicKey)};
    }

    QByteArray bundle(const OfficeKeys &office, qint64 sequence, const QList<BundleRecord> &records,
        const QList<BundleDocument> &documents = {}) const
    {
        BundlePayload payload;
        payload.manifest.deviceId = keys.deviceId;
        payload.manifest.practitioner = practitioner;
        payload.manifest.sequence = sequence;
        payload.manifest.createdAt = QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC);
        payload.records = records;
        payload.documents = documents;
        auto sealed = BundleEnvelope::seal(payload.write(), keys, office.publicKey);
        if (!sealed)
            qFatal("seal: %s", qPrintable(sealed.error()));
        return *sealed;
    }
};

inline Laptop laptop(const char *deviceId, const QString &practitioner)
{
    auto keys = DeviceKeys::generate(QUuid::fromString(QLatin1String(deviceId)));
    if (!keys)
        qFatal("keys: %s", qPrintable(keys.error()));
    return {std::move(keys).value(), practitioner};
}

// A record changed on a laptop: the given field set, version bumped, base kept.
inline BundleRecord changed(
    BundleRecord r, int base, int version, const QString &field, const QJsonValue &value)
{
    r.baseVersion = base;
    r.version = version;
    r.data.insert(field, value);
    return r;
}

} // namespace officetest
