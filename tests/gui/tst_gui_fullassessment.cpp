// A complete assessment through the real main window with the keyboard alone (issue 3): a
// referral is opened from the caseload with Enter, every step is reached with Alt+digit and
// filled with Tab, typing, Space and the arrow keys, the plan is assembled and the assessment
// finalised. What the store then holds, exported as a case file, must equal the expected case
// file in tests/data/gui/ once the ids made during the run and today's date are put in words.
// On a difference, the actual file is written beside the test for a person to compare.

#include "guitest.h"
#include "keyboard.h"

#include "core/assessmentflow.h"
#include "core/casefile.h"
#include "gui/assessmentview.h"
#include "gui/caseloadmodel.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "gui/steppage.h"
#include "gui/textfield.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace hearth;
using namespace hearth::guitest;
using namespace hearth::keyboard;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// Ids made during the run become "id-1", "id-2"... in order of first appearance; the ids of
// the referral stay. Revision counters depend on how often autosave ran and are dropped. Dates
// that follow from today become "today", "today+3d", "today+56d", "today+12m"; a moment
// becomes "now".
class Normaliser
{
public:
    Normaliser(const QDate &today, QSet<QString> keep)
        : m_keep(std::move(keep))
    {
        m_dates = {{today, u"today"_s}, {today.addDays(3), u"today+3d"_s},
            {today.addDays(56), u"today+56d"_s}, {today.addMonths(12), u"today+12m"_s}};
    }

    QJsonValue operator()(const QJsonValue &value)
    {
        if (value.isObject()) {
            QJsonObject out;
            const QJsonObject in = value.toObject();
            for (auto it = in.begin(); it != in.end(); ++it) {
                if (it.key() == u"version")
                    continue;
                out.insert(it.key(), (*this)(it.value()));
            }
            return out;
        }
        if (value.isArray()) {
            QJsonArray out;
            const QJsonArray in = value.toArray();
            for (const QJsonValue &v : in)
                out.append((*this)(v));
            return out;
        }
        if (value.isString())
            return text(value.toString());
        return value;
    }

private:
    QString text(const QString &s)
    {
        static const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        static const QRegularExpression moment(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"_s);
        if (uuid.match(s).hasMatch() && !m_keep.contains(s)) {
            if (!m_ids.contains(s))
                m_ids.insert(s, u"id-%1"_s.arg(m_ids.size() + 1));
            return m_ids.value(s);
        }
        if (moment.match(s).hasMatch())
            return u"now"_s;
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (date.isValid()) {
            for (const auto &[day, word] : m_dates) {
                if (day == date)
                    return word;
            }
        }
        return s;
    }

    QSet<QString> m_keep;
    QHash<QString, QString> m_ids;
    QList<std::pair<QDate, QString>> m_dates;
};

} // namespace

class TestGuiFullAssessment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completeAssessmentByKeyboard();

private:
    // The page of the step reached with Alt+digit, checked to be the one shown.
    QWidget *goTo(int digit, AssessmentStep step);
    void aboutThePerson(QWidget *page);
    void whatMatters(QWidget *page);
    void strengthsAndNetwork(QWidget *page);
    void wellbeing(QWidget *page);
    void needsAndOutcomes(QWidget *page);
    void preventionFirst(QWidget *page);
    void eligibility(QWidget *page);
    void risks(QWidget *page);
    void plan(QWidget *page);
    void finalise(QWidget *page);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestGuiFullAssessment::initTestCase()
{
    Startup::setUpApplication();
    QVERIFY(m_dir.isValid());
}

QWidget *TestGuiFullAssessment::goTo(int digit, AssessmentStep step)
{
    press(Qt::Key(Qt::Key_0 + digit % 10), Qt::AltModifier);
    AssessmentView *view = m_window->assessmentView();
    if (view->currentStep() != step) {
        qWarning("Alt+%d did not show step %d", digit, digit);
        return nullptr;
    }
    QWidget *page = view->page(step);
    if (!page->isAncestorOf(focused()) && focused() != page) {
        qWarning("Alt+%d left the focus on %s", digit, qPrintable(describe(focused())));
        return nullptr;
    }
    return page;
}

