// The indicative budget from a Resource Allocation System table (issue 6; DESIGN 2.5): the
// points, their moderation by sustainable informal support, and the amounts. Every sample
// case's result is worked out by hand here from database/ras/illustrative.json.

#include "../documents/samples.h"
#include "core/casefile.h"
#include "core/plan.h"
#include "core/ras.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

namespace {

using samples::sampleCase;

QJsonValue pointsArray(std::initializer_list<int> points)
{
    QJsonArray out;
    for (int p : points)
        out.append(p);
    return out;
}

QByteArray illustrativeJson()
{
    QFile file(QStringLiteral(HEARTH_SOURCE_DIR "/database/ras/illustrative.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the illustrative table");
    return file.readAll();
}

// A table where every outcome gives 10, 20, 30 points, for the rules' own tests.
RasTable flatTable()
{
    RasTable table = RasTable::illustrativeTable();
    for (SpecifiedOutcome outcome : allSpecifiedOutcomes())
        table.outcomePoints[outcome] = {10, 20, 30};
    table.pencePerPoint = 100;
    table.metByNetworkPercent = 100;
    table.carerSupportPercent = 25;
    return table;
}

Assessment withOutcome(SpecifiedOutcome outcome, QList<UnableMeaning> meanings, NeedMetBy metBy,
    const QString &carerSupport = {})
{
    Assessment a = Assessment::blank(AssessmentKind::AdultNeeds);
    for (OutcomeRecord &record : a.outcomes) {
        if (record.outcome == outcome) {
            record.status = OutcomeStatus::Unable;
            record.meanings = meanings;
            record.currentCarerSupport = carerSupport;
        }
    }
    Need need;
    need.id = QUuid::createUuid();
    need.outcomes = {outcome};
    need.metBy = metBy;
    a.needs = {need};
    return a;
}

QList<NetworkMember> network(bool sustainable)
{
    NetworkMember m;
    m.name = u"Ceri"_s;
    m.willing = Answer::Yes;
    m.able = Answer::Yes;
    m.sustainable = sustainable ? Answer::Yes : Answer::No;
    m.agreedWithThem = true;
    return {m};
}

int pointsOf(const RasTable &table, const Assessment &a, const QList<NetworkMember> &n)
{
    auto r = Ras::calculate(table, a, n);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r->points;
}

} // namespace

class TestRas : public QObject
{
    Q_OBJECT

private slots:
    void illustrativeTable()
    {
        const RasTable &table = RasTable::illustrativeTable();
        // The plan's "Illustrative figures" warning keys on this name (PersonalBudget).
        QCOMPARE(table.name, PersonalBudget::kIllustrativeTableName);
        QVERIFY(table.illustrative);
        QCOMPARE(table.version, u"2026.1"_s);
        QCOMPARE(table.pencePerPoint, 1500);
        QCOMPARE(table.outcomePoints.size(), 10);
        QCOMPARE(table.outcomePoints.value(SpecifiedOutcome::PersonalHygiene)[1], 10);
    }

