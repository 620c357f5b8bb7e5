// The crash harness's editor: the real window in a process of its own, working on one
// person's assessment as a practitioner would, until tst_crash_kill kills it with SIGKILL. It
// types numbered words into the free-text fields of every step, moving between steps, and
// lets the autosave commit them. Each time a save commits, it prints the words that save made
// durable ("ack t0000042"), flushed at once: what it has printed, it has been told is saved.
//   hearth_crash_editor STORE PERSON-ID FIRST-TOKEN SEED    (HEARTH_PASSPHRASE unlocks)
// It prints "unlocked" once the store is open and "ready" once the case is.
#include "crashtokens.h"

#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "gui/steppage.h"
#include "gui/textfield.h"
#include "storage/store.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>

#include <sys/prctl.h>

using namespace hearth;
using namespace hearth::crashtest;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QList<TextField *> editableFields(StepPage *page)
{
    QList<TextField *> fields;
    const QList<TextField *> all = page->findChildren<TextField *>();
    for (TextField *field : all) {
        if (field->isVisible() && field->isEnabled() && !field->isReadOnly())
            fields.append(field);
    }
    return fields;
}

} // namespace

int main(int argc, char *argv[])
{
    // Dies with the test: a test stopped by its watchdog or by hand must not leave an editor
    // typing into its store for ever.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    QApplication app(argc, argv);
    Startup::setUpApplication();
    const QStringList args = QApplication::arguments();
    if (args.size() != 5) {
        std::fputs("usage: hearth_crash_editor STORE PERSON-ID FIRST-TOKEN SEED\n", stderr);
        return 2;
    }
    auto store = Store::open(args.at(1), qgetenv("HEARTH_PASSPHRASE"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    say("unlocked");
    MainWindow window(**store);
    window.resize(1280, 800);
    window.show();
    window.showPerson(QUuid::fromString(args.at(2)));
    if (!window.isShowingAssessment())
        return 1;
    AssessmentView *view = window.assessmentView();
    CaseSession &session = view->session();
    QRandomGenerator random(args.at(4).toUInt());
    qint64 next = args.at(3).toLongLong();
    QList<qint64> unacknowledged;

    QObject::connect(&session, &CaseSession::saved, &app, [&] {
        const QSet<qint64> saved = tokensIn(recordText(session.record()));
        QList<qint64> still;
        for (qint64 number : std::as_const(unacknowledged)) {
            if (saved.contains(number))
                say("ack " + token(number).toLatin1());
            else
                still.append(number);
        }
        unacknowledged = still;
    });

    QList<AssessmentStep> steps;
    for (AssessmentStep step : AssessmentFlow::allSteps()) {
        view->goToStep(step);
        if (!editableFields(view->page(step)).isEmpty())
            steps.append(step);
    }
    if (steps.isEmpty())
        return 1;
    AssessmentStep step = steps.first();
    view->goToStep(step);
    say("ready");

    QTimer typist;
    typist.setSingleShot(true);
    QObject::connect(&typist, &QTimer::timeout, &app, [&] {
        if (random.bounded(10) == 0) {
            step = steps.at(int(random.bounded(qsizetype(steps.size()))));
            view->goToStep(step);
        }
        const QList<TextField *> fields = editableFields(view->page(step));
        if (!fields.isEmpty()) {
            TextField *field = fields.at(int(random.bounded(qsizetype(fields.size()))));
            field->setFocus();
            field->moveCursor(QTextCursor::End);
            QTest::keyClicks(field, u' ' + token(next));
            unacknowledged.append(next++);
        }
        typist.start(int(random.bounded(40)));
    });
    typist.start(0);
    return app.exec();
}