// Step 1. Arthur's details came with the referral; the visit adds who took part, consent,
// the offer of a supported self-assessment and the advocacy check.
void TestGuiFullAssessment::aboutThePerson(QWidget *page)
{
    QVERIFY(fill(child<QLineEdit>(page, "preferredNameEdit"), u"Arthur"_s));
    QVERIFY(fill(child<TextField>(page, "communicationNotesField"),
        u"Hard of hearing on the left: sit on his right and face him."_s));

    QVERIFY(activate(child<QPushButton>(page, "addContributorButton")));
    QVERIFY(fill(child<QLineEdit>(page, "contributorNameEdit"), u"Arthur Penhaligon"_s));
    QVERIFY(fill(child<QLineEdit>(page, "contributorRoleEdit"), u"the person"_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "contributorPresentCheck"), true));
    QVERIFY(activate(child<QPushButton>(page, "addContributorButton")));
    QVERIFY(fill(child<QLineEdit>(page, "contributorNameEdit"), u"Jenny Penhaligon"_s));
    QVERIFY(fill(child<QLineEdit>(page, "contributorRoleEdit"), u"daughter"_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "contributorPresentCheck"), true));

    QVERIFY(choose(child<QComboBox>(page, "consentCombo"), u"Yes"_s));
    QVERIFY(fill(child<TextField>(page, "consentNotesField"),
        u"Agreed to the assessment and to Jenny taking part."_s));
    QVERIFY(choose(child<QComboBox>(page, "selfAssessmentOfferedCombo"), u"Yes"_s));
    QVERIFY(choose(child<QComboBox>(page, "selfAssessmentAcceptedCombo"), u"No"_s));
    QVERIFY(fill(child<TextField>(page, "selfAssessmentNotesField"),
        u"He would rather talk it through with Jenny there."_s));
    // No substantial difficulty in being involved: no advocate is needed (Care Act s67).
    QVERIFY(fill(child<TextField>(page, "advocacyNotesField"),
        u"Understands, retains and weighs the information and says what he wants."_s));
}

// Step 2. The opening question, answered in his own words.
void TestGuiFullAssessment::whatMatters(QWidget *page)
{
    QVERIFY(fill(child<TextField>(page, "inTheirWordsField"),
        u"\"I'd get down to the quay on my own again and keep the boat going.\""_s));
    QVERIFY(fill(child<TextField>(page, "identitiesField"),
        u"a retired harbour pilot\na grandfather of three\na Topsham man all his life"_s));
    QVERIFY(fill(child<TextField>(page, "importantToField"),
        u"His boat, the sailing club, his grandchildren, his own front door."_s));
    QVERIFY(fill(child<TextField>(page, "importantForField"),
        u"Eating properly since his wife died; not falling on the stairs."_s));
}

