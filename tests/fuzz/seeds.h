#pragma once

// The seed corpora of the fuzz targets (tests/fuzz/corpus/NAME), as make_seeds writes them:
// file name and content. A name valid-* must read; refused-* must not (the replay tests
// check both).

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace hearth::fuzz {

using Seeds = QList<std::pair<QString, QByteArray>>;

Seeds bundleSeeds();
Seeds caseFileSeeds();
Seeds receiptSeeds();
Seeds rasSeeds();

// A file of tests/data (HEARTH_TEST_DATA) or of the source tree; make_seeds stops when it
// cannot be read.
QByteArray testData(const QString &relativePath);
QByteArray sourceFile(const QString &relativePath);

// The JSON text written compactly, or with one value changed at `path` ("person.id",
// "assessments[0].assessment.outcomes[2].outcome"); an undefined value removes the member.
QByteArray compact(const QByteArray &json);
QByteArray edited(const QByteArray &json, const QString &path, const QJsonValue &value);

} // namespace hearth::fuzz
