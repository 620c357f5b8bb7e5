#include "core/casefile.h"
#include "core/statutory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace hearth;

namespace {

QString casesDir()
{
    return QStringLiteral(HEARTH_TEST_DATA "/cases");
}

bool isBroken(const QString &fileName)
{
    return fileName.contains("broken"_L1) || fileName.contains("invalid"_L1);
}

QStringList caseFiles(bool broken)
{
    QStringList files;
    const QStringList all = QDir(casesDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : all) {
        if (isBroken(name) == broken)
            files.append(name);
    }
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The huge-field fixture is generated at test time (tests/data/cases/README.md) so the
// repository stays small: a valid case whose person.preferredName is `chars` characters long.
QByteArray hugeFieldCase(qsizetype chars)
{
    QByteArray bytes = R"({
    "format": "hearth-case",
    "formatVersion": 1,
    "person": {
        "id": "0b6f1c2e-5a4d-4c8e-9f10-2a3b4c5d6e7f",
        "version": 1,
        "familyName": "Evans",
        "preferredName": ")";
    bytes.append(QByteArray(chars, 'a'));
    bytes.append("\"\n    }\n}\n");
    return bytes;
}

} // namespace

class TestCaseFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samples_data();
    void samples();
    void samplesAreRealistic();
    void broken_data();
    void broken();
    void everyBrokenFileHasARow();
    void hugeFieldGeneratedAtTestTime();
    void roundTripEdgeCases();
    void recordsOneAtATime();
    void invalidUtf8Offset();

private:
    QHash<QString, QString> m_expected;
};

void TestCaseFile::initTestCase()
{
    QVERIFY2(caseFiles(false).size() >= 6, "the six sample cases are missing");
    QDir().mkpath(QStringLiteral(HEARTH_CASEFILE_WRITTEN));
}

void TestCaseFile::samples_data()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &name : caseFiles(false))
        QTest::newRow(qPrintable(name)) << name;
}

void TestCaseFile::samples()
{
    QFETCH(QString, fileName);
    const QByteArray bytes = readFile(casesDir() + u'/' + fileName);
    QVERIFY(!bytes.isEmpty());

    const Result<Case> first = CaseFile::read(bytes);
    QVERIFY2(first.ok(), qPrintable(first.error()));

    const QByteArray written = CaseFile::write(*first);
    const Result<Case> second = CaseFile::read(written);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY(*second == *first);
    // Byte-stable: writing what was read back gives the same bytes.
    QCOMPARE(CaseFile::write(*second), written);

    // Left for tst_caseschema, which checks write()'s output against the schema.
    QFile out(QStringLiteral(HEARTH_CASEFILE_WRITTEN) + u'/' + fileName);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(written), written.size());
}

