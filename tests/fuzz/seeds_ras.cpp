// The seeds of fuzz_ras (tests/fuzz/corpus/ras): the illustrative table of database/ras, the
// tables of tests/data/ras as they are, the largest and smallest tables the reader allows (the
// arithmetic's edges), and one of each kind of refusal. The target reads the input as a
// whole table.

#include "seeds.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every outcome's points, and the pence and weeks, set to the same values.
QByteArray allSet(const QByteArray &table, int points, int pence, int weeks, int percent)
{
    QJsonObject root = QJsonDocument::fromJson(table).object();
    QJsonObject outcomes = root[u"outcomePoints"_s].toObject();
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        it.value() = QJsonArray {points, points, points};
    root[u"outcomePoints"_s] = outcomes;
    root[u"pencePerPoint"_s] = pence;
    root[u"weeksPerYear"_s] = weeks;
    root[u"moderation"_s]
        = QJsonObject {{u"metByNetworkPercent"_s, percent}, {u"carerSupportPercent"_s, percent}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

hearth::fuzz::Seeds hearth::fuzz::rasSeeds()
{
    Seeds seeds;
    const QByteArray illustrative = sourceFile(u"database/ras/illustrative.json"_s);
    seeds.append({u"valid-illustrative"_s, illustrative});
    const QDir tables(QStringLiteral(HEARTH_TEST_DATA "/ras"));
    for (const QString &name : tables.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const QString base = QFileInfo(name).completeBaseName();
        const QString seed = base.startsWith(u"broken-"_s)
            ? u"refused-"_s + base.mid(int(qstrlen("broken-")))
            : u"valid-"_s + base;
        seeds.append({seed, testData(u"ras/"_s + name)});
    }
    seeds.append({u"valid-largest"_s, allSet(illustrative, 10000, 1000000, 53, 0)});
    seeds.append({u"valid-smallest"_s, allSet(illustrative, 0, 1, 52, 100)});

    const auto add = [&](const QString &name, const QString &path, const QJsonValue &value) {
        seeds.append({u"refused-"_s + name, edited(illustrative, path, value)});
    };
    add(u"format"_s, u"format"_s, u"hearth-case"_s);
    add(u"format-version"_s, u"formatVersion"_s, 2);
    add(u"blank-version"_s, u"version"_s, u" "_s);
    add(u"illustrative-text"_s, u"illustrative"_s, u"yes"_s);
    add(u"pence-fraction"_s, u"pencePerPoint"_s, 12.5);
    add(u"pence-huge"_s, u"pencePerPoint"_s, 1e300);
    add(u"weeks"_s, u"weeksPerYear"_s, 54);
    add(u"unknown-outcome"_s, u"outcomePoints.flying"_s, QJsonArray {1, 2, 3});
    add(u"missing-outcome"_s, u"outcomePoints.clothing"_s, QJsonValue::Undefined);
    add(u"two-levels"_s, u"outcomePoints.nutrition"_s, QJsonArray {1, 2});
    add(u"points-huge"_s, u"outcomePoints.nutrition[2]"_s, 1e10);
    add(u"percent-over"_s, u"moderation.carerSupportPercent"_s, 150);
    return seeds;
}
