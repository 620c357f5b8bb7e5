#include "core/plainlanguage.h"

#include <QSet>
#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

using Kind = PlainLanguageProblem::Kind;

// The plain-language checker for text in the easy-read printout (DESIGN 2.8: one idea per
// sentence, 15 words or fewer; everyday words, adult tone, no initials).
class TestPlainLanguage : public QObject
{
    Q_OBJECT

private slots:
    void emptyTextHasNoProblems_data();
    void emptyTextHasNoProblems();
    void plainTextHasNoProblems();
    void fifteenWordsPassSixteenFail();
    void longSentenceSuggestsASplit();
    void longSentenceWithoutABreakHasNoSuggestion();
    void jargonFromTheGlossary();
    void longestPhraseWins();
    void jargonIgnoresCase();
    void jargonPhraseAcrossHyphenOrSpace();
    void jargonPluralAndPossessive();
    void phraseNotJoinedAcrossPunctuation();
    void initialsFound();
    void initialsInTheGlossaryAreJargon();
    void notInitials_data();
    void notInitials();
    void longWordFound();
    void everydayLongWordsPass();
    void namesAreNotLongWords();
    void quotedWordsAreSkipped_data();
    void quotedWordsAreSkipped();
    void quotedWordsDoNotCountInASentence();
    void apostropheIsNotAQuote();
    void strayQuoteHidesNothing();
    void problemsInTextOrder();
    void sentences_data();
    void sentences();
    void wordCount_data();
    void wordCount();
    void syllables_data();
    void syllables();
    void glossaryLoads();
    void everyGlossaryTermIsFound();
    void everyGlossaryAlternativeIsPlain();
};

namespace {

QString sixteenWords()
{
    return u"You told us that you would like to go to the shops in town on Fridays."_s;
}

QList<Kind> kinds(const QList<PlainLanguageProblem> &problems)
{
    QList<Kind> result;
    for (const auto &problem : problems)
        result.append(problem.kind);
    return result;
}

QString describe(const QList<PlainLanguageProblem> &problems)
{
    QStringList parts;
    for (const auto &problem : problems)
        parts.append(
            u"%1@%2 \"%3\""_s.arg(int(problem.kind)).arg(problem.start).arg(problem.found));
    return parts.join(u"; "_s);
}

} // namespace

void TestPlainLanguage::emptyTextHasNoProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   \t  "_s;
    QTest::newRow("line breaks") << u"\n\n  \n"_s;
    QTest::newRow("punctuation only") << u" . ! ? "_s;
}

void TestPlainLanguage::emptyTextHasNoProblems()
{
    QFETCH(QString, text);
    QVERIFY(PlainLanguage::check(text).isEmpty());
    QVERIFY(PlainLanguage::sentences(text).isEmpty());
}

void TestPlainLanguage::plainTextHasNoProblems()
{
    const QString text = u"You live with your son. He helps you with your shopping.\n"
                         u"You like to walk your dog in the park every day."_s;
    const auto problems = PlainLanguage::check(text);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestPlainLanguage::fifteenWordsPassSixteenFail()
{
    const QString fifteen = u"You told us you would like to go to the shops in town on Fridays."_s;
    QCOMPARE(PlainLanguage::wordCount(fifteen), 15);
    QVERIFY2(PlainLanguage::check(fifteen).isEmpty(),
        qPrintable(describe(PlainLanguage::check(fifteen))));

    const QString sixteen = sixteenWords();
    QCOMPARE(PlainLanguage::wordCount(sixteen), 16);
    const auto problems = PlainLanguage::check(sixteen);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::LongSentence);
    QCOMPARE(problems.first().start, 0);
    QCOMPARE(problems.first().length, sixteen.size());
    QCOMPARE(problems.first().found, sixteen);
    QVERIFY(problems.first().message.contains(u"16"_s));
    QVERIFY(problems.first().message.contains(u"15"_s));

    // The second sentence is found where it is.
    const QString two = u"You are well. "_s + sixteen;
    const auto second = PlainLanguage::check(two);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().start, 14);
    QCOMPARE(second.first().found, sixteen);
}

