#include "core/statutory.h"

#include <QSet>
#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

// The lists are law (DESIGN 2.1-2.3): their count, order and wording are checked word for word
// against the Care Act 2014 s1(2) and the Eligibility Regulations 2015 regs 2 and 3.
class TestStatutory : public QObject
{
    Q_OBJECT

private slots:
    void wellbeingAreas();
    void specifiedOutcomes();
    void carerOutcomes();
    void adultMeanings();
    void carerMeanings();
    void codesRoundTripAndAreUnique();
    void unknownCodesAreRejected();
};

void TestStatutory::wellbeingAreas()
{
    const QStringList expected {
        u"personal dignity (including treatment of the individual with respect)"_s,
        u"physical and mental health and emotional wellbeing"_s,
        u"protection from abuse and neglect"_s,
        u"control by the individual over day-to-day life (including over care and support, and how it is provided)"_s,
        u"participation in work, education, training or recreation"_s,
        u"social and economic wellbeing"_s,
        u"domestic, family and personal relationships"_s,
        u"suitability of living accommodation"_s,
        u"the individual's contribution to society"_s,
    };
    const QList<WellbeingArea> areas = allWellbeingAreas();
    QCOMPARE(areas.size(), 9);
    for (qsizetype i = 0; i < areas.size(); ++i) {
        QCOMPARE(statutoryText(areas.at(i)), expected.at(i));
        QCOMPARE(citation(areas.at(i)), u"s1(2)(%1)"_s.arg(QChar(char16_t(u'a' + i))));
    }
}

void TestStatutory::specifiedOutcomes()
{
    const QStringList expected {
        u"managing and maintaining nutrition"_s,
        u"maintaining personal hygiene"_s,
        u"managing toilet needs"_s,
        u"being appropriately clothed"_s,
        u"being able to make use of the adult's home safely"_s,
        u"maintaining a habitable home environment"_s,
        u"developing and maintaining family or other personal relationships"_s,
        u"accessing and engaging in work, training, education or volunteering"_s,
        u"making use of necessary facilities or services in the local community, including public transport and recreational facilities or services"_s,
        u"carrying out any caring responsibilities the adult has for a child"_s,
    };
    const QList<SpecifiedOutcome> outcomes = allSpecifiedOutcomes();
    QCOMPARE(outcomes.size(), 10);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(statutoryText(outcomes.at(i)), expected.at(i));
        QCOMPARE(citation(outcomes.at(i)), u"reg 2(2)(%1)"_s.arg(QChar(char16_t(u'a' + i))));
    }
}

void TestStatutory::carerOutcomes()
{
    const QStringList expected {
        u"carrying out any caring responsibilities the carer has for a child"_s,
        u"providing care to other persons for whom the carer provides care"_s,
        u"maintaining a habitable home environment in the carer's home"_s,
        u"managing and maintaining nutrition"_s,
        u"developing and maintaining family or other significant personal relationships"_s,
        u"engaging in work, training, education or volunteering"_s,
        u"making use of necessary facilities or services in the local community, including recreational facilities or services"_s,
        u"engaging in recreational activities"_s,
    };
    const QList<CarerOutcome> outcomes = allCarerOutcomes();
    QCOMPARE(outcomes.size(), 8);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(statutoryText(outcomes.at(i)), expected.at(i));
        QCOMPARE(citation(outcomes.at(i)), u"reg 3(3)(%1)"_s.arg(QChar(char16_t(u'a' + i))));
    }
}

void TestStatutory::adultMeanings()
{
    const QList<UnableMeaning> meanings = adultUnableMeanings();
    QCOMPARE(meanings.size(), 4);
    QCOMPARE(meanings.last(), UnableMeaning::TakesSignificantlyLonger);
    const QStringList expected {
        u"is unable to achieve it without assistance (prompting counts as assistance)"_s,
        u"is able to achieve it without assistance but doing so causes significant pain, distress or anxiety"_s,
        u"is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the adult, or of others"_s,
        u"is able to achieve it without assistance but takes significantly longer than would normally be expected"_s,
    };
    for (qsizetype i = 0; i < meanings.size(); ++i) {
        QCOMPARE(statutoryText(meanings.at(i)), expected.at(i));
        QCOMPARE(citation(meanings.at(i)), u"reg 2(3)(%1)"_s.arg(QChar(char16_t(u'a' + i))));
    }
}

void TestStatutory::carerMeanings()
{
    // Reg 3(4) has three meanings: there is no "takes significantly longer" for a carer.
    const QList<UnableMeaning> meanings = carerUnableMeanings();
    QCOMPARE(meanings.size(), 3);
    QVERIFY(!meanings.contains(UnableMeaning::TakesSignificantlyLonger));
    const QStringList expected {
        u"is unable to achieve it without assistance"_s,
        u"is able to achieve it without assistance but doing so causes significant pain, distress or anxiety"_s,
        u"is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the carer, or of any adults or children for whom the carer provides care"_s,
    };
    for (qsizetype i = 0; i < meanings.size(); ++i) {
        QCOMPARE(statutoryText(meanings.at(i), true), expected.at(i));
        QCOMPARE(citation(meanings.at(i), true), u"reg 3(4)(%1)"_s.arg(QChar(char16_t(u'a' + i))));
    }
}

void TestStatutory::codesRoundTripAndAreUnique()
{
    QSet<QString> seen;
    for (const WellbeingArea area : allWellbeingAreas()) {
        QCOMPARE(wellbeingAreaFromCode(code(area)), std::optional(area));
        seen.insert(code(area));
    }
    QCOMPARE(seen.size(), 9);
    seen.clear();
    for (const SpecifiedOutcome outcome : allSpecifiedOutcomes()) {
        QCOMPARE(specifiedOutcomeFromCode(code(outcome)), std::optional(outcome));
        seen.insert(code(outcome));
    }
    QCOMPARE(seen.size(), 10);
    seen.clear();
    for (const CarerOutcome outcome : allCarerOutcomes()) {
        QCOMPARE(carerOutcomeFromCode(code(outcome)), std::optional(outcome));
        seen.insert(code(outcome));
    }
    QCOMPARE(seen.size(), 8);
    seen.clear();
    for (const UnableMeaning meaning : adultUnableMeanings()) {
        QCOMPARE(unableMeaningFromCode(code(meaning)), std::optional(meaning));
        seen.insert(code(meaning));
    }
    QCOMPARE(seen.size(), 4);
}

void TestStatutory::unknownCodesAreRejected()
{
    QVERIFY(!wellbeingAreaFromCode(u"happiness"_s));
    QVERIFY(!specifiedOutcomeFromCode(u"flying"_s));
    QVERIFY(!carerOutcomeFromCode(u"Nutrition"_s));
    QVERIFY(!unableMeaningFromCode(QString()));
}

QTEST_APPLESS_MAIN(TestStatutory)
#include "tst_statutory.moc"
