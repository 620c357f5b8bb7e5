// Steps 3 and 4 driven from the keyboard: strengths, a network member who provides care (and
// the prompt to offer a carer's assessment), removing them again; then the wellbeing areas,
// one skipped with a reason and one explored, with the live pictures following.

#include "guitest.h"

#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "gui/steppage.h"

#include <QCheckBox>
#include <QFrame>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>

using namespace hearth;
using namespace hearth::guitest;

namespace {

// Presses Tab until `target` has focus; false when it never comes (a broken tab order).
bool tabTo(QWidget *target, int limit = 30)
{
    for (int i = 0; i < limit; ++i) {
        if (QApplication::focusWidget() == target)
            return true;
        QWidget *from = QApplication::focusWidget();
        if (!from)
            return false;
        QTest::keyClick(from, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

const NetworkMember *findMember(const CaseSession &session, const QString &name)
{
    for (const NetworkMember &m : session.network()) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

WellbeingAreaRecord areaRecord(const CaseSession &session, WellbeingArea area)
{
    for (const WellbeingAreaRecord &r : session.assessment().wellbeing) {
        if (r.area == area)
            return r;
    }
    return {};
}

} // namespace

class TestGuiNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Startup::setUpApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = makeStore(*m_dir);
        QVERIFY(m_store);
        m_person = addPerson(*m_store);
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPerson(m_person.id);
        QVERIFY(m_window->isShowingAssessment());
    }

    void cleanup()
    {
        // Set HEARTH_PAGES_OUT to a folder to look at both pages whole, as the test left them.
        const QString out = qEnvironmentVariable("HEARTH_PAGES_OUT");
        if (!out.isEmpty() && m_window && m_window->assessmentView()) {
            AssessmentView *view = m_window->assessmentView();
            for (AssessmentStep step :
                {AssessmentStep::StrengthsAndNetwork, AssessmentStep::Wellbeing}) {
                view->page(step)->grab().save(
                    QStringLiteral("%1/%2-%3.png")
                        .arg(out, QString::fromLatin1(QTest::currentTestFunction()),
                            AssessmentFlow::code(step)));
            }
        }
        // Closing saves what is unsaved while the window is whole (the view must not be told
        // of a save while it is being destroyed).
        if (m_window && m_window->assessmentView())
            QVERIFY(m_window->assessmentView()->closeCase());
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void strengthsAndACarerByKeyboard()
    {
        AssessmentView *view = m_window->assessmentView();
        CaseSession &session = view->session();
        press(Qt::Key_3, Qt::AltModifier);
        QCOMPARE(view->currentStep(), AssessmentStep::StrengthsAndNetwork);
        StepPage *page = view->page(AssessmentStep::StrengthsAndNetwork);
        QVERIFY2(accessibilityProblems(page).isEmpty(),
            qPrintable(accessibilityProblems(page).join(u'\n')));

        // Focus starts in the strengths, one a line.
        QCOMPARE(focused(), page->firstField());
        QCOMPARE(focused()->objectName(), QStringLiteral("strengthsEdit"));
        type(QStringLiteral("Walks to the shop every morning"));
        press(Qt::Key_Return);
        type(QStringLiteral("Plays the piano"));
        QCOMPARE(session.assessment().strengths.size(), 2);
        QCOMPARE(
            session.assessment().strengths.at(1).description, QStringLiteral("Plays the piano"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("interestsEdit"));
        type(QStringLiteral("Choir on Thursdays"));
        QCOMPARE(session.assessment().interests, QStringLiteral("Choir on Thursdays"));

        // Add a member with the Add button: the name field takes focus.
        auto *add = child<QPushButton>(page, "addMemberButton");
        QVERIFY(add);
        QVERIFY(tabTo(add));
        press(Qt::Key_Space);
        QCOMPARE(session.network().size(), 1);
        QCOMPARE(focused()->objectName(), QStringLiteral("memberNameEdit"));
        type(QStringLiteral("Aisha Okafor"));
        QVERIFY(findMember(session, QStringLiteral("Aisha Okafor")));
        auto *list = child<QListWidget>(page, "networkList");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"Aisha Okafor"));

        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("memberKindCombo"));
        press(Qt::Key_Tab);
        type(QStringLiteral("daughter"));
        QCOMPARE(findMember(session, QStringLiteral("Aisha Okafor"))->relationship,
            QStringLiteral("daughter"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("memberStrengthCombo"));
        press(Qt::Key_Down); // steady -> strong
        QCOMPARE(findMember(session, QStringLiteral("Aisha Okafor"))->connectionStrength, 3);

        // Not sustainable: the ecomap says so in words.
        auto *sustainable = child<QComboBox>(page, "memberSustainableCombo");
        QVERIFY(tabTo(sustainable));
        press(Qt::Key_Down);
        press(Qt::Key_Down); // not known -> yes -> no
        QCOMPARE(findMember(session, QStringLiteral("Aisha Okafor"))->sustainable, Answer::No);

        // Provides care: the prompt to offer a carer's assessment appears, naming her.
        auto *carerPanel = child<QFrame>(page, "carerPanel");
        auto *prompt = child<QLabel>(page, "carerPromptLabel");
        QVERIFY(carerPanel && prompt);
        QVERIFY(!carerPanel->isVisible());
        auto *providesCare = child<QCheckBox>(page, "memberProvidesCareCheck");
        QVERIFY(tabTo(providesCare));
        press(Qt::Key_Space);
        QVERIFY(findMember(session, QStringLiteral("Aisha Okafor"))->providesCare);
        QVERIFY(carerPanel->isVisible());
        QVERIFY2(prompt->text().contains(u"Offer Aisha Okafor a carer's assessment"),
            qPrintable(prompt->text()));
        QVERIFY(prompt->text().contains(u"s10"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("carerOfferedCombo"));
        press(Qt::Key_Down); // not known -> yes
        QCOMPARE(findMember(session, QStringLiteral("Aisha Okafor"))->carerAssessmentOffered,
            Answer::Yes);

        // The ecomap follows, in words for a screen reader.
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("ecomapView"));
        const QString described = focused()->accessibleDescription();
        QVERIFY2(described.contains(u"Aisha Okafor (family, daughter): strong connection, "
                                    u"not sustainable, provides care"),
            qPrintable(described));
        QVERIFY(list->item(0)->text().contains(u"provides care"));

        // What reaches the store is what was typed.
        QVERIFY(session.saveNow());
        QCOMPARE(session.network().constFirst().personId, m_person.id);

        // Remove her with the Remove button: the list empties, the prompt goes.
        auto *remove = child<QPushButton>(page, "removeMemberButton");
        QVERIFY(remove->isEnabled());
        remove->setFocus();
        press(Qt::Key_Space);
        QVERIFY(session.network().isEmpty());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!carerPanel->isVisible());
        QVERIFY(child<QLabel>(page, "noMembersLabel")->isVisible());
        QCOMPARE(focused(), add);
        QVERIFY(child<QWidget>(page, "ecomapView")->accessibleDescription().contains(u"No one"));
    }

    void wellbeingAreasByKeyboard()
    {
        AssessmentView *view = m_window->assessmentView();
        CaseSession &session = view->session();
        press(Qt::Key_4, Qt::AltModifier);
        QCOMPARE(view->currentStep(), AssessmentStep::Wellbeing);
        StepPage *page = view->page(AssessmentStep::Wellbeing);
        QVERIFY2(accessibilityProblems(page).isEmpty(),
            qPrintable(accessibilityProblems(page).join(u'\n')));
        auto *list = child<QListWidget>(page, "areaList");
        QCOMPARE(focused(), list);
        QCOMPARE(list->count(), 9);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(
            list->item(0)->text().contains(statutoryText(WellbeingArea::PersonalDignity).mid(1)));

        // Skip the first area, with a reason.
        auto *skipped = child<QRadioButton>(page, "skippedRadio");
        auto *reasonField = child<QWidget>(page, "skippedFields");
        QVERIFY(!reasonField->isVisible());
        // Tab reaches the pair of choices once; the arrow keys move between them.
        auto *explored = child<QRadioButton>(page, "exploredRadio");
        QVERIFY(tabTo(explored));
        QVERIFY(!explored->isChecked());
        press(Qt::Key_Right);
        QCOMPARE(focused(), skipped);
        if (!skipped->isChecked())
            press(Qt::Key_Space);
        QVERIFY(skipped->isChecked());
        QVERIFY(!explored->isChecked());
        QVERIFY(reasonField->isVisible());
        QVERIFY(!child<QWidget>(page, "exploredFields")->isVisible());
        QVERIFY(tabTo(child<QWidget>(page, "skippedReasonEdit")));
        type(QStringLiteral("She felt this was fine and did not want to go into it."));
        const WellbeingAreaRecord dignity = areaRecord(session, WellbeingArea::PersonalDignity);
        QVERIFY(!dignity.explored);
        QCOMPARE(dignity.skippedReason,
            QStringLiteral("She felt this was fine and did not want to go into it."));
        QVERIFY(list->item(0)->data(Qt::AccessibleTextRole).toString().endsWith(u"skipped"));

        // Explore the second: how much it matters, their view and a concern.
        list->setFocus();
        press(Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(!skipped->isChecked()); // the next area starts unrecorded
        // Tab lands on the choice last used; the arrow keys reach the other.
        for (int i = 0; i < 30 && focused() != explored && focused() != skipped; ++i)
            press(Qt::Key_Tab);
        if (focused() == skipped)
            press(Qt::Key_Left);
        QCOMPARE(focused(), explored);
        if (!explored->isChecked())
            press(Qt::Key_Space);
        QVERIFY(explored->isChecked());
        QVERIFY(!skipped->isChecked());
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("importanceCombo"));
        press(Qt::Key_End); // matters a lot
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("personsViewEdit"));
        type(QStringLiteral("I want to get my strength back."));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("concernsEdit"));
        type(QStringLiteral("Two falls at night since March."));

