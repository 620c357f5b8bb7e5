#include "ras.h"

#include "core/statutory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

// Outside the namespace, as Q_INIT_RESOURCE requires.
static void initRasResources()
{
    Q_INIT_RESOURCE(hearth_ras);
}

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

bool wholeNumber(const QJsonValue &v, qint64 minimum, qint64 maximum)
{
    const double d = v.toDouble(-1);
    return v.isDouble() && d >= double(minimum) && d <= double(maximum) && d == double(qint64(d));
}

} // namespace

Result<RasTable> RasTable::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error {tr("The RAS table is not JSON: %1.").arg(parseError.errorString())};
    const QJsonObject root = doc.object();
    auto bad = [](const QString &path, const QString &what) {
        return Error {tr("The RAS table's %1 %2.").arg(path, what)};
    };
    if (root.value(u"format"_s).toString() != u"hearth-ras-table")
        return bad(u"format"_s, tr("is not \"hearth-ras-table\""));
    if (root.value(u"formatVersion"_s).toInt(-1) != kFormatVersion)
        return bad(
            u"formatVersion"_s, tr("is not a version this Hearth reads (%1)").arg(kFormatVersion));
    RasTable table;
    table.name = root.value(u"name"_s).toString().trimmed();
    table.version = root.value(u"version"_s).toString().trimmed();
    if (table.name.isEmpty())
        return bad(u"name"_s, tr("is missing"));
    if (table.version.isEmpty())
        return bad(u"version"_s, tr("is missing"));
    if (!root.value(u"illustrative"_s).isBool())
        return bad(u"illustrative"_s, tr("must be true or false"));
    table.illustrative = root.value(u"illustrative"_s).toBool();
    table.notes = root.value(u"notes"_s).toString();
    if (!wholeNumber(root.value(u"pencePerPoint"_s), 1, 1000000))
        return bad(u"pencePerPoint"_s, tr("must be a whole number of pence from 1 to 1000000"));
    table.pencePerPoint = qint64(root.value(u"pencePerPoint"_s).toDouble());
    if (!wholeNumber(root.value(u"weeksPerYear"_s), 52, 53))
        return bad(u"weeksPerYear"_s, tr("must be 52 or 53"));
    table.weeksPerYear = root.value(u"weeksPerYear"_s).toInt();

    const QJsonObject points = root.value(u"outcomePoints"_s).toObject();
    for (auto it = points.begin(); it != points.end(); ++it) {
        const QString path = u"outcomePoints.%1"_s.arg(it.key());
        const std::optional<SpecifiedOutcome> outcome = specifiedOutcomeFromCode(it.key());
        if (!outcome)
            return bad(path, tr("is not a specified outcome"));
        const QJsonArray levels = it.value().toArray();
        if (levels.size() != kLevels)
            return bad(path, tr("must list points for %1 levels").arg(kLevels));
        std::array<int, kLevels> byLevel {};
        for (int i = 0; i < kLevels; ++i) {
            if (!wholeNumber(levels.at(i), 0, 10000))
                return bad(u"%1[%2]"_s.arg(path).arg(i), tr("must be a whole number of points"));
            byLevel[std::size_t(i)] = levels.at(i).toInt();
            if (i > 0 && byLevel[std::size_t(i)] < byLevel[std::size_t(i - 1)])
                return bad(
                    u"%1[%2]"_s.arg(path).arg(i), tr("is fewer points than the level below"));
        }
        table.outcomePoints.insert(*outcome, byLevel);
    }
    for (SpecifiedOutcome outcome : allSpecifiedOutcomes()) {
        if (!table.outcomePoints.contains(outcome))
            return bad(u"outcomePoints.%1"_s.arg(code(outcome)), tr("is missing"));
    }
    const QJsonObject moderation = root.value(u"moderation"_s).toObject();
    for (const auto &[key, target] :
        {std::pair {u"metByNetworkPercent"_s, &table.metByNetworkPercent},
            std::pair {u"carerSupportPercent"_s, &table.carerSupportPercent}}) {
        if (!wholeNumber(moderation.value(key), 0, 100))
            return bad(u"moderation."_s + key, tr("must be a percentage from 0 to 100"));
        *target = moderation.value(key).toInt();
    }
    return table;
}