// Step 3. His strengths, and Jenny, who helps and needs an offer of a carer's assessment.
void TestGuiFullAssessment::strengthsAndNetwork(QWidget *page)
{
    QVERIFY(fill(child<TextField>(page, "strengthsEdit"),
        u"Knows every tide table by heart.\nWalks a mile every morning."_s));
    QVERIFY(fill(child<TextField>(page, "interestsEdit"),
        u"Sailing, the club's Tuesday quiz, his allotment."_s));

    QVERIFY(activate(child<QPushButton>(page, "addMemberButton")));
    QVERIFY(fill(child<QLineEdit>(page, "memberNameEdit"), u"Jenny Penhaligon"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberKindCombo"), u"Family"_s));
    QVERIFY(fill(child<QLineEdit>(page, "memberRelationshipEdit"), u"daughter"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberStrengthCombo"), u"Strong"_s));
    QVERIFY(fill(child<TextField>(page, "memberHelpsWithEdit"),
        u"Shopping on Saturdays, his letters and appointments."_s));
    QVERIFY(choose(child<QComboBox>(page, "memberWillingCombo"), u"Yes"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberAbleCombo"), u"Yes"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberSustainableCombo"), u"No"_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "memberAgreedCheck"), true));
    QVERIFY(fill(child<TextField>(page, "memberImpactEdit"),
        u"She works full time in Exeter and is tired."_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "memberProvidesCareCheck"), true));
    QVERIFY(choose(child<QComboBox>(page, "carerOfferedCombo"), u"Yes"_s));

    QVERIFY(activate(child<QPushButton>(page, "addMemberButton")));
    QVERIFY(fill(child<QLineEdit>(page, "memberNameEdit"), u"Topsham Sailing Club"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberKindCombo"), u"Community group"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberStrengthCombo"), u"Steady"_s));
    QVERIFY(
        fill(child<TextField>(page, "memberHelpsWithEdit"), u"Company, and a lift to the quiz."_s));
    QVERIFY(choose(child<QComboBox>(page, "memberWillingCombo"), u"Yes"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberAbleCombo"), u"Yes"_s));
    QVERIFY(choose(child<QComboBox>(page, "memberSustainableCombo"), u"Yes"_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "memberAgreedCheck"), true));
}

// Step 4. Four areas explored with him; the others skipped, each with its reason.
void TestGuiFullAssessment::wellbeing(QWidget *page)
{
    auto *areas = child<QListWidget>(page, "areaList");
    struct Explored
    {
        QString row, importance, view, works, concerns, outcome;
    };
    const QList<Explored> explored = {
        {u"Personal dignity"_s, u"Matters a lot"_s, u"\"I won't be fussed over.\""_s,
            u"Being asked, not told."_s, {}, u"To stay in charge of his own day."_s},
        {u"Physical and mental health"_s, u"Matters a lot"_s,
            u"\"I don't eat much now Mary's gone.\""_s, u"His morning walk."_s,
            u"Lost weight since the spring; skips meals."_s, u"A proper meal every day."_s},
        {u"Participation in work"_s, u"Matters quite a lot"_s,
            u"\"The club is where my friends are.\""_s, u"Tuesday quiz nights."_s,
            u"Stopped going after dark since the fall."_s, u"Back at the club every week."_s},
        {u"Suitability of living accommodation"_s, u"Matters a lot"_s,
            u"\"I'm not leaving this house.\""_s, u"Bed and bathroom upstairs are fine by day."_s,
            u"Steep stairs with one rail; fell in March."_s, u"Safe on the stairs."_s},
    };
    for (const Explored &area : explored) {
        QVERIFY(selectRow(areas, area.row));
        QVERIFY(chooseRadio(child<QRadioButton>(page, "exploredRadio")));
        QVERIFY(choose(child<QComboBox>(page, "importanceCombo"), area.importance));
        QVERIFY(fill(child<TextField>(page, "personsViewEdit"), area.view));
        QVERIFY(fill(child<TextField>(page, "whatWorksEdit"), area.works));
        if (!area.concerns.isEmpty())
            QVERIFY(fill(child<TextField>(page, "concernsEdit"), area.concerns));
        QVERIFY(fill(child<TextField>(page, "desiredOutcomeEdit"), area.outcome));
    }
    const QStringList skipped = {u"Protection from abuse"_s, u"Control by the individual"_s,
        u"Social and economic"_s, u"Domestic, family"_s, u"contribution to society"_s};
    for (const QString &row : skipped) {
        QVERIFY(selectRow(areas, row));
        QVERIFY(chooseRadio(child<QRadioButton>(page, "skippedRadio")));
        QVERIFY(fill(child<TextField>(page, "skippedReasonEdit"),
            u"No concerns raised by Arthur or Jenny; not explored further on this visit."_s));
    }
}

// Step 5. Each of the ten outcomes; two he cannot achieve, with the evidence; then the needs.
void TestGuiFullAssessment::needsAndOutcomes(QWidget *page)
{
    // His knees are worse in the cold and the wet: his needs fluctuate (reg 2(4)).
    QVERIFY(setChecked(child<QCheckBox>(page, "fluctuatesCheck"), true));
    QVERIFY(fill(child<QLineEdit>(page, "periodEdit"), u"Since the fall in March"_s));
    QVERIFY(fill(child<TextField>(page, "fluctuatingNotesEdit"),
        u"Worse on cold, wet days; Jenny says about two days in seven."_s));

    auto *outcomes = child<QListWidget>(page, "outcomeList");
    const QStringList letters = {u"(a)"_s, u"(b)"_s, u"(c)"_s, u"(d)"_s, u"(e)"_s, u"(f)"_s,
        u"(g)"_s, u"(h)"_s, u"(i)"_s, u"(j)"_s};
    for (const QString &letter : letters) {
        QVERIFY(selectRow(outcomes, letter));
        if (letter == u"(a)") {
            QVERIFY(chooseRadio(child<QRadioButton>(page, "unableRadio")));
            QVERIFY(setChecked(child<QCheckBox>(page, "meaningEndangersCheck"), true));
            QVERIFY(fill(child<TextField>(page, "evidenceEdit"),
                u"Left the gas on twice this month; the fridge held only milk."_s));
        } else if (letter == u"(e)") {
            QVERIFY(chooseRadio(child<QRadioButton>(page, "unableRadio")));
            QVERIFY(setChecked(child<QCheckBox>(page, "meaningEndangersCheck"), true));
            QVERIFY(setChecked(child<QCheckBox>(page, "meaningLongerCheck"), true));
            QVERIFY(fill(child<TextField>(page, "evidenceEdit"),
                u"Fell on the stairs in March; takes ten minutes to climb them."_s));
            QVERIFY(fill(child<TextField>(page, "goodDayEdit"),
                u"Manages the stairs slowly with the rail."_s));
            QVERIFY(fill(child<TextField>(page, "badDayEdit"),
                u"Sleeps in the chair rather than climb them."_s));
            QVERIFY(setChecked(child<QCheckBox>(page, "badDayWithoutAssistanceCheck"), true));
        } else {
            QVERIFY(chooseRadio(child<QRadioButton>(page, "achievableRadio")));
        }
    }

    // A need made while an unable outcome is shown starts from that outcome.
    QVERIFY(selectRow(outcomes, u"(a)"_s));
    QVERIFY(activate(child<QPushButton>(page, "addNeedButton")));
    QCOMPARE(focused(), child<TextField>(page, "needDescriptionEdit"));
    type(u"A hot meal every day."_s);
    auto *areas = child<QListWidget>(page, "needAreasList");
    QVERIFY(selectRow(areas, u"Physical and mental health"_s));
    press(Qt::Key_Space);

    QVERIFY(selectRow(outcomes, u"(e)"_s));
    QVERIFY(activate(child<QPushButton>(page, "addNeedButton")));
    type(u"Getting up and down the stairs safely."_s);
    QVERIFY(selectRow(areas, u"Suitability of living accommodation"_s));
    press(Qt::Key_Space);
    QVERIFY(selectRow(areas, u"Participation in work"_s));
    press(Qt::Key_Space);
}

// Step 6. For each need, the lower responses first; the council only for what they leave.
void TestGuiFullAssessment::preventionFirst(QWidget *page)
{
    auto verdict = [page](const char *response) {
        return child<QComboBox>(page, (QByteArray("verdictCombo-") + response).constData());
    };
    auto notes = [page](const char *response) {
        return child<TextField>(page, (QByteArray("notesEdit-") + response).constData());
    };
    auto *needs = child<QListWidget>(page, "needList");

    QVERIFY(selectRow(needs, u"A hot meal"_s));
    QVERIFY(choose(verdict("information-advice"), u"Partly meets it"_s));
    QVERIFY(fill(notes("information-advice"), u"Leaflet on meals delivered locally."_s));
    QVERIFY(choose(verdict("universal-community"), u"Will meet the need"_s));
    QVERIFY(fill(notes("universal-community"),
        u"Lunch club at the sailing club on weekdays; he agreed to try it."_s));
    QVERIFY(choose(child<QComboBox>(page, "metByCombo"), u"Community or universal services"_s));
    QVERIFY(fill(child<TextField>(page, "howMetEdit"),
        u"Weekday lunch club; Jenny batch-cooks for the weekend."_s));

    QVERIFY(selectRow(needs, u"Getting up and down"_s));
    // The council cannot be chosen yet: the lower steps are not all recorded.
    auto *metBy = child<QComboBox>(page, "metByCombo");
    QVERIFY(!verdict("formal-support")->isEnabled());
    QVERIFY(choose(verdict("information-advice"), u"Not suitable"_s));
    QVERIFY(choose(verdict("universal-community"), u"Not suitable"_s));
    QVERIFY(choose(verdict("equipment-adaptations"), u"Partly meets it"_s));
    QVERIFY(fill(notes("equipment-adaptations"),
        u"Second stair rail and a stairlift assessment requested."_s));
    QVERIFY(choose(verdict("reablement"), u"Partly meets it"_s));
    QVERIFY(fill(notes("reablement"), u"Six weeks of stair practice with the OT."_s));
    QVERIFY(choose(verdict("own-network"), u"Not suitable"_s));
    QVERIFY(fill(notes("own-network"), u"Jenny cannot be there every evening."_s));
    QVERIFY(!verdict("formal-support")->isEnabled()); // one lower step still to record
    QVERIFY(choose(verdict("professional-assessment"), u"Partly meets it"_s));
    QVERIFY(fill(notes("professional-assessment"),
        u"OT home visit: stairs assessed, rail fitted the same week."_s));
    QVERIFY(verdict("formal-support")->isEnabled());
    QVERIFY(choose(verdict("formal-support"), u"Will meet the need"_s));
    QVERIFY(fill(notes("formal-support"),
        u"An evening call to see him safely upstairs until the stairlift is in."_s));
    QVERIFY(choose(metBy, u"The council: formal, funded support"_s));
    QVERIFY(fill(child<TextField>(page, "howMetEdit"),
        u"Evening call, 30 minutes, seven days a week, reviewed when the stairlift is fitted."_s));
}

// Step 7. His findings; Hearth's proposal; the decision with its rationale.
void TestGuiFullAssessment::eligibility(QWidget *page)
{
    QVERIFY(choose(child<QComboBox>(page, "impairmentCombo"), u"Yes"_s));
    QVERIFY(fill(child<QLineEdit>(page, "impairmentEdit"),
        u"Osteoarthritis of both knees; low mood since bereavement."_s));
    QVERIFY(choose(child<QComboBox>(page, "impactCombo"), u"Yes"_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "areaCheck-health"), true));
    QVERIFY(setChecked(child<QCheckBox>(page, "areaCheck-accommodation"), true));
    QVERIFY(fill(child<TextField>(page, "impactReasonEdit"),
        u"Not eating and at risk of falling: his health and his home are both at stake."_s));
    QVERIFY(chooseRadio(child<QRadioButton>(page, "eligibleRadio")));
    QVERIFY(fill(child<TextField>(page, "rationaleEdit"),
        u"Unable to achieve two outcomes, with a significant impact on his health and home; "
        u"eligible under reg 2."_s));
    QVERIFY(activate(child<QPushButton>(page, "recordButton")));
}

