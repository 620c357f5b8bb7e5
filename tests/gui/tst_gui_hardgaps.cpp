// Finalising is blocked for each hard gap (DESIGN 2.7), through the real window: the check is
// listed as blocking, the Finalise button is refused, CaseSession::finalise says why, and the
// store still holds a draft. Each gap is tried alone on an otherwise complete assessment, so a
// gap that did not block would let the assessment through.

#include "guitest.h"

#include "core/casefile.h"
#include "core/eligibility.h"
#include "core/qualitychecks.h"
#include "gui/assessmentview.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"

#include <QFile>
#include <QPushButton>

#include <functional>

using namespace hearth;
using namespace hearth::guitest;
using namespace Qt::Literals::StringLiterals;

namespace {

using Gap = std::function<void(Assessment &)>;

const QDate kToday(2026, 11, 23);

// A new version of the finalised sample, decided again, so nothing blocks.
bool reopenAndDecide(CaseSession &session)
{
    if (!session.startNewVersion(kToday))
        return false;
    return session.editAssessment([](Assessment &a) {
        const Status decided = Eligibility::decide(a, true,
            u"Unable to achieve five outcomes after her stroke, with a significant impact on "
            "her wellbeing."_s,
            u"Sam Okafor"_s, QDateTime(kToday, QTime(15, 0), Qt::UTC));
        if (!decided)
            qWarning("decide refused: %s", qPrintable(decided.error()));
    });
}

QStringList blockingCodes(const AssessmentRecord &record)
{
    QStringList codes;
    for (const QualityCheck &check : QualityChecks::run(record)) {
        if (check.severity == CheckSeverity::Blocking)
            codes << check.code;
    }
    return codes;
}

} // namespace

class TestGuiHardGaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Startup::setUpApplication(); }

    void finalisingIsBlocked_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Gap>("gap");
        // Care Act s9 and DESIGN 2.3: the practitioner decides.
        QTest::newRow("no decision")
            << u"decision-missing"_s << Gap([](Assessment &a) { a.decision = {}; });
        QTest::newRow("no rationale")
            << u"rationale-missing"_s << Gap([](Assessment &a) { a.decision.rationale.clear(); });
        // Care Act s42: a concern is followed through before the plan is final.
        QTest::newRow("safeguarding") << u"safeguarding-unhandled"_s << Gap([](Assessment &a) {
            a.safeguarding.concern = true;
            a.safeguarding.handled = false;
            a.safeguarding.details = u"Bruising she could not explain."_s;
        });
        // Care Act s2: prevention first; formal support only once the lower steps are weighed.
        QTest::newRow("formal support too soon")
            << u"formal-support-too-soon"_s << Gap([](Assessment &a) {
                   Need need;
                   need.id = QUuid::createUuid();
                   need.description = u"Help with meals"_s;
                   need.outcomes = {SpecifiedOutcome::Nutrition};
                   need.responses = {{GraduatedResponse::FormalSupport, ResponseVerdict::WillMeet,
                       u"Meals at home"_s}};
                   need.metBy = NeedMetBy::Council;
                   a.needs.append(need);
               });
        // Care Act s67: substantial difficulty and no appropriate person: an advocate.
        QTest::newRow("no advocate") << u"advocate-not-arranged"_s << Gap([](Assessment &a) {
            a.advocacy.difficultyRetaining = true;
            a.advocacy.appropriatePersonAvailable = Answer::No;
            a.advocacy.referralMade = false;
        });
    }

    void finalisingIsBlocked()
    {
        QFETCH(QString, code);
        QFETCH(Gap, gap);

        QTemporaryDir dir;
        auto store = makeStore(dir);
        QVERIFY(store);
        const QUuid id = importCase(*store, u"cases/adult-eligible-sian-pritchard.json"_s);
        QVERIFY(!id.isNull());

        MainWindow window(*store);
        window.show();
        window.showPerson(id);
        QVERIFY(window.isShowingAssessment());
        AssessmentView *view = window.assessmentView();
        CaseSession &session = view->session();
        QVERIFY(reopenAndDecide(session));
        // The control: with nothing missing, finalising would be allowed.
        QCOMPARE(blockingCodes(session.record()), QStringList());
        view->goToStep(AssessmentStep::CheckAndFinalise);
        auto *finalise = child<QPushButton>(view, "finaliseButton");
        QVERIFY(finalise);
        QVERIFY(finalise->isEnabled());

        QVERIFY(session.editAssessment(gap));
        QCOMPARE(blockingCodes(session.record()), QStringList {code});
        QVERIFY2(!finalise->isEnabled(), qPrintable(code));

        const Status refused = session.finalise(kToday);
        QVERIFY(!refused.ok());
        QVERIFY(!session.isReadOnly());
        QVERIFY(session.saveNow());
        const Result<Case> stored = CaseRepository(*store).load(id);
        QVERIFY(stored.ok());
        bool draftStored = false;
        for (const CaseAssessment &ca : stored->assessments) {
            if (ca.assessment.id == session.assessment().id)
                draftStored = ca.assessment.status == AssessmentStatus::Draft;
        }
        QVERIFY(draftStored);
    }
};

QTEST_MAIN(TestGuiHardGaps)
#include "tst_gui_hardgaps.moc"