// The samples are what the brief says they are, so other suites can rely on them.
void TestCaseFile::samplesAreRealistic()
{
    const auto load = [](const QString &name) {
        Result<Case> r = CaseFile::read(readFile(casesDir() + u'/' + name));
        if (!r)
            qFatal("%s: %s", qPrintable(name), qPrintable(r.error()));
        return *r;
    };
    const Case sian = load(u"adult-eligible-sian-pritchard.json"_s);
    QCOMPARE(sian.person.givenNames, u"Siân"_s);
    QCOMPARE(sian.person.nhsNumber, u"9991234578"_s);
    const Assessment &a = sian.assessments.at(0).assessment;
    QCOMPARE(a.wellbeing.size(), 9);
    QCOMPARE(a.outcomes.size(), 10);
    QVERIFY(a.decision.recorded && a.decision.eligible);
    QCOMPARE(a.decision.decidedAt, QDateTime(QDate(2024, 3, 11), QTime(14, 20), Qt::UTC));
    QCOMPARE(a.outcomes.at(0).outcome, SpecifiedOutcome::Nutrition);
    QCOMPARE(a.outcomes.at(0).meanings, QList {UnableMeaning::UnableWithoutAssistance});
    const Plan &plan = *sian.assessments.at(0).plan;
    QCOMPARE(plan.budget.indicativeWeekly, std::optional<Pence>(18650));
    QCOMPARE(plan.budget.rasTableName, u"Illustrative RAS"_s);
    QCOMPARE(plan.reviews.informalReview, std::optional<QDate>(QDate(2024, 3, 21)));

    const Case zoe = load(u"adult-fluctuating-zoe-brennan-hughes.json"_s);
    QCOMPARE(zoe.person.givenNames, u"Zoë"_s);
    QVERIFY(zoe.person.nhsNumber.isEmpty());
    QVERIFY(zoe.assessments.at(0).assessment.fluctuating.fluctuates);
    // JSON null: an informal review is planned but not yet dated.
    QCOMPARE(zoe.assessments.at(0).plan->reviews.informalReview, std::optional<QDate>(QDate()));
    QCOMPARE(zoe.assessments.at(0).assessment.decision.decidedAt.time().msec(), 250);

    const Case gosia = load(u"carer-gosia-kowalska.json"_s);
    const Assessment &c = gosia.assessments.at(0).assessment;
    QCOMPARE(c.kind, AssessmentKind::Carer);
    QVERIFY(c.carer.has_value());
    QCOMPARE(c.carer->outcomes.size(), 8);
    QCOMPARE(c.carer->health, HealthRisk::AtRisk);

    const Case farid = load(u"adult-advocate-farid-ahmed.json"_s);
    QVERIFY(farid.assessments.at(0).assessment.advocacy.advocateRequired());
    QVERIFY(farid.assessments.at(0).assessment.advocacy.referralMade);

    const Case paddy = load(u"adult-one-outcome-paddy-doyle.json"_s);
    QVERIFY(!paddy.assessments.at(0).assessment.decision.eligible);
    QVERIFY(!paddy.assessments.at(0).plan->adviceForIneligibleNeeds.isEmpty());

    const Case grace = load(u"adult-met-by-network-grace-okafor.json"_s);
    QVERIFY(grace.network.at(0).isSustainableSupport());
    QCOMPARE(grace.assessments.at(0).assessment.needs.at(0).metBy, NeedMetBy::Network);
}

void TestCaseFile::broken_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    const auto row = [&](const char *file, const QString &expected) {
        m_expected.insert(QLatin1String(file), expected);
        QTest::newRow(file) << QString::fromLatin1(file) << expected;
    };
    row("broken-truncated.json", u"not valid JSON at byte offset"_s);
    row("broken-empty.json", u"not valid JSON: the file is empty"_s);
    row("broken-not-an-object.json", u"the case file is not a JSON object"_s);
    row("broken-invalid-utf8.json", u"not valid UTF-8 at byte offset"_s);
    row("invalid-format-version.json",
        u"formatVersion: this file is format version 99; this version of Hearth understands "
        "format version 1 only"_s);
    row("invalid-format.json", u"format: \"hearth-bundle\" is not a Hearth case file"_s);
    row("invalid-nhs-number.json", u"person.nhsNumber: \"9991234577\" is not a valid NHS number"_s);
    row("invalid-outcome-code.json",
        u"assessments[0].assessment.outcomes[2].outcome: unknown specified outcome code "
        "\"flying\""_s);
    row("invalid-review-outcome.json",
        u"assessments[0].assessment.review.outcomes[0].outcome: \"happiness\" is not a specified "
        "outcome or a carer's outcome"_s);
    row("invalid-duplicate-id.json", u"(already used at assessments[0].assessment.needs[1].id)"_s);
    row("invalid-duplicate-id-network.json", u"(already used at person.id)"_s);
    row("invalid-wrong-type.json",
        u"person.communication.largePrint: expected true or false but found text"_s);
    row("invalid-unknown-member.json", u"person: unknown member \"nickname\""_s);
    row("invalid-missing-person-id.json", u"person.id: required member is missing"_s);
    row("invalid-date.json", u"person.dateOfBirth: \"1943-02-30\" is not a valid date"_s);
    row("invalid-uuid.json", u"assessments[0].plan.id: \"{"_s);
    row("invalid-plan-assessment-id.json",
        u"assessments[0].plan.assessmentId: plan belongs to assessment"_s);
    row("invalid-network-person-id.json",
        u"network[0].personId: network member belongs to person"_s);
    row("invalid-duplicate-wellbeing-area.json",
        u"assessments[0].assessment.wellbeing[5].area: wellbeing area \"health\" appears twice "
        "in this assessment (first at wellbeing[1])"_s);
    row("invalid-duplicate-outcome.json",
        u"assessments[0].assessment.outcomes[9].outcome: specified outcome \"nutrition\" "
        "appears twice in this assessment (first at outcomes[0])"_s);
    row("invalid-no-name.json", u"person: a person needs a name"_s);
    row("invalid-carer-takes-longer.json",
        u"assessments[0].assessment.carer.outcomes[3].meanings[0]: \"takes-longer\" does not "
        "apply to a carer"_s);
    row("invalid-money-not-pence.json",
        u"assessments[0].plan.budget.indicativeWeekly: expected a whole number"_s);
    row("invalid-datetime.json",
        u"assessments[0].assessment.decision.decidedAt: \"2024-03-11 14:20\" is not a valid "
        "UTC date and time"_s);
}

