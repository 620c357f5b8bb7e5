#pragma once

#include "core/assessment.h"
#include "core/network.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace hearth {

// A Resource Allocation System table (DESIGN 2.5; database/ras/, database/schema/ras.schema.json):
// points for each specified outcome the adult is unable to achieve, by need level, and how
// sustainable informal support moderates them down. Councils own their tables; Hearth ships
// an illustrative one that says so on every output.
struct RasTable
{
    Q_DECLARE_TR_FUNCTIONS(hearth::RasTable)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kLevels = 3; // one way of being unable, two, three or more

    QString name;
    QString version;
    bool illustrative = false;
    QString notes;
    qint64 pencePerPoint = 0;
    int weeksPerYear = 52;
    QHash<SpecifiedOutcome, std::array<int, kLevels>> outcomePoints;
    int metByNetworkPercent = 0; // a need met by sustainable support from the network
    int carerSupportPercent = 0; // an outcome a carer already helps with, sustainably

    // Reads and checks a table; the first problem is named with its JSON path.
    static Result<RasTable> read(const QByteArray &json);
    // database/ras/illustrative.json, embedded.
    static const RasTable &illustrativeTable();
};

// One outcome's part of an indicative budget, and why.
struct RasLine
{
    SpecifiedOutcome outcome = SpecifiedOutcome::Nutrition;
    int level = 0; // 0 when the outcome gives no points
    int points = 0; // from the table, before moderation
    int moderatedPoints = 0;
    QString reason; // in words, for the plan and the practitioner
};

// The indicative budget (Care Act s26(1)(b); never a decision): the points, the weekly and
// yearly amounts, and which need gave which points. Stored with the table's name and
// version.
struct RasResult
{
    QString tableName;
    QString tableVersion;
    bool illustrative = false;
    QList<RasLine> lines; // one per outcome the adult is unable to achieve, in statutory order
    int points = 0;
    qint64 weeklyPence = 0;
    qint64 yearlyPence = 0;
};

class Ras
{
    Q_DECLARE_TR_FUNCTIONS(hearth::Ras)

public:
    // The rules, in order, for each specified outcome the adult is unable to achieve:
    //  1. its level is how many ways of being unable apply on a typical or a bad day (reg 2(3),
    //     reg 2(4) for fluctuating needs), up to three;
    //  2. it gives points only through a recorded need: an outcome linked to no need gives
    //     none until it is;
    //  3. a need the council will meet, or not yet decided, or not met, counts in full;
    //  4. needs met only by the person's own strengths or the community give no points;
    //  5. a need met by the network is moderated down by metByNetworkPercent, but only when
    //     the network's support is sustainable (willing, able, sustainable and agreed);
    //  6. an outcome still counted that a carer already helps with is moderated down by
    //     carerSupportPercent, again only for sustainable support;
    //  7. moderated points are rounded down; weekly = points x pencePerPoint; yearly = weekly
    //     x weeksPerYear.
    static Result<RasResult> calculate(
        const RasTable &table, const Assessment &assessment, const QList<NetworkMember> &network);
};

} // namespace hearth
