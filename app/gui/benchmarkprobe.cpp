#include "benchmarkprobe.h"

#include "caseloadmodel.h"
#include "mainwindow.h"
#include "plainlanguagedialog.h"
#include "printoutdialog.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace hearth {

namespace {

// Long enough for the preview to draw its first pages, as a practitioner glances at them.
constexpr int kPreviewShownMs = 500;

qint64 monotonicNs()
{
    // steady_clock is CLOCK_MONOTONIC on Linux: the clock the benchmark reads at launch.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A key pressed and released, through the event filters, as from the keyboard.
void sendKey(QWidget *to, int key, const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(to, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(to, &release);
}

} // namespace

std::unique_ptr<BenchmarkProbe> BenchmarkProbe::fromEnvironment(const QProcessEnvironment &env)
{
    if (!env.contains(u"HEARTH_BENCHMARK"_s))
        return nullptr;
    const QString search = env.value(u"HEARTH_BENCHMARK"_s).trimmed();
    return std::unique_ptr<BenchmarkProbe>(
        new BenchmarkProbe(search == u"startup"_s ? QString() : search));
}

BenchmarkProbe::BenchmarkProbe(const QString &search)
    : m_search(search)
{
}

qint64 BenchmarkProbe::peakResidentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // A /proc file has no size, so it is read whole rather than to atEnd(). "VmHWM:  81234 kB"
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void BenchmarkProbe::report(const char *event, const QString &value)
{
    std::printf("hearth-benchmark: %s %s\n", event, qPrintable(value));
    std::fflush(stdout);
}

void BenchmarkProbe::reportTime(const char *event)
{
    report(event, QString::number(monotonicNs()));
}

void BenchmarkProbe::unlocking()
{
    reportTime("unlocking");
}

void BenchmarkProbe::unlocked()
{
    reportTime("unlocked");
    // Argon2id's memory (64 MiB for today's key files) is freed by now, but is in the peak.
    report("unlocked-peak-kb", QString::number(peakResidentKb()));
}

void BenchmarkProbe::watch(MainWindow &window)
{
    m_window = &window;
    auto *table = window.findChild<QTableView *>(u"caseloadView"_s);
    if (!table) {
        fail(u"the window has no caseload table"_s);
        return;
    }
    m_painted = table->viewport();
    m_painted->installEventFilter(this);
}

bool BenchmarkProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_painted && event->type() == QEvent::Paint) {
        m_painted->removeEventFilter(this);
        m_painted = nullptr;
        // This paint, and the window's flush to the screen after it, are done when the event
        // loop next turns.
        QTimer::singleShot(0, this, &BenchmarkProbe::usable);
    }
    return false;
}

void BenchmarkProbe::usable()
{
    reportTime("usable");
    if (!m_window)
        return;
    const auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    report("rows", QString::number(m_window->caseloadModel()->rowCount()));
    report("search-focused",
        search && search->isEnabled() && QApplication::focusWidget() == search ? u"1"_s : u"0"_s);
    if (m_search.isEmpty())
        finish();
    else
        openPerson();
}

void BenchmarkProbe::openPerson()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    auto *table = m_window->findChild<QTableView *>(u"caseloadView"_s);
    for (const QChar c : std::as_const(m_search))
        sendKey(search, c.toUpper().unicode(), QString(c));
    // Enter in the search goes to the first person found; Enter there opens them.
    sendKey(search, Qt::Key_Return);
    sendKey(table, Qt::Key_Return);
    if (!m_window->isShowingAssessment()) {
        fail(u"no one was opened after searching for %1"_s.arg(m_search));
        return;
    }
    report("opened", m_window->currentPersonId().toString(QUuid::WithoutBraces));
    m_window->repaint();
    printPlan();
}

void BenchmarkProbe::printPlan()
{
    m_window->previewPlan();
    whenPrintoutShown(&BenchmarkProbe::printEasyRead);
}

void BenchmarkProbe::printEasyRead()
{
    m_window->previewEasyRead();
    // The plain-language check comes first when the words are hard: printed anyway, as the
    // words are the sample's own.
    if (auto *check = m_window->findChild<PlainLanguageDialog *>(); check && check->isVisible())
        check->done(PlainLanguageDialog::PrintAnyway);
    whenPrintoutShown(&BenchmarkProbe::finish);
}

void BenchmarkProbe::whenPrintoutShown(void (BenchmarkProbe::*next)())
{
    PrintoutDialog *dialog = m_window->findChild<PrintoutDialog *>();
    if (!dialog) {
        fail(u"no printout appeared"_s);
        return;
    }
    const auto shown = [this, dialog, next] {
        report("printout", dialog->windowTitle());
        QTimer::singleShot(kPreviewShownMs, dialog, [this, dialog, next] {
            // Closed as the practitioner closes it; the next step once it is gone.
            connect(dialog, &QObject::destroyed, this, next, Qt::QueuedConnection);
            dialog->close();
        });
    };
    if (dialog->isReady()) {
        shown();
        return;
    }
    // Once: the dialog says ready again when its document reloads.
    connect(dialog, &PrintoutDialog::ready, this, shown, Qt::SingleShotConnection);
    connect(dialog, &PrintoutDialog::failed, this, &BenchmarkProbe::fail);
}

void BenchmarkProbe::finish()
{
    report("peak-kb", QString::number(peakResidentKb()));
    // Closed as by the practitioner: an open assessment is saved and closed first.
    if (m_window)
        m_window->close();
    QCoreApplication::exit(0);
}

void BenchmarkProbe::fail(const QString &why)
{
    report("error", why);
    QCoreApplication::exit(1);
}

} // namespace hearth