void TestCaseFile::broken()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    const QString path = casesDir() + u'/' + fileName;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const Result<Case> result = CaseFile::read(readFile(path));
    QVERIFY2(!result.ok(), qPrintable(fileName + u" was accepted"_s));
    QVERIFY2(result.error().contains(expected),
        qPrintable(u"message: "_s + result.error() + u"\nexpected: "_s + expected));
}

void TestCaseFile::everyBrokenFileHasARow()
{
    // broken_data() ran before this and filled m_expected.
    for (const QString &name : caseFiles(true))
        QVERIFY2(m_expected.contains(name), qPrintable(name + u" has no row in broken_data"_s));
}

void TestCaseFile::hugeFieldGeneratedAtTestTime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken-huge-field.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hugeFieldCase(10 * 1024 * 1024));
    }
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.size() > 10 * 1024 * 1024);
    Result<Case> result = CaseFile::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(u"bytes; the limit is 8388608 bytes"_s),
        qPrintable(result.error()));

    // Under the file limit but over the field limit: the field is named.
    result = CaseFile::read(hugeFieldCase(CaseFile::kMaxTextChars + 1));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(),
        u"field person.preferredName is 1000001 characters; the limit is 1000000"_s);

    // Exactly at the limit is fine, and counted in characters, not UTF-16 units.
    result = CaseFile::read(hugeFieldCase(CaseFile::kMaxTextChars));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    Case c = *result;
    c.person.preferredName
        = QString::fromUcs4(std::u32string(500000, U'\U0001F3B5').data(), 500000);
    QCOMPARE(c.person.preferredName.size(), 1000000);
    result = CaseFile::read(CaseFile::write(c));
    QVERIFY2(result.ok(), qPrintable(result.error()));
}

// Everything a Case can hold survives write and read, including the difference between an
// optional that is absent and one that is present but empty.
void TestCaseFile::roundTripEdgeCases()
{
    Case c;
    c.person.id = QUuid::createUuid();
    c.person.familyName = u"Ní Bhriain"_s;
    c.person.address.lines = {QString(), u"  spaces kept  "_s, u"\"quoted\"\n\ttabbed"_s};

    CaseAssessment bare;
    bare.assessment.id = QUuid::createUuid();
    bare.assessment.personId = c.person.id;
    c.assessments.append(bare);

    CaseAssessment full;
    full.assessment = Assessment::blank(AssessmentKind::Carer);
    full.assessment.id = QUuid::createUuid();
    full.assessment.personId = c.person.id;
    full.assessment.carer = CarerDetails {}; // present but empty
    full.assessment.decision.decidedAt
        = QDateTime(QDate(2024, 1, 31), QTime(23, 59, 58, 7), QTimeZone(3600));
    full.assessment.whatMatters.identities = {QString()};
    Need need;
    need.id = QUuid::createUuid();
    need.responses = {{GraduatedResponse::FormalSupport, ResponseVerdict::WillMeet, {}}};
    full.assessment.needs.append(need);
    Plan plan;
    plan.id = QUuid::createUuid();
    plan.assessmentId = full.assessment.id;
    plan.budget.indicativeWeekly = 0;
    plan.budget.confirmedWeekly = Pence(9007199254740991LL);
    plan.budget.directPayment = DirectPayment {};
    plan.reviews.informalReview = QDate(); // planned, no date yet
    plan.shared = SharedDraft {};
    full.plan = plan;
    c.assessments.append(full);

    const QByteArray bytes = CaseFile::write(c);
    const Result<Case> back = CaseFile::read(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back->assessments.at(0).assessment.carer == std::nullopt);
    QVERIFY(back->assessments.at(0).plan == std::nullopt);
    QVERIFY(back->assessments.at(1).assessment.carer.has_value());
    QVERIFY(back->assessments.at(1).plan->shared.has_value());
    QVERIFY(back->assessments.at(1).plan->budget.directPayment.has_value());
    QCOMPARE(back->assessments.at(1).plan->reviews.informalReview, std::optional<QDate>(QDate()));
    QCOMPARE(back->assessments.at(1).plan->budget.confirmedWeekly,
        std::optional<Pence>(9007199254740991LL));
    QVERIFY(*back == c);
    QCOMPARE(CaseFile::write(*back), bytes);
    QVERIFY(bytes.contains("\"decidedAt\": \"2024-01-31T22:59:58.007Z\""));
}

