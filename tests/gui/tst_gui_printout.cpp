// The plan and the easy read leave the laptop through the printout dialog: made off the GUI
// thread, previewed with QPdfView, saved whole or not at all, printed page by page; and the
// easy read is checked for hard words first. Driven through the real window from the keyboard.

#include "guitest.h"
#include "keyboard.h"
#include "windowtest.h"

#include "core/casefile.h"
#include "documents/planpdf.h"
#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/plainlanguagedialog.h"
#include "gui/printoutdialog.h"
#include "gui/startup.h"
#include "gui/steppage.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfView>
#include <QPointer>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>

using namespace hearth;
using namespace hearth::guitest;
using namespace hearth::keyboard;
using namespace Qt::Literals::StringLiterals;

namespace {

const QUuid kSian = QUuid::fromString(u"886ea07f-0767-5667-9217-9319dff3ab9f"_s);

int loadedPages(const QString &path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return -1;
    return document.pageCount();
}

QString messageOf(QDialog *dialog)
{
    auto *label = child<QLabel>(dialog, "messageLabel");
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestGuiPrintout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    AssessmentView *view() const { return m_window->assessmentView(); }

    // The one printout dialog the window has open, once its PDF is in the preview.
    PrintoutDialog *readyPrintout()
    {
        PrintoutDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                return (dialog = m_window->findChild<PrintoutDialog *>()) && dialog->isVisible();
            },
            10000);
        if (!shown || !QTest::qWaitFor([&] { return dialog->isReady(); }, 20000)) {
            qWarning("no printout ready: %s",
                dialog ? qPrintable(dialog->findChild<QLabel *>(u"messageLabel"_s)->text())
                       : "no dialog");
            return nullptr;
        }
        return dialog;
    }

    void closeAll()
    {
        const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
        for (QDialog *dialog : dialogs)
            delete dialog;
    }

    // A person with one plan text and nothing else in the easy read's free text.
    QUuid personWithContingency(const QString &contingency)
    {
        const Person person = addPerson(*m_store, u"Ffion"_s, u"Rees"_s);
        m_window->showPerson(person.id);
        if (!m_window->isShowingAssessment())
            return {};
        view()->session().editPlan([&](Plan &p) { p.contingency = contingency; });
        return person.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Startup::setUpApplication();
        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        QCOMPARE(importCase(*m_store, u"cases/adult-eligible-sian-pritchard.json"_s), kSian);
    }

    void init()
    {
        m_window = windowtest::showMainWindow(*m_store);
        QVERIFY(QApplication::activeWindow() == m_window.get());
    }

    void cleanup() { QVERIFY(windowtest::closeMainWindow(m_window)); }

    void printActionsOnlyWithAnAssessment()
    {
        auto *printPlan = m_window->findChild<QAction *>(u"actionPrintPlan"_s);
        auto *printEasyRead = m_window->findChild<QAction *>(u"actionPrintEasyRead"_s);
        QVERIFY(printPlan && printEasyRead);
        QCOMPARE(printPlan->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(printEasyRead->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(!printPlan->isEnabled());
        QVERIFY(!printEasyRead->isEnabled());
        m_window->showPerson(kSian);
        QVERIFY(m_window->isShowingAssessment());
        QVERIFY(printPlan->isEnabled());
        QVERIFY(printEasyRead->isEnabled());
        m_window->showCaseload();
        QVERIFY(!printPlan->isEnabled());
        // Ctrl+P on the caseload opens nothing.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QTest::qWait(50);
        QVERIFY(!m_window->findChild<PrintoutDialog *>());
    }

    // From the Plan page with Tab and Space: the preview, then save, a failing save and print.
    void previewSaveAndPrintThePlan()
    {
        m_window->showPerson(kSian);
        QVERIFY(m_window->isShowingAssessment());
        // The sample is finalised: its plan is still printed.
        QVERIFY(view()->session().isReadOnly());
        QTest::keyClick(focused(), Qt::Key_9, Qt::AltModifier);
        QCOMPARE(view()->currentStep(), AssessmentStep::Plan);
        auto *previewButton = child<QPushButton>(view(), "previewPlanButton");
        QVERIFY(previewButton && previewButton->isEnabled());
        QVERIFY(keyboard::activate(previewButton));

        PrintoutDialog *dialog = readyPrintout();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), PlanPdf::title(view()->session().record()));
        const int pages = dialog->document()->pageCount();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        auto *pageCount = child<QLabel>(dialog, "pageCountLabel");
        QCOMPARE(pageCount->text(), u"%1 pages"_s.arg(pages));
        QVERIFY(pageCount->isVisible());
        auto *pdfView = child<QPdfView>(dialog, "pdfView");
        QCOMPARE(pdfView->document(), dialog->document());
        QCOMPARE(pdfView->pageMode(), QPdfView::PageMode::MultiPage);
        QCOMPARE(pdfView->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QVERIFY(dialog->pdf().startsWith("%PDF"));

        // Tab order: the pages, then Save, Print and Close.
        QVERIFY(windowtest::activateWindow(dialog));
        QTRY_COMPARE(focused(), static_cast<QWidget *>(pdfView));
        auto *save = child<QPushButton>(dialog, "saveButton");
        auto *print = child<QPushButton>(dialog, "printButton");
        auto *close = child<QPushButton>(dialog, "closeButton");
        press(Qt::Key_Tab);
        QCOMPARE(focused(), static_cast<QWidget *>(save));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), static_cast<QWidget *>(print));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), static_cast<QWidget *>(close));

        // Saved through the chooser, whole.
        QTemporaryDir out;
        QString suggested;
        const QString path = out.filePath(u"plan.pdf"_s);
        dialog->chooseFile = [&](const QString &offered) {
            suggested = offered;
            return path;
        };
        QVERIFY(keyboard::activate(save));
        QVERIFY(suggested.endsWith(u".pdf"_s));
        QVERIFY2(suggested.contains(u"Siân Pritchard"_s), qPrintable(suggested));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.read(4) == "%PDF");
        saved.close();
        QCOMPARE(loadedPages(path), pages);
        QVERIFY(messageOf(dialog).contains(path));

        // A folder that is not there: told in words, and nothing written.
        const QString nowhere = out.filePath(u"no such folder/plan.pdf"_s);
        dialog->chooseFile = [&](const QString &) { return nowhere; };
        QVERIFY(keyboard::activate(save));
        QVERIFY2(messageOf(dialog).contains(nowhere), qPrintable(messageOf(dialog)));
        QVERIFY(messageOf(dialog).startsWith(u"Not saved"_s));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!QFileInfo::exists(out.filePath(u"no such folder"_s)));

        // Cancelling the chooser changes nothing.
        dialog->chooseFile = [](const QString &) { return QString(); };
        QVERIFY(!dialog->saveAs());

        // Printed on a PDF printer: every page, as pictures of the preview.
        const QString printed = out.filePath(u"printed.pdf"_s);
        bool asked = false;
        dialog->choosePrinter = [&](QPrinter &printer) {
            asked = true;
            // The printer is offered the PDF's own paper.
            if (printer.pageLayout().pageSize().id() != QPageSize::A4)
                qWarning("paper offered: %s", qPrintable(printer.pageLayout().pageSize().name()));
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            return true;
        };
        QVERIFY(keyboard::activate(print));
        QVERIFY(asked);
        QCOMPARE(loadedPages(printed), pages);
        QVERIFY2(messageOf(dialog).contains(u"Sent %1 pages"_s.arg(pages)),
            qPrintable(messageOf(dialog)));

        // Printing only page 2.
        const QString onePage = out.filePath(u"page-2.pdf"_s);
        dialog->choosePrinter = [&](QPrinter &printer) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(onePage);
            printer.setPageRanges(QPageRanges::fromString(u"2"_s));
            return true;
        };
        QVERIFY(dialog->print());
        QCOMPARE(loadedPages(onePage), 1);

        // Escape closes it.
        QPointer<PrintoutDialog> guard(dialog);
        QVERIFY(windowtest::activateWindow(dialog));
        QVERIFY(dialog->isAncestorOf(focused()));
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void ctrlPOpensThePlan()
    {
        m_window->showPerson(kSian);
        QVERIFY(m_window->isShowingAssessment());
        QVERIFY(focused());
        QTest::keyClick(focused(), Qt::Key_P, Qt::ControlModifier);
        PrintoutDialog *dialog = readyPrintout();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), PlanPdf::title(view()->session().record()));
        const QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        closeAll();
    }

    void generationFailureSaysWhy()
    {
        PrintoutDialog dialog(
            u"Care and support plan for Ffion Rees"_s, u"plan.pdf"_s,
            [](QIODevice &, Language) -> Result<int> { return Error {u"the disk is full"_s}; },
            Language::English);
        dialog.show();
        QTRY_VERIFY(!messageOf(&dialog).isEmpty());
        QVERIFY2(
            messageOf(&dialog).contains(u"the disk is full"_s), qPrintable(messageOf(&dialog)));
        QVERIFY(!dialog.isReady());
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "printButton")->isVisible());
        QVERIFY(!child<QPdfView>(&dialog, "pdfView")->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "closeButton")->isVisible());
        QVERIFY(!dialog.saveAs());
        QVERIFY(!dialog.print());
    }

    // The busy bar appears only once making the PDF has taken kProgressDelayMs; the PDF here
    // waits for the test, so no clock decides the outcome.
    void progressShownWhileSlow()
    {
        auto gate = std::make_shared<QSemaphore>();
        AssessmentRecord record;
        record.person.givenNames = u"Ffion"_s;
        record.person.familyName = u"Rees"_s;
        PrintoutDialog dialog(
            u"A slow plan"_s, u"plan.pdf"_s,
            [gate, record](QIODevice &out, Language language) -> Result<int> {
                // Never stuck for good, even if the test fails before it lets go.
                if (!gate->tryAcquire(1, 20000))
                    return Error {u"the test did not let go"_s};
                return PlanPdf::write(record, QDate(2026, 11, 23), out, language);
            },
            Language::English);
        auto *progress = child<QWidget>(&dialog, "progressPanel");
        dialog.show();
        QVERIFY(!progress->isVisible());
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(child<QProgressBar>(&dialog, "progressBar")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
        gate->release();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
        QVERIFY(!progress->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
    }

    void hardWordsAreShownBeforeTheEasyRead()
    {
        QVERIFY(!personWithContingency(
            u"If the domiciliary care worker cannot come, ring your son Tom."_s)
                     .isNull());
        view()->goToStep(AssessmentStep::AboutThePerson);
        QTest::keyClick(focused(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

        PlainLanguageDialog *check = nullptr;
        QTRY_VERIFY((check = m_window->findChild<PlainLanguageDialog *>()) && check->isVisible());
        QVERIFY(!m_window->findChild<PrintoutDialog *>());
        const QStringList problems = accessibilityProblems(check);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        auto *list = child<QListWidget>(check, "problemList");
        QVERIFY(list->count() >= 1);
        int row = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(u"domiciliary care"_s))
                row = i;
        }
        QVERIFY(row >= 0);
        QVERIFY2(list->item(row)->text().startsWith(u"Step 9, Plan \u2014 "_s),
            qPrintable(list->item(row)->text()));
        QVERIFY2(
            list->item(row)->text().contains(u"instead"_s), qPrintable(list->item(row)->text()));

        // Enter on the row: Go to the step, and the practitioner is there to fix it.
        QVERIFY(windowtest::activateWindow(check));
        QVERIFY(tabTo(list));
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), row);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<PlainLanguageDialog *>() || !check->isVisible());
        QCOMPARE(view()->currentStep(), AssessmentStep::Plan);
        QVERIFY(windowtest::activateWindow(m_window.get()));
        QVERIFY2(view()->page(AssessmentStep::Plan)->isAncestorOf(focused()),
            qPrintable(describe(focused())));
        QTest::qWait(20);
        QVERIFY(!m_window->findChild<PrintoutDialog *>());
    }

    void printAnywayAndCancel()
    {
        QVERIFY(!personWithContingency(u"Ring the OT if the domiciliary care stops."_s).isNull());
        m_window->previewEasyRead();
        PlainLanguageDialog *check = nullptr;
        QTRY_VERIFY((check = m_window->findChild<PlainLanguageDialog *>()) && check->isVisible());
        child<QPushButton>(check, "cancelButton")->click();
        QTRY_VERIFY(!m_window->findChild<PlainLanguageDialog *>() || !check->isVisible());
        QTest::qWait(20);
        QVERIFY(!m_window->findChild<PrintoutDialog *>());
        closeAll();

        m_window->previewEasyRead();
        QTRY_VERIFY((check = m_window->findChild<PlainLanguageDialog *>()) && check->isVisible());
        QVERIFY(windowtest::activateWindow(check));
        QVERIFY(keyboard::activate(child<QPushButton>(check, "printAnywayButton")));
        PrintoutDialog *dialog = readyPrintout();
        QVERIFY(dialog);
        QVERIFY(dialog->document()->pageCount() >= 1);
        const QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        closeAll();
    }

    void plainWordsGoStraightToTheEasyRead()
    {
        QVERIFY(!personWithContingency(u"If Jo cannot come, ring your son Tom."_s).isNull());
        QCOMPARE(PlainLanguageDialog::check(view()->session().record()).size(), 0);
        auto *button = child<QPushButton>(view(), "previewEasyReadButton");
        // Alt+9 to the Plan, then the button's mnemonic, Alt+A.
        QTest::keyClick(focused(), Qt::Key_9, Qt::AltModifier);
        QCOMPARE(view()->currentStep(), AssessmentStep::Plan);
        QVERIFY(button->text().contains(u"&a"_s));
        QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier);
        PrintoutDialog *dialog = readyPrintout();
        QVERIFY(dialog);
        QVERIFY(!m_window->findChild<PlainLanguageDialog *>());
        QVERIFY(dialog->pdf().startsWith("%PDF"));
        closeAll();
    }
};

QTEST_MAIN(TestGuiPrintout)
#include "tst_gui_printout.moc"
