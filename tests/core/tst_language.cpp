// The languages Hearth speaks (core/language.h): which language is chosen, the one translator
// every tr() reaches, a printout's language on its own thread, and the locale's forms.

#include "core/language.h"
#include "core/plan.h"
#include "core/statutory.h"

#include <QCoreApplication>
#include <QDate>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace hearth;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        language::setInterface(Language::English);
        language::clearMissingTranslations();
    }
    void cleanupTestCase() { language::setInterface(Language::English); }

    void codesAndNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: not a language Hearth speaks
        QTest::newRow("en") << u"en"_s << int(Language::English);
        QTest::newRow("en-GB") << u"en-GB"_s << int(Language::English);
        QTest::newRow("en_GB") << u"en_GB"_s << int(Language::English);
        QTest::newRow("English") << u"English"_s << int(Language::English);
        QTest::newRow("cy") << u"cy"_s << int(Language::Welsh);
        QTest::newRow("cy_GB") << u"cy_GB"_s << int(Language::Welsh);
        QTest::newRow("Cymraeg") << u" Cymraeg "_s << int(Language::Welsh);
        QTest::newRow("welsh") << u"welsh"_s << int(Language::Welsh);
        QTest::newRow("fr") << u"fr"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void codesAndNames()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<Language> found = language::fromCode(text);
        if (expected < 0) {
            QVERIFY(!found);
            return;
        }
        QVERIFY(found);
        QCOMPARE(int(*found), expected);
        QCOMPARE(language::fromCode(language::code(*found)), found);
    }

    void nativeNamesAndTags()
    {
        QCOMPARE(language::nativeName(Language::Welsh), u"Cymraeg"_s);
        QCOMPARE(language::nativeName(Language::English), u"English"_s);
        QCOMPARE(language::tag(Language::Welsh), u"cy-GB"_s);
        QCOMPARE(language::tag(Language::English), u"en-GB"_s);
    }

    // The system's locale decides the window's language: Welsh for Welsh, English otherwise.
    void locales()
    {
        QCOMPARE(language::forLocale(QLocale(u"cy_GB"_s)), Language::Welsh);
        QCOMPARE(language::forLocale(QLocale(u"en_US"_s)), Language::English);
        QCOMPARE(language::forLocale(QLocale(u"pl_PL"_s)), Language::English);
        QCOMPARE(language::forLocale(QLocale::c()), Language::English);
        QCOMPARE(language::locale(Language::Welsh).language(), QLocale::Welsh);
        QCOMPARE(language::locale(Language::English).territory(), QLocale::UnitedKingdom);
    }

    // A person's printouts follow what the assessment recorded as their language.
    void personsLanguage_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<bool>("welsh");
        QTest::newRow("Cymraeg") << u"Cymraeg"_s << true;
        QTest::newRow("Welsh") << u"Welsh"_s << true;
        QTest::newRow("welsh, then English") << u"Welsh (and English)"_s << true;
        QTest::newRow("Cymraeg/English") << u"Cymraeg/English"_s << true;
        QTest::newRow("English") << u"English"_s << false;
        QTest::newRow("English and Welsh") << u"English and Welsh"_s << false;
        QTest::newRow("Polski") << u"Polski"_s << false;
        QTest::newRow("blank") << QString() << false;
    }
    void personsLanguage()
    {
        QFETCH(QString, preferred);
        QFETCH(bool, welsh);
        QCOMPARE(language::forPerson(preferred) == Language::Welsh, welsh);
        QCOMPARE(language::forPrintout(preferred, Language::English) == Language::Welsh, welsh);
        // Someone whose language is not Welsh gets the window's.
        QCOMPARE(language::forPrintout(preferred, Language::Welsh), Language::Welsh);
    }

    // The window's language reaches every tr(): the statutory lists come out in their
    // recognised Welsh wording (Social Services and Well-being (Wales) Act 2014 s2).
    void interfaceLanguageTranslates()
    {
        const QString english = statutoryText(WellbeingArea::SocialAndEconomicWellbeing);
        QCOMPARE(english, u"social and economic wellbeing"_s);
        language::setInterface(Language::Welsh);
        QCOMPARE(language::interface(), Language::Welsh);
        QCOMPARE(statutoryText(WellbeingArea::SocialAndEconomicWellbeing),
            u"llesiant cymdeithasol ac economaidd"_s);
        QCOMPARE(statutoryText(WellbeingArea::Relationships),
            u"perthnasoedd domestig, teuluol a phersonol"_s);
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        language::setInterface(Language::English);
        QCOMPARE(statutoryText(WellbeingArea::SocialAndEconomicWellbeing), english);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    // Every Welsh text of every statutory list is there, and differs from the English.
    void statutoryListsAreTranslated()
    {
        const auto everyText = [] {
            QStringList texts;
            for (const WellbeingArea area : allWellbeingAreas())
                texts << statutoryText(area);
            for (const SpecifiedOutcome outcome : allSpecifiedOutcomes())
                texts << statutoryText(outcome);
            for (const CarerOutcome outcome : allCarerOutcomes())
                texts << statutoryText(outcome);
            for (const UnableMeaning meaning : adultUnableMeanings())
                texts << statutoryText(meaning) << statutoryText(meaning, true);
            return texts;
        };
        const QStringList english = everyText();
        const ScopedLanguage welsh(Language::Welsh);
        const QStringList translated = everyText();

        QCOMPARE(translated.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i)
            QVERIFY2(translated.at(i) != english.at(i), qPrintable(english.at(i)));
        QVERIFY2(language::missingTranslations().isEmpty(),
            qPrintable(language::missingTranslations().join(u'\n')));
    }

    // A Welsh printout made on a worker thread while the window speaks English: each thread
    // gets its own language, at the same time.
    void scopedLanguageIsPerThread()
    {
        std::atomic<bool> workerInWelsh {false};
        std::atomic<bool> mainChecked {false};
        QString workerText;
        QThread *worker = QThread::create([&] {
            const ScopedLanguage welsh(Language::Welsh);
            workerInWelsh = true;
            while (!mainChecked)
                QThread::yieldCurrentThread();
            workerText = statutoryText(WellbeingArea::SocialAndEconomicWellbeing);
        });
        worker->start();
        QTRY_VERIFY(workerInWelsh.load());
        QCOMPARE(language::current(), Language::English);
        QCOMPARE(statutoryText(WellbeingArea::SocialAndEconomicWellbeing),
            u"social and economic wellbeing"_s);
        mainChecked = true;
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(workerText, u"llesiant cymdeithasol ac economaidd"_s);
    }

    void scopesNestAndRestore()
    {
        QCOMPARE(language::current(), Language::English);
        {
            const ScopedLanguage welsh(Language::Welsh);
            QCOMPARE(language::current(), Language::Welsh);
            {
                const ScopedLanguage english(Language::English);
                QCOMPARE(language::current(), Language::English);
            }
            QCOMPARE(language::current(), Language::Welsh);
        }
        QCOMPARE(language::current(), Language::English);
    }

    // Qt ships no Welsh: Hearth's translation carries the Qt words its windows show.
    void qtsOwnWords()
    {
        const ScopedLanguage welsh(Language::Welsh);
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY(!cancel.isEmpty());
        QVERIFY(cancel != u"Cancel"_s);
        QVERIFY(QCoreApplication::translate("QLineEdit", "&Paste") != u"&Paste"_s);
    }

    // A lookup the Welsh translation cannot answer is recorded (the GUI and printout tests
    // expect none), except in Qt's own contexts; English never misses.
    void missingTranslationsAreRecorded()
    {
        (void)QCoreApplication::translate("hearth::Nowhere", "Not in any file");
        QVERIFY(language::missingTranslations().isEmpty());
        {
            const ScopedLanguage welsh(Language::Welsh);
            QCOMPARE(QCoreApplication::translate("hearth::Nowhere", "Not in any file"),
                u"Not in any file"_s);
            (void)QCoreApplication::translate("QWidget", "Not a word Hearth shows");
        }
        QCOMPARE(
            language::missingTranslations(), QStringList {u"hearth::Nowhere | Not in any file"_s});
        language::clearMissingTranslations();
        QVERIFY(language::missingTranslations().isEmpty());
    }

    // Money and dates in the locale's form, from whole pence.
    void moneyAndDates()
    {
        QCOMPARE(poundsText(1234567), u"£12,345.67"_s);
        QCOMPARE(poundsText(-5), u"-£0.05"_s);
        const ScopedLanguage welsh(Language::Welsh);
        QCOMPARE(poundsText(1234567), u"£12,345.67"_s);
        const QLocale cy = language::locale(language::current());
        QCOMPARE(cy.toString(QDate(2026, 11, 23), u"d MMMM yyyy"_s), u"23 Tachwedd 2026"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
