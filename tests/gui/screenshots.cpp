// Renders the screenshots in docs/screenshots/ from the real windows, on a store filled from
// the sample case files in tests/data/cases/ (and a few people made here if there are none).
// Run under a real X server so the fonts are the ones users see:
//   xvfb-run -s "-screen 0 1366x768x24" build/.../hearth_screenshots docs/screenshots
#include "core/casefile.h"
#include "core/language.h"
#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/firstrundialog.h"
#include "gui/mainwindow.h"
#include "gui/plainlanguagedialog.h"
#include "gui/printoutdialog.h"
#include "gui/startup.h"
#include "gui/steppage.h"
#include "gui/unlockdialog.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace hearth;

namespace {

const QByteArray kPassphrase = "kettle on the hob 42";

void settle(int ms = 300)
{
    QTest::qWait(ms);
}

bool save(const QPixmap &pixmap, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!pixmap.save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

Person person(
    const char *given, const char *family, QDate dob, const char *nhs, const char *postcode)
{
    Person p;
    p.id = QUuid::createUuid();
    p.givenNames = QString::fromUtf8(given);
    p.familyName = QString::fromUtf8(family);
    p.dateOfBirth = dob;
    p.nhsNumber = QString::fromLatin1(nhs);
    p.address.postcode = QString::fromLatin1(postcode);
    return p;
}

int fill(Store &store)
{
    int imported = 0;
    const QDir cases(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    const QStringList files = cases.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name.startsWith(u"broken") || name.startsWith(u"invalid"))
            continue; // deliberately bad fixtures
        QFile file(cases.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto read = CaseFile::read(file.readAll());
        if (!read) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(read.error()));
            continue;
        }
        auto done = CaseRepository(store).importCase(read.value());
        if (done)
            ++imported;
        else
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(done.error()));
    }
    if (imported >= 4)
        return imported;

    QList<Person> people = {
        person("Margaret", "Okafor", QDate(1941, 3, 9), "9434765919", "EX4 6PX"),
        person("Dylan", "Price", QDate(1988, 11, 23), "4074833786", "TQ1 2AB"),
        person("Agnieszka", "Nowak", QDate(), "", "PL4 8AA"),
        person("Harold", "Whitfield", QDate(1936, 7, 30), "4290404790", "EX32 7QS"),
        person("Siân", "Pritchard", QDate(1959, 2, 14), "4669725106", "TA1 3DN"),
    };
    people[2].preferredName = QStringLiteral("Aga");
    PersonRepository repository(store);
    for (Person &p : people) {
        if (repository.save(p))
            ++imported;
    }
    return imported;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Startup::setUpApplication();
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1])
                            : QStringLiteral(HEARTH_TEST_DATA "/../../docs/screenshots"));
    QDir().mkpath(out.absolutePath());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hearth.db"));
    bool ok = true;

    {
        FirstRunDialog dialog(path);
        dialog.show();
        settle();
        dialog.findChild<QLineEdit *>(QStringLiteral("practitionerEdit"))
            ->setText(QStringLiteral("Sam Okafor"));
        auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        passphrase->setFocus();
        QTest::keyClicks(passphrase, QString::fromUtf8(kPassphrase));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
            QString::fromUtf8(kPassphrase));
        settle();
        ok &= save(dialog.grab(), out, QStringLiteral("first-run.png"));
    }

    auto created = Store::create(path, kPassphrase, QStringLiteral("Sam Okafor"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 1;
    }
    std::unique_ptr<Store> store = std::move(created.value());
    std::printf("%d people\n", fill(*store));
    store.reset();

    {
        UnlockDialog dialog(path);
        dialog.setDelayUnit(std::chrono::hours(1)); // keep the countdown still for the picture
        dialog.show();
        settle();
        auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        QTest::keyClicks(passphrase, QStringLiteral("kettle off the hob"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        settle();
        ok &= save(dialog.grab(), out, QStringLiteral("unlock.png"));
    }

    auto opened = Store::open(path, kPassphrase);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    {
        MainWindow window(*opened.value());
        window.setGeometry(QGuiApplication::primaryScreen()->geometry());
        window.show();
        settle(800);
        // The whole screen as the X server has it: a real screenshot, not a render.
        ok &= save(
            QGuiApplication::primaryScreen()->grabWindow(0), out, QStringLiteral("caseload.png"));

        // Every step of the guided assessment, on a realistic case: the sample eligible adult,
        // carried on as a new draft so the pages show as the practitioner edits them.
        const QUuid sian = QUuid::fromString(QStringLiteral(
            "886ea07f-0767-5667-9217-9319dff3ab9f")); // adult-eligible-sian-pritchard.json
        window.showPerson(sian);
        AssessmentView *view = window.assessmentView();
        if (!window.isShowingAssessment()) {
            std::fprintf(stderr, "the sample eligible adult is not in the store\n");
            return 1;
        }
        if (view->session().isReadOnly()) {
            const Status fresh = view->session().startNewVersion();
            if (!fresh)
                std::fprintf(stderr, "%s\n", qPrintable(fresh.error()));
        }
        const QList<AssessmentStep> steps = AssessmentFlow::allSteps();
        for (int i = 0; i < steps.size(); ++i) {
            view->goToStep(steps.at(i));
            if (QWidget *first = view->page(steps.at(i))->firstField())
                first->setFocus();
            settle(400);
            ok &= save(QGuiApplication::primaryScreen()->grabWindow(0), out,
                QStringLiteral("step-%1-%2.png")
                    .arg(i + 1, 2, 10, QLatin1Char('0'))
                    .arg(AssessmentFlow::code(steps.at(i))));
            // The two pictures sit below the fold at 1366x768: show each of them too.
            for (const QString &name :
                {QStringLiteral("ecomapView"), QStringLiteral("wellbeingWheelView")}) {
                QWidget *picture = view->page(steps.at(i))->findChild<QWidget *>(name);
                auto *scroll = view->findChild<QScrollArea *>(QStringLiteral("pageScroll"));
                if (!picture || !scroll)
                    continue;
                scroll->ensureWidgetVisible(picture, 0, 0);
                settle(400);
                ok &= save(QGuiApplication::primaryScreen()->grabWindow(0), out,
                    QStringLiteral("step-%1-%2-picture.png")
                        .arg(i + 1, 2, 10, QLatin1Char('0'))
                        .arg(AssessmentFlow::code(steps.at(i))));
            }
        }

        // The plan as it will print, before saving or printing it.
        QElapsedTimer made;
        made.start();
        window.previewPlan();
        auto *printout = window.findChild<PrintoutDialog *>();
        if (!printout || !QTest::qWaitFor([printout] { return printout->isReady(); }, 30000)) {
            std::fprintf(stderr, "the plan preview did not open\n");
            ok = false;
        } else {
            std::printf("plan PDF made and loaded in %lld ms\n", made.elapsed());
            settle(1200); // QPdfView draws the pages in the background
            ok &= save(printout->grab(), out, QStringLiteral("printout-preview.png"));
            printout->close();
            settle();
        }

        // Words that may be hard to read in the easy read, before it is made: a service word
        // in the contingency plan, as a practitioner might write it.
        view->session().editPlan([](Plan &p) {
            p.contingency = QStringLiteral(
                "If the domiciliary care worker cannot come, ring Dafydd. Your OT can help.");
        });
        window.previewEasyRead();
        if (auto *check = window.findChild<PlainLanguageDialog *>()) {
            settle();
            ok &= save(check->grab(), out, QStringLiteral("plain-language-check.png"));
            check->close();
            settle();
        } else {
            std::fprintf(stderr, "the plain-language check did not open\n");
            ok = false;
        }

        const Status closed = view->closeCase();
        Q_UNUSED(closed)

        // A review of a finalised plan (docs/reviews.md): the sample met by her network.
        window.showPerson(QUuid::fromString(QStringLiteral(
            "ddec6664-1453-55ad-86ee-3f246b9e96e7"))); // adult-met-by-network-grace-okafor.json
        if (window.isShowingAssessment() && view->startReview()) {
            view->session().editAssessment([](Assessment &a) {
                a.review->whatIsWorking = QStringLiteral(
                    "Her neighbour Joyce still shops on Tuesdays, and the lunch club suits her.");
                if (!a.review->outcomes.isEmpty())
                    a.review->outcomes[0].progress = OutcomeProgress::Achieved;
            });
            view->page(AssessmentStep::AboutThePerson)->load();
            settle(600);
            ok &= save(
                QGuiApplication::primaryScreen()->grabWindow(0), out, QStringLiteral("review.png"));
            const Status reviewClosed = view->closeCase();
            Q_UNUSED(reviewClosed)
        } else {
            std::fprintf(stderr, "the review did not start\n");
            ok = false;
        }
    }

    // The same window in Welsh, as Hearth starts when the system (or Settings) asks for it.
    language::setInterface(Language::Welsh);
    {
        MainWindow window(*opened.value());
        window.setGeometry(QGuiApplication::primaryScreen()->geometry());
        window.show();
        settle(800);
        ok &= save(QGuiApplication::primaryScreen()->grabWindow(0), out,
            QStringLiteral("cymraeg-caseload.png"));
        window.showPerson(
            QUuid::fromString(QStringLiteral("886ea07f-0767-5667-9217-9319dff3ab9f")));
        if (window.isShowingAssessment()) {
            AssessmentView *view = window.assessmentView();
            for (const AssessmentStep step :
                {AssessmentStep::NeedsAndOutcomes, AssessmentStep::Eligibility}) {
                view->goToStep(step);
                if (QWidget *first = view->page(step)->firstField())
                    first->setFocus();
                settle(400);
                ok &= save(QGuiApplication::primaryScreen()->grabWindow(0), out,
                    QStringLiteral("cymraeg-%1.png").arg(AssessmentFlow::code(step)));
            }
            const Status closed = view->closeCase();
            Q_UNUSED(closed)
        } else {
            ok = false;
        }
    }
    return ok ? 0 : 1;
}
