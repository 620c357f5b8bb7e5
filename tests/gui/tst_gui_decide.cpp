// Steps 7 to 10 of the guided assessment: the eligibility proposal and decision, risks and
// safeguarding, the plan, and the checks before finalising, driven through the real view.

#include "guitest.h"

#include "core/eligibility.h"
#include "core/qualitychecks.h"
#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/eligibilitypage.h"
#include "gui/finalisepage.h"
#include "gui/planpage.h"
#include "gui/riskspage.h"
#include "gui/startup.h"
#include "gui/textfield.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>

using namespace hearth;
using namespace hearth::guitest;

namespace {

// Reg 2(1): the impairment and the impact found, and two outcomes the person cannot achieve.
void makeProposalEligible(CaseSession &session)
{
    session.editAssessment([](Assessment &a) {
        a.findings.arisesFromImpairmentOrIllness = Answer::Yes;
        a.findings.significantImpactOnWellbeing = Answer::Yes;
        for (int i = 0; i < 2; ++i) {
            a.outcomes[i].status = OutcomeStatus::Unable;
            a.outcomes[i].meanings = {UnableMeaning::UnableWithoutAssistance};
            a.outcomes[i].evidence = QStringLiteral("Seen on the visit.");
        }
    });
}

// Everything that blocks finalising, fixed: the decision with its rationale.
void fixBlockingChecks(CaseSession &session)
{
    makeProposalEligible(session);
    session.editAssessment([](Assessment &a) {
        const Status decided
            = Eligibility::decide(a, true, QStringLiteral("Two outcomes cannot be achieved."),
                QStringLiteral("Sam Okafor"), QDateTime(QDate(2025, 5, 12), QTime(10, 0)));
        QVERIFY(decided);
    });
}

bool hasCheck(const CaseSession &session, const char *code)
{
    const QList<QualityCheck> checks = QualityChecks::run(session.record());
    return std::any_of(checks.cbegin(), checks.cend(),
        [code](const QualityCheck &c) { return c.code == QLatin1String(code); });
}

int rowContaining(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text))
            return i;
    }
    return -1;
}

} // namespace

class TestGuiDecide : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AssessmentView> m_view;

    template<typename Page>
    Page *pageOf(AssessmentStep step)
    {
        auto *page = qobject_cast<Page *>(m_view->page(step));
        if (!page)
            qWarning("no page for the step");
        return page;
    }