void TestPlainLanguage::longSentenceSuggestsASplit()
{
    const QString text = u"You need help with washing in the morning and your son helps you "
                         u"with the shopping on Sundays."_s;
    const auto problems = PlainLanguage::check(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::LongSentence);
    QCOMPARE(problems.first().suggestion,
        u"You need help with washing in the morning. Your son helps you with the shopping "
        u"on Sundays."_s);

    const QString which = u"You go to a lunch club in the village hall on Tuesdays, which costs "
                          u"you five pounds a week."_s;
    const auto whichProblems = PlainLanguage::check(which);
    QCOMPARE(whichProblems.size(), 1);
    QCOMPARE(whichProblems.first().suggestion,
        u"You go to a lunch club in the village hall on Tuesdays. This costs you five pounds a "
        u"week."_s);

    const QString but = u"You would like to cook your own meals at home again but the "
                        u"cooker is hard for you to use now."_s;
    const auto butProblems = PlainLanguage::check(but);
    QCOMPARE(butProblems.size(), 1);
    QCOMPARE(butProblems.first().suggestion,
        u"You would like to cook your own meals at home again. But the cooker is hard for you "
        u"to use now."_s);

    // A turn ("but") is a surer break than "and" joining a list, even off the middle.
    const QString list = u"Your daughter visits on Tuesdays and helps you with your shopping and "
                         u"your tablets, but she is tired."_s;
    const auto listProblems = PlainLanguage::check(list);
    QCOMPARE(listProblems.size(), 1);
    QCOMPARE(listProblems.first().suggestion,
        u"Your daughter visits on Tuesdays and helps you with your shopping and your tablets. "
        u"But she is tired."_s);

    const QString because = u"Your daughter finds it harder to help you with the shopping now "
                            u"because she works all week."_s;
    const auto becauseProblems = PlainLanguage::check(because);
    QCOMPARE(becauseProblems.size(), 1);
    QCOMPARE(becauseProblems.first().suggestion,
        u"Your daughter finds it harder to help you with the shopping now. This is because she "
        u"works all week."_s);
}

void TestPlainLanguage::longSentenceWithoutABreakHasNoSuggestion()
{
    const auto problems = PlainLanguage::check(sixteenWords());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().suggestion.isEmpty());

    // "and" near the end would leave a part too short to stand alone.
    const auto fishAndChips = PlainLanguage::check(
        u"You told us that you would like to go to the shops in town for fish and chips."_s);
    QCOMPARE(fishAndChips.size(), 1);
    QVERIFY2(
        fishAndChips.first().suggestion.isEmpty(), qPrintable(fishAndChips.first().suggestion));

    // "and checks on you" has no one doing the checking: it cannot stand alone.
    const auto noSubject
        = PlainLanguage::check(u"Your neighbour next door is a very good friend to "
                               u"you and checks on you every evening."_s);
    QCOMPARE(noSubject.size(), 1);
    QVERIFY2(noSubject.first().suggestion.isEmpty(), qPrintable(noSubject.first().suggestion));
}

void TestPlainLanguage::jargonFromTheGlossary()
{
    const QString text = u"You will get reablement for six weeks."_s;
    const auto problems = PlainLanguage::check(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::Jargon);
    QCOMPARE(problems.first().start, 13);
    QCOMPARE(problems.first().length, 10);
    QCOMPARE(problems.first().found, u"reablement"_s);
    QCOMPARE(problems.first().suggestion, u"short-term help to get back your skills"_s);
    QVERIFY(problems.first().message.contains(u"reablement"_s));
}

void TestPlainLanguage::longestPhraseWins()
{
    const QString text = u"Your domiciliary care starts on Monday."_s;
    const auto problems = PlainLanguage::check(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::Jargon);
    QCOMPARE(problems.first().found, u"domiciliary care"_s);
    QCOMPARE(problems.first().start, 5);
    QCOMPARE(problems.first().length, 16);
    QCOMPARE(problems.first().suggestion, u"help at home"_s);

    // The shorter term alone still has its own wording.
    const auto alone = PlainLanguage::check(u"A domiciliary visit."_s);
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone.first().found, u"domiciliary"_s);
    QCOMPARE(alone.first().suggestion, u"at home"_s);

    // Three words beat two: "home care package" over "care package".
    const auto three = PlainLanguage::check(u"Your home care package starts soon."_s);
    QCOMPARE(three.size(), 1);
    QCOMPARE(three.first().found, u"home care package"_s);
    QCOMPARE(three.first().suggestion, u"the help you get at home"_s);
}

