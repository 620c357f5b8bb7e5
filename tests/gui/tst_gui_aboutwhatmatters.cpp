// Steps 1 and 2 of the guided assessment, About the person and What matters, driven from the
// keyboard: what is typed reaches the session's record, the NHS number is checked as it is
// typed, and the advocacy prompt of Care Act 2014 s67 shows exactly when it should.
#include "guitest.h"

#include "core/nhsnumber.h"
#include "gui/aboutpersonpage.h"
#include "gui/casesession.h"
#include "gui/startup.h"
#include "gui/textfield.h"
#include "gui/whatmatterspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>

using namespace hearth;
using namespace hearth::guitest;

namespace {

// A page shown at the width it has in the main window, in a scroll area as there.
struct Shown
{
    QScrollArea area;

    explicit Shown(QWidget *page)
    {
        area.setWidget(page);
        area.setWidgetResizable(true);
        area.resize(820, 700);
        area.show();
    }
};

void focusOn(QWidget *w)
{
    QVERIFY(w);
    w->activateWindow();
    w->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(focused(), w);
}

void chooseAnswer(QComboBox *combo, Answer answer)
{
    // From the keyboard: Home, then Down to the answer.
    focusOn(combo);
    press(Qt::Key_Home);
    while (Answer(combo->currentData().toInt()) != answer) {
        const int before = combo->currentIndex();
        press(Qt::Key_Down);
        QVERIFY(combo->currentIndex() != before);
    }
}

} // namespace