        const WellbeingAreaRecord health
            = areaRecord(session, WellbeingArea::HealthAndEmotionalWellbeing);
        QVERIFY(health.explored);
        QCOMPARE(health.importance, 3);
        QCOMPARE(health.personsView, QStringLiteral("I want to get my strength back."));
        QCOMPARE(health.concerns, QStringLiteral("Two falls at night since March."));
        QVERIFY(list->item(1)->data(Qt::AccessibleTextRole).toString().endsWith(u"concerns"));

        // The wheel says the same in words.
        const QString wheel = child<QWidget>(page, "wellbeingWheelView")->accessibleDescription();
        QVERIFY2(wheel.contains(u"Dignity: skipped"), qPrintable(wheel));
        QVERIFY2(wheel.contains(u"Health: concerns, matters a lot"), qPrintable(wheel));

        // Coming back to the first area shows its reason again.
        list->setFocus();
        press(Qt::Key_Up);
        QVERIFY(skipped->isChecked());
        QVERIFY(reasonField->isVisible());
    }

    // A large network: the list, the ecomap and its words keep up, and a member chosen in
    // the list shows its own details.
    void aLargeNetwork()
    {
        AssessmentView *view = m_window->assessmentView();
        CaseSession &session = view->session();
        view->goToStep(AssessmentStep::StrengthsAndNetwork);
        StepPage *page = view->page(AssessmentStep::StrengthsAndNetwork);
        for (int i = 0; i < 12; ++i) {
            const QUuid id = session.addNetworkMember();
            QVERIFY(!id.isNull());
            QVERIFY(session.editNetworkMember(id, [i](NetworkMember &m) {
                m.name = i == 5 ? QStringLiteral("The Thursday Afternoon Memory Café at St Mary's "
                                                 "Church Hall, Lower Street")
                                : QStringLiteral("Person %1").arg(i + 1);
                m.kind = NetworkKind(i % 8);
                m.sustainable = Answer(i % 3);
                m.connectionStrength = 1 + i % 3;
                m.providesCare = i == 2;
            }));
        }
        auto *list = child<QListWidget>(page, "networkList");
        QCOMPARE(list->count(), 12);
        const QString words = child<QWidget>(page, "ecomapView")->accessibleDescription();
        QVERIFY2(words.contains(u"12 people or groups"), qPrintable(words));
        QVERIFY(words.contains(u"Person 12 "));

        list->setFocus();
        list->setCurrentRow(2);
        QCOMPARE(child<QLineEdit>(page, "memberNameEdit")->text(), QStringLiteral("Person 3"));
        QVERIFY(child<QFrame>(page, "carerPanel")->isVisibleTo(page));
        press(Qt::Key_Down);
        QCOMPARE(child<QLineEdit>(page, "memberNameEdit")->text(), QStringLiteral("Person 4"));
        QVERIFY(!child<QFrame>(page, "carerPanel")->isVisibleTo(page));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Person m_person;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGuiNetwork)
#include "tst_gui_network.moc"