void TestPlainLanguage::jargonIgnoresCase()
{
    for (const QString &text :
        {u"DOMICILIARY CARE"_s, u"Domiciliary Care"_s, u"domiciliary CARE"_s}) {
        const auto problems = PlainLanguage::check(text);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, Kind::Jargon);
        QCOMPARE(problems.first().found, text);
        QCOMPARE(problems.first().suggestion, u"help at home"_s);
    }
}

void TestPlainLanguage::jargonPhraseAcrossHyphenOrSpace()
{
    for (const QString &term : {u"self-funder"_s, u"self funder"_s, u"self  funder"_s}) {
        const auto problems = PlainLanguage::check(u"You are a "_s + term + u'.');
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().found, term);
        QCOMPARE(problems.first().suggestion, u"someone who pays for all their own care"_s);
    }
}

void TestPlainLanguage::jargonPluralAndPossessive()
{
    const auto outcomes = PlainLanguage::check(u"These are your outcomes."_s);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().found, u"outcomes"_s);
    QCOMPARE(outcomes.first().suggestion, u"what you want to happen"_s);

    const auto payments = PlainLanguage::check(u"You get direct payments."_s);
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.first().found, u"direct payments"_s);

    const auto possessive = PlainLanguage::check(u"Your GP\u2019s surgery is near."_s);
    QCOMPARE(possessive.size(), 1);
    QCOMPARE(possessive.first().kind, Kind::Jargon);
    QCOMPARE(possessive.first().found, u"GP\u2019s"_s);
    QCOMPARE(possessive.first().suggestion, u"your doctor"_s);

    const auto carers = PlainLanguage::check(u"Your carer\u2019s assessment is next week."_s);
    QCOMPARE(carers.size(), 1);
    QCOMPARE(carers.first().found, u"carer\u2019s assessment"_s);
    QCOMPARE(carers.first().suggestion, u"a talk about the help you need as a carer"_s);
}

void TestPlainLanguage::phraseNotJoinedAcrossPunctuation()
{
    // "care, package" is two ideas, not the phrase "care package"; neither word is jargon.
    QVERIFY(PlainLanguage::check(u"You want care, package deals and trips."_s).isEmpty());
    // Nor across a line break.
    QVERIFY(PlainLanguage::check(u"Your care\npackage"_s).isEmpty());
}

void TestPlainLanguage::initialsFound()
{
    const QString text = u"Your ASC worker will call."_s;
    const auto problems = PlainLanguage::check(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::Initials);
    QCOMPARE(problems.first().start, 5);
    QCOMPARE(problems.first().length, 3);
    QCOMPARE(problems.first().found, u"ASC"_s);
    QVERIFY(problems.first().suggestion.isEmpty());

    // Part of a hyphenated word.
    const auto hyphen = PlainLanguage::check(u"A BCF-funded bed."_s);
    QCOMPARE(hyphen.size(), 1);
    QCOMPARE(hyphen.first().kind, Kind::Initials);
    QCOMPARE(hyphen.first().found, u"BCF"_s);
}

void TestPlainLanguage::initialsInTheGlossaryAreJargon()
{
    const QString text = u"Your GP and the NHS."_s;
    const auto problems = PlainLanguage::check(text);
    QCOMPARE(kinds(problems), (QList<Kind> {Kind::Jargon, Kind::Jargon}));
    QCOMPARE(problems.at(0).found, u"GP"_s);
    QCOMPARE(problems.at(0).start, 5);
    QCOMPARE(problems.at(0).suggestion, u"your doctor"_s);
    QVERIFY(problems.at(0).message.contains(u"initials"_s));
    QCOMPARE(problems.at(1).found, u"NHS"_s);
    QCOMPARE(problems.at(1).suggestion, u"the health service"_s);

    const auto dols = PlainLanguage::check(u"DoLS"_s);
    QCOMPARE(dols.size(), 1);
    QCOMPARE(dols.first().kind, Kind::Jargon);
}

