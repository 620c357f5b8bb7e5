// The guided assessment as a whole: every step reachable from the keyboard, every control in
// every step named for a screen reader, the person and the step always in view.

#include "guitest.h"

#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "gui/steppage.h"

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>

using namespace hearth;
using namespace hearth::guitest;

class TestGuiAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Startup::setUpApplication(); }

    // Walks every widget of every step, shown or not, and fails on an interactive control
    // without an accessible name or a mnemonic that leads nowhere.
    void everyControlOfEveryStepIsNamed()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir);
        QVERIFY(store);
        const Person person = addPerson(*store);
        MainWindow window(*store);
        window.show();
        window.showPerson(person.id);
        QVERIFY(window.isShowingAssessment());
        AssessmentView *view = window.assessmentView();

        QStringList problems;
        const QList<AssessmentStep> steps = AssessmentFlow::allSteps();
        QCOMPARE(view->pages().size(), steps.size());
        for (AssessmentStep step : steps) {
            view->goToStep(step);
            QCOMPARE(view->currentStep(), step);
            problems << accessibilityProblems(view->page(step));
        }
        problems << accessibilityProblems(view);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Alt+1 ... Alt+0 jump, Ctrl+Page Down / Up step through, and the header names the
    // person and the step wherever the practitioner is.
    void stepsByKeyboard()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir);
        QVERIFY(store);
        const Person person = addPerson(*store, QStringLiteral("Dylan"), QStringLiteral("Price"));
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPerson(person.id);
        AssessmentView *view = window.assessmentView();
        auto *header = child<QLabel>(view, "personLabel");
        auto *stepLabel = child<QLabel>(view, "stepLabel");
        QVERIFY(header && stepLabel);

        const QList<AssessmentStep> steps = AssessmentFlow::allSteps();
        for (int i = 0; i < steps.size(); ++i) {
            QVERIFY(focused());
            press(Qt::Key(Qt::Key_0 + (i + 1) % 10), Qt::AltModifier);
            QCOMPARE(view->currentStep(), steps.at(i));
            QVERIFY(header->text().contains(u"Dylan Price"));
            QVERIFY2(stepLabel->text().contains(AssessmentFlow::title(steps.at(i))),
                qPrintable(stepLabel->text()));
            // Focus lands inside the step, so typing goes where the practitioner looks.
            QVERIFY(view->page(steps.at(i))->isAncestorOf(focused()));
        }
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(view->currentStep(), AssessmentStep::Plan);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(view->currentStep(), AssessmentStep::CheckAndFinalise);
        press(Qt::Key_PageDown, Qt::ControlModifier); // already at the last step
        QCOMPARE(view->currentStep(), AssessmentStep::CheckAndFinalise);

        // F6 goes to the list of steps; arrows and the list move the page.
        press(Qt::Key_F6);
        QCOMPARE(focused(), child<QListWidget>(view, "stepList"));
        press(Qt::Key_Home);
        QCOMPARE(view->currentStep(), AssessmentStep::AboutThePerson);
        press(Qt::Key_Down);
        QCOMPARE(view->currentStep(), AssessmentStep::WhatMatters);
        // F8 goes to the checks.
        press(Qt::Key_F8);
        QCOMPARE(focused(), child<QListWidget>(view, "checksList"));
    }

    // A blank date field lets Tab and Shift+Tab through, as every other field does: the review
    // dates of a new plan are blank, and the keyboard must not be trapped there.
    void blankDateDoesNotTrapTab()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir);
        QVERIFY(store);
        const Person person = addPerson(*store, QStringLiteral("Dylan"), QStringLiteral("Price"));
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPerson(person.id);
        AssessmentView *view = window.assessmentView();
        view->goToStep(AssessmentStep::Plan);
        auto *date = child<QDateEdit>(view, "firstFormalReviewDate");
        QVERIFY(date && date->isEnabled());
        QCOMPARE(date->date(), date->minimumDate()); // blank
        date->setFocus(Qt::TabFocusReason);
        QVERIFY(date->hasFocus());
        press(Qt::Key_Tab);
        QVERIFY2(!date->isAncestorOf(focused()) && focused() != date, "Tab stayed in the date");
        QVERIFY(focused()->focusPolicy() & Qt::TabFocus);
        QWidget *after = focused();
        date->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY2(focused() != date && focused() != after, "Shift+Tab stayed in the date");
    }

    // Every step shows how complete it is, in words a screen reader reads too.
    void stepsShowProgress()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir);
        QVERIFY(store);
        const Person person = addPerson(*store);
        MainWindow window(*store);
        window.show();
        window.showPerson(person.id);
        auto *list = child<QListWidget>(window.assessmentView(), "stepList");
        QCOMPARE(list->count(), 10);
        for (int row = 0; row < list->count(); ++row) {
            const QString spoken = list->item(row)->data(Qt::AccessibleTextRole).toString();
            QVERIFY2(
                spoken.contains(u"answered") || spoken.contains(u"complete"), qPrintable(spoken));
        }
        // Writing what matters moves that step's progress on.
        const QString before = list->item(1)->text();
        CaseSession &session = window.assessmentView()->session();
        QVERIFY(session.editAssessment([](Assessment &a) {
            a.whatMatters.inTheirWords = QStringLiteral("To get back to the choir.");
        }));
        QVERIFY(list->item(1)->text() != before);
    }
};

QTEST_MAIN(TestGuiAssessment)
#include "tst_gui_assessment.moc"
