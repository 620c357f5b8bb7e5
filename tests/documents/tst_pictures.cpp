// The ecomap and the wellbeing wheel, painted into images as the screen and the plan PDF paint
// them: with no one, one, twelve and thirty people around the person, every state of the nine
// areas, and awkward input (empty and very long names, a tiny area).

#include "documents/ecomap.h"
#include "documents/wellbeingwheel.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace hearth;

namespace {

constexpr int kWidth = 760;
constexpr int kHeight = 520;

Person margaret()
{
    Person p;
    p.givenNames = QStringLiteral("Margaret");
    p.familyName = QStringLiteral("Okafor");
    return p;
}

NetworkMember member(const QString &name, NetworkKind kind = NetworkKind::Family,
    Answer sustainable = Answer::Yes, int strength = 2)
{
    NetworkMember m;
    m.id = QUuid::createUuid();
    m.name = name;
    m.kind = kind;
    m.sustainable = sustainable;
    m.connectionStrength = strength;
    return m;
}

QList<NetworkMember> members(int count)
{
    QList<NetworkMember> list;
    for (int i = 0; i < count; ++i) {
        const auto kind = NetworkKind(i % 8);
        const auto sustainable = Answer(i % 3);
        QString name = QStringLiteral("Member %1").arg(i + 1);
        if (i % 5 == 4)
            name = QStringLiteral("Bartholomew Featherstonehaugh-Cholmondeley of the Lower Valley "
                                  "Community Allotment Association %1")
                       .arg(i + 1);
        if (i % 7 == 6)
            name.clear(); // not named yet
        list << member(name, kind, sustainable, 1 + i % 3);
    }
    return list;
}

// Set HEARTH_PICTURES_OUT to a folder to look at what the tests painted.
void keep(const QImage &image, const QString &what)
{
    const QString folder = qEnvironmentVariable("HEARTH_PICTURES_OUT");
    if (!folder.isEmpty())
        image.save(QStringLiteral("%1/%2.png").arg(folder, what));
}

QImage ecomap(const QList<NetworkMember> &network, QSize size = QSize(kWidth, kHeight))
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::magenta); // anything the picture does not paint shows up
    {
        QPainter painter(&image);
        Ecomap::paint(painter, QRectF(QPointF(0, 0), size), margaret(), network);
    }
    keep(image,
        QStringLiteral("ecomap-%1-%2x%3").arg(network.size()).arg(size.width()).arg(size.height()));
    return image;
}

QImage wheel(const Assessment &assessment, QSize size = QSize(kWidth, kHeight))
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    {
        QPainter painter(&image);
        WellbeingWheel::paint(painter, QRectF(QPointF(0, 0), size), assessment);
    }
    int recorded = 0;
    for (const WellbeingAreaRecord &r : assessment.wellbeing)
        recorded += WellbeingWheel::state(r) != WellbeingWheel::AreaState::NotYet;
    keep(
        image, QStringLiteral("wheel-%1-%2x%3").arg(recorded).arg(size.width()).arg(size.height()));
    return image;
}

// Dark pixels (ink) inside `rect`.
int ink(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 110)
                ++count;
        }
    }
    return count;
}

int ink(const QImage &image)
{
    return ink(image, image.rect());
}

bool anyMagenta(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == QColor(Qt::magenta).rgb())
                return true;
        }
    }
    return false;
}

WellbeingAreaRecord area(WellbeingArea which)
{
    WellbeingAreaRecord r;
    r.area = which;
    return r;
}

} // namespace