void TestPlainLanguage::notInitials_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("I") << u"I am here."_s;
    QTest::newRow("single capital") << u"Plan A is fine."_s;
    QTest::newRow("name with two capitals") << u"You see Ann McDonald."_s;
    QTest::newRow("OK") << u"That is OK with you."_s;
    QTest::newRow("TV") << u"You watch TV."_s;
    // Glossary initials match only in capitals: "SALT" is a therapist, "salt" is salt.
    QTest::newRow("salt") << u"You like salt and a pip of lemon."_s;
}

void TestPlainLanguage::notInitials()
{
    QFETCH(QString, text);
    const auto problems = PlainLanguage::check(text);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestPlainLanguage::longWordFound()
{
    const QString text = u"You have difficulty with stairs."_s;
    const auto problems = PlainLanguage::check(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::LongWord);
    QCOMPARE(problems.first().start, 9);
    QCOMPARE(problems.first().length, 10);
    QCOMPARE(problems.first().found, u"difficulty"_s);
    QVERIFY(problems.first().message.contains(u"difficulty"_s));
    QVERIFY(problems.first().suggestion.isEmpty());

    // At the start of a sentence a capital is not a name.
    const auto opening = PlainLanguage::check(u"Independently is how you like it."_s);
    QCOMPARE(opening.size(), 1);
    QCOMPARE(opening.first().kind, Kind::Jargon); // in the glossary: "on your own"
    const auto opening2 = PlainLanguage::check(u"Unfortunately you fell."_s);
    QCOMPARE(kinds(opening2), QList<Kind> {Kind::LongWord});
}

void TestPlainLanguage::everydayLongWordsPass()
{
    const QString text = u"You watch television with everybody. You want information."_s;
    QVERIFY(PlainLanguage::syllables(u"television"_s) >= PlainLanguage::kLongWordSyllables);
    const auto problems = PlainLanguage::check(text);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestPlainLanguage::namesAreNotLongWords()
{
    QVERIFY(PlainLanguage::syllables(u"Cassiopeia"_s) >= PlainLanguage::kLongWordSyllables);
    const auto problems = PlainLanguage::check(u"You live in Cassiopeia Road."_s);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestPlainLanguage::quotedWordsAreSkipped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("straight double") << u"You said \"my domiciliary care is a godsend\"."_s;
    QTest::newRow("curly double") << u"You said \u201cthe NHS was unbelievably slow\u201d."_s;
    QTest::newRow("straight single") << u"You said 'my OT doesn't listen'."_s;
    QTest::newRow("curly single") << u"You said \u2018my reablement helped\u2019."_s;
}

void TestPlainLanguage::quotedWordsAreSkipped()
{
    QFETCH(QString, text);
    const auto problems = PlainLanguage::check(text);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    // The same words outside the quotes are found.
    QString unquoted = text;
    for (const QChar quote : {u'"', u'\'', u'\u201c', u'\u201d', u'\u2018', u'\u2019'})
        unquoted.replace(quote, u' ');
    QVERIFY(!PlainLanguage::check(unquoted).isEmpty());
}

void TestPlainLanguage::quotedWordsDoNotCountInASentence()
{
    // Twenty words, sixteen of them the person's: four count.
    const QString text = u"You told us \u201cI want to get out to the shops on my own again "
                         u"like I used to\u201d today."_s;
    QCOMPARE(PlainLanguage::wordCount(text), 4);
    QVERIFY(PlainLanguage::check(text).isEmpty());

    // The words outside the quotes still count.
    const QString longer = u"You told us today when we came to see you at home with your "
                           u"daughter that \u201cI want to go out\u201d."_s;
    QCOMPARE(PlainLanguage::wordCount(longer), 16);
    QCOMPARE(kinds(PlainLanguage::check(longer)), QList<Kind> {Kind::LongSentence});
}

void TestPlainLanguage::apostropheIsNotAQuote()
{
    // The apostrophes in "don't" and "you're" open no quote, so the jargon after is found.
    const auto problems = PlainLanguage::check(u"You don't mind. You're fine with telecare."_s);
    QCOMPARE(kinds(problems), QList<Kind> {Kind::Jargon});
    QCOMPARE(problems.first().found, u"telecare"_s);
}

void TestPlainLanguage::strayQuoteHidesNothing()
{
    // An opening mark never closed in its paragraph is a typo, not a quote.
    const auto problems = PlainLanguage::check(u"You said \"yes. You get telecare."_s);
    QCOMPARE(kinds(problems), QList<Kind> {Kind::Jargon});
    QCOMPARE(problems.first().found, u"telecare"_s);
}

void TestPlainLanguage::problemsInTextOrder()
{
    const QString text = u"Your OT will arrange telecare and the GP will visit you and your "
                         u"daughter at home on Monday morning."_s;
    const auto problems = PlainLanguage::check(text);
    QCOMPARE(kinds(problems),
        (QList<Kind> {Kind::LongSentence, Kind::Jargon, Kind::Jargon, Kind::Jargon}));
    qsizetype previous = -1;
    for (const auto &problem : problems) {
        QVERIFY(problem.start >= previous);
        previous = problem.start;
        QCOMPARE(text.mid(problem.start, problem.length), problem.found);
    }
    QCOMPARE(problems.at(1).found, u"OT"_s);
    QCOMPARE(problems.at(2).found, u"telecare"_s);
    QCOMPARE(problems.at(3).found, u"GP"_s);
}

void TestPlainLanguage::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<qsizetype>>("starts");

    QTest::newRow("simple") << u"You are well. You like tea! Do you?"_s
                            << QStringList {u"You are well."_s, u"You like tea!"_s, u"Do you?"_s}
                            << QList<qsizetype> {0, 14, 28};
    QTest::newRow("e.g.") << u"You like sport, e.g. darts. You play."_s
                          << QStringList {u"You like sport, e.g. darts."_s, u"You play."_s}
                          << QList<qsizetype> {0, 28};
    QTest::newRow("Mr. and Dr.") << u"Mr. Jones and Dr. Patel visit. They are kind."_s
                                 << QStringList {u"Mr. Jones and Dr. Patel visit."_s,
                                        u"They are kind."_s}
                                 << QList<qsizetype> {0, 31};
    QTest::newRow("decimal") << u"It costs 3.5 pounds. That is all."_s
                             << QStringList {u"It costs 3.5 pounds."_s, u"That is all."_s}
                             << QList<qsizetype> {0, 21};
    QTest::newRow("a.m. mid-sentence")
        << u"Come at 9 a.m. on Monday."_s << QStringList {u"Come at 9 a.m. on Monday."_s}
        << QList<qsizetype> {0};
    QTest::newRow("a.m. at the end")
        << u"Come at 9 a.m. Then eat."_s << QStringList {u"Come at 9 a.m."_s, u"Then eat."_s}
        << QList<qsizetype> {0, 15};
    QTest::newRow("initial") << u"You see J. Smith."_s << QStringList {u"You see J. Smith."_s}
                             << QList<qsizetype> {0};
    QTest::newRow("line breaks") << u"  Your help\nYour friends\r\n\nYour home  "_s
                                 << QStringList {u"Your help"_s, u"Your friends"_s, u"Your home"_s}
                                 << QList<qsizetype> {2, 12, 27};
    QTest::newRow("closing quote")
        << u"You said \u201cNo.\u201d Then you left."_s
        << QStringList {u"You said \u201cNo.\u201d"_s, u"Then you left."_s}
        << QList<qsizetype> {0, 15};
    QTest::newRow("ellipsis") << u"Well... you are fine."_s
                              << QStringList {u"Well..."_s, u"you are fine."_s}
                              << QList<qsizetype> {0, 8};
}

void TestPlainLanguage::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QList<qsizetype>, starts);
    const auto result = PlainLanguage::sentences(text);
    QStringList found;
    QList<qsizetype> foundStarts;
    for (const auto &[start, sentence] : result) {
        found.append(sentence);
        foundStarts.append(start);
        QCOMPARE(text.mid(start, sentence.size()), sentence);
    }
    QCOMPARE(found, expected);
    QCOMPARE(foundStarts, starts);
}

