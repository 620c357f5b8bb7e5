// The real window in a process of its own, for tst_gui_crash: it unlocks the store, opens a
// person's assessment at a step, types into the first free-text field of that step as a
// person would, says "typed" on stdout and carries on running until it is killed.
//   hearth_crash_typist STORE PERSON-ID STEP-CODE TEXT    (HEARTH_PASSPHRASE unlocks)
#include "gui/assessmentview.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "gui/steppage.h"
#include "gui/textfield.h"
#include "storage/store.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace hearth;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Startup::setUpApplication();
    const QStringList args = QApplication::arguments();
    if (args.size() != 5) {
        std::fputs("usage: hearth_crash_typist STORE PERSON-ID STEP-CODE TEXT\n", stderr);
        return 2;
    }
    auto store = Store::open(args.at(1), qgetenv("HEARTH_PASSPHRASE"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    MainWindow window(**store);
    window.show();
    window.showPerson(QUuid::fromString(args.at(2)));
    if (!window.isShowingAssessment())
        return 1;

    AssessmentView *view = window.assessmentView();
    const QList<AssessmentStep> steps = AssessmentFlow::allSteps();
    auto step = std::find_if(steps.cbegin(), steps.cend(),
        [&](AssessmentStep s) { return AssessmentFlow::code(s) == args.at(3); });
    if (step == steps.cend())
        return 2;
    view->goToStep(*step);
    auto *field = view->page(*step)->findChild<TextField *>();
    if (!field)
        return 1;
    field->setFocus();
    QTest::keyClicks(field, args.at(4));
    std::puts("typed");
    std::fflush(stdout);
    return app.exec();
}
