// libFuzzer target for the Resource Allocation System table reader, RasTable::read, and the
// calculation it feeds, Ras::calculate. See docs/fuzzing.md.
//
// A council loads its own table in Settings, so the reader must refuse any bytes with a
// message, and a table that reads must give sound budgets for any points and pence it allows.
// Beyond "no crash, no leak, no undefined behaviour" (a points or pence overflow is undefined
// behaviour, fatal here), it checks that a refusal says why; that a table that reads keeps
// within the limits the reader promises and reads again, written out, to the same table; and
// that for fixed assessments, the budget's lines, points and amounts follow the rules of
// ras.h from that table.

#include "fuzz_ras.h"

#include "core/ras.h"
#include "core/statutory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace hearth::fuzz {

namespace {

// The table as database/schema/ras.schema.json describes it: the reader has no writer.
QByteArray written(const RasTable &table)
{
    QJsonObject points;
    for (auto it = table.outcomePoints.cbegin(); it != table.outcomePoints.cend(); ++it)
        points.insert(code(it.key()), QJsonArray {it.value()[0], it.value()[1], it.value()[2]});
    const QJsonObject root {{u"format"_s, u"hearth-ras-table"_s},
        {u"formatVersion"_s, RasTable::kFormatVersion}, {u"name"_s, table.name},
        {u"version"_s, table.version}, {u"illustrative"_s, table.illustrative},
        {u"notes"_s, table.notes}, {u"pencePerPoint"_s, table.pencePerPoint},
        {u"weeksPerYear"_s, table.weeksPerYear}, {u"outcomePoints"_s, points},
        {u"moderation"_s,
            QJsonObject {{u"metByNetworkPercent"_s, table.metByNetworkPercent},
                {u"carerSupportPercent"_s, table.carerSupportPercent}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool sameTable(const RasTable &a, const RasTable &b)
{
    return a.name == b.name && a.version == b.version && a.illustrative == b.illustrative
        && a.notes == b.notes && a.pencePerPoint == b.pencePerPoint
        && a.weeksPerYear == b.weeksPerYear && a.outcomePoints == b.outcomePoints
        && a.metByNetworkPercent == b.metByNetworkPercent
        && a.carerSupportPercent == b.carerSupportPercent;
}

void checkLimits(const RasTable &table)
{
    require(!table.name.isEmpty() && table.name == table.name.trimmed(), "a trimmed name");
    require(!table.version.isEmpty() && table.version == table.version.trimmed(), "a version");
    require(table.pencePerPoint >= 1 && table.pencePerPoint <= 1000000, "pencePerPoint");
    require(table.weeksPerYear == 52 || table.weeksPerYear == 53, "weeksPerYear");
    require(table.metByNetworkPercent >= 0 && table.metByNetworkPercent <= 100, "a percentage");
    require(table.carerSupportPercent >= 0 && table.carerSupportPercent <= 100, "a percentage");
    require(table.outcomePoints.size() == allSpecifiedOutcomes().size(), "every outcome");
    for (const SpecifiedOutcome outcome : allSpecifiedOutcomes()) {
        require(table.outcomePoints.contains(outcome), "every outcome has points");
        const std::array<int, RasTable::kLevels> levels = table.outcomePoints.value(outcome);
        for (std::size_t i = 0; i < levels.size(); ++i) {
            require(levels[i] >= 0 && levels[i] <= 10000, "points in range");
            require(i == 0 || levels[i] >= levels[i - 1], "points never go down");
        }
    }
}

// An adult unable to achieve every outcome but one, in `ways` ways each (a bad day adds one
// more, and one outcome has no way recorded yet), each outcome linked to a need met by one
// route after another (the last to none): every rule of ras.h applies to some outcome.
Assessment everyRoute(int ways)
{
    Assessment a = Assessment::blank(AssessmentKind::AdultNeeds);
    const QList<UnableMeaning> meanings = adultUnableMeanings();
    const QList<NeedMetBy> routes {NeedMetBy::NotYetDecided, NeedMetBy::PersonsOwnStrengths,
        NeedMetBy::Network, NeedMetBy::Community, NeedMetBy::Council, NeedMetBy::NotMet};
    for (qsizetype i = 0; i < a.outcomes.size(); ++i) {
        OutcomeRecord &record = a.outcomes[i];
        record.status = OutcomeStatus::Unable;
        record.meanings = meanings.first(std::min(qsizetype(ways), meanings.size()));
        record.badDayMeanings = {meanings.at((i + ways) % meanings.size())};
        if (i == 1) {
            record.meanings.clear();
            record.badDayMeanings.clear();
        }
        if (i == 2)
            record.status = OutcomeStatus::Achievable;
        if (i % 2 == 0)
            record.currentCarerSupport = u"Her son helps"_s;
        // The last outcome is linked to no need.
        if (i + 1 == a.outcomes.size())
            continue;
        Need need;
        need.id = QUuid::createUuidV5(QUuid(), u"need %1"_s.arg(i));
        need.outcomes = {record.outcome};
        need.metBy = routes.at(i % routes.size());
        a.needs.append(need);
    }
    return a;
}

QList<NetworkMember> sustainableNetwork()
{
    NetworkMember son;
    son.name = u"Owen"_s;
    son.willing = Answer::Yes;
    son.able = Answer::Yes;
    son.sustainable = Answer::Yes;
    son.agreedWithThem = true;
    return {son};
}

void checkBudget(
    const RasTable &table, const Assessment &assessment, const QList<NetworkMember> &network)
{
    const Result<RasResult> budget = Ras::calculate(table, assessment, network);
    require(budget.ok(), "an adult's assessment gives a budget");
    require(budget->tableName == table.name && budget->tableVersion == table.version,
        "the budget names its table");
    qsizetype unable = 0;
    for (const OutcomeRecord &record : assessment.outcomes)
        unable += record.status == OutcomeStatus::Unable ? 1 : 0;
    require(budget->lines.size() == unable, "a line for each outcome the adult cannot achieve");
    qint64 points = 0;
    for (const RasLine &line : budget->lines) {
        require(line.level >= 0 && line.level <= RasTable::kLevels, "a level");
        require(line.level == 0 ? line.points == 0
                                : line.points
                    == table.outcomePoints.value(line.outcome)[std::size_t(line.level - 1)],
            "the table's points for the level");
        require(line.moderatedPoints >= 0 && line.moderatedPoints <= line.points,
            "moderation only takes points away");
        require(!line.reason.isEmpty(), "each line says why");
        points += line.moderatedPoints;
    }
    require(budget->points == points, "the points are the lines' sum");
    require(budget->weeklyPence == points * table.pencePerPoint, "weekly = points x pence");
    require(
        budget->yearlyPence == budget->weeklyPence * table.weeksPerYear, "yearly = weekly x weeks");
}

} // namespace

Outcome runRas(const std::uint8_t *data, std::size_t size)
{
    const Result<RasTable> read = RasTable::read(bytesOf(data, size));
    if (!read) {
        require(!read.error().isEmpty(), "a refusal says why");
        return Outcome::Refused;
    }
    checkLimits(*read);
    const Result<RasTable> again = RasTable::read(written(*read));
    require(again.ok(), "what was read can be written and read again");
    require(sameTable(*again, *read), "the same table after a second round");

    // Fixed assessments, made once: the input is the table.
    static const QList<Assessment> assessments {everyRoute(1), everyRoute(2), everyRoute(4)};
    static const QList<NetworkMember> network = sustainableNetwork();
    for (const Assessment &assessment : assessments) {
        checkBudget(*read, assessment, network);
        checkBudget(*read, assessment, {});
    }
    const Result<RasResult> carer
        = Ras::calculate(*read, Assessment::blank(AssessmentKind::Carer), network);
    require(!carer.ok() && !carer.error().isEmpty(), "a carer's assessment is refused, saying why");
    return Outcome::Read;
}

} // namespace hearth::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    hearth::fuzz::runRas(data, size);
    return 0;
}
