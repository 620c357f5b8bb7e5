#pragma once

// What the GUI tests that drive the whole main window share: activating a window as a window
// manager would, and the printouts the window makes, read back as text.

#include "gui/assessmentview.h"
#include "gui/mainwindow.h"
#include "gui/plainlanguagedialog.h"
#include "gui/printoutdialog.h"
#include "gui/steppage.h"
#include "gui/textfield.h"

#include <QApplication>
#include <QFile>
#include <QPdfDocument>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace hearth::windowtest {

// The offscreen platform has no window manager to hand activation to a new window: do what
// the window manager would, so the keyboard reaches it.
inline bool activateWindow(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// The main window on `store`, shown at `size` (or its own size when empty) and active, so the
// keyboard reaches it.
inline std::unique_ptr<MainWindow> showMainWindow(Store &store, const QSize &size = {})
{
    auto window = std::make_unique<MainWindow>(store);
    if (!size.isEmpty())
        window->resize(size);
    window->show();
    if (!activateWindow(window.get()))
        qWarning("the main window did not become active");
    return window;
}

// The case of `personId` opened in `window` at `step`, with the keyboard in the step's first
// free-text field, which is returned; null when the case or the field is not there.
inline TextField *openAtFirstTextField(
    MainWindow &window, const QUuid &personId, AssessmentStep step)
{
    window.showPerson(personId);
    if (!window.isShowingAssessment())
        return nullptr;
    AssessmentView *view = window.assessmentView();
    view->goToStep(step);
    auto *field = view->page(step)->findChild<TextField *>();
    if (!field)
        return nullptr;
    field->setFocus();
    return QTest::qWaitFor([field] { return field->hasFocus(); }) ? field : nullptr;
}

// Closes the case open in `window`, if any (it is saved), then the window. False when the
// case could not be saved.
inline bool closeMainWindow(std::unique_ptr<MainWindow> &window)
{
    const bool saved
        = !window || !window->isShowingAssessment() || window->assessmentView()->closeCase();
    window.reset();
    return saved;
}

// The text of every page of a PDF, with runs of white space as one space so words wrapped
// onto a new line still match. The PDF is written to `dir` as `name` to be read.
inline QString pdfText(const QByteArray &pdf, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
        return {};
    out.close();
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QString all;
    for (int page = 0; page < document.pageCount(); ++page)
        all += document.getAllText(page).text() + u' ';
    return all.simplified();
}

// The printout dialog of the case open in `window` (Ctrl+P, or Ctrl+Shift+P for the easy read),
// once its PDF is made; null when none appeared. The easy read may first show the
// plain-language check: printed anyway, as the words are the test's own. The dialog belongs to
// the window.
inline PrintoutDialog *openPrintout(MainWindow &window, bool easyRead)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P,
        easyRead ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
    PrintoutDialog *dialog = nullptr;
    PlainLanguageDialog *check = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window.findChild<PrintoutDialog *>();
            check = window.findChild<PlainLanguageDialog *>();
            return (dialog && dialog->isVisible()) || (check && check->isVisible());
        },
        10000);
    if (!shown)
        return nullptr;
    if (check && check->isVisible()) {
        qWarning("the plain-language check found hard words; printing anyway");
        check->findChild<QPushButton *>(QStringLiteral("printAnywayButton"))->click();
        if (!QTest::qWaitFor(
                [&] { return (dialog = window.findChild<PrintoutDialog *>()); }, 10000))
            return nullptr;
    }
    delete check;
    if (!QTest::qWaitFor([&] { return dialog->isReady(); }, 20000))
        return nullptr;
    return dialog;
}

// The PDF of that printout; empty when no printout appeared. The dialog is closed.
inline QByteArray printout(MainWindow &window, bool easyRead)
{
    PrintoutDialog *dialog = openPrintout(window, easyRead);
    if (!dialog)
        return {};
    const QByteArray pdf = dialog->pdf();
    delete dialog;
    return pdf;
}

} // namespace hearth::windowtest
