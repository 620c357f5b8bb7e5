// Steps 5 and 6 of the guided assessment: the specified outcomes and needs, and prevention
// first, driven from the keyboard through the real main window.

#include "guitest.h"

#include "core/casefile.h"
#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "gui/steppage.h"

#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QListWidget>
#include <QRadioButton>
#include <QStandardItemModel>

#include <algorithm>

using namespace hearth;
using namespace hearth::guitest;

namespace {

const OutcomeRecord *outcomeRecord(const Assessment &a, SpecifiedOutcome outcome)
{
    const auto it = std::find_if(a.outcomes.cbegin(), a.outcomes.cend(),
        [outcome](const OutcomeRecord &r) { return r.outcome == outcome; });
    return it == a.outcomes.cend() ? nullptr : &*it;
}

ResponseVerdict verdictOf(const Need &need, GraduatedResponse response)
{
    for (const ResponseConsidered &r : need.responses) {
        if (r.response == response)
            return r.verdict;
    }
    return ResponseVerdict::NotConsidered;
}

} // namespace

class TestGuiNeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Startup::setUpApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = makeStore(*m_dir);
        QVERIFY(m_store);
        const Person person = addPerson(*m_store);
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPerson(person.id);
        QVERIFY(m_window->isShowingAssessment());
    }

    void cleanup()
    {
        // Saved and closed first: a session destroyed with its view saves into a torn-down view.
        if (m_window)
            QVERIFY(m_window->assessmentView()->closeCase());
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Reg 2(3): an outcome the person cannot achieve says how, and on what evidence.
    void outcomeMarkedUnableByKeyboard()
    {
        AssessmentView *view = m_window->assessmentView();
        view->goToStep(AssessmentStep::NeedsAndOutcomes);
        StepPage *page = view->page(AssessmentStep::NeedsAndOutcomes);
        auto *list = child<QListWidget>(page, "outcomeList");
        QVERIFY(list);
        QCOMPARE(page->firstField(), list);
        QCOMPARE(list->count(), 10);
        page->firstField()->setFocus();
        QCOMPARE(focused(), list);

        press(Qt::Key_Down); // (b) maintaining personal hygiene
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(child<QLabel>(page, "outcomeTitleLabel")->text().contains(u"personal hygiene"));
        auto *meanings = child<QGroupBox>(page, "meaningsGroup");
        QVERIFY(meanings->isHidden());

        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QRadioButton>(page, "notAssessedRadio"));
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        QCOMPARE(focused(), child<QRadioButton>(page, "unableRadio"));
        QVERIFY(child<QRadioButton>(page, "unableRadio")->isChecked());
        QVERIFY(!meanings->isHidden());
        auto *hint = child<QLabel>(page, "outcomeHintLabel");
        QVERIFY(!hint->isHidden());

        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QCheckBox>(page, "meaningWithoutAssistanceCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QCheckBox>(page, "meaningEndangersCheck"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // past "takes significantly longer"; bad days are hidden
        QCOMPARE(focused(), child<QWidget>(page, "evidenceEdit"));
        type(QStringLiteral("Nearly fell twice at the sink."));

        const Assessment &a = view->session().assessment();
        const OutcomeRecord *hygiene = outcomeRecord(a, SpecifiedOutcome::PersonalHygiene);
        QVERIFY(hygiene);
        QCOMPARE(hygiene->status, OutcomeStatus::Unable);
        const QList<UnableMeaning> expected
            = {UnableMeaning::UnableWithoutAssistance, UnableMeaning::EndangersHealthOrSafety};
        QCOMPARE(hygiene->meanings, expected);
        QCOMPARE(hygiene->evidence, QStringLiteral("Nearly fell twice at the sink."));
        QVERIFY(hint->isHidden());
        QVERIFY2(list->item(1)->text().endsWith(u"— unable to achieve"),
            qPrintable(list->item(1)->text()));
        // The first outcome was not touched.
        const OutcomeRecord *nutrition = outcomeRecord(a, SpecifiedOutcome::Nutrition);
        QVERIFY(!nutrition || nutrition->status == OutcomeStatus::NotAssessed);

        // Reg 2(4): once needs fluctuate, bad days are recorded as well.
        auto *badDays = child<QGroupBox>(page, "badDayGroup");
        QVERIFY(badDays->isHidden());
        child<QCheckBox>(page, "fluctuatesCheck")->setFocus();
        press(Qt::Key_Space);
        QVERIFY(view->session().assessment().fluctuating.fluctuates);
        QVERIFY(!badDays->isHidden());

        // A need added while an unable outcome is shown starts linked to it.
        child<QWidget>(page, "addNeedButton")->setFocus();
        press(Qt::Key_Space);
        QCOMPARE(focused(), child<QWidget>(page, "needDescriptionEdit"));
        type(QStringLiteral("Help to wash safely."));
        QCOMPARE(view->session().assessment().needs.size(), 1);
        const Need &need = view->session().assessment().needs.constFirst();
        QCOMPARE(need.description, QStringLiteral("Help to wash safely."));
        QCOMPARE(need.outcomes, QList<SpecifiedOutcome> {SpecifiedOutcome::PersonalHygiene});
        // Space ticks an area of wellbeing in the checkable list.
        auto *areas = child<QListWidget>(page, "needAreasList");
        areas->setFocus();
        areas->setCurrentRow(0);
        press(Qt::Key_Space);
        QCOMPARE(view->session().assessment().needs.constFirst().wellbeingAreas,
            QList<WellbeingArea> {WellbeingArea::PersonalDignity});

        QStringList problems = accessibilityProblems(page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Reg 3: a carer's assessment shows the eight carer outcomes and three meanings.
    void carerOutcomes()
    {
        AssessmentView *view = m_window->assessmentView();
        QVERIFY(view->session().editAssessment([](Assessment &a) {
            a.kind = AssessmentKind::Carer;
            a.carer = CarerDetails {};
        }));
        view->goToStep(AssessmentStep::NeedsAndOutcomes);
        StepPage *page = view->page(AssessmentStep::NeedsAndOutcomes);
        auto *list = child<QListWidget>(page, "outcomeList");
        QCOMPARE(list->count(), 8);
        QVERIFY(!child<QWidget>(page, "carerHealthPanel")->isHidden());
        child<QRadioButton>(page, "unableRadio")->click();
        QVERIFY(child<QCheckBox>(page, "meaningLongerCheck")->isHidden());
        QVERIFY(!child<QCheckBox>(page, "meaningPainCheck")->isHidden());
        const CarerDetails &carer = *view->session().assessment().carer;
        QCOMPARE(carer.outcomes.size(), 1);
        QCOMPARE(carer.outcomes.constFirst().outcome, CarerOutcome::CaringForAChild);
        QCOMPARE(carer.outcomes.constFirst().status, OutcomeStatus::Unable);
    }

    // Care Act 2014 s2, DESIGN 2.4: formal support only once every lower step is considered.
    void formalSupportWaitsForTheLowerSteps()
    {
        AssessmentView *view = m_window->assessmentView();
        view->goToStep(AssessmentStep::PreventionFirst);
        StepPage *page = view->page(AssessmentStep::PreventionFirst);
        // No needs yet: the page says where they come from, and focus can still land on it.
        QCOMPARE(page->firstField(), child<QWidget>(page, "noNeedsLabel"));
        QVERIFY(child<QWidget>(page, "needPanel")->isHidden());

        Need need;
        need.id = QUuid::createUuid();
        need.description = QStringLiteral("A hot meal every day.");
        QVERIFY(view->session().editAssessment([&](Assessment &a) { a.needs.append(need); }));
        auto *list = child<QListWidget>(page, "needList");
        QCOMPARE(page->firstField(), list);
        QCOMPARE(list->count(), 1);
        QVERIFY(!child<QWidget>(page, "needPanel")->isHidden());

        auto *formal = child<QComboBox>(page, "verdictCombo-formal-support");
        auto *gate = child<QLabel>(page, "formalGateLabel");
        auto *metBy = child<QComboBox>(page, "metByCombo");
        auto *model = qobject_cast<QStandardItemModel *>(metBy->model());
        QVERIFY(formal && gate && metBy && model);
        const int council = metBy->findData(int(NeedMetBy::Council));
        QVERIFY(!formal->isEnabled());
        QVERIFY(!model->item(council)->isEnabled());
        QVERIFY(!gate->isHidden());
        QVERIFY2(gate->text().contains(u"information and advice"), qPrintable(gate->text()));

        // Each lower step from the keyboard: a verdict, then Tab past its notes to the next.
        page->firstField()->setFocus();
        press(Qt::Key_Tab);
        QCOMPARE(focused(), child<QWidget>(page, "verdictCombo-information-advice"));
        const QList<GraduatedResponse> lower
            = {GraduatedResponse::InformationAndAdvice, GraduatedResponse::UniversalOrCommunity,
                GraduatedResponse::EquipmentAndAdaptations, GraduatedResponse::Reablement,
                GraduatedResponse::OwnNetwork, GraduatedResponse::ProfessionalAssessment};
        for (int i = 0; i < lower.size(); ++i) {
            QVERIFY(!formal->isEnabled());
            QVERIFY(!gate->isHidden());
            press(Qt::Key_Down);
            press(Qt::Key_Down); // "Partly meets it"
            press(Qt::Key_Tab);
            if (i == 0)
                type(QStringLiteral("Leaflet on meal delivery given."));
            press(Qt::Key_Tab);
        }
        QCOMPARE(focused(), formal);
        const Need &stored = view->session().assessment().needs.constFirst();
        QVERIFY(stored.lowerStepsConsidered());
        QCOMPARE(verdictOf(stored, GraduatedResponse::Reablement), ResponseVerdict::PartlyMeets);
        QCOMPARE(
            stored.responses.constFirst().notes, QStringLiteral("Leaflet on meal delivery given."));
        QVERIFY(formal->isEnabled());
        QVERIFY(model->item(council)->isEnabled());
        QVERIFY(gate->isHidden());

        // Choosing the formal verdict is stored.
        press(Qt::Key_Down); // "Will meet the need"
        QCOMPARE(verdictOf(view->session().assessment().needs.constFirst(),
                     GraduatedResponse::FormalSupport),
            ResponseVerdict::WillMeet);
        metBy->setFocus();
        while (metBy->currentData().toInt() != int(NeedMetBy::Council)) {
            const int before = metBy->currentIndex();
            press(Qt::Key_Down);
            QVERIFY(metBy->currentIndex() != before);
        }
        QCOMPARE(view->session().assessment().needs.constFirst().metBy, NeedMetBy::Council);
        QVERIFY(list->item(0)->text().contains(u"met by the council"));

        // Taking a lower step back closes formal support again, and says it blocks finalising.
        auto *reablement = child<QComboBox>(page, "verdictCombo-reablement");
        reablement->setFocus();
        press(Qt::Key_Home);
        QCOMPARE(verdictOf(view->session().assessment().needs.constFirst(),
                     GraduatedResponse::Reablement),
            ResponseVerdict::NotConsidered);
        QVERIFY(!formal->isEnabled());
        QVERIFY(!model->item(council)->isEnabled());
        QVERIFY2(gate->text().contains(u"reablement") && gate->text().contains(u"blocked"),
            qPrintable(gate->text()));

        // Read-only: formal support stays closed even as the base page re-enables combos.
        page->setReadOnly(true);
        QVERIFY(!formal->isEnabled());
        QVERIFY(!reablement->isEnabled());

        QStringList problems = accessibilityProblems(page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The sample eligible adult: her outcomes and needs as the case file records them.
    void sampleCaseShown()
    {
        const QUuid sian
            = importCase(*m_store, QStringLiteral("cases/adult-eligible-sian-pritchard.json"));
        QVERIFY(!sian.isNull());
        m_window->showPerson(sian);
        AssessmentView *view = m_window->assessmentView();
        if (view->session().isReadOnly())
            QVERIFY(view->session().startNewVersion());

        view->goToStep(AssessmentStep::NeedsAndOutcomes);
        StepPage *needs = view->page(AssessmentStep::NeedsAndOutcomes);
        auto *outcomes = child<QListWidget>(needs, "outcomeList");
        QVERIFY(outcomes->item(1)->text().endsWith(u"— unable to achieve"));
        QVERIFY(outcomes->item(2)->text().endsWith(u"— achievable"));
        outcomes->setCurrentRow(1);
        QVERIFY(child<QCheckBox>(needs, "meaningEndangersCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(needs, "meaningPainCheck")->isChecked());
        QCOMPARE(child<QListWidget>(needs, "needList")->count(), 3);

        view->goToStep(AssessmentStep::PreventionFirst);
        StepPage *prevention = view->page(AssessmentStep::PreventionFirst);
        auto *list = child<QListWidget>(prevention, "needList");
        QCOMPARE(list->count(), 3);
        // Washing: every lower step considered, so the council's support stands.
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(child<QComboBox>(prevention, "verdictCombo-formal-support")->isEnabled());
        QVERIFY(child<QLabel>(prevention, "formalGateLabel")->isHidden());
        // A hot meal: met by her own strengths before the upper steps were needed.
        list->setCurrentRow(1);
        QVERIFY(!child<QComboBox>(prevention, "verdictCombo-formal-support")->isEnabled());
        QCOMPARE(child<QComboBox>(prevention, "verdictCombo-equipment-adaptations")->currentData(),
            QVariant(int(ResponseVerdict::WillMeet)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGuiNeeds)
#include "tst_gui_needs.moc"
