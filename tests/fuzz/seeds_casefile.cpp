// The seeds of fuzz_casefile (tests/fuzz/corpus/casefile): the sample cases of
// tests/data/cases written compactly, a small case written by CaseFile::write, and one
// small file for each kind of refusal (those of tests/data/cases, made from the small case
// so the corpus stays small, and a few more). The target reads the input as a whole file.

#include "seeds.h"

#include "core/casefile.h"
#include "core/statutory.h"

#include <QDir>
#include <QJsonArray>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

namespace {

QUuid id(const char *name)
{
    return QUuid::createUuidV5(
        QUuid(0x9f0d3b2e, 0x6c1a, 0x4e58, 0x8b, 0x27, 0x5e, 0x44, 0x0c, 0x91, 0xd3, 0x6a),
        QString::fromLatin1(name));
}

Person person()
{
    Person p;
    p.id = id("person");
    p.givenNames = u"Siân"_s;
    p.familyName = u"Pritchard"_s;
    p.dateOfBirth = QDate(1944, 3, 2);
    p.nhsNumber = u"9991234578"_s;
    p.address.lines = {u"2 Heol y Felin"_s, u"Caerdydd"_s};
    p.address.postcode = u"CF10 1AA"_s;
    p.communication.preferredLanguage = u"Cymraeg"_s;
    p.communication.largePrint = true;
    return p;
}

// An adult's assessment with two outcomes she cannot achieve, a need, a risk, a decision,
// and its plan. Only three outcomes and two wellbeing areas, to keep the seeds small.
CaseAssessment adultAssessment()
{
    Assessment a = Assessment::blank(AssessmentKind::AdultNeeds);
    a.outcomes.resize(3);
    a.wellbeing.resize(2);
    a.id = id("assessment");
    a.personId = id("person");
    a.status = AssessmentStatus::Finalised;
    a.startedOn = QDate(2026, 11, 2);
    a.practitioner = u"Hannah Ellis"_s;
    a.wellbeing[0].explored = true;
    a.wellbeing[0].importance = 3;
    a.outcomes[0].status = OutcomeStatus::Unable;
    a.outcomes[0].meanings
        = {UnableMeaning::UnableWithoutAssistance, UnableMeaning::EndangersHealthOrSafety};
    a.outcomes[0].badDayMeanings = {UnableMeaning::SignificantPainDistressOrAnxiety};
    a.outcomes[0].currentCarerSupport = u"Owen cooks on Sundays"_s;
    a.outcomes[1].status = OutcomeStatus::Unable;
    a.outcomes[1].meanings = {UnableMeaning::TakesSignificantlyLonger};
    Need need;
    need.id = id("need");
    need.description = u"Meals and washing"_s;
    need.outcomes = {SpecifiedOutcome::Nutrition, SpecifiedOutcome::PersonalHygiene};
    need.responses = {{GraduatedResponse::InformationAndAdvice, ResponseVerdict::NotSuitable, {}},
        {GraduatedResponse::FormalSupport, ResponseVerdict::WillMeet, u"Home care"_s}};
    need.metBy = NeedMetBy::Council;
    a.needs = {need};
    Risk risk;
    risk.id = id("risk");
    risk.description = u"Making her own tea"_s;
    risk.positiveRisk = true;
    a.risks = {risk};
    a.decision.recorded = true;
    a.decision.eligible = true;
    a.decision.rationale = u"Two outcomes, a significant impact"_s;
    a.decision.decidedBy = u"Hannah Ellis"_s;
    a.decision.decidedAt = QDateTime(QDate(2026, 11, 2), QTime(14, 20), Qt::UTC);

    Plan plan;
    plan.id = id("plan");
    plan.assessmentId = a.id;
    plan.outcomesWanted = u"Stay at home"_s;
    plan.budget.indicativeWeekly = 18600;
    plan.budget.indicativePoints = 12;
    plan.budget.rasTableName = u"Illustrative RAS"_s;
    plan.budget.rasTableVersion = u"2026.1"_s;
    plan.budget.directPayment = DirectPayment {18600, PaymentFrequency::FourWeekly, u"Meals"_s};
    plan.reviews.informalReview = QDate();
    plan.reviews.annualReview = QDate(2027, 11, 2);
    return {a, plan};
}

// A review of that assessment's plan.
CaseAssessment review()
{
    Assessment a = Assessment::blank(AssessmentKind::Review);
    a.outcomes.clear();
    a.wellbeing.clear();
    a.id = id("review");
    a.personId = id("person");
    ReviewDetails details;
    details.reviewedAssessmentId = id("assessment");
    details.outcomes
        = {{code(SpecifiedOutcome::Nutrition), OutcomeProgress::PartlyAchieved, u"Most days"_s}};
    details.conclusion = ReviewConclusion::NoChange;
    details.budgetBefore = 18600;
    a.review = details;
    return {a, std::nullopt};
}

// A carer's assessment: Owen, who cares for her.
CaseAssessment carer()
{
    Assessment a = Assessment::blank(AssessmentKind::Carer);
    a.outcomes.clear();
    a.wellbeing.clear();
    a.carer->outcomes.resize(1);
    a.id = id("carer");
    a.personId = id("person");
    a.carer->caredForName = u"Siân Pritchard"_s;
    a.carer->hoursPerWeek = 20;
    a.carer->health = HealthRisk::AtRisk;
    a.carer->outcomes[0].status = OutcomeStatus::Unable;
    a.carer->outcomes[0].meanings = {UnableMeaning::UnableWithoutAssistance};
    return {a, std::nullopt};
}

// Siân, Owen and the adult's assessment with its plan; smallCase() adds the review and the
// carer's assessment.
Case adultCase()
{
    Case c;
    c.person = person();
    NetworkMember owen;
    owen.id = id("owen");
    owen.personId = c.person.id;
    owen.name = u"Owen"_s;
    owen.kind = NetworkKind::Family;
    owen.relationship = u"son"_s;
    owen.willing = Answer::Yes;
    owen.able = Answer::Yes;
    owen.sustainable = Answer::Yes;
    owen.agreedWithThem = true;
    owen.connectionStrength = 3;
    c.network = {owen};
    c.assessments = {adultAssessment()};
    return c;
}

Case smallCase()
{
    Case c = adultCase();
    c.assessments.append(review());
    c.assessments.append(carer());
    return c;
}

} // namespace

