#include "easyreadpdf.h"

#include "core/eligibility.h"
#include "core/plainlanguage.h"
#include "pdfpages.h"
#include "planpdf.h"
#include "printtext.h"

#include <QFile>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

// Outside the namespace, as Q_INIT_RESOURCE requires: the pictures are linked into the static
// hearth_documents as an object library; this keeps them reachable from any program.
static void initDocumentResources()
{
    Q_INIT_RESOURCE(hearth_documents_resources);
}

namespace hearth {

namespace {

// The pictures, by what they stand for (resources/easyread/openmoji/README.md).
namespace picture {
const char *const kPlan = "1F4DD";
const char *const kYou = "1F464";
const char *const kMatters = "2764";
const char *const kGoodAt = "1F4AA";
const char *const kLikes = "2B50";
const char *const kHelper = "1F91D";
const char *const kCarer = "1F9D1-200D-1F91D-200D-1F9D1";
const char *const kHard = "1F61F";
const char *const kNext = "27A1";
const char *const kAgreed = "2705";
const char *const kMoney = "1F4B7";
const char *const kSafe = "1F6E1";
const char *const kRisk = "26A0";
const char *const kCall = "260E";
const char *const kCalendar = "1F4C5";
const char *const kWorker = "1F465";
const char *const kSign = "270D";
const char *const kWords = "1F4AC";
const char *const kAdvice = "1F4A1";
const char *const kFood = "1F372";
const char *const kWash = "1F6C1";
const char *const kToilet = "1F6BD";
const char *const kClothes = "1F455";
const char *const kHome = "1F3E0";
const char *const kClean = "1F9F9";
const char *const kFamily = "1F46A";
const char *const kLearning = "1F4DA";
const char *const kOut = "1F68C";
const char *const kChild = "1F9D2";
const char *const kHealth = "1FA7A";
} // namespace picture

// The practitioner's text as it goes to the person: ended as a sentence, and a sentence over
// 15 words split in two where the plain-language checker finds a natural break (DESIGN 2.8).
// Only splits are made; words are never changed here. The practitioner saw each problem,
// with the same split, before printing.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !QStringLiteral(".!?").contains(text.back()))
        text += u'.';
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        const QList<PlainLanguageProblem> problems = PlainLanguage::check(text);
        for (auto it = problems.crbegin(); it != problems.crend(); ++it) {
            if (it->kind != PlainLanguageProblem::Kind::LongSentence || it->suggestion.isEmpty())
                continue;
            text.replace(it->start, it->length, it->suggestion);
            changed = true;
        }
        if (!changed)
            break;
    }
    return text;
}