// Step 8. The stairs risk, and the boat: a positive risk he chooses to take.
void TestGuiFullAssessment::risks(QWidget *page)
{
    QVERIFY(activate(child<QPushButton>(page, "addRiskButton")));
    QVERIFY(fill(child<TextField>(page, "riskDescriptionEdit"), u"Falling on the stairs."_s));
    QVERIFY(fill(child<TextField>(page, "riskViewEdit"), u"\"I'll take them slowly.\""_s));
    QVERIFY(fill(child<TextField>(page, "riskManagementEdit"),
        u"Second rail, evening call, pendant alarm."_s));
    QVERIFY(activate(child<QPushButton>(page, "addRiskButton")));
    QVERIFY(fill(child<TextField>(page, "riskDescriptionEdit"), u"Taking the boat out alone."_s));
    QVERIFY(fill(
        child<TextField>(page, "riskViewEdit"), u"\"Sixty years on this river. It's my life.\""_s));
    QVERIFY(fill(child<TextField>(page, "riskManagementEdit"),
        u"Only on the rising tide, and he tells the club when he goes out."_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "positiveRiskCheck"), true));
}

// Step 9. Filled from the assessment, then written with him.
void TestGuiFullAssessment::plan(QWidget *page)
{
    QVERIFY(activate(child<QPushButton>(page, "fillButton")));
    QVERIFY(fill(child<TextField>(page, "contingencyEdit"),
        u"If Jenny cannot come, the club secretary shops for him; out of hours, 01392 000 000."_s));
    QVERIFY(fill(child<TextField>(page, "decisionsControlEdit"),
        u"Arthur chooses the time of the evening call and who comes."_s));
    QVERIFY(setChecked(child<QCheckBox>(page, "informalReviewCheck"), true));
    QVERIFY(activate(child<QPushButton>(page, "usualDatesButton")));
}

