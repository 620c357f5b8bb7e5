// The raw side of bench_startup: the least a Qt Widgets program shows, a QMainWindow holding
// one empty QTableView, the size of Hearth's window, in a fresh process. It reports as `hearth`
// does under HEARTH_BENCHMARK (app/gui/benchmarkprobe.cpp), and by the same means: once the
// table's first paint is done, the time on the monotonic clock and the peak resident memory;
// then it quits.
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

void report(const char *event, long long value)
{
    std::printf("hearth-benchmark: %s %lld\n", event, value);
    std::fflush(stdout);
}

long long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QTableView *table)
        : m_table(table)
    {
        m_table->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table->viewport() && event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Done painting, and flushed to the window, when the event loop next turns.
            QTimer::singleShot(0, this, [this] {
                report("usable",
                    std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::steady_clock::now().time_since_epoch())
                        .count());
                report("rows", 0);
                report("search-focused", QApplication::focusWidget() == m_table ? 1 : 0);
                report("peak-kb", peakResidentKb());
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QTableView *m_table;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableView(&window);
    window.setCentralWidget(table);
    window.resize(1100, 680);
    window.show();
    const FirstPaint watch(table);
    return app.exec();
}