// A long date, as people say it: "Monday 21 April 2025".
QString spokenDate(const QDate &date)
{
    return language::locale(language::current()).toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

// What each specified outcome is, in everyday words and to "you" (reg 2(2) made easy).
QString plainOutcome(SpecifiedOutcome outcome)
{
    switch (outcome) {
    case SpecifiedOutcome::Nutrition:
        return EasyReadPdf::tr("make meals and eat well");
    case SpecifiedOutcome::PersonalHygiene:
        return EasyReadPdf::tr("wash and keep clean");
    case SpecifiedOutcome::ToiletNeeds:
        return EasyReadPdf::tr("use the toilet");
    case SpecifiedOutcome::AppropriatelyClothed:
        return EasyReadPdf::tr("get dressed");
    case SpecifiedOutcome::UseOfHomeSafely:
        return EasyReadPdf::tr("move around your home safely");
    case SpecifiedOutcome::HabitableHomeEnvironment:
        return EasyReadPdf::tr("keep your home clean and warm");
    case SpecifiedOutcome::Relationships:
        return EasyReadPdf::tr("see your family and friends");
    case SpecifiedOutcome::WorkTrainingEducationVolunteering:
        return EasyReadPdf::tr("work, learn or volunteer");
    case SpecifiedOutcome::CommunityFacilitiesAndServices:
        return EasyReadPdf::tr("go out to shops, buses and places near you");
    case SpecifiedOutcome::CaringForAChild:
        return EasyReadPdf::tr("look after a child");
    }
    return {};
}

const char *outcomePicture(SpecifiedOutcome outcome)
{
    switch (outcome) {
    case SpecifiedOutcome::Nutrition:
        return picture::kFood;
    case SpecifiedOutcome::PersonalHygiene:
        return picture::kWash;
    case SpecifiedOutcome::ToiletNeeds:
        return picture::kToilet;
    case SpecifiedOutcome::AppropriatelyClothed:
        return picture::kClothes;
    case SpecifiedOutcome::UseOfHomeSafely:
        return picture::kHome;
    case SpecifiedOutcome::HabitableHomeEnvironment:
        return picture::kClean;
    case SpecifiedOutcome::Relationships:
        return picture::kFamily;
    case SpecifiedOutcome::WorkTrainingEducationVolunteering:
        return picture::kLearning;
    case SpecifiedOutcome::CommunityFacilitiesAndServices:
        return picture::kOut;
    case SpecifiedOutcome::CaringForAChild:
        return picture::kChild;
    }
    return picture::kNext;
}

QString plainCarerOutcome(CarerOutcome outcome)
{
    switch (outcome) {
    case CarerOutcome::CaringForAChild:
        return EasyReadPdf::tr("look after a child");
    case CarerOutcome::CaringForOthers:
        return EasyReadPdf::tr("care for other people");
    case CarerOutcome::HabitableHome:
        return EasyReadPdf::tr("keep your home clean and warm");
    case CarerOutcome::Nutrition:
        return EasyReadPdf::tr("make meals and eat well");
    case CarerOutcome::Relationships:
        return EasyReadPdf::tr("see your family and friends");
    case CarerOutcome::WorkTrainingEducationVolunteering:
        return EasyReadPdf::tr("work, learn or volunteer");
    case CarerOutcome::CommunityFacilities:
        return EasyReadPdf::tr("go out to shops, buses and places near you");
    case CarerOutcome::RecreationalActivities:
        return EasyReadPdf::tr("have time for things you enjoy");
    }
    return {};
}

QString needTitle(const Need &need)
{
    return need.description.trimmed().section(u'\n', 0, 0).trimmed();
}

// One parsed picture for each code, for the life of the program: parsing the SVG is much of
// the cost of a picture, and a practitioner prints again and again. Printouts may be made on
// a worker thread, hence the lock.
std::shared_ptr<QSvgRenderer> pictureRenderer(const QString &code)
{
    static QMutex lock;
    static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    const QMutexLocker locked(&lock);
    auto &renderer = renderers[code];
    if (!renderer)
        renderer = std::make_shared<QSvgRenderer>(
            QStringLiteral(":/hearth/easyread/openmoji/%1.svg").arg(code));
    return renderer;
}

// The easy read as a list of headings and ideas, each idea a picture on the left and its
// words on the right. It is laid out and painted directly (EasyReadLayout below): rows are
// kept whole and headings kept with their first row, at a fraction of the cost of a table
// per row in a QTextDocument.
struct Item
{
    enum class Kind { Title, Heading, Idea, Signature, Credit };
    Kind kind = Kind::Idea;
    QString text; // a title or heading
    QString picture; // an OpenMoji code
    QStringList sentences; // plain words, each a paragraph
    QString quote; // the person's own words, shown in quotation marks
};

class Rows
{
public:
    void title(const QString &text) { m_items.append({Item::Kind::Title, text, {}, {}, {}}); }
    void heading(const QString &text) { m_items.append({Item::Kind::Heading, text, {}, {}, {}}); }
    // One idea: its picture and one to three short sentences (already plain words).
    void idea(const char *pictureCode, const QStringList &sentences, const QString &quote = {})
    {
        QStringList kept;
        for (const QString &s : sentences) {
            if (!printtext::isBlank(s))
                kept.append(s.trimmed());
        }
        m_items.append({Item::Kind::Idea, {}, QString::fromLatin1(pictureCode), kept,
            printtext::isBlank(quote) ? QString() : quote.trimmed()});
    }
    void signature(const QStringList &lines)
    {
        m_items.append({Item::Kind::Signature, {}, {}, lines, {}});
    }
    void credit(const QString &text) { m_items.append({Item::Kind::Credit, text, {}, {}, {}}); }
    const QList<Item> &items() const { return m_items; }

private:
    QList<Item> m_items;
};

// Lays the items out on A4 pages and paints them (DESIGN 2.8: 16 pt body, a picture beside
// every idea, plenty of white space).
class EasyReadLayout
{
public:
    explicit EasyReadLayout(const QList<Item> &items)
        : m_items(items)
    {
    }

    int layOut(QPaintDevice &device, const QSizeF &body)
    {
        const qreal pt = device.logicalDpiY() / 72.0; // layout pixels a point
        m_pictureSide = 25 * device.logicalDpiX() / 25.4;
        m_gutter = 6 * device.logicalDpiX() / 25.4;
        m_rowGap = 14 * pt; // plenty of white space between ideas
        m_paragraphGap = 6 * pt;
        m_bodyFont = font(EasyReadPdf::kBodyPointSize, false, false);
        m_quoteFont = font(EasyReadPdf::kBodyPointSize, false, true);
        m_headingFont = font(EasyReadPdf::kHeadingPointSize, true, false);
        m_titleFont = font(28, true, false);

        m_blocks.clear();
        int page = 0;
        qreal y = 0;
        const qreal textWidth = body.width() - m_pictureSide - m_gutter;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            const Item &item = m_items.at(i);
            Block block;
            block.item = i;
            qreal height = 0;
            switch (item.kind) {
            case Item::Kind::Title:
            case Item::Kind::Heading: {
                const QFont &f = item.kind == Item::Kind::Title ? m_titleFont : m_headingFont;
                block.top = item.kind == Item::Kind::Heading && y > 0 ? 14 * pt : 0;
                block.lines.append(layoutText(item.text, f, body.width(), device));
                height = block.top + block.lines.constLast()->boundingRect().height() + 4 * pt;
                break;
            }
            case Item::Kind::Idea:
            case Item::Kind::Signature:
            case Item::Kind::Credit: {
                const qreal width = item.kind == Item::Kind::Idea ? textWidth : body.width();
                QStringList paragraphs = item.sentences;
                if (item.kind == Item::Kind::Credit)
                    paragraphs = {item.text};
                qreal textHeight = 0;
                for (const QString &p : std::as_const(paragraphs)) {
                    block.lines.append(layoutText(p, m_bodyFont, width, device));
                    textHeight += block.lines.constLast()->boundingRect().height() + m_paragraphGap;
                }
                if (!item.quote.isEmpty()) {
                    block.lines.append(
                        layoutText(printtext::quoted(item.quote), m_quoteFont, width, device));
                    textHeight += block.lines.constLast()->boundingRect().height() + m_paragraphGap;
                }
                block.textHeight = textHeight - m_paragraphGap;
                block.top = item.kind == Item::Kind::Idea ? 0 : 12 * pt;
                height = block.top
                    + (item.kind == Item::Kind::Idea ? qMax(m_pictureSide, block.textHeight)
                                                     : block.textHeight)
                    + m_rowGap;
                break;
            }
            }
            // A heading stays with the row after it, and the last idea (agreeing the plan)
            // with the lines to sign; nothing is split across pages.
            qreal needed = height;
            const bool nextIsSignature
                = i + 1 < m_items.size() && m_items.at(i + 1).kind == Item::Kind::Signature;
            if (item.kind == Item::Kind::Heading && i + 1 < m_items.size())
                needed += m_pictureSide + m_rowGap;
            if (nextIsSignature)
                needed += 12 * pt + 2 * (m_bodyFont.pointSizeF() * 1.3 * pt + m_paragraphGap);
            if (y > 0 && y + needed > body.height()) {
                ++page;
                y = 0;
                if (item.kind == Item::Kind::Heading) { // no space above at the top of a page
                    height -= block.top;
                    block.top = 0;
                }
            }
            block.page = page;
            block.y = y;
            block.height = height;
            m_blocks.append(std::move(block));
            y += height;
        }
        return page + 1;
    }

    void paint(QPainter &painter, int page) const
    {
        for (const Block &block : m_blocks) {
            if (block.page != page)
                continue;
            const Item &item = m_items.at(block.item);
            const qreal top = block.y + block.top;
            switch (item.kind) {
            case Item::Kind::Title:
                painter.setPen(Qt::black);
                block.lines.constFirst()->draw(&painter, QPointF(0, top));
                break;
            case Item::Kind::Heading:
                painter.setPen(QColor(0x1a, 0x3d, 0x5c));
                block.lines.constFirst()->draw(&painter, QPointF(0, top));
                break;
            case Item::Kind::Idea: {
                const qreal rowHeight = qMax(m_pictureSide, block.textHeight);
                const QRectF picture(
                    0, top + (rowHeight - m_pictureSide) / 2, m_pictureSide, m_pictureSide);
                pictureRenderer(item.picture)->render(&painter, picture);
                painter.setPen(Qt::black);
                qreal y = top + (rowHeight - block.textHeight) / 2;
                for (const auto &layout : block.lines) {
                    layout->draw(&painter, QPointF(m_pictureSide + m_gutter, y));
                    y += layout->boundingRect().height() + m_paragraphGap;
                }
                break;
            }
            case Item::Kind::Signature:
            case Item::Kind::Credit: {
                painter.setPen(Qt::black);
                qreal y = top;
                for (const auto &layout : block.lines) {
                    layout->draw(&painter, QPointF(0, y));
                    y += layout->boundingRect().height() + m_paragraphGap;
                }
                break;
            }
            }
        }
    }

private:
    struct Block
    {
        qsizetype item = 0;
        int page = 0;
        qreal y = 0; // from the top of the body on its page
        qreal top = 0; // space above, within the block
        qreal height = 0;
        qreal textHeight = 0;
        QList<std::shared_ptr<QTextLayout>> lines; // one layout a paragraph
    };

    static QFont font(qreal points, bool bold, bool italic)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    static std::shared_ptr<QTextLayout> layoutText(
        const QString &text, const QFont &font, qreal width, QPaintDevice &device)
    {
        auto layout = std::make_shared<QTextLayout>(text, font, &device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        return layout;
    }

    const QList<Item> &m_items;
    QList<Block> m_blocks;
    qreal m_pictureSide = 0;
    qreal m_gutter = 0;
    qreal m_rowGap = 0;
    qreal m_paragraphGap = 0;
    QFont m_bodyFont;
    QFont m_quoteFont;
    QFont m_headingFont;
    QFont m_titleFont;
};

void aboutYou(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    rows.heading(EasyReadPdf::tr("About you"));
    rows.idea(picture::kYou, {EasyReadPdf::tr("Your name is %1.").arg(record.person.fullName())});
    for (const QString &identity : a.whatMatters.identities)
        rows.idea(picture::kYou, {EasyReadPdf::tr("You are %1.").arg(identity.trimmed())});

    // The caring role of a carer's assessment (Care Act 2014 s10).
    if (a.forCarer() && a.carer) {
        const CarerDetails &carer = *a.carer;
        QStringList caring;
        if (!printtext::isBlank(carer.caredForName))
            caring.append(EasyReadPdf::tr("You care for %1.").arg(carer.caredForName.trimmed()));
        if (carer.hoursPerWeek > 0)
            caring.append(carer.hoursPerWeek == 1
                    ? EasyReadPdf::tr("You care for about 1 hour a week.")
                    : EasyReadPdf::tr("You care for about %1 hours a week.")
                          .arg(carer.hoursPerWeek));
        if (!caring.isEmpty())
            rows.idea(picture::kCarer, caring);
        if (!printtext::isBlank(carer.caringRole))
            rows.idea(picture::kCarer,
                {EasyReadPdf::tr("The caring you do:"), sentence(carer.caringRole)});
    }

    rows.heading(EasyReadPdf::tr("What matters to you"));
    if (!printtext::isBlank(a.whatMatters.inTheirWords))
        rows.idea(picture::kWords, {EasyReadPdf::tr("You told us:")},
            printtext::unquoted(a.whatMatters.inTheirWords));
    else
        rows.idea(picture::kMatters, {EasyReadPdf::tr("We still need to ask you this.")});

    rows.heading(EasyReadPdf::tr("What you are good at"));
    if (a.strengths.isEmpty())
        rows.idea(picture::kGoodAt, {EasyReadPdf::tr("We still need to talk about this.")});
    for (const Strength &s : a.strengths)
        rows.idea(picture::kGoodAt, {sentence(s.description)});
    if (!printtext::isBlank(a.interests))
        rows.idea(picture::kLikes, {EasyReadPdf::tr("You like:"), sentence(a.interests)});
}

void whoHelps(Rows &rows, const AssessmentRecord &record)
{
    rows.heading(EasyReadPdf::tr("Who helps you"));
    if (record.network.isEmpty())
        rows.idea(picture::kHelper, {EasyReadPdf::tr("We still need to talk about this.")});
    for (const NetworkMember &m : record.network) {
        QStringList words = {EasyReadPdf::tr("%1 helps you.").arg(m.name.trimmed())};
        if (!printtext::isBlank(m.helpsWith))
            words.append(sentence(m.helpsWith));
        rows.idea(m.providesCare ? picture::kCarer : picture::kHelper, words);
    }
}

void whatIsHard(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    rows.heading(EasyReadPdf::tr("What is hard for you"));
    bool any = false;
    if (a.forCarer() && a.carer) {
        for (const CarerOutcomeRecord &o : a.carer->outcomes) {
            if (o.status != OutcomeStatus::Unable)
                continue;
            rows.idea(picture::kHard,
                {EasyReadPdf::tr("Caring makes it hard to %1.").arg(plainCarerOutcome(o.outcome))});
            any = true;
        }
    } else {
        for (const OutcomeRecord &o : a.outcomes) {
            if (o.status != OutcomeStatus::Unable)
                continue;
            rows.idea(outcomePicture(o.outcome),
                {EasyReadPdf::tr("It is hard for you to %1.").arg(plainOutcome(o.outcome))});
            any = true;
        }
    }
    if (!any)
        rows.idea(picture::kHard, {EasyReadPdf::tr("We did not find anything too hard for you.")});
}

QString metByWords(NeedMetBy metBy)
{
    switch (metBy) {
    case NeedMetBy::PersonsOwnStrengths:
        return EasyReadPdf::tr("You will do this yourself.");
    case NeedMetBy::Network:
        return EasyReadPdf::tr("Your family or friends will help.");
    case NeedMetBy::Community:
        return EasyReadPdf::tr("A group or service near you will help.");
    case NeedMetBy::Council:
        return EasyReadPdf::tr("The council will arrange help.");
    case NeedMetBy::NotMet:
        return EasyReadPdf::tr("We have not found help for this yet.");
    case NeedMetBy::NotYetDecided:
        break;
    }
    return EasyReadPdf::tr("We still need to decide who will help.");
}

void whatHappensNext(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    const Plan &plan = record.plan;
    rows.heading(EasyReadPdf::tr("What will happen next"));
    if (a.decision.recorded) {
        if (a.decision.eligible)
            rows.idea(picture::kAgreed,
                {EasyReadPdf::tr("You can get help from the council."),
                    EasyReadPdf::tr("The law calls this being eligible.")});
        else
            rows.idea(picture::kAdvice,
                {EasyReadPdf::tr("The council will not pay for help this time."),
                    EasyReadPdf::tr("We will tell you about other help.")});
    } else {
        rows.idea(
            picture::kNext, {EasyReadPdf::tr("We have not decided yet if the council can help.")});
    }
    for (const Need &need : a.needs) {
        const char *pic
            = need.outcomes.isEmpty() ? picture::kNext : outcomePicture(need.outcomes.constFirst());
        QStringList words = {sentence(needTitle(need)), metByWords(need.metBy)};
        if (!printtext::isBlank(need.howMet))
            words.append(sentence(need.howMet));
        rows.idea(pic, words);
    }
    if (a.forCarer() && a.carer && !printtext::isBlank(a.carer->whatWouldHelp)) {
        const QString help = a.carer->whatWouldHelp;
        // Written in the carer's own words, in quotation marks: quoted as theirs.
        if (printtext::unquoted(help) != help.trimmed())
            rows.idea(picture::kWords, {EasyReadPdf::tr("You told us what would help:")},
                printtext::unquoted(help));
        else
            rows.idea(picture::kHelper, {EasyReadPdf::tr("What would help you:"), sentence(help)});
    }
    if (!printtext::isBlank(plan.informationAndAdvice))
        rows.idea(picture::kAdvice, {EasyReadPdf::tr("We gave you information about other help.")});

    const PersonalBudget &budget = plan.budget;
    const std::optional<qint64> amount
        = budget.confirmedWeekly ? budget.confirmedWeekly : budget.indicativeWeekly;
    if (amount) {
        QStringList words;
        if (budget.confirmedWeekly)
            words.append(EasyReadPdf::tr("Your budget is %1.").arg(PlanPdf::weekly(*amount)));
        else
            words += {EasyReadPdf::tr("Your budget may be about %1.").arg(PlanPdf::weekly(*amount)),
                EasyReadPdf::tr("This is a first guess, not a decision.")};
        if (!budget.confirmedWeekly && budget.usesIllustrativeTable())
            words.append(EasyReadPdf::tr("These are example figures only."));
        rows.idea(picture::kMoney, words);
    }
}

void keepingSafe(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    if (a.risks.isEmpty())
        return;
    rows.heading(EasyReadPdf::tr("Keeping safe"));
    for (const Risk &risk : a.risks) {
        QStringList words;
        if (risk.positiveRisk)
            words.append(EasyReadPdf::tr("You choose to do this:"));
        words.append(sentence(risk.description));
        if (!printtext::isBlank(risk.management))
            words += {EasyReadPdf::tr("What we agreed:"), sentence(risk.management)};
        rows.idea(risk.positiveRisk ? picture::kSafe : picture::kRisk, words);
    }
}

void whoToCall(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    rows.heading(EasyReadPdf::tr("Who to call"));
    if (!printtext::isBlank(a.practitioner))
        rows.idea(picture::kWorker,
            {EasyReadPdf::tr("Your worker is %1.").arg(a.practitioner),
                EasyReadPdf::tr("Ask them if you have a question.")});
    if (a.forCarer() && a.carer && !printtext::isBlank(a.carer->crisisContact))
        rows.idea(picture::kCall,
            {EasyReadPdf::tr("In a crisis, call:"), sentence(a.carer->crisisContact)});
    // A carer's contingency: what happens if they cannot care (DESIGN 2.5).
    if (a.forCarer() && a.carer && !printtext::isBlank(a.carer->ifUnableToCare))
        rows.idea(picture::kSafe,
            {EasyReadPdf::tr("If you cannot care:"), sentence(a.carer->ifUnableToCare)});
    if (!printtext::isBlank(record.plan.contingency))
        rows.idea(picture::kCall,
            {EasyReadPdf::tr("If something goes wrong:"), sentence(record.plan.contingency)});
}

void reviews(Rows &rows, const AssessmentRecord &record)
{
    const ReviewSchedule &r = record.plan.reviews;
    rows.heading(EasyReadPdf::tr("When we will check how things are going"));
    if (!r.firstFormalReview.isValid()) {
        rows.idea(picture::kCalendar, {EasyReadPdf::tr("We will tell you the date soon.")});
        return;
    }
    if (r.informalReview)
        rows.idea(picture::kCalendar,
            {EasyReadPdf::tr("We will ask how things are on %1.")
                    .arg(spokenDate(*r.informalReview))});
    rows.idea(picture::kCalendar,
        {EasyReadPdf::tr("We will meet you by %1.").arg(spokenDate(r.firstFormalReview)),
            EasyReadPdf::tr("Then we will meet at least once a year."),
            EasyReadPdf::tr("You can ask to meet sooner.")});
}

void agreeing(Rows &rows, const AssessmentRecord &record)
{
    rows.heading(EasyReadPdf::tr("Do you agree with this plan?"));
    // The draft shared with the person: when, what they told us, whether they agree.
    if (const std::optional<SharedDraft> &shared = record.plan.shared) {
        if (shared->sharedOn.isValid())
            rows.idea(picture::kPlan,
                {EasyReadPdf::tr("We showed you a draft of this plan on %1.")
                        .arg(spokenDate(shared->sharedOn))});
        if (!printtext::isBlank(shared->personsComments))
            rows.idea(picture::kWords, {EasyReadPdf::tr("You told us:")},
                printtext::unquoted(shared->personsComments));
        if (shared->personAgrees == Answer::Yes)
            rows.idea(picture::kAgreed, {EasyReadPdf::tr("You said you agree with this plan.")});
        else if (shared->personAgrees == Answer::No)
            rows.idea(picture::kHard,
                {EasyReadPdf::tr("You said you do not agree with all of it."),
                    EasyReadPdf::tr("We wrote down what you told us.")});
    }
    rows.idea(picture::kSign,
        {EasyReadPdf::tr("Tell your worker what you think."),
            EasyReadPdf::tr("You can sign here if you agree.")});
}

} // namespace