private Q_SLOTS:
    void initTestCase() { Startup::setUpApplication(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(m_store);
        const Person person = addPerson(*m_store);
        m_view = std::make_unique<AssessmentView>(*m_store);
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->openPerson(person.id));
    }

    void cleanup()
    {
        if (m_view)
            QVERIFY(m_view->closeCase());
        m_view.reset();
        m_store.reset();
    }

    // Every control of the four steps is named for a screen reader; labels lead somewhere.
    void everyControlIsNamed()
    {
        QStringList problems;
        for (AssessmentStep step : {AssessmentStep::Eligibility, AssessmentStep::Risks,
                 AssessmentStep::Plan, AssessmentStep::CheckAndFinalise}) {
            m_view->goToStep(step);
            problems << accessibilityProblems(m_view->page(step));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The proposal is redrawn when another step changes the outcomes, without visiting step 7.
    void proposalFollowsTheOutcomes()
    {
        auto *page = pageOf<EligibilityPage>(AssessmentStep::Eligibility);
        QVERIFY(page);
        auto *proposal = child<QLabel>(page, "proposalLabel");
        QVERIFY(proposal);
        QVERIFY2(proposal->text().contains(u"Proposal: not yet determined"),
            qPrintable(proposal->text()));

        makeProposalEligible(m_view->session());
        QCOMPARE(
            Eligibility::propose(m_view->session().assessment()).eligible, ConditionResult::Met);
        QVERIFY2(proposal->text().contains(u"Proposal: eligible"), qPrintable(proposal->text()));
        QVERIFY(proposal->accessibleName().contains(u"eligible"));

        m_view->session().editAssessment(
            [](Assessment &a) { a.findings.significantImpactOnWellbeing = Answer::No; });
        QVERIFY2(
            proposal->text().contains(u"Proposal: not eligible"), qPrintable(proposal->text()));
    }

    // The rationale is saved as it is typed, and is there when the case is opened again.
    void rationaleTypedIsStored()
    {
        m_view->goToStep(AssessmentStep::Eligibility);
        auto *page = pageOf<EligibilityPage>(AssessmentStep::Eligibility);
        auto *rationale = child<TextField>(page, "rationaleEdit");
        QVERIFY(rationale);
        rationale->setFocus();
        QCOMPARE(focused(), rationale);
        type(QStringLiteral("She cannot prepare meals safely."));
        QCOMPARE(m_view->session().assessment().decision.rationale,
            QStringLiteral("She cannot prepare meals safely."));

        const QUuid person = m_view->session().person().id;
        QVERIFY(m_view->closeCase());
        QVERIFY(m_view->openPerson(person));
        QCOMPARE(m_view->session().assessment().decision.rationale,
            QStringLiteral("She cannot prepare meals safely."));
        QCOMPARE(rationale->text(), QStringLiteral("She cannot prepare meals safely."));
    }

    // Deciding against the proposal is allowed, recorded, and shown as such in words.
    void departingDecisionShowsTheNotice()
    {
        makeProposalEligible(m_view->session());
        m_view->goToStep(AssessmentStep::Eligibility);
        auto *page = pageOf<EligibilityPage>(AssessmentStep::Eligibility);
        auto *notEligible = child<QRadioButton>(page, "notEligibleRadio");
        auto *rationale = child<TextField>(page, "rationaleEdit");
        auto *record = child<QPushButton>(page, "recordButton");
        auto *departure = child<QLabel>(page, "departureLabel");
        QVERIFY(notEligible && rationale && record && departure);
        QVERIFY(!departure->isVisibleTo(page));

        // Without a rationale nothing is recorded.
        notEligible->click();
        record->click();
        QVERIFY(!m_view->session().assessment().decision.recorded);

        rationale->setFocus();
        type(QStringLiteral("Her daughter meets these needs and wants to."));
        record->click();
        const EligibilityDecision &decision = m_view->session().assessment().decision;
        QVERIFY(decision.recorded);
        QVERIFY(!decision.eligible);
        QVERIFY(decision.departsFromProposal);
        QVERIFY(departure->isVisibleTo(page));
        QVERIFY2(departure->text().contains(u"departs from the proposal"),
            qPrintable(departure->text()));
        QVERIFY(hasCheck(m_view->session(), "decision-departs"));

        // Recording the decision the proposal makes takes the notice away.
        child<QRadioButton>(page, "eligibleRadio")->click();
        record->click();
        QVERIFY(m_view->session().assessment().decision.eligible);
        QVERIFY(!departure->isVisibleTo(page));
    }

    // The concern shows the procedure and the notice; recording it as handled clears the block.
    void safeguardingNotice()
    {
        m_view->goToStep(AssessmentStep::Risks);
        auto *page = pageOf<RisksPage>(AssessmentStep::Risks);
        auto *concern = child<QCheckBox>(page, "safeguardingCheck");
        auto *panel = child<QFrame>(page, "safeguardingPanel");
        auto *blocked = child<QLabel>(page, "safeguardingBlockedLabel");
        auto *procedure = child<QLabel>(page, "procedureLabel");
        auto *handled = child<QCheckBox>(page, "safeguardingHandledCheck");
        QVERIFY(concern && panel && blocked && procedure && handled);
        QVERIFY(!panel->isVisibleTo(page));

        concern->setFocus();
        press(Qt::Key_Space);
        QVERIFY(m_view->session().assessment().safeguarding.concern);
        QVERIFY(panel->isVisibleTo(page));
        QVERIFY(blocked->isVisibleTo(page));
        QVERIFY(blocked->text().contains(u"Finalising is blocked"));
        QVERIFY(procedure->text().contains(u"s42"));
        QVERIFY(hasCheck(m_view->session(), "safeguarding-unhandled"));

        handled->setFocus();
        press(Qt::Key_Space);
        QVERIFY(m_view->session().assessment().safeguarding.handled);
        QVERIFY(!blocked->isVisibleTo(page));
        QVERIFY(panel->isVisibleTo(page));
        QVERIFY(!hasCheck(m_view->session(), "safeguarding-unhandled"));

        concern->setFocus();
        press(Qt::Key_Space);
        QVERIFY(!panel->isVisibleTo(page));
    }

    // Risks are added, described and removed from the keyboard.
    void risksFromTheKeyboard()
    {
        m_view->goToStep(AssessmentStep::Risks);
        auto *page = pageOf<RisksPage>(AssessmentStep::Risks);
        auto *add = child<QPushButton>(page, "addRiskButton");
        QVERIFY(add);
        add->setFocus();
        press(Qt::Key_Space);
        QCOMPARE(m_view->session().assessment().risks.size(), 1);
        QCOMPARE(focused()->objectName(), QStringLiteral("riskDescriptionEdit"));
        type(QStringLiteral("Falls on the stairs"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Worth it to sleep upstairs"));
        press(Qt::Key_Tab);
        type(QStringLiteral("A second banister"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("positiveRiskCheck"));
        press(Qt::Key_Space);
        const Risk risk = m_view->session().assessment().risks.constFirst();
        QCOMPARE(risk.description, QStringLiteral("Falls on the stairs"));
        QCOMPARE(risk.personsView, QStringLiteral("Worth it to sleep upstairs"));
        QCOMPARE(risk.management, QStringLiteral("A second banister"));
        QVERIFY(risk.positiveRisk);

        child<QPushButton>(page, "removeRiskButton")->click();
        QVERIFY(m_view->session().assessment().risks.isEmpty());
    }

    // Filling from the assessment fills the empty parts and keeps the practitioner's words.
    void fillKeepsThePractitionersWords()
    {
        m_view->session().editAssessment([](Assessment &a) {
            a.whatMatters.importantTo = QStringLiteral("Her garden");
            a.whatMatters.importantFor = QStringLiteral("Eating well");
        });
        m_view->goToStep(AssessmentStep::Plan);
        auto *page = pageOf<PlanPage>(AssessmentStep::Plan);
        page->today = [] { return QDate(2025, 5, 12); };
        auto *importantFor = child<TextField>(page, "importantForEdit");
        QVERIFY(importantFor);
        importantFor->setFocus();
        type(QStringLiteral("Her own words"));
        child<QPushButton>(page, "fillButton")->click();
        const Plan &plan = m_view->session().plan();
        QCOMPARE(plan.importantTo, QStringLiteral("Her garden"));
        QCOMPARE(plan.importantFor, QStringLiteral("Her own words"));
        QVERIFY(plan.reviews.firstFormalReview.isValid());
        QCOMPARE(child<TextField>(page, "importantToEdit")->text(), QStringLiteral("Her garden"));
    }

    // The button follows the hard gaps, as they are made and fixed anywhere.
    void finaliseButtonFollowsBlockingChecks()
    {
        m_view->goToStep(AssessmentStep::CheckAndFinalise);
        auto *page = pageOf<FinalisePage>(AssessmentStep::CheckAndFinalise);
        auto *finalise = child<QPushButton>(page, "finaliseButton");
        auto *list = child<QListWidget>(page, "checksList");
        QVERIFY(finalise && list);
        QVERIFY(hasCheck(m_view->session(), "decision-missing"));
        QVERIFY(!finalise->isEnabled());
        QVERIFY(list->item(0)->text().contains(u"Must fix"));

        fixBlockingChecks(m_view->session());
        QVERIFY(!QualityChecks::blocksFinalising(QualityChecks::run(m_view->session().record())));
        QVERIFY(finalise->isEnabled());
        QVERIFY(!list->item(0)->text().contains(u"Must fix"));

        m_view->session().editAssessment([](Assessment &a) { a.safeguarding.concern = true; });
        QVERIFY(!finalise->isEnabled());
        QVERIFY(list->item(0)->text().contains(u"Must fix"));
        m_view->session().editAssessment([](Assessment &a) { a.safeguarding.handled = true; });
        QVERIFY(finalise->isEnabled());
    }

    // Finalising asks first; then every step is read-only until a new version is started.
    void finaliseThenStartANewVersion()
    {
        fixBlockingChecks(m_view->session());
        m_view->goToStep(AssessmentStep::CheckAndFinalise);
        auto *page = pageOf<FinalisePage>(AssessmentStep::CheckAndFinalise);
        page->today = [] { return QDate(2025, 5, 12); };
        auto *finalise = child<QPushButton>(page, "finaliseButton");
        auto *newVersion = child<QPushButton>(page, "newVersionButton");
        auto *status = child<QLabel>(page, "finaliseStatusLabel");
        QVERIFY(finalise && newVersion && status);
        QVERIFY(!newVersion->isVisibleTo(page));

        QString asked;
        page->confirm = [&asked](QWidget *, const QString &question) {
            asked = question;
            return false;
        };
        finalise->click();
        QVERIFY(asked.contains(u"Margaret"));
        QVERIFY(!m_view->session().isReadOnly());

        page->confirm = [](QWidget *, const QString &) { return true; };
        finalise->click();
        QVERIFY(m_view->session().isReadOnly());
        QCOMPARE(m_view->session().assessment().status, AssessmentStatus::Finalised);
        QVERIFY2(status->text().contains(u"Finalised on 12/05/2025"), qPrintable(status->text()));
        QVERIFY(newVersion->isVisibleTo(page));
        QVERIFY(newVersion->isEnabled());
        QVERIFY(!finalise->isVisibleTo(page));

        auto *eligibility = m_view->page(AssessmentStep::Eligibility);
        auto *risks = m_view->page(AssessmentStep::Risks);
        auto *plan = m_view->page(AssessmentStep::Plan);
        QVERIFY(child<TextField>(eligibility, "rationaleEdit")->isReadOnly());
        QVERIFY(!child<QRadioButton>(eligibility, "eligibleRadio")->isEnabled());
        QVERIFY(!child<QPushButton>(eligibility, "recordButton")->isEnabled());
        QVERIFY(!child<QCheckBox>(risks, "safeguardingCheck")->isEnabled());
        QVERIFY(!child<QPushButton>(risks, "addRiskButton")->isEnabled());
        QVERIFY(child<TextField>(plan, "contingencyEdit")->isReadOnly());
        QVERIFY(!child<QPushButton>(plan, "fillButton")->isEnabled());
        // The checks can still be read and followed.
        QVERIFY(child<QListWidget>(page, "checksList")->isEnabled());

        const QUuid finalisedId = m_view->session().assessment().id;
        newVersion->click();
        QVERIFY(!m_view->session().isReadOnly());
        QVERIFY(m_view->session().assessment().id != finalisedId);
        QCOMPARE(m_view->session().assessment().status, AssessmentStatus::Draft);
        QVERIFY(!child<TextField>(eligibility, "rationaleEdit")->isReadOnly());
        QVERIFY(child<QRadioButton>(eligibility, "eligibleRadio")->isEnabled());
        QVERIFY(child<QPushButton>(risks, "addRiskButton")->isEnabled());
        QVERIFY(!child<TextField>(plan, "contingencyEdit")->isReadOnly());
        QVERIFY(finalise->isVisibleTo(page));
        QVERIFY(!newVersion->isVisibleTo(page));
        QVERIFY(!status->text().contains(u"Finalised"));
    }

    // "Go to" and Enter on a check both take the practitioner to the step that fixes it.
    void goToEmitsTheStep()
    {
        m_view->session().editAssessment([](Assessment &a) { a.safeguarding.concern = true; });
        m_view->goToStep(AssessmentStep::CheckAndFinalise);
        auto *page = pageOf<FinalisePage>(AssessmentStep::CheckAndFinalise);
        auto *list = child<QListWidget>(page, "checksList");
        auto *goTo = child<QPushButton>(page, "goToButton");
        QVERIFY(list && goTo);
        QList<AssessmentStep> emitted;
        connect(page, &FinalisePage::goToStep, this,
            [&emitted](AssessmentStep step) { emitted.append(step); });

        const int decisionRow = rowContaining(list, QStringLiteral("No eligibility decision"));
        QVERIFY(decisionRow >= 0);
        list->setCurrentRow(decisionRow);
        goTo->click();
        QCOMPARE(emitted, QList<AssessmentStep> {AssessmentStep::Eligibility});
        QCOMPARE(m_view->currentStep(), AssessmentStep::Eligibility);

        m_view->goToStep(AssessmentStep::CheckAndFinalise);
        list->setFocus();
        const int safeguardingRow = rowContaining(list, QStringLiteral("safeguarding concern"));
        QVERIFY(safeguardingRow >= 0);
        list->setCurrentRow(safeguardingRow);
        press(Qt::Key_Return);
        QCOMPARE(emitted.size(), 2);
        QCOMPARE(emitted.at(1), AssessmentStep::Risks);
        QCOMPARE(m_view->currentStep(), AssessmentStep::Risks);
        QVERIFY(m_view->page(AssessmentStep::Risks)->isAncestorOf(focused()));
    }
};

QTEST_MAIN(TestGuiDecide)
#include "tst_gui_decide.moc"
