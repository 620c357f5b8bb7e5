// A review of a sample case through the real window (issue 6; Care Act 2014 s27; DESIGN 2.6):
// the caseload shows the review due and overdue; the review starts from the finalised plan;
// each outcome, the changes and the conclusion are recorded with the keyboard; eligibility is
// decided again; a lowered budget cannot be finalised until its rationale is written.

#include "guitest.h"
#include "keyboard.h"
#include "windowtest.h"

#include "gui/assessmentview.h"
#include "gui/caseloadmodel.h"
#include "gui/casesession.h"
#include "gui/finalisepage.h"
#include "gui/mainwindow.h"
#include "gui/reviewsection.h"
#include "gui/startup.h"
#include "gui/textfield.h"
#include "storage/repositories.h"

#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>

using namespace hearth;
using namespace hearth::guitest;
using namespace hearth::keyboard;
using namespace Qt::Literals::StringLiterals;

namespace {

const QUuid kSian = QUuid::fromString(u"886ea07f-0767-5667-9217-9319dff3ab9f"_s);
const QUuid kFarid = QUuid::fromString(u"ca0d12d9-d801-5866-ac64-7df9123302b5"_s);

int rowOf(const CaseloadModel *model, const QUuid &person)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->personId(row) == person)
            return row;
    }
    return -1;
}