QString EasyReadPdf::title(const AssessmentRecord &record)
{
    return tr("Your plan, %1").arg(record.person.displayName());
}

QList<EasyReadPdf::FreeText> EasyReadPdf::freeText(const AssessmentRecord &record)
{
    QList<FreeText> out;
    const Assessment &a = record.assessment;
    for (const QString &identity : a.whatMatters.identities)
        out.append({AssessmentStep::WhatMatters, tr("Who they are"), identity});
    for (const Strength &s : a.strengths)
        out.append({AssessmentStep::StrengthsAndNetwork, tr("A strength"), s.description});
    if (!printtext::isBlank(a.interests))
        out.append({AssessmentStep::StrengthsAndNetwork, tr("Interests"), a.interests});
    for (const NetworkMember &m : record.network) {
        if (!printtext::isBlank(m.helpsWith))
            out.append({AssessmentStep::StrengthsAndNetwork,
                tr("What %1 helps with").arg(m.name.trimmed()), m.helpsWith});
    }
    for (const Need &need : a.needs) {
        out.append({AssessmentStep::NeedsAndOutcomes, tr("A need"), needTitle(need)});
        if (!printtext::isBlank(need.howMet))
            out.append({AssessmentStep::PreventionFirst,
                tr("How a need will be met: %1").arg(needTitle(need)), need.howMet});
    }
    for (const Risk &risk : a.risks) {
        out.append({AssessmentStep::Risks, tr("A risk"), risk.description});
        if (!printtext::isBlank(risk.management))
            out.append({AssessmentStep::Risks,
                tr("How a risk is managed: %1").arg(risk.description.trimmed()), risk.management});
    }
    // The carer's words are written on step 1, About the person.
    if (a.forCarer() && a.carer) {
        const CarerDetails &carer = *a.carer;
        if (!printtext::isBlank(carer.caringRole))
            out.append(
                {AssessmentStep::AboutThePerson, tr("What the caring involves"), carer.caringRole});
        if (!printtext::isBlank(carer.whatWouldHelp)
            && printtext::unquoted(carer.whatWouldHelp) == carer.whatWouldHelp.trimmed())
            out.append({AssessmentStep::AboutThePerson, tr("What would help the carer"),
                carer.whatWouldHelp});
        if (!printtext::isBlank(carer.crisisContact))
            out.append({AssessmentStep::AboutThePerson, tr("Who to call in a crisis"),
                carer.crisisContact});
        if (!printtext::isBlank(carer.ifUnableToCare))
            out.append({AssessmentStep::AboutThePerson, tr("If the carer cannot care"),
                carer.ifUnableToCare});
    }
    if (!printtext::isBlank(record.plan.contingency))
        out.append({AssessmentStep::Plan, tr("If something goes wrong"), record.plan.contingency});
    return out;
}