const RasTable &RasTable::illustrativeTable()
{
    static const RasTable table = [] {
        initRasResources();
        QFile file(u":/hearth/ras/illustrative.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the illustrative RAS table is not built in");
        Result<RasTable> read = RasTable::read(file.readAll());
        if (!read)
            qFatal("the illustrative RAS table is not valid: %s", qPrintable(read.error()));
        return std::move(read).value();
    }();
    return table;
}

Result<RasResult> Ras::calculate(
    const RasTable &table, const Assessment &assessment, const QList<NetworkMember> &network)
{
    if (assessment.forCarer())
        return Error {tr("%1 gives points for an adult's needs; a carer's assessment has none in "
                         "it.")
                          .arg(table.name)};
    const bool sustainableSupport = std::any_of(network.cbegin(), network.cend(),
        [](const NetworkMember &m) { return m.isSustainableSupport(); });

    RasResult result;
    result.tableName = table.name;
    result.tableVersion = table.version;
    result.illustrative = table.illustrative;
    for (const OutcomeRecord &record : assessment.outcomes) {
        if (record.status != OutcomeStatus::Unable)
            continue;
        RasLine line;
        line.outcome = record.outcome;
        QSet<UnableMeaning> ways(record.meanings.cbegin(), record.meanings.cend());
        ways.unite(
            QSet<UnableMeaning>(record.badDayMeanings.cbegin(), record.badDayMeanings.cend()));
        const int level = std::min(int(ways.size()), RasTable::kLevels);
        if (level == 0) {
            line.reason = tr("No way of being unable is recorded yet: no points.");
            result.lines.append(line);
            continue;
        }
        QSet<NeedMetBy> routes;
        for (const Need &need : assessment.needs) {
            if (need.outcomes.contains(record.outcome))
                routes.insert(need.metBy);
        }
        line.level = level;
        line.points = table.outcomePoints.value(record.outcome)[std::size_t(level - 1)];
        // Spelled out: there is no English .ts file to supply %n plural forms.
        const QString base = level == 1
            ? tr("Unable in 1 way: %1 points.").arg(line.points)
            : tr("Unable in %1 ways: %2 points.").arg(level).arg(line.points);
        auto moderated = [&](int percent) { return line.points * (100 - percent) / 100; };
        if (routes.isEmpty()) {
            line.reason = tr("Not linked to a recorded need: no points until it is.");
        } else if (routes.contains(NeedMetBy::Council) || routes.contains(NeedMetBy::NotYetDecided)
            || routes.contains(NeedMetBy::NotMet)) {
            line.moderatedPoints = line.points;
            line.reason = base;
            if (!record.currentCarerSupport.trimmed().isEmpty()) {
                if (sustainableSupport && table.carerSupportPercent > 0) {
                    line.moderatedPoints = moderated(table.carerSupportPercent);
                    line.reason += u' '
                        + tr("Less %1% for the sustainable support someone already gives: %2 "
                             "points.")
                              .arg(table.carerSupportPercent)
                              .arg(line.moderatedPoints);
                } else if (!sustainableSupport) {
                    line.reason += u' '
                        + tr("The help someone gives now is not recorded as sustainable, so it "
                             "does not reduce the points.");
                }
            }
        } else if (routes.contains(NeedMetBy::Network)) {
            if (sustainableSupport) {
                line.moderatedPoints = moderated(table.metByNetworkPercent);
                line.reason = base + u' '
                    + tr("Met by the person's network, whose support is sustainable: less %1%, "
                         "%2 points.")
                          .arg(table.metByNetworkPercent)
                          .arg(line.moderatedPoints);
            } else {
                line.moderatedPoints = line.points;
                line.reason = base + u' '
                    + tr("Met by the person's network, but its support is not recorded as "
                         "sustainable, so it does not reduce the points.");
            }
        } else {
            line.reason = tr("Met by the person's own strengths or the community: no points.");
        }
        result.points += line.moderatedPoints;
        result.lines.append(line);
    }
    result.weeklyPence = result.points * table.pencePerPoint;
    result.yearlyPence = result.weeklyPence * table.weeksPerYear;
    return result;
}

} // namespace hearth
