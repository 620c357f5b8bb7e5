#pragma once

// One small bundle's contents used by the payload tests and the fuzz seeds: a person, a
// finalised assessment, a deleted network member and the plan's printout.

#include "sync/bundlepayload.h"

namespace hearth::sync::testing {

inline BundlePayload samplePayload(const QUuid &deviceId)
{
    using namespace Qt::Literals::StringLiterals;
    BundlePayload payload;
    payload.manifest.deviceId = deviceId;
    payload.manifest.practitioner = u"Hannah Ellis"_s;
    payload.manifest.sequence = 7;
    payload.manifest.createdAt = QDateTime(QDate(2026, 11, 23), QTime(17, 30), Qt::UTC);
    const QUuid person = QUuid::fromString(u"886ea07f-0767-5667-9217-9319dff3ab9f"_s);
    const QUuid assessment = QUuid::fromString(u"fa356cb8-dfcf-590e-aa12-c4f6d9a911af"_s);
    payload.records = {
        {u"person"_s, person, 4,
            QJsonObject {{u"givenNames"_s, u"Siân"_s}, {u"familyName"_s, u"Pritchard"_s}}, 2},
        {u"assessment"_s, assessment, 4,
            QJsonObject {{u"personId"_s, person.toString(QUuid::WithoutBraces)},
                {u"status"_s, u"finalised"_s}},
            3},
        {u"network-member"_s, QUuid::fromString(u"0b1d9a52-7c1e-4f0a-8e55-2d7f6c3b9a10"_s), 3, {},
            2, true},
    };
    payload.documents = {{assessment, 4, u"plan"_s, u"care-and-support-plan.pdf"_s,
        QByteArrayLiteral("%PDF-1.4\n% a stand-in for the plan\n%%EOF\n"), {}}};
    return payload;
}

} // namespace hearth::sync::testing