namespace {

QList<Item> easyReadItems(const AssessmentRecord &record)
{
    Rows rows;
    const bool carer = record.assessment.forCarer();
    rows.title(carer ? EasyReadPdf::tr("Your support plan as a carer")
                     : EasyReadPdf::tr("Your care and support plan"));
    rows.idea(picture::kPlan,
        {EasyReadPdf::tr("This plan is for %1.").arg(record.person.fullName()),
            EasyReadPdf::tr("It says what help you will get.")});
    if (record.assessment.status != AssessmentStatus::Finalised)
        rows.idea(picture::kRisk,
            {EasyReadPdf::tr("This plan is a draft."), EasyReadPdf::tr("It may still change.")});
    aboutYou(rows, record);
    whoHelps(rows, record);
    whatIsHard(rows, record);
    whatHappensNext(rows, record);
    keepingSafe(rows, record);
    whoToCall(rows, record);
    reviews(rows, record);
    agreeing(rows, record);
    const QString line = QStringLiteral("_").repeated(24);
    rows.signature(
        {EasyReadPdf::tr("Signed: %1").arg(line), EasyReadPdf::tr("Date: %1").arg(line)});
    rows.credit(EasyReadPdf::tr("Pictures by OpenMoji. Licence: CC BY-SA 4.0."));
    return rows.items();
}

} // namespace