void TestPlainLanguage::wordCount_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << u"   "_s << 0;
    QTest::newRow("plain") << u"You like tea."_s << 3;
    QTest::newRow("hyphen is one word") << u"A short-term plan."_s << 3;
    QTest::newRow("dash is no word") << u"You \u2014 and only you."_s << 4;
    QTest::newRow("numbers count") << u"It is 3.5 miles."_s << 4;
    QTest::newRow("quoted words do not count") << u"You said \"I am fine\"."_s << 2;
}

void TestPlainLanguage::wordCount()
{
    QFETCH(QString, sentence);
    QFETCH(int, count);
    QCOMPARE(PlainLanguage::wordCount(sentence), count);
}

void TestPlainLanguage::syllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("count");
    QTest::newRow("you") << u"you"_s << 1;
    QTest::newRow("home") << u"home"_s << 1;
    QTest::newRow("table") << u"table"_s << 2;
    QTest::newRow("people") << u"people"_s << 2;
    QTest::newRow("helped") << u"helped"_s << 1;
    QTest::newRow("wanted") << u"wanted"_s << 2;
    QTest::newRow("boxes") << u"boxes"_s << 2;
    QTest::newRow("social") << u"social"_s << 2;
    QTest::newRow("radio") << u"radio"_s << 3;
    QTest::newRow("appropriate") << u"appropriate"_s << 4;
    QTest::newRow("difficulty") << u"difficulty"_s << 4;
    QTest::newRow("domiciliary") << u"domiciliary"_s << 6;
    QTest::newRow("accent") << u"café"_s << 2;
}

