// The draft shared with the person (Care Act 2014 s25(3)), through the real main window from
// the keyboard: on step 10 the draft is marked as shared (today, and how), the person's
// comments in their own words and whether they agree are recorded; the draft can still be
// changed, the caseload says it was shared, and once finalised the plan and the easy read say
// when and how it was shared, what the person said and that they agree.

#include "guitest.h"
#include "keyboard.h"
#include "windowtest.h"

#include "core/eligibility.h"
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

#include <QDateEdit>
#include <QFile>
#include <QPdfDocument>
#include <QPushButton>

using namespace hearth;
using namespace hearth::guitest;
using namespace hearth::keyboard;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kSharedOn(2025, 5, 12); // a Monday
const QString kHow = u"Read through with her and her daughter Aisha"_s;
const QString kComments = u"I'm happy with it. I want the evening call at seven, not six."_s;

// Reg 2(1): found eligible, with the rationale; nothing else blocks finalising. Not the
// subject here: recorded straight into the session.
void decideEligible(CaseSession &session)
{
    session.editAssessment([](Assessment &a) {
        a.findings.arisesFromImpairmentOrIllness = Answer::Yes;
        a.findings.significantImpactOnWellbeing = Answer::Yes;
        for (int i = 0; i < 2; ++i) {
            a.outcomes[i].status = OutcomeStatus::Unable;
            a.outcomes[i].meanings = {UnableMeaning::UnableWithoutAssistance};
            a.outcomes[i].evidence = u"Seen on the visit."_s;
        }
        const Status decided = Eligibility::decide(a, true, u"Two outcomes cannot be achieved."_s,
            u"Sam Okafor"_s, QDateTime(QDate(2025, 5, 9), QTime(10, 0)));
        QVERIFY(decided);
    });
}

} // namespace