// Step 10. Nothing blocks; the real question is answered with the keyboard.
void TestGuiFullAssessment::finalise(QWidget *page)
{
    auto *button = child<QPushButton>(page, "finaliseButton");
    QTRY_VERIFY2(
        button->isEnabled(), qPrintable(child<QListWidget>(page, "checksList")->item(0)->text()));
    QString question;
    // The confirmation is modal: answer it from inside its own event loop.
    bool answered = false;
    QTimer::singleShot(0, this, [&question, &answered] {
        QWidget *box = nullptr;
        // The question has the keyboard once its window is active.
        QTRY_VERIFY((box = QApplication::activeModalWidget()) && box->isAncestorOf(focused()));
        question = box->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
        QPushButton *yes = nullptr;
        const QList<QPushButton *> buttons = box->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == u"Finalise")
                yes = b;
        }
        // Enter alone would answer "Not yet": Tab to Finalise, then Space.
        if (yes && tabTo(yes)) {
            QTest::keyClick(yes, Qt::Key_Space);
            answered = true;
        } else {
            QTest::keyClick(box, Qt::Key_Escape);
        }
    });
    QVERIFY(activate(button));
    QVERIFY(answered);
    // The offscreen platform has no window manager to hand activation back from the closed
    // question to the window: do what the window manager would.
    if (!QApplication::activeWindow())
        m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // The keyboard is not left on the disabled button: a new version is the next thing to do.
    QTRY_VERIFY2(
        focused() == child<QPushButton>(page, "newVersionButton"), qPrintable(describe(focused())));
    QVERIFY2(question.startsWith(u"Finalise the assessment of Arthur Penhaligon?"),
        qPrintable(question));
}