    // By hand, from database/ras/illustrative.json (£15 a point, 52 weeks):
    void sampleCases_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("points");
        QTest::addColumn<qint64>("weekly");
        QTest::addColumn<qint64>("yearly");
        // Farid: nutrition 1 way, council 6; home safety 1 way 4; habitable home 1 way 3;
        // community met by the community 0. 13 points, £195 a week.
        QTest::newRow("Farid Ahmed")
            << u"adult-advocate-farid-ahmed.json"_s << 13 << qint64(19500) << qint64(19500 * 52);
        // Siân: personal hygiene 2 ways, council 10. Nutrition met by her own strengths 0;
        // community 0; clothing, home safety, habitable home linked to no need 0. 10 points.
        QTest::newRow("Siân Pritchard")
            << u"adult-eligible-sian-pritchard.json"_s << 10 << qint64(15000) << qint64(15000 * 52);
        // Zoë (typical and bad days together): nutrition 1 way 6; personal hygiene 2 ways 10;
        // clothing 1 way 4; caring for a child 1 way 4, her carer helps and the network is
        // sustainable, less 25%: 3. Habitable home no need 0; work met by the community 0.
        // 6 + 10 + 4 + 3 = 23 points, £345 a week.
        QTest::newRow("Zoë Brennan-Hughes") << u"adult-fluctuating-zoe-brennan-hughes.json"_s << 23
                                            << qint64(34500) << qint64(34500 * 52);
        // Grace: nutrition 1 way 6 and personal hygiene 1 way 6, each also a council need and
        // each helped by her family, less 25%: 4 + 4. Habitable home met by her sustainable
        // network, less 100%: 0. 8 points, £120 a week.
        QTest::newRow("Grace Okafor") << u"adult-met-by-network-grace-okafor.json"_s << 8
                                      << qint64(12000) << qint64(12000 * 52);
        // Paddy: habitable home, met by his own strengths. No points.
        QTest::newRow("Paddy Doyle")
            << u"adult-one-outcome-paddy-doyle.json"_s << 0 << qint64(0) << qint64(0);
    }
    void sampleCases()
    {
        QFETCH(QString, file);
        QFETCH(int, points);
        QFETCH(qint64, weekly);
        QFETCH(qint64, yearly);
        const Case c = sampleCase(file);
        auto result = Ras::calculate(
            RasTable::illustrativeTable(), c.assessments.first().assessment, c.network);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result->points, points);
        QCOMPARE(result->weeklyPence, weekly);
        QCOMPARE(result->yearlyPence, yearly);
        QCOMPARE(result->tableName, u"Illustrative RAS"_s);
        QCOMPARE(result->tableVersion, u"2026.1"_s);
        QVERIFY(result->illustrative);
        int sum = 0;
        for (const RasLine &line : result->lines) {
            QVERIFY(!line.reason.isEmpty());
            sum += line.moderatedPoints;
        }
        QCOMPARE(sum, points);
    }

    void carersAssessmentRefused()
    {
        const Case c = sampleCase(u"carer-gosia-kowalska.json"_s);
        auto result = Ras::calculate(
            RasTable::illustrativeTable(), c.assessments.first().assessment, c.network);
        QVERIFY(!result);
        QVERIFY(result.error().contains(u"carer's assessment"_s));
    }

    void levels()
    {
        using M = UnableMeaning;
        const RasTable table = flatTable();
        const auto nutrition = SpecifiedOutcome::Nutrition;
        QCOMPARE(pointsOf(table,
                     withOutcome(nutrition, {M::UnableWithoutAssistance}, NeedMetBy::Council), {}),
            10);
        QCOMPARE(
            pointsOf(table,
                withOutcome(nutrition, {M::UnableWithoutAssistance, M::TakesSignificantlyLonger},
                    NeedMetBy::Council),
                {}),
            20);
        // Four ways is still the top level.
        QCOMPARE(pointsOf(table,
                     withOutcome(nutrition,
                         {M::UnableWithoutAssistance, M::TakesSignificantlyLonger,
                             M::EndangersHealthOrSafety, M::SignificantPainDistressOrAnxiety},
                         NeedMetBy::Council),
                     {}),
            30);
        // Bad days add their ways (reg 2(4)); the same way on both counts once.
        Assessment fluctuating
            = withOutcome(nutrition, {M::UnableWithoutAssistance}, NeedMetBy::Council);
        for (OutcomeRecord &r : fluctuating.outcomes) {
            if (r.outcome == nutrition)
                r.badDayMeanings = {M::UnableWithoutAssistance, M::EndangersHealthOrSafety};
        }
        QCOMPARE(pointsOf(table, fluctuating, {}), 20);
        // Unable, but no way recorded yet: nothing.
        QCOMPARE(pointsOf(table, withOutcome(nutrition, {}, NeedMetBy::Council), {}), 0);
    }

    void routes()
    {
        const RasTable table = flatTable();
        const auto hygiene = SpecifiedOutcome::PersonalHygiene;
        const QList<UnableMeaning> one {UnableMeaning::UnableWithoutAssistance};
        QCOMPARE(pointsOf(table, withOutcome(hygiene, one, NeedMetBy::Council), {}), 10);
        QCOMPARE(pointsOf(table, withOutcome(hygiene, one, NeedMetBy::NotYetDecided), {}), 10);
        QCOMPARE(pointsOf(table, withOutcome(hygiene, one, NeedMetBy::NotMet), {}), 10);
        QCOMPARE(pointsOf(table, withOutcome(hygiene, one, NeedMetBy::PersonsOwnStrengths), {}), 0);
        QCOMPARE(pointsOf(table, withOutcome(hygiene, one, NeedMetBy::Community), {}), 0);
        // Not linked to any need: no points.
        Assessment unlinked = withOutcome(hygiene, one, NeedMetBy::Council);
        unlinked.needs.clear();
        QCOMPARE(pointsOf(table, unlinked, {}), 0);
    }

    // Moderation only ever for sustainable support (DESIGN 2.4, 2.5).
    void moderation()
    {
        RasTable table = flatTable();
        const auto home = SpecifiedOutcome::HabitableHomeEnvironment;
        const QList<UnableMeaning> two {
            UnableMeaning::UnableWithoutAssistance, UnableMeaning::TakesSignificantlyLonger};
        QCOMPARE(pointsOf(table, withOutcome(home, two, NeedMetBy::Network), network(true)), 0);
        QCOMPARE(pointsOf(table, withOutcome(home, two, NeedMetBy::Network), network(false)), 20);
        table.metByNetworkPercent = 60;
        QCOMPARE(pointsOf(table, withOutcome(home, two, NeedMetBy::Network), network(true)), 8);
        // A carer already helps: 25% off 20 = 15, only when the support is sustainable.
        QCOMPARE(pointsOf(table,
                     withOutcome(home, two, NeedMetBy::Council, u"Her son cleans on Sundays"_s),
                     network(true)),
            15);
        QCOMPARE(pointsOf(table,
                     withOutcome(home, two, NeedMetBy::Council, u"Her son cleans on Sundays"_s),
                     network(false)),
            20);
        // Rounded down: 25% off 10 is 7.5, so 7.
        const QList<UnableMeaning> one {UnableMeaning::UnableWithoutAssistance};
        QCOMPARE(pointsOf(table, withOutcome(home, one, NeedMetBy::Council, u"Her son"_s),
                     network(true)),
            7);
        auto explained
            = Ras::calculate(table, withOutcome(home, two, NeedMetBy::Network, {}), network(false));
        QVERIFY(explained->lines.first().reason.contains(u"not recorded as sustainable"_s));
    }

    void amounts()
    {
        RasTable table = flatTable();
        table.pencePerPoint = 1234;
        table.weeksPerYear = 53;
        auto r = Ras::calculate(table,
            withOutcome(SpecifiedOutcome::Nutrition, {UnableMeaning::UnableWithoutAssistance},
                NeedMetBy::Council),
            {});
        QCOMPARE(r->weeklyPence, 12340);
        QCOMPARE(r->yearlyPence, 12340 * 53);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << u"format"_s << QJsonValue(u"points"_s) << u"format"_s;
        QTest::newRow("version") << u"formatVersion"_s << QJsonValue(2) << u"formatVersion"_s;
        QTest::newRow("no name") << u"name"_s << QJsonValue(u" "_s) << u"name is missing"_s;
        QTest::newRow("pence") << u"pencePerPoint"_s << QJsonValue(12.5) << u"pencePerPoint"_s;
        QTest::newRow("weeks") << u"weeksPerYear"_s << QJsonValue(12) << u"weeksPerYear"_s;
        QTest::newRow("illustrative")
            << u"illustrative"_s << QJsonValue(u"yes"_s) << u"illustrative"_s;
        QTest::newRow("percent") << u"moderation.carerSupportPercent"_s << QJsonValue(150)
                                 << u"moderation.carerSupportPercent must be a percentage"_s;
        QTest::newRow("unknown outcome") << u"outcomePoints.flying"_s << (pointsArray({1, 2, 3}))
                                         << u"outcomePoints.flying is not a specified outcome"_s;
        QTest::newRow("two levels") << u"outcomePoints.nutrition"_s << (pointsArray({1, 2}))
                                    << u"outcomePoints.nutrition must list points for 3 levels"_s;
        QTest::newRow("falling") << u"outcomePoints.toilet-needs"_s << (pointsArray({9, 5, 12}))
                                 << u"outcomePoints.toilet-needs[1] is fewer points"_s;
        QTest::newRow("missing outcome")
            << u"outcomePoints.clothing"_s << QJsonValue(QJsonValue::Undefined)
            << u"outcomePoints.clothing is missing"_s;
    }
    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QVERIFY(RasTable::read(illustrativeJson())); // the unchanged file reads
        QJsonObject root = QJsonDocument::fromJson(illustrativeJson()).object();
        const QStringList parts = path.split(u'.');
        if (parts.size() == 1) {
            root[path] = value;
        } else {
            QJsonObject inner = root[parts.at(0)].toObject();
            if (value.isUndefined())
                inner.remove(parts.at(1));
            else
                inner[parts.at(1)] = value;
            root[parts.at(0)] = inner;
        }
        auto read = RasTable::read(QJsonDocument(root).toJson());
        QVERIFY(!read);
        QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(TestRas)
#include "tst_ras.moc"