class TestGuiSharedDraft : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    Person m_person;

    AssessmentView *view() const { return m_window->assessmentView(); }
    CaseSession &session() const { return view()->session(); }

    StepPage *goTo(int digit, AssessmentStep step)
    {
        QTest::keyClick(focused(), Qt::Key(Qt::Key_0 + digit % 10), Qt::AltModifier);
        return view()->currentStep() == step ? view()->page(step) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Startup::setUpApplication();
        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        m_person = addPerson(*m_store);
        m_window = windowtest::showMainWindow(*m_store, QSize(1366, 768));
        QVERIFY(QApplication::activeWindow() == m_window.get());
    }

    void cleanupTestCase() { QVERIFY(windowtest::closeMainWindow(m_window)); }

    void shareCommentAgreeThenFinalise()
    {
        m_window->showPerson(m_person.id);
        QVERIFY(m_window->isShowingAssessment());
        decideEligible(session());

        auto *page = qobject_cast<FinalisePage *>(goTo(10, AssessmentStep::CheckAndFinalise));
        QVERIFY(page);
        page->today = [] { return kSharedOn; };
        page->confirm = [](QWidget *, const QString &) { return true; };
        auto *status = child<QLabel>(page, "sharedStatusLabel");
        auto *mark = child<QPushButton>(page, "markSharedButton");
        auto *details = child<QWidget>(page, "sharedDetails");
        auto *how = child<QComboBox>(page, "sharedHowCombo");
        QVERIFY(status && mark && details && how);
        QVERIFY2(status->text().startsWith(u"Not shared with Margaret Okafor yet"_s),
            qPrintable(status->text()));
        QVERIFY(mark->isVisible());
        QVERIFY(!details->isVisible());
        const QStringList problems = accessibilityProblems(page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Alt+M marks it shared today (a mnemonic clicks after a moment, as a click is seen);
        // the keyboard goes on to how.
        press(Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(session().assessment().status, AssessmentStatus::SharedWithPerson);
        QVERIFY(session().plan().shared.has_value());
        QCOMPARE(session().plan().shared->sharedOn, kSharedOn);
        QVERIFY(!session().isReadOnly()); // sharing does not lock the draft
        QVERIFY(!mark->isVisible());
        QVERIFY(details->isVisible());
        QCOMPARE(child<QDateEdit>(page, "sharedOnEdit")->date(), kSharedOn);
        QCOMPARE(focused(), static_cast<QWidget *>(how));
        QVERIFY2(status->text().contains(u"shared with Margaret Okafor on 12/05/2025"_s),
            qPrintable(status->text()));

        // A suggestion with the arrow keys, then the practitioner's own words.
        QCOMPARE(how->currentText(), QString());
        press(Qt::Key_Down);
        QCOMPARE(session().plan().shared->how, u"Printed and left with them"_s);
        QVERIFY(fill(how, kHow));
        QCOMPARE(session().plan().shared->how, kHow);

        // Their comments, in their own words, and that they agree.
        press(Qt::Key_T, Qt::AltModifier);
        QCOMPARE(focused(), child<QWidget>(page, "commentsField"));
        type(kComments);
        press(Qt::Key_A, Qt::AltModifier);
        auto *agrees = child<QComboBox>(page, "agreesCombo");
        QCOMPARE(focused(), static_cast<QWidget *>(agrees));
        QVERIFY(choose(agrees, u"Yes"_s));
        QCOMPARE(session().plan().shared->personsComments, kComments);
        QCOMPARE(session().plan().shared->personAgrees, Answer::Yes);
        const QStringList sharedProblems = accessibilityProblems(page);
        QVERIFY2(sharedProblems.isEmpty(), qPrintable(sharedProblems.join(u'\n')));

        // The draft can still be changed after it was shared.
        StepPage *whatMatters = goTo(2, AssessmentStep::WhatMatters);
        QVERIFY(whatMatters);
        QVERIFY(fill(child<TextField>(whatMatters, "inTheirWordsField"),
            u"\"To stay in my own home with my cat.\""_s));
        QCOMPARE(session().assessment().whatMatters.inTheirWords,
            u"\"To stay in my own home with my cat.\""_s);
        QCOMPARE(session().assessment().status, AssessmentStatus::SharedWithPerson);

        // The caseload says so.
        press(Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!m_window->isShowingAssessment());
        CaseloadModel *caseload = m_window->caseloadModel();
        int row = -1;
        QTRY_VERIFY([&] {
            for (int i = 0; i < caseload->rowCount(); ++i) {
                if (caseload->personId(i) == m_person.id)
                    row = i;
            }
            return row >= 0;
        }());
        QCOMPARE(caseload->index(row, CaseloadModel::StatusColumn).data().toString(),
            u"Shared with the person"_s);

        // Opened again: everything recorded is there; then finalised.
        m_window->showPerson(m_person.id);
        QVERIFY(m_window->isShowingAssessment());
        page = qobject_cast<FinalisePage *>(goTo(10, AssessmentStep::CheckAndFinalise));
        QVERIFY(page);
        page->today = [] { return kSharedOn.addDays(3); };
        page->confirm = [](QWidget *, const QString &) { return true; };
        how = child<QComboBox>(page, "sharedHowCombo");
        agrees = child<QComboBox>(page, "agreesCombo");
        QCOMPARE(how->currentText(), kHow);
        QCOMPARE(child<TextField>(page, "commentsField")->text(), kComments);
        QCOMPARE(agrees->currentText(), u"Yes"_s);
        QCOMPARE(child<QDateEdit>(page, "sharedOnEdit")->date(), kSharedOn);
        auto *finalise = child<QPushButton>(page, "finaliseButton");
        QTRY_VERIFY(finalise->isEnabled());
        QVERIFY(activate(finalise));
        QVERIFY(session().isReadOnly());
        QCOMPARE(session().assessment().status, AssessmentStatus::Finalised);
        QVERIFY(session().plan().shared.has_value());
        QCOMPARE(session().plan().shared->personsComments, kComments);
        QVERIFY(!how->isEnabled());
        QVERIFY(child<TextField>(page, "commentsField")->isReadOnly());
        QVERIFY(!child<QPushButton>(page, "markSharedButton")->isVisible());

        // The plan says when and how it was shared, what she said and that she agrees.
        const QString plan
            = windowtest::pdfText(windowtest::printout(*m_window, false), m_dir, u"plan.pdf"_s);
        for (const QString &words :
            {u"Draft shared with Margaret Okafor on: 12/05/2025"_s, u"How it was shared: "_s + kHow,
                u"Whether Margaret Okafor agrees with the plan: Yes, Margaret Okafor agrees "
                u"with it."_s,
                u"Margaret Okafor's comments"_s, u"I want the evening call at seven, not six."_s})
            QVERIFY2(plan.contains(words), qPrintable(words + u"\n\n"_s + plan.right(1500)));

        QVERIFY(windowtest::activateWindow(m_window.get()));
        const QString easyRead
            = windowtest::pdfText(windowtest::printout(*m_window, true), m_dir, u"easy-read.pdf"_s);
        for (const QString &words : {u"We showed you a draft of this plan on Monday 12 May 2025."_s,
                 u"You told us:"_s, u"I want the evening call at seven, not six."_s,
                 u"You said you agree with this plan."_s})
            QVERIFY2(
                easyRead.contains(words), qPrintable(words + u"\n\n"_s + easyRead.right(1500)));
    }
};

QTEST_MAIN(TestGuiSharedDraft)
#include "tst_gui_shareddraft.moc"