void EasyReadPdf::build(QTextDocument &document, const AssessmentRecord &record, Language language)
{
    const ScopedLanguage inLanguage(language);
    // The same words as the PDF, as a plain document: for a quick look, and for the checks.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kBodyPointSize);
    document.setDefaultFont(font);
    document.setMetaInformation(QTextDocument::DocumentTitle, title(record));
    QString html;
    for (const Item &item : easyReadItems(record)) {
        switch (item.kind) {
        case Item::Kind::Title:
            html += QStringLiteral("<h1>%1</h1>").arg(printtext::escaped(item.text));
            break;
        case Item::Kind::Heading:
            html += QStringLiteral("<h2>%1</h2>").arg(printtext::escaped(item.text));
            break;
        case Item::Kind::Credit:
            html += QStringLiteral("<p>%1</p>").arg(printtext::escaped(item.text));
            break;
        case Item::Kind::Idea:
        case Item::Kind::Signature:
            for (const QString &sentence : item.sentences)
                html += QStringLiteral("<p>%1</p>").arg(printtext::escaped(sentence));
            if (!item.quote.isEmpty())
                html += QStringLiteral("<p><i>%1</i></p>")
                            .arg(printtext::escaped(printtext::quoted(item.quote)));
            break;
        }
    }
    document.setHtml(html);
}

