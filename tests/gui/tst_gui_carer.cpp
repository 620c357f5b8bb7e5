// A carer's assessment (Care Act 2014 s10) through the real main window, from the keyboard:
// step 1 switches the assessment to a carer's and records the caring role, with the person
// cared for chosen from the caseload; the carer's health on the Needs step is deteriorating
// while every carer's outcome is achievable, which alone meets reg 3(2)(a); the Eligibility
// step proposes eligible under reg 3; the decision is recorded and the assessment finalised;
// then the carer's support plan and its easy read carry the caring role, the contingency and
// the crisis contact. Also: a typed name not on the caseload unlinks, and switching back to an
// adult's assessment loses none of the carer's words.

#include "guitest.h"
#include "keyboard.h"
#include "windowtest.h"

#include "core/assessmentflow.h"
#include "core/eligibility.h"
#include "core/qualitychecks.h"
#include "documents/planpdf.h"
#include "gui/assessmentview.h"
#include "gui/caseloadmodel.h"
#include "gui/casesession.h"
#include "gui/finalisepage.h"
#include "gui/mainwindow.h"
#include "gui/plainlanguagedialog.h"
#include "gui/printoutdialog.h"
#include "gui/startup.h"
#include "gui/steppage.h"
#include "gui/textfield.h"

#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace hearth;
using namespace hearth::guitest;
using namespace hearth::keyboard;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kAdultKind = u"An adult's needs assessment (Care Act 2014 s9)"_s;
const QString kCarerKind = u"A carer's assessment (Care Act 2014 s10)"_s;

const QString kCaringRole
    = u"Helps Ezekiel wash and dress, gives his tablets, is up with him at night."_s;
const QString kWhatWouldHelp = u"A full night's sleep twice a week."_s;
const QString kIfUnableToCare = u"Her sister Ngozi stays for up to a week."_s;
const QString kCrisisContact = u"Ngozi Eze, 07700 900 461."_s;