class TestGuiAboutWhatMatters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Startup::setUpApplication(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir, QStringLiteral("hearth%1.db").arg(++m_stores));
        QVERIFY(m_store);
        m_person = addPerson(*m_store);
        m_session = std::make_unique<CaseSession>(*m_store);
        const Status opened = m_session->open(m_person.id, QDate(2025, 5, 1));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void nhsNumberMessages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("start");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("valid") << QStringLiteral("943 476 5919") << QStringLiteral("Valid");
        QTest::newRow("letters") << QStringLiteral("943 476 59l9") << QStringLiteral("Not valid");
        QTest::newRow("short") << QStringLiteral("943476591") << QStringLiteral("Not valid");
        QTest::newRow("check digit") << QStringLiteral("9434765918") << QStringLiteral("Not valid");
    }

    void nhsNumberMessages()
    {
        QFETCH(QString, input);
        QFETCH(QString, start);
        const QString message = AboutPersonPage::nhsNumberMessage(input);
        QCOMPARE(message.isEmpty(), start.isEmpty());
        QVERIFY2(message.startsWith(start), qPrintable(message));
        if (input == u"943476591")
            QVERIFY2(message.contains(u"has 9"), qPrintable(message));
        if (input == u"9434765918")
            QVERIFY2(message.contains(u"Modulus 11"), qPrintable(message));
    }

    void detailsAndNhsNumberFromTheKeyboard()
    {
        auto *page = new AboutPersonPage(*m_session);
        page->today = [] { return QDate(2025, 5, 1); };
        Shown shown(page);
        page->load();
        QVERIFY(QTest::qWaitForWindowExposed(&shown.area));

        auto *given = child<QLineEdit>(page, "givenNamesEdit");
        QCOMPARE(page->firstField(), given);
        QCOMPARE(given->text(), QStringLiteral("Margaret"));
        QCOMPARE(child<QLineEdit>(page, "dateOfBirthEdit")->text(), QStringLiteral("09/03/1941"));
        QCOMPARE(child<QPlainTextEdit>(page, "addressEdit")->toPlainText(),
            QStringLiteral("1 Test Street\nExeter"));

        // Tab order: given names, family name, preferred name, date of birth, NHS number.
        focusOn(given);
        press(Qt::Key_End);
        type(QStringLiteral(" Ada"));
        QCOMPARE(m_session->person().givenNames, QStringLiteral("Margaret Ada"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(page, "familyNameEdit"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(page, "preferredNameEdit"));
        type(QStringLiteral("Peggy"));
        QCOMPARE(m_session->person().preferredName, QStringLiteral("Peggy"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(page, "dateOfBirthEdit"));

        // The date of birth: a date in the future or a half-typed one is not stored.
        auto *dobMessage = child<QLabel>(page, "dateOfBirthMessageLabel");
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("9/3/2041"));
        QVERIFY(!m_session->person().dateOfBirth.isValid());
        QVERIFY2(dobMessage->text().contains(u"future"), qPrintable(dobMessage->text()));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("31/2/1941"));
        QVERIFY(!m_session->person().dateOfBirth.isValid());
        QVERIFY(dobMessage->text().startsWith(u"Not a date"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("9/3/1942"));
        QCOMPARE(m_session->person().dateOfBirth, QDate(1942, 3, 9));
        QCOMPARE(dobMessage->text(), QStringLiteral("9 March 1942, aged 83."));

        press(Qt::Key_Tab);
        auto *nhs = child<QLineEdit>(page, "nhsNumberEdit");
        auto *nhsMessage = child<QLabel>(page, "nhsNumberMessageLabel");
        QCOMPARE(focused(), nhs);
        QVERIFY(!nhsMessage->isVisible()); // not known is allowed: nothing to say

        // Half typed: says what is wrong, stores nothing.
        type(QStringLiteral("943 476"));
        QVERIFY(nhsMessage->isVisible());
        QVERIFY2(nhsMessage->text().contains(u"this has 6"), qPrintable(nhsMessage->text()));
        QVERIFY(m_session->person().nhsNumber.isEmpty());
        // A wrong check digit.
        type(QStringLiteral(" 5918"));
        QVERIFY2(nhsMessage->text().contains(u"Modulus 11"), qPrintable(nhsMessage->text()));
        QVERIFY(m_session->person().nhsNumber.isEmpty());
        // Corrected: valid, in words, and stored as ten digits.
        press(Qt::Key_Backspace);
        type(QStringLiteral("9"));
        QCOMPARE(nhsMessage->text(), QStringLiteral("Valid NHS number."));
        QCOMPARE(m_session->person().nhsNumber, QStringLiteral("9434765919"));
        QVERIFY(NhsNumber::isValid(m_session->person().nhsNumber));
        // Spoiled again: the stored number is withdrawn, not left stale.
        press(Qt::Key_Backspace);
        QVERIFY(nhsMessage->text().startsWith(u"Not valid"));
        QVERIFY(m_session->person().nhsNumber.isEmpty());
        type(QStringLiteral("9"));

        // The address, one line a line; blank lines are not stored.
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QPlainTextEdit>(page, "addressEdit"));
        press(Qt::Key_End, Qt::ControlModifier);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        type(QStringLiteral("Devon"));
        QCOMPARE(m_session->person().address.lines,
            QStringList({QStringLiteral("1 Test Street"), QStringLiteral("Exeter"),
                QStringLiteral("Devon")}));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(page, "postcodeEdit"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(page, "phoneEdit"));
        type(QStringLiteral("01392 000000"));
        QCOMPARE(m_session->person().phone, QStringLiteral("01392 000000"));

        // Communication.
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(page, "preferredLanguageEdit"));
        type(QStringLiteral("Yoruba"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QCheckBox>(page, "interpreterCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        type(QStringLiteral("Yoruba"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QCheckBox>(page, "easyReadCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QCheckBox>(page, "brailleCheck"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<TextField>(page, "communicationNotesField"));
        type(QStringLiteral("Mornings are best"));
        const CommunicationNeeds &c = m_session->person().communication;
        QCOMPARE(c.preferredLanguage, QStringLiteral("Yoruba"));
        QVERIFY(c.interpreter);
        QCOMPARE(c.interpreterLanguage, QStringLiteral("Yoruba"));
        QVERIFY(c.easyRead);
        QVERIFY(!c.largePrint);
        QVERIFY(!c.braille);
        QCOMPARE(c.notes, QStringLiteral("Mornings are best"));

        // A page shown again keeps what was stored, formatted.
        page->load();
        QCOMPARE(nhs->text(), QStringLiteral("943 476 5919"));
        QCOMPARE(child<QLineEdit>(page, "dateOfBirthEdit")->text(), QStringLiteral("09/03/1942"));

        QVERIFY(accessibilityProblems(page).isEmpty());
    }

    void contributorsAndConsent()
    {
        auto *page = new AboutPersonPage(*m_session);
        page->today = [] { return QDate(2025, 5, 1); };
        Shown shown(page);
        page->load();
        QVERIFY(QTest::qWaitForWindowExposed(&shown.area));

        auto *list = child<QListWidget>(page, "contributorList");
        auto *add = child<QPushButton>(page, "addContributorButton");
        auto *remove = child<QPushButton>(page, "removeContributorButton");
        QVERIFY(!remove->isEnabled());

        // The first is the person, filled in; the name is selected, so typing replaces it.
        focusOn(add);
        press(Qt::Key_Space);
        QCOMPARE(focused(), child<QLineEdit>(page, "contributorNameEdit"));
        QCOMPARE(m_session->assessment().contributors.size(), 1);
        QCOMPARE(
            m_session->assessment().contributors.first().name, QStringLiteral("Margaret Okafor"));
        QVERIFY(m_session->assessment().contributors.first().present);

        focusOn(add);
        press(Qt::Key_Space);
        QCOMPARE(focused(), child<QLineEdit>(page, "contributorNameEdit"));
        type(QStringLiteral("Grace Okafor"));
        press(Qt::Key_Tab);
        type(QStringLiteral("daughter"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QCheckBox>(page, "contributorPresentCheck"));
        press(Qt::Key_Space);
        focusOn(add);
        press(Qt::Key_Space);
        type(QStringLiteral("Tom Reed"));
        press(Qt::Key_Tab);
        type(QStringLiteral("occupational therapist"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Community health team"));

        QList<Contributor> contributors = m_session->assessment().contributors;
        QCOMPARE(contributors.size(), 3);
        QCOMPARE(contributors.at(1).name, QStringLiteral("Grace Okafor"));
        QCOMPARE(contributors.at(1).role, QStringLiteral("daughter"));
        QVERIFY(contributors.at(1).present);
        QCOMPARE(contributors.at(2).organisation, QStringLiteral("Community health team"));
        QVERIFY(!contributors.at(2).present);
        QCOMPARE(list->count(), 3);
        QVERIFY2(list->item(1)->text().contains(u"daughter"), qPrintable(list->item(1)->text()));

        // Choose Grace with the arrow keys and remove her.
        focusOn(list);
        press(Qt::Key_Up);
        QCOMPARE(
            child<QLineEdit>(page, "contributorNameEdit")->text(), QStringLiteral("Grace Okafor"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), remove);
        press(Qt::Key_Space);
        contributors = m_session->assessment().contributors;
        QCOMPARE(contributors.size(), 2);
        QCOMPARE(contributors.at(1).name, QStringLiteral("Tom Reed"));
        QCOMPARE(child<QLineEdit>(page, "contributorNameEdit")->text(), QStringLiteral("Tom Reed"));

        focusOn(child<QCheckBox>(page, "jointWithHealthCheck"));
        press(Qt::Key_Space);
        QVERIFY(m_session->assessment().jointWithHealth);

        chooseAnswer(child<QComboBox>(page, "consentCombo"), Answer::Yes);
        QCOMPARE(m_session->assessment().consent.given, Answer::Yes);
        press(Qt::Key_Tab);
        type(QStringLiteral("Agreed to share with her GP"));
        QCOMPARE(
            m_session->assessment().consent.notes, QStringLiteral("Agreed to share with her GP"));
        chooseAnswer(child<QComboBox>(page, "selfAssessmentOfferedCombo"), Answer::Yes);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QComboBox>(page, "selfAssessmentAcceptedCombo"));
        chooseAnswer(child<QComboBox>(page, "selfAssessmentAcceptedCombo"), Answer::No);
        QCOMPARE(m_session->assessment().selfAssessment.offered, Answer::Yes);
        QCOMPARE(m_session->assessment().selfAssessment.accepted, Answer::No);

        // Capacity for a specific decision.
        focusOn(child<QPushButton>(page, "addCapacityButton"));
        press(Qt::Key_Space);
        QCOMPARE(focused(), child<QLineEdit>(page, "capacityDecisionEdit"));
        type(QStringLiteral("Whether to move to a care home"));
        press(Qt::Key_Tab);
        press(Qt::Key_Down); // from "not assessed" to "has capacity"
        press(Qt::Key_Tab);
        type(QStringLiteral("28/4/2025"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Sam Okafor"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Understood, retained and weighed the options."));
        const QList<CapacityRecord> &capacity = m_session->assessment().capacity;
        QCOMPARE(capacity.size(), 1);
        QCOMPARE(capacity.first().decision, QStringLiteral("Whether to move to a care home"));
        QCOMPARE(capacity.first().hasCapacity, Answer::Yes);
        QCOMPARE(capacity.first().assessedOn, QDate(2025, 4, 28));
        QCOMPARE(capacity.first().assessedBy, QStringLiteral("Sam Okafor"));
        QVERIFY(capacity.first().notes.startsWith(u"Understood"));

        // Read-only: the list buttons are disabled with everything else.
        page->setReadOnly(true);
        QVERIFY(!add->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!child<QPushButton>(page, "removeCapacityButton")->isEnabled());
        page->setReadOnly(false);
        QVERIFY(remove->isEnabled());
    }

    // Care Act 2014 s67: substantial difficulty and no appropriate person means an advocate.
    void advocacyPrompt()
    {
        auto *page = new AboutPersonPage(*m_session);
        Shown shown(page);
        page->load();
        QVERIFY(QTest::qWaitForWindowExposed(&shown.area));
        auto *panel = child<QFrame>(page, "advocatePanel");
        auto *prompt = child<QLabel>(page, "advocatePromptLabel");
        auto *appropriate = child<QComboBox>(page, "appropriatePersonCombo");
        QVERIFY(panel && prompt && appropriate);
        QVERIFY(!panel->isVisible());

        // An appropriate person first: a difficulty then needs no advocate.
        chooseAnswer(appropriate, Answer::Yes);
        focusOn(child<QCheckBox>(page, "difficultyRetainingCheck"));
        press(Qt::Key_Space);
        QVERIFY(m_session->assessment().advocacy.difficultyRetaining);
        QVERIFY(!m_session->assessment().advocacy.advocateRequired());
        QVERIFY(!panel->isVisible());

        // No appropriate person: the prompt shows.
        chooseAnswer(appropriate, Answer::No);
        QVERIFY(m_session->assessment().advocacy.advocateRequired());
        QVERIFY(panel->isVisible());
        QVERIFY(prompt->isVisible());
        QVERIFY2(prompt->text().contains(u"independent advocate"), qPrintable(prompt->text()));

        // No difficulty any more: no prompt, even with no appropriate person.
        focusOn(child<QCheckBox>(page, "difficultyRetainingCheck"));
        press(Qt::Key_Space);
        QVERIFY(!panel->isVisible());
        // Not known yet counts as none found: the prompt shows until someone is recorded.
        chooseAnswer(appropriate, Answer::Unknown);
        focusOn(child<QCheckBox>(page, "difficultyCommunicatingCheck"));
        press(Qt::Key_Space);
        QVERIFY(panel->isVisible());
        QVERIFY2(prompt->text().contains(u"found yet"), qPrintable(prompt->text()));

        // The referral, from the keyboard, in tab order after the appropriate person.
        focusOn(child<QLineEdit>(page, "appropriatePersonNameEdit"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QCheckBox>(page, "referralMadeCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QLineEdit>(page, "advocateNameEdit"));
        type(QStringLiteral("Priya Shah"));
        const AdvocacyCheck &advocacy = m_session->assessment().advocacy;
        QVERIFY(advocacy.difficultyCommunicating);
        QVERIFY(advocacy.referralMade);
        QCOMPARE(advocacy.advocateName, QStringLiteral("Priya Shah"));
        QVERIFY(panel->isVisible());
        QVERIFY2(prompt->text().contains(u"referral is recorded"), qPrintable(prompt->text()));
    }

    void whatMattersFromTheKeyboard()
    {
        auto *page = new WhatMattersPage(*m_session);
        Shown shown(page);
        page->load();
        QVERIFY(QTest::qWaitForWindowExposed(&shown.area));

        QCOMPARE(child<QLabel>(page, "questionHeading")->text(),
            QStringLiteral("If you could resolve the things that are difficult for you right "
                           "now, what would change for you?"));
        auto *words = child<TextField>(page, "inTheirWordsField");
        QCOMPARE(page->firstField(), words);
        // The crash test types into the first TextField it finds on a page: this one.
        QCOMPARE(page->findChild<TextField *>(), words);

        focusOn(words);
        type(QStringLiteral("I'd be back at the choir on Thursdays."));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<TextField>(page, "identitiesField"));
        type(QStringLiteral("a grandmother"));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        type(QStringLiteral("  a keen gardener  "));
        press(Qt::Key_Return);
        QCOMPARE(m_session->assessment().whatMatters.identities,
            QStringList({QStringLiteral("a grandmother"), QStringLiteral("a keen gardener")}));
        // A blank line being typed stays in the field when the page is shown again.
        page->load();
        QCOMPARE(focused(), child<TextField>(page, "identitiesField"));
        type(QStringLiteral("sings in the choir"));
        QCOMPARE(m_session->assessment().whatMatters.identities.size(), 3);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<TextField>(page, "importantToField"));
        type(QStringLiteral("Her grandchildren on Sundays"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<TextField>(page, "importantForField"));
        type(QStringLiteral("Taking her tablets on time"));

        const WhatMatters &w = m_session->assessment().whatMatters;
        QCOMPARE(w.inTheirWords, QStringLiteral("I'd be back at the choir on Thursdays."));
        QCOMPARE(w.importantTo, QStringLiteral("Her grandchildren on Sundays"));
        QCOMPARE(w.importantFor, QStringLiteral("Taking her tablets on time"));
        QCOMPARE(w.identities.last(), QStringLiteral("sings in the choir"));

        // What is stored reaches the store.
        QVERIFY(m_session->saveNow().ok());
        CaseSession again(*m_store);
        QVERIFY(again.open(m_person.id).ok());
        QCOMPARE(again.assessment().whatMatters, w);

        QVERIFY(accessibilityProblems(page).isEmpty());
        QCOMPARE(WhatMattersPage::identitiesFromText(QStringLiteral("\n a \n\n b\n  \n")),
            QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<Store> m_store;
    Person m_person;
    std::unique_ptr<CaseSession> m_session;
};

QTEST_MAIN(TestGuiAboutWhatMatters)
#include "tst_gui_aboutwhatmatters.moc"