class TestPictures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecomapWithNoOne()
    {
        const QImage image = ecomap({});
        QVERIFY(!anyMagenta(image)); // the whole area is painted
        // The person sits in the centre: ink there, and the words saying no one is recorded.
        const QPoint c(kWidth / 2, kHeight / 2);
        QVERIFY(ink(image, QRect(c.x() - 60, c.y() - 140, 120, 140)) > 20);
        QVERIFY(Ecomap::describe(margaret(), {}).contains(u"No one"));
    }

    void ecomapWithOneMember()
    {
        const QImage none = ecomap({});
        const QImage one = ecomap({member(QStringLiteral("Aisha"))});
        // The one member sits at twelve o'clock: its line and node add ink above the person.
        const QRect above(kWidth / 2 - 20, 10, 40, kHeight / 2 - 80);
        QVERIFY2(ink(one, above) > ink(none, above) + 50,
            qPrintable(QStringLiteral("%1 vs %2").arg(ink(one, above)).arg(ink(none, above))));
        // Its name is written to the right of its node, in the top half.
        const QRect nameArea(kWidth / 2 + 10, 0, kWidth / 2 - 10, kHeight / 3);
        QVERIFY(ink(one, nameArea) > ink(none, nameArea) + 30);
    }

    void ecomapShowsSustainability()
    {
        const QImage yes
            = ecomap({member(QStringLiteral("Aisha"), NetworkKind::Family, Answer::Yes)});
        const QImage unknown
            = ecomap({member(QStringLiteral("Aisha"), NetworkKind::Family, Answer::Unknown)});
        const QImage no
            = ecomap({member(QStringLiteral("Aisha"), NetworkKind::Family, Answer::No)});
        QVERIFY(yes != unknown);
        QVERIFY(yes != no);
        QVERIFY(unknown != no);
        // Along the line itself: dashes leave gaps, so a solid line has more ink.
        const QRect line(kWidth / 2 - 8, 60, 16, 80);
        QVERIFY2(ink(yes, line) > ink(unknown, line),
            qPrintable(QStringLiteral("%1 vs %2").arg(ink(yes, line)).arg(ink(unknown, line))));
    }

    void ecomapShowsStrength()
    {
        const QImage weak
            = ecomap({member(QStringLiteral("Aisha"), NetworkKind::Friend, Answer::Yes, 1)});
        const QImage strong
            = ecomap({member(QStringLiteral("Aisha"), NetworkKind::Friend, Answer::Yes, 3)});
        const QRect line(kWidth / 2 - 10, 60, 20, 80);
        QVERIFY(ink(strong, line) > ink(weak, line) * 2);
    }

    void ecomapWithManyMembers_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("12") << 12;
        QTest::newRow("30") << 30;
    }

    void ecomapWithManyMembers()
    {
        QFETCH(int, count);
        const QList<NetworkMember> network = members(count);
        const QImage none = ecomap({});
        const QImage image = ecomap(network);
        QVERIFY(!anyMagenta(image));
        // Members all round the person: every quadrant of the map gains ink.
        const int half = kWidth / 2;
        const int mapHalf = kHeight / 3;
        const QList<QRect> quadrants = {QRect(0, 0, half, mapHalf), QRect(half, 0, half, mapHalf),
            QRect(0, mapHalf, half, mapHalf), QRect(half, mapHalf, half, mapHalf)};
        for (const QRect &q : quadrants)
            QVERIFY(ink(image, q) > ink(none, q) + 100);
        // The words say who is there, the unnamed too.
        const QString words = Ecomap::describe(margaret(), network);
        QVERIFY(words.contains(QStringLiteral("%1 people or groups").arg(count)));
        QVERIFY(words.contains(u"Member 1 "));
        QVERIFY(words.contains(u"not named yet"));
        QVERIFY(words.contains(u"not sustainable"));
    }

    void ecomapSurvivesOddSizes()
    {
        // No crash and no hang on areas too small to hold anything, or very narrow.
        QVERIFY(!ecomap(members(30), QSize(12, 12)).isNull());
        QVERIFY(!ecomap(members(30), QSize(120, 900)).isNull());
        QVERIFY(!ecomap({member(QString())}, QSize(900, 120)).isNull());
        QImage image(1, 1, QImage::Format_ARGB32);
        QPainter painter(&image);
        Ecomap::paint(painter, QRectF(), margaret(), members(3));
    }

    void wheelStates()
    {
        WellbeingAreaRecord r = area(WellbeingArea::PersonalDignity);
        QCOMPARE(WellbeingWheel::state(r), WellbeingWheel::AreaState::NotYet);
        r.explored = true; // explored but nothing written is not answered
        QCOMPARE(WellbeingWheel::state(r), WellbeingWheel::AreaState::NotYet);
        r.whatWorks = QStringLiteral("Her daughter helps her dress.");
        QCOMPARE(WellbeingWheel::state(r), WellbeingWheel::AreaState::Explored);
        r.concerns = QStringLiteral("Feels rushed by carers.");
        QCOMPARE(WellbeingWheel::state(r), WellbeingWheel::AreaState::Concerns);
        r.explored = false;
        QCOMPARE(WellbeingWheel::state(r), WellbeingWheel::AreaState::NotYet);
        r.skippedReason = QStringLiteral("She did not want to talk about it today.");
        QCOMPARE(WellbeingWheel::state(r), WellbeingWheel::AreaState::Skipped);
    }

    void wheelShowsEveryArea()
    {
        const Assessment blank = Assessment::blank(AssessmentKind::AdultNeeds);
        const QImage before = wheel(blank);
        QVERIFY(!anyMagenta(before));
        QVERIFY(ink(before) > 500); // outlines, marks and labels even with nothing recorded

        Assessment a = blank;
        QCOMPARE(a.wellbeing.size(), 9);
        for (int i = 0; i < a.wellbeing.size(); ++i) {
            WellbeingAreaRecord &r = a.wellbeing[i];
            switch (i % 4) {
            case 0:
                break; // not yet
            case 1:
                r.skippedReason = QStringLiteral("Not relevant to her now.");
                break;
            case 2:
                r.explored = true;
                r.personsView = QStringLiteral("Fine as it is.");
                r.importance = 1;
                break;
            case 3:
                r.explored = true;
                r.concerns = QStringLiteral("Lonely since the club closed.");
                r.importance = 3;
                break;
            }
        }
        const QImage after = wheel(a);
        QVERIFY(after != before);
        // Hatching and dots add ink.
        QVERIFY(ink(after) > ink(before));
        const QString words = WellbeingWheel::describe(a);
        QVERIFY(words.contains(u"skipped"));
        QVERIFY(words.contains(u"concerns"));
        QVERIFY(words.contains(u"matters a lot"));
        QVERIFY(words.contains(u"not yet"));

        // One area changing state changes the picture.
        Assessment changed = a;
        changed.wellbeing[0].explored = true;
        changed.wellbeing[0].concerns = QStringLiteral("Feels talked over.");
        QVERIFY(wheel(changed) != after);
    }

    void wheelSurvivesOddInput()
    {
        Assessment empty; // no records at all: every area painted as not yet
        const QImage image = wheel(empty);
        QVERIFY(ink(image) > 500);
        QVERIFY(!wheel(empty, QSize(10, 10)).isNull());
        QVERIFY(!wheel(empty, QSize(100, 900)).isNull());
    }
};

QTEST_MAIN(TestPictures)
#include "tst_pictures.moc"