void TestCaseFile::recordsOneAtATime()
{
    NetworkMember m;
    m.id = QUuid::createUuid();
    m.personId = QUuid::createUuid();
    m.name = u"Glenys"_s;
    m.kind = NetworkKind::Friend;
    m.willing = Answer::Yes;
    m.connectionStrength = 3;
    const Result<NetworkMember> back = CaseFile::networkMemberFromJson(CaseFile::toJson(m));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(*back == m);

    QJsonObject json = CaseFile::toJson(m);
    json.insert("kind"_L1, u"cousin"_s);
    const Result<NetworkMember> bad = CaseFile::networkMemberFromJson(json, u"record"_s);
    QCOMPARE(bad.error(), u"record.kind: unknown network kind code \"cousin\""_s);

    json = CaseFile::toJson(m);
    json.insert("connectionStrength"_L1, 4);
    QCOMPARE(CaseFile::networkMemberFromJson(json).error(),
        u"connectionStrength: 4 is out of range (1 to 3)"_s);

    json = CaseFile::toJson(m);
    json.insert("id"_L1, u"00000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(CaseFile::networkMemberFromJson(json).error(), u"id: the nil UUID is not an id"_s);

    Assessment a = Assessment::blank(AssessmentKind::AdultNeeds);
    a.id = QUuid::createUuid();
    a.personId = QUuid::createUuid();
    Need n;
    n.id = QUuid::createUuid();
    a.needs = {n, n};
    QVERIFY(CaseFile::assessmentFromJson(CaseFile::toJson(a))
                .error()
                .startsWith(u"needs[1].id: duplicate id "_s));
    a.needs = {n};
    const Result<Assessment> ra = CaseFile::assessmentFromJson(CaseFile::toJson(a));
    QVERIFY2(ra.ok(), qPrintable(ra.error()));
    QVERIFY(*ra == a);

    QJsonObject person;
    person.insert("id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    person.insert("version"_L1, 1);
    person.insert("givenNames"_L1, u"Eira"_s);
    person.insert("a"_L1, 1);
    person.insert("b"_L1, 2);
    QCOMPARE(CaseFile::personFromJson(person, u"person"_s).error(),
        u"person: unknown members \"a\", \"b\""_s);
}

void TestCaseFile::invalidUtf8Offset()
{
    const QByteArray bad = R"({"format": "hearth-case", "x": ")"
                           "\xC3\x28"
                           R"("})";
    QCOMPARE(CaseFile::read(bad).error(), u"the file is not valid UTF-8 at byte offset 32"_s);
    // Overlong "/" and a UTF-16 surrogate encoded in UTF-8 are refused too.
    QVERIFY(CaseFile::read("{\"a\": \"\xC0\xAF\"}").error().contains(u"offset 7"_s));
    QVERIFY(CaseFile::read("{\"a\": \"\xED\xA0\x80\"}").error().contains(u"offset 7"_s));
    // A truncated sequence at the very end.
    QVERIFY(CaseFile::read("{\"a\": \"\xE2\x82").error().contains(u"offset 7"_s));
    // An unpaired surrogate escape parses but cannot be written back.
    const QByteArray escaped = R"({"format": "hearth-case", "formatVersion": 1, "person": {
        "id": "0b6f1c2e-5a4d-4c8e-9f10-2a3b4c5d6e7f", "version": 1, "familyName": "\ud800"}})";
    const QString error = CaseFile::read(escaped).error();
    QVERIFY2(error.contains(u"person.familyName"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