Result<int> EasyReadPdf::write(
    const AssessmentRecord &record, const QDate &printedOn, QIODevice &out, Language language)
{
    const ScopedLanguage inLanguage(language);
    static const bool resources = (initDocumentResources(), true);
    Q_UNUSED(resources)
    const QList<Item> items = easyReadItems(record);
    EasyReadLayout layout(items);
    PdfPages::PaintedBody body;
    body.layOut = [&layout](QPaintDevice &device, const QSizeF &size) -> Result<int> {
        const int pages = layout.layOut(device, size);
        if (pages > kMaxPages)
            return Error {tr("The easy read would run to %1 pages; at most %2 is easy to read. "
                             "Shorten what goes into it.")
                              .arg(pages)
                              .arg(kMaxPages)};
        return pages;
    };
    body.paint = [&layout](QPainter &painter, int page) { layout.paint(painter, page); };
    PdfMetadata metadata;
    metadata.title = title(record);
    metadata.author = record.assessment.practitioner;
    metadata.subject = tr("Your care and support plan, in easy read");
    metadata.language = language::tag(language);
    PageFurniture furniture;
    furniture.headerLeft = record.person.fullName();
    furniture.headerRight = tr("Printed %1").arg(printedOn.toString(QStringLiteral("dd/MM/yyyy")));
    furniture.footerLeft = tr("Record %1 · version %2")
                               .arg(record.assessment.id.toString(QUuid::WithoutBraces))
                               .arg(record.assessment.version);
    furniture.draft = record.assessment.status != AssessmentStatus::Finalised;
    return PdfPages::write(body, metadata, furniture, out);
}

} // namespace hearth