void TestGuiFullAssessment::completeAssessmentByKeyboard()
{
    const QUuid arthur = QUuid::fromString(u"5b0e6a1c-3f0d-4c55-9a51-2f3d7c9e8a10"_s);
    auto store = makeStore(m_dir);
    QVERIFY(store);
    QCOMPARE(importCase(*store, u"gui/referral-arthur-penhaligon.json"_s), arthur);
    addPerson(*store); // someone else on the caseload, so the search has to find him

    MainWindow window(*store);
    m_window = &window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QCOMPARE(focused(), child<QLineEdit>(&window, "searchEdit"));
    type(u"penhal"_s);
    QTRY_COMPARE(window.caseloadModel()->rowCount(), 1);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QVERIFY(window.isShowingAssessment());
    QCOMPARE(window.assessmentView()->session().person().id, arthur);

    const QList<AssessmentStep> steps = AssessmentFlow::allSteps();
    using Fill = void (TestGuiFullAssessment::*)(QWidget *);
    const QList<Fill> fills
        = {&TestGuiFullAssessment::aboutThePerson, &TestGuiFullAssessment::whatMatters,
            &TestGuiFullAssessment::strengthsAndNetwork, &TestGuiFullAssessment::wellbeing,
            &TestGuiFullAssessment::needsAndOutcomes, &TestGuiFullAssessment::preventionFirst,
            &TestGuiFullAssessment::eligibility, &TestGuiFullAssessment::risks,
            &TestGuiFullAssessment::plan, &TestGuiFullAssessment::finalise};
    QCOMPARE(fills.size(), steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        QWidget *page = goTo(i + 1, steps.at(i));
        QVERIFY2(page, qPrintable(AssessmentFlow::code(steps.at(i))));
        (this->*fills.at(i))(page);
        if (QTest::currentTestFailed())
            QFAIL(
                qPrintable(u"at step %1, %2"_s.arg(i + 1).arg(AssessmentFlow::code(steps.at(i)))));
    }
    QVERIFY(window.assessmentView()->session().isReadOnly());

    // Back to the caseload: his status and next review show there.
    press(Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!window.isShowingAssessment());
    CaseloadModel *caseload = window.caseloadModel();
    QTRY_COMPARE(caseload->rowCount(), 1); // the search still shows only him
    QCOMPARE(caseload->personId(0), arthur);
    QCOMPARE(caseload->index(0, CaseloadModel::StatusColumn).data().toString(), u"Finalised"_s);
    // The first review is the informal one, about 72 hours on (DESIGN 2.6).
    QCOMPARE(caseload->index(0, CaseloadModel::NextReviewColumn).data().toString(),
        QDate::currentDate().addDays(3).toString(u"dd/MM/yyyy"_s));

    // What the store holds, as the office would receive it.
    auto loaded = CaseRepository(*store).load(arthur);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const QDate today = QDate::currentDate();
    const QSet<QString> keep = {arthur.toString(QUuid::WithoutBraces)};
    Normaliser normalise(today, keep);
    const QJsonValue actual
        = normalise(QJsonDocument::fromJson(CaseFile::write(loaded.value())).object());
    const QString expectedPath
        = QStringLiteral(HEARTH_TEST_DATA "/gui/expected-arthur-penhaligon.json");
    const QJsonValue expected = QJsonDocument::fromJson(readFile(expectedPath)).object();
    if (actual != expected) {
        const QString actualPath = QDir::current().filePath(u"actual-arthur-penhaligon.json"_s);
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(actual.toObject()).toJson());
        QFAIL(qPrintable(u"the stored case differs from %1; what was stored is in %2"_s.arg(
            expectedPath, actualPath)));
    }
}

QTEST_MAIN(TestGuiFullAssessment)
#include "tst_gui_fullassessment.moc"