void TestPlainLanguage::syllables()
{
    QFETCH(QString, word);
    QFETCH(int, count);
    QCOMPARE(PlainLanguage::syllables(word), count);
}

void TestPlainLanguage::glossaryLoads()
{
    const auto &glossary = PlainLanguage::glossary();
    QVERIFY2(glossary.size() >= 60, qPrintable(QString::number(glossary.size())));
    // Loaded once: the same list each time.
    QCOMPARE(&PlainLanguage::glossary(), &glossary);
    QSet<QString> terms;
    for (const auto &entry : glossary) {
        QVERIFY(!entry.term.isEmpty());
        QVERIFY(!entry.plain.isEmpty());
        QVERIFY2(!terms.contains(entry.term.toLower()), qPrintable(entry.term));
        terms.insert(entry.term.toLower());
    }
    // The brief's own examples are there.
    for (const QString &term : {u"domiciliary care"_s, u"reablement"_s, u"assistive technology"_s,
             u"telecare"_s, u"care package"_s, u"signposting"_s, u"personal budget"_s,
             u"direct payment"_s, u"GP"_s}) {
        QVERIFY2(terms.contains(term.toLower()), qPrintable(term));
    }
}

void TestPlainLanguage::everyGlossaryTermIsFound()
{
    for (const auto &entry : PlainLanguage::glossary()) {
        const auto problems = PlainLanguage::check(entry.term);
        QVERIFY2(problems.size() == 1, qPrintable(entry.term + u": "_s + describe(problems)));
        QCOMPARE(problems.first().kind, Kind::Jargon);
        QCOMPARE(problems.first().found, entry.term);
        QCOMPARE(problems.first().suggestion, entry.plain);
    }
}

void TestPlainLanguage::everyGlossaryAlternativeIsPlain()
{
    for (const auto &entry : PlainLanguage::glossary()) {
        const auto problems = PlainLanguage::check(entry.plain);
        QVERIFY2(problems.isEmpty(),
            qPrintable(entry.term + u" -> "_s + entry.plain + u": "_s + describe(problems)));
    }
}

QTEST_GUILESS_MAIN(TestPlainLanguage)
#include "tst_plainlanguage.moc"