// Runs of white space as one space, so words wrapped onto a new line still match.
QString squeezed(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestGuiCarer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    Person m_caredFor;

    AssessmentView *view() const { return m_window->assessmentView(); }
    CaseSession &session() const { return view()->session(); }
    CarerDetails carer() const { return session().assessment().carer.value_or(CarerDetails {}); }

    // Step `digit` by its Alt+digit shortcut, as a practitioner moves between steps.
    StepPage *goTo(int digit, AssessmentStep step)
    {
        QTest::keyClick(focused(), Qt::Key(Qt::Key_0 + digit % 10), Qt::AltModifier);
        if (view()->currentStep() != step) {
            qWarning("Alt+%d did not show step %d", digit, digit);
            return nullptr;
        }
        return view()->page(step);
    }

    // A new person on the caseload, opened from the search box with the keyboard: a new draft
    // adult's assessment is started for them.
    void openNewPerson(const QString &given, const QString &family)
    {
        const Person person = addPerson(*m_store, given, family);
        m_window->refresh();
        m_window->focusSearch();
        type(given);
        QTRY_VERIFY(m_window->caseloadModel()->rowCount() >= 1);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QVERIFY(m_window->isShowingAssessment());
        QCOMPARE(session().person().id, person.id);
        QCOMPARE(session().assessment().kind, AssessmentKind::AdultNeeds);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Startup::setUpApplication();
        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        // Someone else on the caseload, so the list of people has more than one.
        QVERIFY(!importCase(*m_store, u"cases/adult-eligible-sian-pritchard.json"_s).isNull());
        m_caredFor = addPerson(*m_store, u"Ezekiel"_s, u"Okafor"_s);
    }

    void init()
    {
        m_window = windowtest::showMainWindow(*m_store, QSize(1366, 768));
        QVERIFY(QApplication::activeWindow() == m_window.get());
    }

    void cleanup() { QVERIFY(windowtest::closeMainWindow(m_window)); }

    void carersAssessmentEndToEnd()
    {
        openNewPerson(u"Adaeze"_s, u"Okafor"_s);
        if (QTest::currentTestFailed())
            return;

        // Step 1: an adult's assessment to start with; the caring role is not asked about.
        StepPage *about = goTo(1, AssessmentStep::AboutThePerson);
        QVERIFY(about);
        auto *kind = child<QComboBox>(about, "kindCombo");
        auto *caringGroup = child<QGroupBox>(about, "caringRoleGroup");
        QVERIFY(kind && caringGroup);
        QVERIFY(kind->isVisible());
        QCOMPARE(kind->currentText(), kAdultKind);
        QVERIFY(!caringGroup->isVisible());
        // The place left for the review section, at the top (empty until a review needs it).
        QVERIFY(about->findChild<QVBoxLayout *>(u"reviewSectionLayout"_s));

        // Alt+K reaches the choice; the arrow keys make it a carer's assessment.
        press(Qt::Key_K, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(kind));
        QVERIFY(choose(kind, kCarerKind));
        QCOMPARE(session().assessment().kind, AssessmentKind::Carer);
        QVERIFY(session().assessment().forCarer());
        QCOMPARE(carer().outcomes.size(), 8); // reg 3(3)
        QVERIFY(caringGroup->isVisible());

        // Who she cares for, chosen from the caseload with the arrow keys; she is not in it.
        auto *caredFor = child<QComboBox>(about, "caredForCombo");
        QVERIFY(caredFor && caredFor->isEditable());
        QVERIFY(caredFor->findText(u"Ezekiel Okafor"_s) >= 0);
        QVERIFY(caredFor->findText(u"Siân Pritchard"_s) >= 0);
        QCOMPARE(caredFor->findText(u"Adaeze Okafor"_s), -1);
        press(Qt::Key_B, Qt::AltModifier);
        QCOMPARE(focused(), static_cast<QWidget *>(caredFor));
        for (int i = 0; i <= caredFor->count() && caredFor->currentText() != u"Ezekiel Okafor"_s;
             ++i)
            press(Qt::Key_Down);
        QCOMPARE(caredFor->currentText(), u"Ezekiel Okafor"_s);
        QCOMPARE(carer().caredForPersonId, m_caredFor.id);
        QCOMPARE(carer().caredForName, u"Ezekiel Okafor"_s);
        auto *hint = child<QLabel>(about, "caredForHintLabel");
        QVERIFY2(hint->isVisible() && hint->text().contains(u"On the caseload"_s),
            qPrintable(hint->text()));

        // The caring role, in the tab order after the person cared for.
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QWidget>(about, "caringRoleField"));
        QVERIFY(fill(child<TextField>(about, "caringRoleField"), kCaringRole));
        auto *hours = child<QSpinBox>(about, "hoursSpin");
        QCOMPARE(hours->maximum(), 168);
        QVERIFY(fill(hours, u"50"_s));
        press(Qt::Key_Tab);
        QCOMPARE(hours->value(), 50);
        QVERIFY(fill(child<TextField>(about, "whatWouldHelpField"), kWhatWouldHelp));
        QVERIFY(fill(child<TextField>(about, "ifUnableToCareField"), kIfUnableToCare));
        QVERIFY(fill(child<TextField>(about, "crisisContactField"), kCrisisContact));
        QCOMPARE(carer().caringRole, kCaringRole);
        QCOMPARE(carer().hoursPerWeek, 50);
        QCOMPARE(carer().whatWouldHelp, kWhatWouldHelp);
        QCOMPARE(carer().ifUnableToCare, kIfUnableToCare);
        QCOMPARE(carer().crisisContact, kCrisisContact);
        // The carer's checks on step 1 are met.
        const QList<QualityCheck> checks = QualityChecks::run(session().record());
        for (const QualityCheck &check : checks)
            QVERIFY2(check.step != AssessmentStep::AboutThePerson || !check.code.contains(u"car"_s),
                qPrintable(check.code));
        const QStringList problems = accessibilityProblems(about);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Step 5: her health is deteriorating; every one of her eight outcomes is achievable.
        StepPage *needs = goTo(5, AssessmentStep::NeedsAndOutcomes);
        QVERIFY(needs);
        QVERIFY(choose(child<QComboBox>(needs, "healthCombo"), u"Deteriorating"_s));
        QVERIFY(fill(child<TextField>(needs, "healthEvidenceEdit"),
            u"Back pain from lifting him; on antidepressants since the spring."_s));
        auto *outcomes = child<QListWidget>(needs, "outcomeList");
        QCOMPARE(outcomes->count(), 8);
        for (int row = 0; row < outcomes->count(); ++row) {
            QVERIFY(tabTo(outcomes));
            QTest::keyClick(outcomes, Qt::Key_Home);
            for (int i = 0; i < row; ++i)
                QTest::keyClick(outcomes, Qt::Key_Down);
            QCOMPARE(outcomes->currentRow(), row);
            QVERIFY(chooseRadio(child<QRadioButton>(needs, "achievableRadio")));
        }
        QCOMPARE(carer().health, HealthRisk::Deteriorating);
        for (const CarerOutcomeRecord &o : carer().outcomes)
            QCOMPARE(o.status, OutcomeStatus::Achievable);

        // Step 7: she provides necessary care and the impact is significant; the proposal is
        // eligible under reg 3, on her health alone (reg 3(2)(a)).
        StepPage *eligibility = goTo(7, AssessmentStep::Eligibility);
        QVERIFY(eligibility);
        QVERIFY(choose(child<QComboBox>(eligibility, "impairmentCombo"), u"Yes"_s));
        QVERIFY(choose(child<QComboBox>(eligibility, "impactCombo"), u"Yes"_s));
        QVERIFY(setChecked(child<QCheckBox>(eligibility, "areaCheck-health"), true));
        QVERIFY(fill(child<TextField>(eligibility, "impactReasonEdit"),
            u"Her own health is giving way under the caring."_s));
        auto *proposal = child<QLabel>(eligibility, "proposalLabel");
        const QString proposed = proposal->accessibleDescription();
        QVERIFY2(proposed.contains(u"Carer's determination (reg 3)"_s), qPrintable(proposed));
        QVERIFY2(proposed.contains(u"reg 3(2)(a)"_s), qPrintable(proposed));
        QVERIFY2(proposed.contains(u"proposed as eligible"_s), qPrintable(proposed));
        QCOMPARE(Eligibility::propose(session().assessment()).eligible, ConditionResult::Met);
        QVERIFY(chooseRadio(child<QRadioButton>(eligibility, "eligibleRadio")));
        QVERIFY(fill(child<TextField>(eligibility, "rationaleEdit"),
            u"Her health is deteriorating because of the caring: eligible under reg 3(2)(a)."_s));
        QVERIFY(activate(child<QPushButton>(eligibility, "recordButton")));
        const EligibilityDecision &decision = session().assessment().decision;
        QVERIFY(decision.recorded);
        QVERIFY(decision.eligible);
        QVERIFY(!decision.departsFromProposal);

        // Step 10: nothing blocks; finalised.
        auto *finalise = qobject_cast<FinalisePage *>(goTo(10, AssessmentStep::CheckAndFinalise));
        QVERIFY(finalise);
        finalise->confirm = [](QWidget *, const QString &) { return true; };
        auto *finaliseButton = child<QPushButton>(finalise, "finaliseButton");
        QTRY_VERIFY(finaliseButton->isEnabled());
        QVERIFY(activate(finaliseButton));
        QVERIFY(session().isReadOnly());
        QCOMPARE(session().assessment().status, AssessmentStatus::Finalised);

        // The choice and the caring role are read-only now.
        QVERIFY(!kind->isEnabled());
        QVERIFY(!caredFor->isEnabled());
        QVERIFY(child<TextField>(about, "caringRoleField")->isReadOnly());

        // The carer's support plan and its easy read carry the caring role, the contingency
        // and who to call in a crisis.
        const QString plan = windowtest::pdfText(
            windowtest::printout(*m_window, false), m_dir, u"carer-plan.pdf"_s);
        QVERIFY2(plan.contains(u"Carer's support plan"_s), qPrintable(plan.left(300)));
        for (const QString &words : {kCaringRole, kIfUnableToCare, kCrisisContact,
                 u"Caring for: Ezekiel Okafor"_s, u"Hours a week: 50"_s})
            QVERIFY2(plan.contains(squeezed(words)), qPrintable(words));
        QVERIFY2(plan.contains(u"reg 3"_s), "the plan cites reg 3");

        QVERIFY(windowtest::activateWindow(m_window.get()));
        const QString easyRead = windowtest::pdfText(
            windowtest::printout(*m_window, true), m_dir, u"carer-easy-read.pdf"_s);
        QVERIFY2(
            easyRead.contains(u"Your support plan as a carer"_s), qPrintable(easyRead.left(300)));
        for (const QString &words : {kCaringRole, kIfUnableToCare, kCrisisContact,
                 u"You care for Ezekiel Okafor."_s, u"You care for about 50 hours a week."_s})
            QVERIFY2(easyRead.contains(squeezed(words)), qPrintable(words));
    }

    // A name typed that is nobody's on the caseload is recorded as typed, and the link goes;
    // the name of someone on it links again. Switching back to an adult's assessment keeps
    // every word of the carer's, and switching again shows them.
    void typedNameUnlinksAndNothingIsLost()
    {
        openNewPerson(u"Bronwen"_s, u"Hughes"_s);
        if (QTest::currentTestFailed())
            return;
        StepPage *about = goTo(1, AssessmentStep::AboutThePerson);
        QVERIFY(about);
        auto *kind = child<QComboBox>(about, "kindCombo");
        auto *caredFor = child<QComboBox>(about, "caredForCombo");
        auto *caringGroup = child<QGroupBox>(about, "caringRoleGroup");
        auto *hint = child<QLabel>(about, "caredForHintLabel");
        QVERIFY(choose(kind, kCarerKind));

        QVERIFY(fill(caredFor, u"Ezekiel Okafor"_s));
        QCOMPARE(carer().caredForPersonId, m_caredFor.id);
        QCOMPARE(carer().caredForName, u"Ezekiel Okafor"_s);

        // Typed in lower case, completed from the caseload: the same person.
        QVERIFY(fill(caredFor, u"ezekiel okafor"_s));
        QCOMPARE(caredFor->currentText().toLower(), u"ezekiel okafor"_s);
        QCOMPARE(carer().caredForPersonId, m_caredFor.id);
        // A name that starts like someone's but goes on is someone else's.
        QTest::keyClicks(caredFor, u" Jr"_s);
        QCOMPARE(caredFor->currentText(), u"ezekiel okafor Jr"_s);
        QVERIFY(carer().caredForPersonId.isNull());
        QCOMPARE(carer().caredForName, u"ezekiel okafor Jr"_s);

        QVERIFY(fill(caredFor, u"Dylan Hughes"_s));
        QCOMPARE(caredFor->currentText(), u"Dylan Hughes"_s);
        QVERIFY(carer().caredForPersonId.isNull());
        QCOMPARE(carer().caredForName, u"Dylan Hughes"_s);
        QVERIFY2(hint->text().contains(u"Not on the caseload"_s), qPrintable(hint->text()));
        QVERIFY(fill(child<TextField>(about, "caringRoleField"), u"Sees to Dylan's meals."_s));
        QVERIFY(fill(child<TextField>(about, "crisisContactField"), u"Her neighbour Rhys."_s));

        // Back to an adult's assessment: the caring role goes out of sight, not out of the
        // record.
        QVERIFY(choose(kind, kAdultKind));
        QCOMPARE(session().assessment().kind, AssessmentKind::AdultNeeds);
        QVERIFY(!session().assessment().forCarer());
        QVERIFY(!caringGroup->isVisible());
        QCOMPARE(carer().caredForName, u"Dylan Hughes"_s);
        QCOMPARE(carer().caringRole, u"Sees to Dylan's meals."_s);
        QCOMPARE(carer().crisisContact, u"Her neighbour Rhys."_s);
        QCOMPARE(carer().outcomes.size(), 8);
        QVERIFY(session().saveNow());

        // Closed and opened again, then a carer's once more: the words are all there.
        const QUuid bronwen = session().person().id;
        QVERIFY(view()->closeCase());
        m_window->showPerson(bronwen);
        QVERIFY(m_window->isShowingAssessment());
        about = goTo(1, AssessmentStep::AboutThePerson);
        QVERIFY(about);
        kind = child<QComboBox>(about, "kindCombo");
        caredFor = child<QComboBox>(about, "caredForCombo");
        caringGroup = child<QGroupBox>(about, "caringRoleGroup");
        QCOMPARE(kind->currentText(), kAdultKind);
        QVERIFY(choose(kind, kCarerKind));
        QVERIFY(caringGroup->isVisible());
        QCOMPARE(caredFor->currentText(), u"Dylan Hughes"_s);
        QCOMPARE(child<TextField>(about, "caringRoleField")->text(), u"Sees to Dylan's meals."_s);
        QCOMPARE(child<TextField>(about, "crisisContactField")->text(), u"Her neighbour Rhys."_s);
    }

    // A review keeps the kind of what it reviews: the choice is not offered.
    void reviewHidesTheChoice()
    {
        openNewPerson(u"Tomasz"_s, u"Nowak"_s);
        if (QTest::currentTestFailed())
            return;
        StepPage *about = goTo(1, AssessmentStep::AboutThePerson);
        QVERIFY(about);
        auto *kindGroup = child<QGroupBox>(about, "kindGroup");
        QVERIFY(kindGroup->isVisible());
        QVERIFY(session().editAssessment([](Assessment &a) {
            a.kind = AssessmentKind::Review;
            a.carer = CarerDetails {};
        }));
        QVERIFY(!kindGroup->isVisible());
        // A review of a carer's support plan still shows the caring role (forCarer()).
        QVERIFY(child<QGroupBox>(about, "caringRoleGroup")->isVisible());
    }
};

QTEST_MAIN(TestGuiCarer)
#include "tst_gui_carer.moc"