fuzz::Seeds fuzz::caseFileSeeds()
{
    Seeds seeds;
    const QDir cases(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    for (const QString &name :
        cases.entryList({u"adult-*.json"_s, u"carer-*.json"_s}, QDir::Files, QDir::Name)) {
        seeds.append({u"valid-"_s + QFileInfo(name).completeBaseName(),
            compact(testData(u"cases/"_s + name))});
    }

    Case person;
    person.person = ::person();
    seeds.append({u"valid-person-only"_s, CaseFile::write(person)});
    const QByteArray small = compact(CaseFile::write(smallCase()));
    seeds.append({u"valid-small"_s, small});
    // The refusals are made from the adult's case alone where they can be, to keep them small.
    const QByteArray adultOnly = compact(CaseFile::write(adultCase()));
    seeds.append({u"valid-adult-only"_s, adultOnly});

    // Those of tests/data/cases that are small already, as they are.
    seeds.append({u"refused-empty"_s, testData(u"cases/broken-empty.json"_s)});
    seeds.append({u"refused-not-an-object"_s, testData(u"cases/broken-not-an-object.json"_s)});

    // The rest of tests/data/cases, each made from the small case with the same problem.
    const QString adult = u"assessments[0].assessment."_s;
    const QString plan = u"assessments[0].plan."_s;
    const auto add = [&](const QString &name, const QString &path, const QJsonValue &value) {
        seeds.append({u"refused-"_s + name, edited(adultOnly, path, value)});
    };
    seeds.append({u"refused-truncated"_s, adultOnly.left(adultOnly.size() / 2)});
    QByteArray utf8 = adultOnly;
    utf8.replace("Pritchard", "Pritch\xC3\x28rd");
    seeds.append({u"refused-invalid-utf8"_s, utf8});
    add(u"format-version"_s, u"formatVersion"_s, 99);
    add(u"format"_s, u"format"_s, u"hearth-bundle"_s);
    add(u"nhs-number"_s, u"person.nhsNumber"_s, u"9991234577"_s);
    add(u"outcome-code"_s, adult + u"outcomes[2].outcome"_s, u"flying"_s);
    seeds.append({u"refused-review-outcome"_s,
        edited(small, u"assessments[1].assessment.review.outcomes[0].outcome"_s, u"happiness"_s)});
    add(u"duplicate-id"_s, adult + u"risks[0].id"_s, id("need").toString(QUuid::WithoutBraces));
    add(u"duplicate-id-network"_s, u"network[0].id"_s, id("person").toString(QUuid::WithoutBraces));
    add(u"wrong-type"_s, u"person.communication.largePrint"_s, u"yes"_s);
    add(u"unknown-member"_s, u"person.nickname"_s, u"Nain"_s);
    add(u"missing-person-id"_s, u"person.id"_s, QJsonValue::Undefined);
    add(u"date"_s, u"person.dateOfBirth"_s, u"1943-02-30"_s);
    add(u"uuid"_s, plan + u"id"_s, id("plan").toString(QUuid::WithBraces));
    add(u"plan-assessment-id"_s, plan + u"assessmentId"_s,
        id("another assessment").toString(QUuid::WithoutBraces));
    add(u"network-person-id"_s, u"network[0].personId"_s,
        id("someone else").toString(QUuid::WithoutBraces));
    add(u"duplicate-wellbeing-area"_s, adult + u"wellbeing[1].area"_s,
        code(allWellbeingAreas().constFirst()));
    add(u"duplicate-outcome"_s, adult + u"outcomes[1].outcome"_s,
        code(SpecifiedOutcome::Nutrition));
    add(u"no-name"_s, u"person.givenNames"_s, QJsonValue::Undefined);
    seeds.last().second = edited(seeds.last().second, u"person.familyName"_s, u" "_s);
    seeds.append({u"refused-carer-takes-longer"_s,
        edited(small, u"assessments[2].assessment.carer.outcomes[0].meanings[1]"_s,
            code(UnableMeaning::TakesSignificantlyLonger))});
    add(u"money-not-pence"_s, plan + u"budget.indicativeWeekly"_s, 186.5);
    add(u"datetime"_s, adult + u"decision.decidedAt"_s, u"2026-11-02 14:20"_s);

    // And some that tests/data/cases does not have.
    add(u"huge-number"_s, u"person.version"_s, 1e300);
    add(u"negative-pence"_s, plan + u"budget.confirmedWeekly"_s, -1);
    add(u"nil-uuid"_s, u"person.id"_s, u"00000000-0000-0000-0000-000000000000"_s);
    add(u"connection-strength"_s, u"network[0].connectionStrength"_s, 4);
    add(u"duplicate-response"_s, adult + u"needs[0].responses[1].response"_s,
        code(GraduatedResponse::InformationAndAdvice));
    add(u"person-not-an-object"_s, u"person"_s, QJsonArray {1, 2});
    QByteArray surrogate = adultOnly;
    surrogate.replace("Owen cooks", "\\ud800 cooks");
    seeds.append({u"refused-unpaired-surrogate"_s, surrogate});
    return seeds;
}