bool listHas(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestGuiReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_notAssessed;

    AssessmentView *view() const { return m_window->assessmentView(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Startup::setUpApplication();
        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        QCOMPARE(importCase(*m_store, u"cases/adult-eligible-sian-pritchard.json"_s), kSian);
        m_notAssessed = addPerson(*m_store).id;
        QCOMPARE(importCase(*m_store, u"cases/adult-advocate-farid-ahmed.json"_s), kFarid);
    }

    void init()
    {
        m_window = windowtest::showMainWindow(*m_store, QSize(1400, 900));
        QVERIFY(QApplication::activeWindow() == m_window.get());
    }

    void cleanup() { QVERIFY(windowtest::closeMainWindow(m_window)); }

    // Siân's plan was agreed in March 2024: its informal review (21/03/2024) never happened,
    // so it is the review due, and it is overdue, in words and in colour.
    void caseloadShowsTheReviewDueAndOverdue()
    {
        const CaseloadModel *model = m_window->caseloadModel();
        const int sian = rowOf(model, kSian);
        QVERIFY(sian >= 0);
        const QModelIndex due = model->index(sian, CaseloadModel::NextReviewColumn);
        QCOMPARE(model->entries().at(sian).nextReview, QDate(2024, 3, 21));
        QCOMPARE(due.data().toString(), u"21/03/2024, overdue"_s);
        QVERIFY(due.data(CaseloadModel::OverdueRole).toBool());
        QCOMPARE(due.data(Qt::ForegroundRole).value<QColor>(), QColor(0x9b, 0x1c, 0x1c));
        QVERIFY(due.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model->overdueReviews(), 1);

        // A draft's review dates are proposals: none of them can be missed yet.
        const int farid = rowOf(model, kFarid);
        QVERIFY(farid >= 0);
        const QModelIndex proposed = model->index(farid, CaseloadModel::NextReviewColumn);
        QCOMPARE(proposed.data().toString(), u"25/09/2024"_s);
        QVERIFY(!proposed.data(CaseloadModel::OverdueRole).toBool());

        const int other = rowOf(model, m_notAssessed);
        QVERIFY(other >= 0);
        const QModelIndex none = model->index(other, CaseloadModel::NextReviewColumn);
        QCOMPARE(none.data().toString(), u"Not set"_s);
        QVERIFY(!none.data(CaseloadModel::OverdueRole).toBool());
    }

    // The whole review, with the keyboard, from the caseload to the finalised review.
    void reviewASampleCaseThroughTheWindow()
    {
        const QDate today = QDate::currentDate();
        // Open Siân from the caseload with the keyboard.
        m_window->focusSearch();
        type(u"Pritchard"_s);
        QTRY_COMPARE(m_window->caseloadModel()->rowCount(), 1);
        press(Qt::Key_Down); // from the search to the results
        press(Qt::Key_Return);
        QTRY_VERIFY(m_window->isShowingAssessment());
        QVERIFY(view()->session().isReadOnly());
        const AssessmentRecord finalised = view()->session().record();

        // Only a finalised plan offers a review; it starts from that plan.
        auto *start = child<QPushButton>(view(), "startReviewButton");
        QVERIFY(start && start->isVisible());
        view()->today = [today] { return today; };
        QVERIFY(keyboard::activate(start));
        QTRY_VERIFY(!view()->session().isReadOnly());
        const Assessment &review = view()->session().assessment();
        QCOMPARE(review.kind, AssessmentKind::Review);
        QVERIFY(review.review.has_value());
        QCOMPARE(review.review->reviewedAssessmentId, finalised.assessment.id);
        QCOMPARE(view()->session().plan().outcomesWanted, finalised.plan.outcomesWanted);
        QVERIFY(!start->isVisible());

        auto *section = view()->findChild<ReviewSection *>();
        QVERIFY(section && section->isVisible());
        QCOMPARE(view()->currentStep(), AssessmentStep::AboutThePerson);
        // The review's first question has the focus.
        auto *working = child<TextField>(section, "workingEdit");
        QCOMPARE(focused(), working);
        type(u"The morning visits mean she is washed and dressed by ten."_s);
        QVERIFY(tabTo(child<TextField>(section, "notWorkingEdit")));
        type(u"The evening call comes at five, too early for tea."_s);

        // Each of the six outcomes the plan set out to meet.
        QCOMPARE(review.review->outcomes.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QComboBox *progress = section->progressCombo(i);
            QVERIFY(progress);
            QVERIFY(choose(progress, i == 5 ? u"Partly achieved"_s : u"Achieved"_s));
        }
        QVERIFY(tabTo(section->notesEdit(5)));
        type(u"Back at choir once a month."_s);
        QVERIFY(tabTo(child<TextField>(section, "changesInNeedsEdit")));
        type(u"Walks indoors without the frame now."_s);
        QVERIFY(chooseRadio(child<QRadioButton>(section, "planRevisedRadio")));

        const ReviewDetails &recorded = *view()->session().assessment().review;
        QCOMPARE(
            recorded.whatIsWorking, u"The morning visits mean she is washed and dressed by ten."_s);
        QCOMPARE(recorded.outcomes.at(0).progress, OutcomeProgress::Achieved);
        QCOMPARE(recorded.outcomes.at(5).progress, OutcomeProgress::PartlyAchieved);
        QCOMPARE(recorded.outcomes.at(5).notes, u"Back at choir once a month."_s);
        QCOMPARE(recorded.conclusion, ReviewConclusion::PlanRevised);

        // Eligibility is determined again (step 7).
        QTest::keyClick(focused(), Qt::Key_7, Qt::AltModifier);
        QCOMPARE(view()->currentStep(), AssessmentStep::Eligibility);
        QWidget *eligibility = view()->page(AssessmentStep::Eligibility);
        QVERIFY(!view()->session().assessment().decision.recorded);
        QVERIFY(chooseRadio(child<QRadioButton>(eligibility, "eligibleRadio")));
        QVERIFY(tabTo(child<TextField>(eligibility, "rationaleEdit")));
        type(u"Still unable to achieve the same outcomes without the morning call."_s);
        QVERIFY(keyboard::activate(child<QPushButton>(eligibility, "recordButton")));
        QVERIFY(view()->session().assessment().decision.recorded);

        // The budget goes down on the Plan step (step 9): from £174.00 to £150.00 a week.
        QTest::keyClick(focused(), Qt::Key_9, Qt::AltModifier);
        QCOMPARE(view()->currentStep(), AssessmentStep::Plan);
        auto *confirmed = child<QLineEdit>(view()->page(AssessmentStep::Plan), "confirmedEdit");
        QVERIFY(confirmed);
        QVERIFY(fill(confirmed, u"150.00"_s));
        QTest::keyClick(confirmed, Qt::Key_Tab);
        QTRY_COMPARE(view()->session().plan().budget.confirmedWeekly, std::optional<Pence>(15000));

        // Without a rationale the review cannot be finalised: the check says why.
        QTest::keyClick(focused(), Qt::Key_0, Qt::AltModifier);
        QCOMPARE(view()->currentStep(), AssessmentStep::CheckAndFinalise);
        auto *finalisePage
            = qobject_cast<FinalisePage *>(view()->page(AssessmentStep::CheckAndFinalise));
        QVERIFY(finalisePage);
        finalisePage->today = [today] { return today; };
        finalisePage->confirm = [](QWidget *, const QString &) { return true; };
        auto *finalise = child<QPushButton>(finalisePage, "finaliseButton");
        QVERIFY(finalise);
        QVERIFY(!finalise->isEnabled());
        QVERIFY(listHas(child<QListWidget>(finalisePage, "checksList"),
            u"The confirmed budget is lower than before"_s));
        QVERIFY(!finalisePage->finalise());
        QCOMPARE(view()->session().assessment().status, AssessmentStatus::Draft);

        // The rationale, on the review's own step, where the section now asks for it.
        QTest::keyClick(focused(), Qt::Key_1, Qt::AltModifier);
        auto *rationale = child<TextField>(section, "budgetRationaleEdit");
        QVERIFY(rationale->isVisible());
        QVERIFY(child<QLabel>(section, "budgetLabel")->text().contains(u"£174.00 a week"));
        QVERIFY(tabTo(rationale));
        type(u"She now makes her own breakfast: the morning call is shorter."_s);

        QTest::keyClick(focused(), Qt::Key_0, Qt::AltModifier);
        QTRY_VERIFY(finalise->isEnabled());
        QVERIFY(keyboard::activate(finalise));
        QTRY_COMPARE(view()->session().assessment().status, AssessmentStatus::Finalised);

        // What was stored: the review, finalised, with a new plan version and the clock
        // started again from today.
        const Result<QList<Assessment>> stored = AssessmentRepository(*m_store).forPerson(kSian);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        const auto storedReview = std::find_if(stored->cbegin(), stored->cend(),
            [](const Assessment &a) { return a.kind == AssessmentKind::Review; });
        QVERIFY(storedReview != stored->cend());
        QCOMPARE(storedReview->status, AssessmentStatus::Finalised);
        QCOMPARE(storedReview->review->conclusion, ReviewConclusion::PlanRevised);
        QCOMPARE(storedReview->review->budgetRationale,
            u"She now makes her own breakfast: the morning call is shorter."_s);
        const Result<std::optional<Plan>> plan
            = PlanRepository(*m_store).forAssessment(storedReview->id);
        QVERIFY(plan && plan->has_value());
        QCOMPARE((*plan)->revision, 2);
        QCOMPARE((*plan)->budget.confirmedWeekly, std::optional<Pence>(15000));
        QCOMPARE((*plan)->reviews.firstFormalReview, today.addDays(8 * 7));

        // Back on the caseload the review is no longer overdue: the next is the new plan's.
        QTest::keyClick(focused(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isShowingAssessment());
        m_window->refresh();
        const CaseloadModel *model = m_window->caseloadModel();
        QTRY_VERIFY(rowOf(model, kSian) >= 0);
        const CaseloadEntry &entry = model->entries().at(rowOf(model, kSian));
        QCOMPARE(entry.nextReview, today.addDays(8 * 7));
        QVERIFY(!entry.reviewOverdue);
    }

    // The section is named for a screen reader, and is not shown outside a review.
    void reviewSectionOnlyInAReview()
    {
        m_window->showPerson(m_notAssessed);
        QVERIFY(m_window->isShowingAssessment());
        auto *section = view()->findChild<ReviewSection *>();
        QVERIFY(section);
        QVERIFY(!section->isVisibleTo(view()));
        QVERIFY(!child<QPushButton>(view(), "startReviewButton")->isVisibleTo(view()));
        // A draft cannot be reviewed: there is no plan agreed yet.
        QVERIFY(!view()->session().startReview());
        const QStringList problems = accessibilityProblems(section);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
