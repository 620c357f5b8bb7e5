// Settings (Ctrl+,) through the real window: the review intervals are saved, read back and
// used by "Set the usual dates" on the Plan step (DESIGN 2.6); broken RAS tables are refused
// by name and change nothing; a council's table is kept and used by the Plan step, and "Use the
// illustrative table" goes back (DESIGN 2.5). Cancel changes nothing.

#include "guitest.h"
#include "windowtest.h"

#include "gui/appsettings.h"
#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/planpage.h"
#include "gui/settingsdialog.h"
#include "gui/startup.h"
#include "storage/auditlog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFarid = u"adult-advocate-farid-ahmed.json"_s;
const QString kCouncilTable = u"Hearthshire County Council RAS"_s;

QString rasFile(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA "/ras/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A spin box hands its focus to the line edit inside it.
bool hasFocus(const QWidget *w)
{
    QWidget *f = QApplication::focusWidget();
    return f && (f == w || w->isAncestorOf(f));
}

QString shown(const QLabel *label)
{
    return label && label->isVisibleTo(label->window()) ? label->text() : QString();
}

} // namespace

class TestGuiSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_farid;
    QString m_chosenFile; // what the file picker answers

    AssessmentView *view() const { return m_window->assessmentView(); }
    PlanPage *planPage() const
    {
        return qobject_cast<PlanPage *>(view()->page(AssessmentStep::Plan));
    }

    // Ctrl+, from the window, as from the keyboard; the dialog it opens.
    SettingsDialog *openSettings()
    {
        if (!windowtest::activateWindow(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = m_window->findChild<SettingsDialog *>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        dialog->chooseRasTableFile = [this] { return m_chosenFile; };
        return dialog;
    }

    // Presses OK or Cancel and waits until the dialog is gone.
    bool close(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        QPointer<SettingsDialog> guard(dialog);
        child<QDialogButtonBox>(dialog, "buttonBox")->button(which)->click();
        return QTest::qWaitFor([&] { return guard.isNull(); });
    }

    bool loadThroughTheDialog(SettingsDialog *dialog, const QString &file)
    {
        m_chosenFile = rasFile(file);
        auto *load = child<QPushButton>(dialog, "loadRasButton");
        if (!load || !load->isEnabled())
            return false;
        load->click();
        return true;
    }

    bool openFaridOnPlan()
    {
        m_window->showPerson(m_farid);
        if (!m_window->isShowingAssessment())
            return false;
        view()->goToStep(AssessmentStep::Plan);
        return planPage() && planPage()->isVisible();
    }

private slots:
    void initTestCase()
    {
        Startup::setUpApplication();
        // This suite's own settings and table, never the tester's, nor another suite's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"hearth-tst-gui-settings"_s);
        QVERIFY(appsettings::useIllustrativeRasTable());
        appsettings::setReviewIntervals(ReviewIntervals {});

        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        m_farid = importCase(*m_store, u"cases/"_s + kFarid);
        QVERIFY(!m_farid.isNull());
    }

    void cleanupTestCase()
    {
        QVERIFY(appsettings::useIllustrativeRasTable());
        appsettings::setReviewIntervals(ReviewIntervals {});
    }

    void init()
    {
        m_window = windowtest::showMainWindow(*m_store);
        QVERIFY(QApplication::activeWindow() == m_window.get());
    }

    void cleanup()
    {
        const QList<SettingsDialog *> dialogs = m_window->findChildren<SettingsDialog *>();
        for (SettingsDialog *dialog : dialogs)
            delete dialog;
        QVERIFY(windowtest::closeMainWindow(m_window));
    }

    void theActionIsInTheFileMenu()
    {
        auto *action = m_window->findChild<QAction *>(u"actionSettings"_s);
        QVERIFY(action);
        auto *file = m_window->findChild<QMenu *>(u"menuFile"_s);
        QVERIFY(file && file->actions().contains(action));
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        for (const QKeySequence &keys : QKeySequence::keyBindings(QKeySequence::Preferences))
            QVERIFY(action->shortcuts().contains(keys));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        const QList<QAction *> all = m_window->findChildren<QAction *>();
        for (QAction *other : all) {
            if (other != action)
                QVERIFY(!other->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        }
    }

    void theDialogIsKeyboardFirst()
    {
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QVERIFY2(accessibilityProblems(dialog).isEmpty(),
            qPrintable(accessibilityProblems(dialog).join(u'\n')));
        auto *informal = child<QSpinBox>(dialog, "informalDaysSpin");
        auto *firstFormal = child<QSpinBox>(dialog, "firstFormalWeeksSpin");
        auto *annual = child<QSpinBox>(dialog, "annualMonthsSpin");
        QVERIFY(informal && firstFormal && annual);
        // Bounded by the law (DESIGN 2.6; ReviewIntervals).
        QCOMPARE(informal->minimum(), ReviewIntervals::kMinInformalDays);
        QCOMPARE(informal->maximum(), ReviewIntervals::kMaxInformalDays);
        QCOMPARE(firstFormal->minimum(), ReviewIntervals::kMinFirstFormalWeeks);
        QCOMPARE(firstFormal->maximum(), ReviewIntervals::kMaxFirstFormalWeeks);
        QCOMPARE(annual->minimum(), ReviewIntervals::kMinAnnualMonths);
        QCOMPARE(annual->maximum(), ReviewIntervals::kMaxAnnualMonths);
        // The defaults until a council chooses.
        QCOMPARE(informal->value(), 3);
        QCOMPARE(firstFormal->value(), 8);
        QCOMPARE(annual->value(), 12);
        QVERIFY(dialog->findChild<QLabel *>(u"reviewsHelpLabel"_s)
                    ->text()
                    .contains(u"plans finalised from now on"_s));
        // Every control is reached by Tab, in order, from the first field.
        QVERIFY(windowtest::activateWindow(dialog));
        QTRY_VERIFY(hasFocus(informal));
        const QList<QWidget *> order {firstFormal, annual, child<QLabel>(dialog, "rasCurrentLabel"),
            child<QPushButton>(dialog, "loadRasButton"),
            child<QPushButton>(dialog, "illustrativeRasButton")};
        for (QWidget *next : order) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QVERIFY2(hasFocus(next), qPrintable(next->objectName()));
        }
        // Mnemonics: Alt+A goes to the annual review.
        QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
        QVERIFY(hasFocus(annual));
        // Escape is Cancel.
        QPointer<SettingsDialog> guard(dialog);
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
    }

    void intervalsAreSavedAndReadBack()
    {
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        auto *informal = child<QSpinBox>(dialog, "informalDaysSpin");
        auto *firstFormal = child<QSpinBox>(dialog, "firstFormalWeeksSpin");
        auto *annual = child<QSpinBox>(dialog, "annualMonthsSpin");
        // From the keyboard: arrows, and typing over the value.
        informal->setFocus();
        QTest::keyClick(informal, Qt::Key_Up);
        QTest::keyClick(informal, Qt::Key_Up);
        QCOMPARE(informal->value(), 5);
        // A value outside the law is not taken: 9 weeks stays at the most, 8.
        firstFormal->setFocus();
        firstFormal->selectAll();
        QTest::keyClicks(firstFormal, u"9"_s);
        QVERIFY(firstFormal->value() <= ReviewIntervals::kMaxFirstFormalWeeks);
        firstFormal->selectAll();
        QTest::keyClicks(firstFormal, u"6"_s);
        QCOMPARE(firstFormal->value(), 6);
        annual->setFocus();
        annual->selectAll();
        QTest::keyClicks(annual, u"6"_s);
        QCOMPARE(annual->value(), 6);
        QVERIFY(close(dialog, QDialogButtonBox::Ok));

        ReviewIntervals expected;
        expected.informalDays = 5;
        expected.firstFormalWeeks = 6;
        expected.annualMonths = 6;
        QCOMPARE(appsettings::reviewIntervals(), expected);

        // Read back when Settings opens again.
        dialog = openSettings();
        QVERIFY(dialog);
        QCOMPARE(child<QSpinBox>(dialog, "informalDaysSpin")->value(), 5);
        QCOMPARE(child<QSpinBox>(dialog, "firstFormalWeeksSpin")->value(), 6);
        QCOMPARE(child<QSpinBox>(dialog, "annualMonthsSpin")->value(), 6);

        // Cancel changes nothing.
        child<QSpinBox>(dialog, "annualMonthsSpin")->setValue(2);
        QVERIFY(loadThroughTheDialog(dialog, u"council-hearthshire.json"_s));
        QVERIFY(dialog->tableText().contains(kCouncilTable));
        QVERIFY(close(dialog, QDialogButtonBox::Cancel));
        QCOMPARE(appsettings::reviewIntervals(), expected);
        QVERIFY(!appsettings::hasCouncilRasTable());
        QCOMPARE(appsettings::rasTable().name, PersonalBudget::kIllustrativeTableName);
    }

    // "Set the usual dates" on the Plan step counts from today with the saved intervals.
    void usualDatesUseTheIntervals()
    {
        ReviewIntervals intervals;
        intervals.informalDays = 5;
        intervals.firstFormalWeeks = 6;
        intervals.annualMonths = 6;
        QCOMPARE(appsettings::reviewIntervals(), intervals); // from the test before
        QVERIFY(openFaridOnPlan());
        const QDate day(2026, 3, 2);
        planPage()->today = [day] { return day; };
        auto *informal = child<QCheckBox>(planPage(), "informalReviewCheck");
        if (!informal->isChecked()) {
            informal->setFocus();
            QTest::keyClick(informal, Qt::Key_Space);
        }
        QVERIFY(informal->isChecked());
        auto *usual = child<QPushButton>(planPage(), "usualDatesButton");
        usual->setFocus();
        QTest::keyClick(usual, Qt::Key_Space);

        const ReviewSchedule &reviews = view()->session().plan().reviews;
        QCOMPARE(reviews.informalReview, std::optional<QDate>(QDate(2026, 3, 7)));
        QCOMPARE(reviews.firstFormalReview, QDate(2026, 4, 13));
        QCOMPARE(reviews.annualReview, QDate(2026, 9, 2));
        QCOMPARE(reviews, ReviewSchedule::from(day, true, intervals));
        QVERIFY(reviews != ReviewSchedule::from(day, true)); // not the defaults
    }

    // Broken tables are refused by name; the table in use, and what OK would do, are unchanged.
    void brokenTablesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << u"broken-not-json.json"_s << u"is not JSON"_s;
        QTest::newRow("no name") << u"broken-missing-name.json"_s
                                 << u"The RAS table's name is missing."_s;
        QTest::newRow("negative points")
            << u"broken-negative-points.json"_s
            << u"The RAS table's outcomePoints.clothing[0] must be a whole number of points."_s;
        QTest::newRow("points go down") << u"broken-points-go-down.json"_s
                                        << u"The RAS table's outcomePoints.personal-hygiene[2] is "
                                           "fewer points than the level below."_s;
        QTest::newRow("no moderation")
            << u"broken-missing-moderation.json"_s
            << u"The RAS table's moderation.carerSupportPercent must be a percentage"_s;
        QTest::newRow("no such file") << u"not-there.json"_s << u"cannot open"_s;
    }
    void brokenTablesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        const QString before = dialog->tableText();
        QVERIFY(before.contains(PersonalBudget::kIllustrativeTableName));
        QVERIFY(loadThroughTheDialog(dialog, file));

        const QString message = shown(child<QLabel>(dialog, "rasMessageLabel"));
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(message.contains(u"“%1”"_s.arg(file)), qPrintable(message)); // names the file
        QCOMPARE(dialog->rasMessage(), message);
        QCOMPARE(dialog->tableText(), before);
        QVERIFY(close(dialog, QDialogButtonBox::Ok));
        QVERIFY(!appsettings::hasCouncilRasTable());
        QCOMPARE(appsettings::rasTable().name, PersonalBudget::kIllustrativeTableName);
        // Nor through the settings' own function.
        QVERIFY(!appsettings::loadCouncilRasTable(rasFile(file)));
        QVERIFY(!appsettings::hasCouncilRasTable());
    }

    // A broken table after a good one: the good one waits for OK, the broken one is refused.
    void aBrokenTableLeavesTheCouncilsInUse()
    {
        auto loaded = appsettings::loadCouncilRasTable(rasFile(u"council-hearthshire.json"_s));
        QVERIFY2(loaded, qPrintable(loaded.error()));
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QVERIFY(dialog->tableText().contains(kCouncilTable));
        QVERIFY(loadThroughTheDialog(dialog, u"broken-negative-points.json"_s));
        QVERIFY(dialog->tableText().contains(kCouncilTable));
        QVERIFY(close(dialog, QDialogButtonBox::Ok));
        QCOMPARE(appsettings::rasTable().name, kCouncilTable);
        QCOMPARE(bytesOf(appsettings::councilRasTablePath()),
            bytesOf(rasFile(u"council-hearthshire.json"_s)));
        QVERIFY(appsettings::useIllustrativeRasTable());
    }

    // A council's table is kept, and the Plan step's calculation follows its rates.
    void aCouncilsTableIsUsedByThePlan()
    {
        QVERIFY(openFaridOnPlan());
        auto *tableLabel = child<QLabel>(planPage(), "rasTableLabel");
        QVERIFY(shown(tableLabel).contains(PersonalBudget::kIllustrativeTableName));

        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QVERIFY(loadThroughTheDialog(dialog, u"council-hearthshire.json"_s));
        QVERIFY(dialog->rasMessage().contains(u"valid RAS table"_s));
        QVERIFY(dialog->tableText().contains(u"%1, version 2026-27.2"_s.arg(kCouncilTable)));
        QVERIFY(close(dialog, QDialogButtonBox::Ok));
        QVERIFY(appsettings::hasCouncilRasTable());
        QCOMPARE(bytesOf(appsettings::councilRasTablePath()),
            bytesOf(rasFile(u"council-hearthshire.json"_s)));

        // The Plan step says at once which table it now uses.
        QVERIFY2(shown(tableLabel)
                     .contains(u"the council's table: %1, version 2026-27.2"_s.arg(kCouncilTable)),
            qPrintable(shown(tableLabel)));
        child<QPushButton>(planPage(), "calculateButton")->click();
        // By hand (tests/data/ras/README.md): nutrition 8 + home safety 5 + habitable home 4
        // = 17 points at £20 a point.
        const PersonalBudget &budget = view()->session().plan().budget;
        QCOMPARE(budget.indicativePoints, std::optional<int>(17));
        QCOMPARE(budget.indicativeWeekly, std::optional<Pence>(34000));
        QCOMPARE(budget.rasTableName, kCouncilTable);
        QCOMPARE(budget.rasTableVersion, u"2026-27.2"_s);
        QVERIFY(!budget.usesIllustrativeTable());
        const QString figures = shown(child<QLabel>(planPage(), "indicativeLabel"));
        QVERIFY2(figures.contains(u"£340.00 a week"_s), qPrintable(figures));
        QVERIFY(figures.contains(kCouncilTable));
        QVERIFY(
            shown(child<QLabel>(planPage(), "explanationLabel")).contains(u"at £20.00 a point"_s));
        // Not illustrative: no warning.
        QVERIFY(shown(child<QLabel>(planPage(), "illustrativeLabel")).isEmpty());
        // The audit log names the council's table.
        auto entries = AuditLog(*m_store).entries();
        QVERIFY(entries && !entries->isEmpty());
        const AuditEntry &last = entries->last();
        QCOMPARE(last.action, u"ras-calculated"_s);
        QCOMPARE(last.detail(u"rasTableName"_s), kCouncilTable);
        QCOMPARE(last.detail(u"rasTableVersion"_s), u"2026-27.2"_s);
        QCOMPARE(last.detail(u"rasIllustrative"_s), u"false"_s);
    }

    // "Use the illustrative table" goes back, on OK.
    void theIllustrativeTableGoesBack()
    {
        QVERIFY(appsettings::hasCouncilRasTable()); // from the test before
        QVERIFY(openFaridOnPlan());
        SettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QVERIFY(dialog->tableText().contains(kCouncilTable));
        child<QPushButton>(dialog, "illustrativeRasButton")->click();
        QVERIFY(dialog->tableText().contains(PersonalBudget::kIllustrativeTableName));
        QVERIFY(appsettings::hasCouncilRasTable()); // not before OK
        QVERIFY(close(dialog, QDialogButtonBox::Ok));
        QVERIFY(!appsettings::hasCouncilRasTable());
        QCOMPARE(appsettings::rasTable().name, PersonalBudget::kIllustrativeTableName);

        QVERIFY(shown(child<QLabel>(planPage(), "rasTableLabel"))
                    .contains(u"Illustrative RAS, version 2026.1"_s));
        // The figure stored from the council's table stays until calculated again.
        QCOMPARE(view()->session().plan().budget.indicativeWeekly, std::optional<Pence>(34000));
        child<QPushButton>(planPage(), "calculateButton")->click();
        QCOMPARE(view()->session().plan().budget.indicativeWeekly, std::optional<Pence>(19500));
        QVERIFY(!shown(child<QLabel>(planPage(), "illustrativeLabel")).isEmpty());
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
