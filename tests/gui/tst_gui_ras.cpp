// The indicative budget on the Plan step (DESIGN 2.5; docs/ras.md), through the real window:
// each adult sample case gives the figure worked out by hand in tests/core/tst_ras.cpp; the
// figure is stored with the table's name and version and the calculation is in the audit log;
// a stored figure is shown as it is, never recalculated on opening; the confirmed budget and
// a direct payment are entered and saved, and bad amounts are refused; a carer's assessment
// is refused, and nothing is stored.

#include "guitest.h"
#include "windowtest.h"

#include "gui/appsettings.h"
#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/planpage.h"
#include "gui/startup.h"
#include "gui/textfield.h"
#include "storage/auditlog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kIllustrativeVersion = u"2026.1"_s;

QString shown(const QLabel *label)
{
    return label && label->isVisibleTo(label->window()) ? label->text() : QString();
}

} // namespace

class TestGuiRas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, QUuid> m_people; // by case file

    AssessmentView *view() const { return m_window->assessmentView(); }
    CaseSession &session() const { return view()->session(); }
    PlanPage *planPage() const
    {
        return qobject_cast<PlanPage *>(view()->page(AssessmentStep::Plan));
    }
    template<typename T>
    T *onPlan(const char *name) const
    {
        return child<T>(planPage(), name);
    }

    // Opens the person's latest assessment on the Plan step; a finalised one is carried on in
    // a new version, started with the Check and finalise step's button.
    bool openOnPlan(const QString &file, bool newVersionIfFinalised = true)
    {
        m_window->showPerson(m_people.value(file));
        if (!m_window->isShowingAssessment())
            return false;
        if (newVersionIfFinalised && session().isReadOnly()) {
            view()->goToStep(AssessmentStep::CheckAndFinalise);
            auto *newVersion = child<QPushButton>(
                view()->page(AssessmentStep::CheckAndFinalise), "newVersionButton");
            if (!newVersion || !newVersion->isEnabled())
                return false;
            newVersion->click();
            if (session().isReadOnly())
                return false;
        }
        view()->goToStep(AssessmentStep::Plan);
        return planPage() && planPage()->isVisible();
    }

    // The plan as the store holds it, after the session has saved.
    std::optional<Plan> storedPlan()
    {
        if (!session().saveNow())
            return std::nullopt;
        auto plan = PlanRepository(*m_store).forAssessment(session().assessment().id);
        if (!plan || !plan->has_value())
            return std::nullopt;
        return **plan;
    }

    QList<AuditEntry> rasEntriesFor(const QUuid &planId)
    {
        QList<AuditEntry> found;
        auto entries = AuditLog(*m_store).entries();
        if (!entries)
            return found;
        for (const AuditEntry &entry : std::as_const(*entries)) {
            if (entry.action == u"ras-calculated"_s && entry.recordId == planId)
                found.append(entry);
        }
        return found;
    }

    // Types into a money field as a person does, then Enter, which stores it.
    void enterAmount(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        Startup::setUpApplication();
        // Settings and the council's table of this test only, never the tester's own, and not
        // shared with other suites running at the same time.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"hearth-tst-gui-ras"_s);
        QVERIFY(appsettings::useIllustrativeRasTable());
        QVERIFY(!appsettings::hasCouncilRasTable());

        QVERIFY(m_dir.isValid());
        m_store = makeStore(m_dir);
        QVERIFY(m_store);
        for (const QString &file :
            {u"adult-advocate-farid-ahmed.json"_s, u"adult-eligible-sian-pritchard.json"_s,
                u"adult-fluctuating-zoe-brennan-hughes.json"_s,
                u"adult-met-by-network-grace-okafor.json"_s,
                u"adult-one-outcome-paddy-doyle.json"_s, u"carer-gosia-kowalska.json"_s}) {
            const QUuid id = importCase(*m_store, u"cases/"_s + file);
            QVERIFY2(!id.isNull(), qPrintable(file));
            m_people.insert(file, id);
        }
    }

    void init()
    {
        m_window = windowtest::showMainWindow(*m_store, QSize(1300, 900));
        QVERIFY(QApplication::activeWindow() == m_window.get());
    }

    void cleanup() { QVERIFY(windowtest::closeMainWindow(m_window)); }

    // A stored figure is shown as it was stored, even when the table of the day would give
    // another, and opening the plan does not change it. The sample was calculated with an
    // older version of the illustrative table.
    void aStoredFigureIsShownAndNeverChangedOnOpening()
    {
        QVERIFY(openOnPlan(u"adult-eligible-sian-pritchard.json"_s, false));
        QVERIFY(session().isReadOnly()); // finalised
        QVERIFY(!onPlan<QPushButton>("calculateButton")->isEnabled());
        QVERIFY(onPlan<QLineEdit>("confirmedEdit")->isReadOnly());
        QVERIFY(!onPlan<QCheckBox>("directPaymentCheck")->isEnabled());

        const QString figures = shown(onPlan<QLabel>("indicativeLabel"));
        QVERIFY2(figures.contains(u"£186.50 a week"_s), qPrintable(figures));
        QVERIFY2(figures.contains(u"Illustrative RAS, version 1"_s), qPrintable(figures));
        const QString explanation = shown(onPlan<QLabel>("explanationLabel"));
        QVERIFY2(explanation.contains(u"Calculate again"_s), qPrintable(explanation));
        QVERIFY(!shown(onPlan<QLabel>("illustrativeLabel")).isEmpty());
        QCOMPARE(onPlan<QLineEdit>("confirmedEdit")->text(), u"174.00"_s);

        const auto stored = storedPlan();
        QVERIFY(stored);
        QCOMPARE(stored->budget.indicativeWeekly, std::optional<Pence>(18650));
        QCOMPARE(stored->budget.rasTableVersion, u"1"_s);
        QVERIFY(rasEntriesFor(stored->id).isEmpty());
    }

    // By hand, in tests/core/tst_ras.cpp, from database/ras/illustrative.json at £15 a point.
    void calculatesEachAdultCase_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("points");
        QTest::addColumn<qint64>("weekly");
        QTest::addColumn<QString>("shownWeekly");
        QTest::addColumn<QString>("shownYearly");
        QTest::newRow("Farid Ahmed") << u"adult-advocate-farid-ahmed.json"_s << 13 << qint64(19500)
                                     << u"£195.00"_s << u"£10,140.00"_s;
        QTest::newRow("Siân Pritchard") << u"adult-eligible-sian-pritchard.json"_s << 10
                                        << qint64(15000) << u"£150.00"_s << u"£7,800.00"_s;
        QTest::newRow("Zoë Brennan-Hughes") << u"adult-fluctuating-zoe-brennan-hughes.json"_s << 23
                                            << qint64(34500) << u"£345.00"_s << u"£17,940.00"_s;
        QTest::newRow("Grace Okafor") << u"adult-met-by-network-grace-okafor.json"_s << 8
                                      << qint64(12000) << u"£120.00"_s << u"£6,240.00"_s;
        QTest::newRow("Paddy Doyle") << u"adult-one-outcome-paddy-doyle.json"_s << 0 << qint64(0)
                                     << u"£0.00"_s << u"£0.00"_s;
    }
    void calculatesEachAdultCase()
    {
        QFETCH(QString, file);
        QFETCH(int, points);
        QFETCH(qint64, weekly);
        QFETCH(QString, shownWeekly);
        QFETCH(QString, shownYearly);

        QVERIFY(openOnPlan(file));
        auto *calculate = onPlan<QPushButton>("calculateButton");
        QVERIFY(calculate && calculate->isEnabled());
        // The table of the day is named before anything is calculated.
        QVERIFY(
            shown(onPlan<QLabel>("rasTableLabel")).contains(u"Illustrative RAS, version 2026.1"_s));
        // Alt+N, the button's mnemonic, as from the keyboard: a mnemonic animates the click,
        // which lands once the event loop runs.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(!rasEntriesFor(session().plan().id).isEmpty());

        const Plan &plan = session().plan();
        QCOMPARE(plan.budget.indicativeWeekly, std::optional<Pence>(weekly));
        QCOMPARE(plan.budget.indicativePoints, std::optional<int>(points));
        QCOMPARE(plan.budget.rasTableName, PersonalBudget::kIllustrativeTableName);
        QCOMPARE(plan.budget.rasTableVersion, kIllustrativeVersion);

        const QString figures = shown(onPlan<QLabel>("indicativeLabel"));
        QVERIFY2(figures.contains(shownWeekly + u" a week"_s), qPrintable(figures));
        QVERIFY2(figures.contains(shownYearly + u" a year (52 weeks)"_s), qPrintable(figures));
        QVERIFY2(figures.contains(points == 1 ? u"1 point"_s : u"%1 points"_s.arg(points)),
            qPrintable(figures));
        // The explanation: each outcome, its points and why, and the total.
        const QString explanation = shown(onPlan<QLabel>("explanationLabel"));
        QVERIFY2(explanation.contains(u"How it was worked out"_s), qPrintable(explanation));
        QVERIFY2(explanation.contains(u"at £15.00 a point: %1 a week"_s.arg(shownWeekly)),
            qPrintable(explanation));
        const auto again = Ras::calculate(
            RasTable::illustrativeTable(), session().assessment(), session().network());
        QVERIFY(again);
        for (const RasLine &line : again->lines)
            QVERIFY2(explanation.contains(line.reason.toHtmlEscaped()), qPrintable(line.reason));
        // DESIGN 2.5: illustrative figures say so, and no figure is called a decision.
        QVERIFY(!shown(onPlan<QLabel>("illustrativeLabel")).isEmpty());
        QVERIFY(shown(onPlan<QLabel>("budgetIntroLabel")).contains(u"not a decision"_s));
        QVERIFY2(shown(onPlan<QLabel>("budgetMessageLabel")).contains(u"audit log"_s),
            qPrintable(shown(onPlan<QLabel>("budgetMessageLabel"))));

        // Stored with the table's name and version.
        const auto stored = storedPlan();
        QVERIFY(stored);
        QCOMPARE(stored->budget.indicativeWeekly, std::optional<Pence>(weekly));
        QCOMPARE(stored->budget.indicativePoints, std::optional<int>(points));
        QCOMPARE(stored->budget.rasTableName, PersonalBudget::kIllustrativeTableName);
        QCOMPARE(stored->budget.rasTableVersion, kIllustrativeVersion);

        // The audit log has the calculation, with the table's name and version, and the
        // chain still verifies.
        const QList<AuditEntry> entries = rasEntriesFor(stored->id);
        QCOMPARE(entries.size(), 1);
        const AuditEntry &entry = entries.first();
        QCOMPARE(entry.recordType, u"plan"_s);
        QCOMPARE(entry.actor, u"Sam Okafor"_s);
        QCOMPARE(entry.detail(u"rasTableName"_s), PersonalBudget::kIllustrativeTableName);
        QCOMPARE(entry.detail(u"rasTableVersion"_s), kIllustrativeVersion);
        QCOMPARE(entry.detail(u"rasIllustrative"_s), u"true"_s);
        QCOMPARE(entry.detail(u"indicativePoints"_s), QString::number(points));
        QCOMPARE(entry.detail(u"indicativeWeeklyPence"_s), QString::number(weekly));
        const Status verified = AuditLog(*m_store).verify();
        QVERIFY2(verified, qPrintable(verified.error()));

        // Opened again, the stored figure is explained from the same table.
        const QUuid assessmentId = session().assessment().id;
        QVERIFY(view()->closeCase());
        QVERIFY(openOnPlan(file, false));
        QCOMPARE(session().assessment().id, assessmentId);
        QVERIFY(shown(onPlan<QLabel>("explanationLabel")).contains(u"How it was worked out"_s));
        QVERIFY(shown(onPlan<QLabel>("indicativeLabel")).contains(shownWeekly + u" a week"_s));
        QCOMPARE(rasEntriesFor(stored->id).size(), 1); // opening is not a calculation
        QVERIFY(accessibilityProblems(planPage()).isEmpty());
    }

    // The carer's assessment: the table has no points for a carer's outcomes. The message
    // says so and nothing is stored, neither in the plan nor in the audit log.
    void aCarersAssessmentIsRefused()
    {
        QVERIFY(openOnPlan(u"carer-gosia-kowalska.json"_s));
        QVERIFY(session().assessment().forCarer());
        const PersonalBudget before = session().plan().budget;
        onPlan<QPushButton>("calculateButton")->click();

        const QString message = shown(onPlan<QLabel>("budgetMessageLabel"));
        QVERIFY2(message.contains(u"a carer's assessment has none"_s), qPrintable(message));
        QCOMPARE(onPlan<QLabel>("budgetMessageLabel")->accessibleName(), message);
        QCOMPARE(session().plan().budget, before);
        const auto stored = storedPlan();
        QVERIFY(stored);
        QCOMPARE(stored->budget, before);
        QCOMPARE(stored->budget.indicativeWeekly, std::optional<Pence>(2500)); // as imported
        QVERIFY(rasEntriesFor(stored->id).isEmpty());
    }

    // The confirmed budget and a direct payment, typed in and saved.
    void confirmedBudgetAndDirectPaymentAreSaved()
    {
        QVERIFY(openOnPlan(u"adult-advocate-farid-ahmed.json"_s));
        auto *confirmed = onPlan<QLineEdit>("confirmedEdit");
        auto *paid = onPlan<QCheckBox>("directPaymentCheck");
        auto *amount = onPlan<QLineEdit>("directAmountEdit");
        auto *frequency = onPlan<QComboBox>("directFrequencyCombo");
        auto *needs = onPlan<TextField>("directNeedsEdit");
        QVERIFY(confirmed && paid && amount && frequency && needs);

        enterAmount(confirmed, u"£1,174.5"_s);
        QCOMPARE(session().plan().budget.confirmedWeekly, std::optional<Pence>(117450));
        QCOMPARE(confirmed->text(), u"1174.50"_s); // shown as it reads back
        QVERIFY(shown(onPlan<QLabel>("confirmedMessageLabel")).isEmpty());

        paid->setFocus();
        QTest::keyClick(paid, Qt::Key_Space);
        QVERIFY(paid->isChecked());
        QVERIFY(session().plan().budget.directPayment.has_value());
        QVERIFY(amount->isEnabled() && frequency->isEnabled() && needs->isEnabled());
        enterAmount(amount, u"648"_s);
        frequency->setFocus();
        QTest::keyClick(frequency, Qt::Key_Down); // every four weeks
        QTest::keyClick(frequency, Qt::Key_Down); // every month
        QTest::keyClick(frequency, Qt::Key_Up); // every four weeks
        needs->setFocus();
        QTest::keyClicks(needs, u"A personal assistant for meals and shopping."_s);

        const auto stored = storedPlan();
        QVERIFY(stored);
        QCOMPARE(stored->budget.confirmedWeekly, std::optional<Pence>(117450));
        QVERIFY(stored->budget.directPayment.has_value());
        QCOMPARE(stored->budget.directPayment->amount, Pence(64800));
        QCOMPARE(stored->budget.directPayment->frequency, PaymentFrequency::FourWeekly);
        QCOMPARE(stored->budget.directPayment->needsCovered,
            u"A personal assistant for meals and shopping."_s);

        // Emptying the confirmed amount clears it; unticking takes the direct payment off.
        enterAmount(confirmed, QString());
        QVERIFY(!session().plan().budget.confirmedWeekly.has_value());
        paid->setFocus();
        QTest::keyClick(paid, Qt::Key_Space);
        QVERIFY(!amount->isEnabled() && !frequency->isEnabled());
        const auto cleared = storedPlan();
        QVERIFY(cleared);
        QVERIFY(!cleared->budget.confirmedWeekly.has_value());
        QVERIFY(!cleared->budget.directPayment.has_value());
    }

    // A bad amount is refused with a message that names the problem; nothing is stored.
    void badAmountsAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("three figures of pence")
            << u"12.345"_s << u"“12.345” has more than two figures after the point"_s;
        QTest::newRow("words") << u"abc"_s << u"“abc” is not an amount of money"_s;
        QTest::newRow("negative") << u"-5"_s << u"“-5” is less than nothing"_s;
        QTest::newRow("two points") << u"12.3.4"_s << u"“12.3.4” is not an amount of money"_s;
        QTest::newRow("too much") << u"20000000"_s << u"is more than £1,000,000"_s;
    }
    void badAmountsAreRefused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QVERIFY(openOnPlan(u"adult-advocate-farid-ahmed.json"_s));
        auto *confirmed = onPlan<QLineEdit>("confirmedEdit");
        auto *label = onPlan<QLabel>("confirmedMessageLabel");
        const PersonalBudget before = session().plan().budget;
        QVERIFY(!before.confirmedWeekly.has_value());

        enterAmount(confirmed, typed);
        QVERIFY2(shown(label).contains(message), qPrintable(shown(label)));
        QCOMPARE(label->accessibleName(), label->text());
        QCOMPARE(session().plan().budget, before);
        const auto stored = storedPlan();
        QVERIFY(stored);
        QVERIFY(!stored->budget.confirmedWeekly.has_value());

        // The same in the direct payment's amount: the payment keeps no amount.
        auto *paid = onPlan<QCheckBox>("directPaymentCheck");
        paid->setFocus();
        QTest::keyClick(paid, Qt::Key_Space);
        QVERIFY(session().plan().budget.directPayment.has_value());
        enterAmount(onPlan<QLineEdit>("directAmountEdit"), typed);
        QVERIFY(shown(onPlan<QLabel>("directAmountMessageLabel")).contains(message));
        QCOMPARE(session().plan().budget.directPayment->amount, Pence(0));

        // A good amount then clears the message.
        enterAmount(confirmed, u"10"_s);
        QVERIFY(shown(label).isEmpty());
        QCOMPARE(session().plan().budget.confirmedWeekly, std::optional<Pence>(1000));
        // Put back as it was, for the next row.
        enterAmount(confirmed, QString());
        paid->setFocus();
        QTest::keyClick(paid, Qt::Key_Space);
        QVERIFY(!session().plan().budget.directPayment.has_value());
    }

    void amountsAreReadAsWholePence_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("pence");
        QTest::newRow("pounds") << u"12"_s << qint64(1200);
        QTest::newRow("a point, no pence") << u"12."_s << qint64(1200);
        QTest::newRow("tenths") << u"0.1"_s << qint64(10);
        QTest::newRow("pence") << u"174.05"_s << qint64(17405);
        QTest::newRow("pound sign, spaces") << u" £ 99.99 "_s << qint64(9999);
        QTest::newRow("thousands") << u"1,000,000.00"_s << qint64(100000000);
    }
    void amountsAreReadAsWholePence()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, pence);
        QString problem;
        QCOMPARE(PlanPage::parsePounds(typed, &problem), std::optional<Pence>(pence));
        QVERIFY(problem.isEmpty());
        QVERIFY(!PlanPage::parsePounds(u"1,00.00"_s).has_value()); // a comma out of place
        QCOMPARE(poundsText(pence).remove(u','),
            u"£"_s + QString::number(pence / 100) + u'.'
                + QString::number(pence % 100).rightJustified(2, u'0'));
    }
};

QTEST_MAIN(TestGuiRas)
#include "tst_gui_ras.moc"
