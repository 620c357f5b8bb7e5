#include "easyreadpdf.h"

#include "core/eligibility.h"
#include "core/plainlanguage.h"
#include "pdfpages.h"
#include "planpdf.h"

#include <QFile>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextCursor>
#include <QTextDocument>

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

QString esc(const QString &text)
{
    return text.trimmed().toHtmlEscaped();
}

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

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
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("dddd d MMMM yyyy"));
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

// The easy read as ideas, each a picture on the left and its words on the right. Each idea
// is a table of its own, so a page break never separates a picture from its words.
class Rows
{
public:
    void heading(const QString &text) { m_html += QStringLiteral("<h2>%1</h2>").arg(esc(text)); }
    // One idea: its picture and one to three short sentences (already plain words).
    void idea(const char *pictureCode, const QStringList &sentences, const QString &quote = {})
    {
        // Each sentence a paragraph, with a half line between (Qt applies no paragraph
        // margins inside a table cell): white space, and one idea a line (DESIGN 2.8).
        QStringList paragraphs;
        for (const QString &s : sentences) {
            if (!blank(s))
                paragraphs.append(QStringLiteral("<p>%1</p>").arg(esc(s)));
        }
        if (!blank(quote))
            paragraphs.append(QStringLiteral("<p><i>\u201C%1\u201D</i></p>").arg(esc(quote)));
        const QString words
            = paragraphs.join(QStringLiteral("<p style=\"font-size:8pt\">&nbsp;</p>"));
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\">"
                                 "<tr><td width=\"24%\" valign=\"middle\">[[picture-%1]]</td>"
                                 "<td width=\"76%\" valign=\"middle\">%2</td></tr></table>")
                      .arg(m_pictures.size())
                      .arg(words);
        m_pictures.append(QString::fromLatin1(pictureCode));
    }
    const QString &html() const { return m_html; }
    const QStringList &pictures() const { return m_pictures; }

    static constexpr int kPictureSide = 300; // layout pixels at 300 dpi: about 25 mm

private:
    QString m_html;
    QStringList m_pictures;
};

// The words of the person, without the quotation marks they were typed with.
QString unquoted(QString words)
{
    words = words.trimmed();
    const auto isQuote
        = [](QChar c) { return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D); };
    while (!words.isEmpty() && isQuote(words.front()))
        words.remove(0, 1);
    while (!words.isEmpty() && isQuote(words.back()))
        words.chop(1);
    return words.trimmed();
}

void aboutYou(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    rows.heading(EasyReadPdf::tr("About you"));
    rows.idea(picture::kYou, {EasyReadPdf::tr("Your name is %1.").arg(record.person.fullName())});
    for (const QString &identity : a.whatMatters.identities)
        rows.idea(picture::kYou, {EasyReadPdf::tr("You are %1.").arg(identity.trimmed())});

    rows.heading(EasyReadPdf::tr("What matters to you"));
    if (!blank(a.whatMatters.inTheirWords))
        rows.idea(picture::kWords, {EasyReadPdf::tr("You told us:")},
            unquoted(a.whatMatters.inTheirWords));
    else
        rows.idea(picture::kMatters, {EasyReadPdf::tr("We still need to ask you this.")});

    rows.heading(EasyReadPdf::tr("What you are good at"));
    if (a.strengths.isEmpty())
        rows.idea(picture::kGoodAt, {EasyReadPdf::tr("We still need to talk about this.")});
    for (const Strength &s : a.strengths)
        rows.idea(picture::kGoodAt, {sentence(s.description)});
    if (!blank(a.interests))
        rows.idea(picture::kLikes, {EasyReadPdf::tr("You like:"), sentence(a.interests)});
}

void whoHelps(Rows &rows, const AssessmentRecord &record)
{
    rows.heading(EasyReadPdf::tr("Who helps you"));
    if (record.network.isEmpty())
        rows.idea(picture::kHelper, {EasyReadPdf::tr("We still need to talk about this.")});
    for (const NetworkMember &m : record.network) {
        QStringList words = {EasyReadPdf::tr("%1 helps you.").arg(m.name.trimmed())};
        if (!blank(m.helpsWith))
            words.append(sentence(m.helpsWith));
        rows.idea(m.providesCare ? picture::kCarer : picture::kHelper, words);
    }
}

void whatIsHard(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    rows.heading(EasyReadPdf::tr("What is hard for you"));
    bool any = false;
    if (a.kind == AssessmentKind::Carer && a.carer) {
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
        if (!blank(need.howMet))
            words.append(sentence(need.howMet));
        rows.idea(pic, words);
    }
    if (!blank(plan.informationAndAdvice))
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
        if (!blank(risk.management))
            words += {EasyReadPdf::tr("What we agreed:"), sentence(risk.management)};
        rows.idea(risk.positiveRisk ? picture::kSafe : picture::kRisk, words);
    }
}

void whoToCall(Rows &rows, const AssessmentRecord &record)
{
    const Assessment &a = record.assessment;
    rows.heading(EasyReadPdf::tr("Who to call"));
    if (!blank(a.practitioner))
        rows.idea(picture::kWorker,
            {EasyReadPdf::tr("Your worker is %1.").arg(a.practitioner),
                EasyReadPdf::tr("Ask them if you have a question.")});
    if (a.kind == AssessmentKind::Carer && a.carer && !blank(a.carer->crisisContact))
        rows.idea(picture::kCall,
            {EasyReadPdf::tr("In a crisis, call:"), sentence(a.carer->crisisContact)});
    if (!blank(record.plan.contingency))
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
    rows.idea(picture::kSign,
        {EasyReadPdf::tr("Tell your worker what you think."),
            EasyReadPdf::tr("You can sign here if you agree.")});
    Q_UNUSED(record)
}

const char *kStyle = R"(
h1 { font-size: 28pt; font-weight: bold; }
h2 { font-size: 24pt; font-weight: bold; margin-top: 18pt; margin-bottom: 6pt; color: #1a3d5c; }
p { margin-top: 0pt; margin-bottom: 8pt; }
p.quote { font-style: italic; }
p.small { font-size: 16pt; }
)";

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
    if (!blank(a.interests))
        out.append({AssessmentStep::StrengthsAndNetwork, tr("Interests"), a.interests});
    for (const NetworkMember &m : record.network) {
        if (!blank(m.helpsWith))
            out.append({AssessmentStep::StrengthsAndNetwork,
                tr("What %1 helps with").arg(m.name.trimmed()), m.helpsWith});
    }
    for (const Need &need : a.needs) {
        out.append({AssessmentStep::NeedsAndOutcomes, tr("A need"), needTitle(need)});
        if (!blank(need.howMet))
            out.append({AssessmentStep::PreventionFirst,
                tr("How a need will be met: %1").arg(needTitle(need)), need.howMet});
    }
    for (const Risk &risk : a.risks) {
        out.append({AssessmentStep::Risks, tr("A risk"), risk.description});
        if (!blank(risk.management))
            out.append({AssessmentStep::Risks,
                tr("How a risk is managed: %1").arg(risk.description.trimmed()), risk.management});
    }
    if (a.kind == AssessmentKind::Carer && a.carer && !blank(a.carer->crisisContact))
        out.append({AssessmentStep::NeedsAndOutcomes, tr("Who to call in a crisis"),
            a.carer->crisisContact});
    if (!blank(record.plan.contingency))
        out.append({AssessmentStep::Plan, tr("If something goes wrong"), record.plan.contingency});
    return out;
}

void EasyReadPdf::build(QTextDocument &document, const AssessmentRecord &record)
{
    static const bool resources = (initDocumentResources(), true);
    Q_UNUSED(resources)
    // DESIGN 2.8: a clear sans-serif font of at least 16 pt, dark text on a light background.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kBodyPointSize);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QString::fromUtf8(kStyle));
    document.setMetaInformation(QTextDocument::DocumentTitle, title(record));

    Rows rows;
    const bool carer = record.assessment.kind == AssessmentKind::Carer;
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg(esc(carer ? tr("Your support plan as a carer")
                                      : tr("Your care and support plan")));
    rows.idea(picture::kPlan,
        {tr("This plan is for %1.").arg(record.person.fullName()),
            tr("It says what help you will get.")});
    if (record.assessment.status != AssessmentStatus::Finalised)
        rows.idea(picture::kRisk, {tr("This plan is a draft."), tr("It may still change.")});
    aboutYou(rows, record);
    whoHelps(rows, record);
    whatIsHard(rows, record);
    whatHappensNext(rows, record);
    keepingSafe(rows, record);
    whoToCall(rows, record);
    reviews(rows, record);
    agreeing(rows, record);
    const QString line = QStringLiteral("_").repeated(24);
    html += rows.html();
    html += QStringLiteral("<p>&nbsp;</p><p>%1 %2</p><p>%3 %4</p>")
                .arg(esc(tr("Signed:")), line, esc(tr("Date:")), line);
    html += QStringLiteral("<p>&nbsp;</p><p class=\"small\">%1</p>")
                .arg(esc(tr("Pictures by OpenMoji. Licence: CC BY-SA 4.0.")));
    document.setHtml(html);

    auto *handler = new PdfPictures(&document);
    const qreal side = Rows::kPictureSide;
    const QStringList &pictures = rows.pictures();
    for (qsizetype i = 0; i < pictures.size(); ++i) {
        QTextCursor found = document.find(QStringLiteral("[[picture-%1]]").arg(i));
        if (found.isNull())
            continue;
        found.removeSelectedText();
        std::shared_ptr<QSvgRenderer> renderer = pictureRenderer(pictures.at(i));
        handler->insert(
            found, QSizeF(side, side), [renderer](QPainter &painter, const QRectF &rect) {
                renderer->render(&painter, rect);
            });
    }
}

Result<int> EasyReadPdf::write(
    const AssessmentRecord &record, const QDate &printedOn, QIODevice &out)
{
    QTextDocument document;
    build(document, record);
    PdfMetadata metadata;
    metadata.title = title(record);
    metadata.author = record.assessment.practitioner;
    metadata.subject = tr("Your care and support plan, in easy read");
    PageFurniture furniture;
    furniture.headerLeft = record.person.fullName();
    furniture.headerRight = tr("Printed %1").arg(printedOn.toString(QStringLiteral("dd/MM/yyyy")));
    furniture.footerLeft = tr("Record %1 · version %2")
                               .arg(record.assessment.id.toString(QUuid::WithoutBraces))
                               .arg(record.assessment.version);
    furniture.draft = record.assessment.status != AssessmentStatus::Finalised;
    const Result<int> pages = PdfPages::write(document, metadata, furniture, out);
    if (pages && *pages > kMaxPages)
        return Error {tr("The easy read would run to %1 pages; at most %2 is easy to read. "
                         "Shorten what goes into it.")
                          .arg(*pages)
                          .arg(kMaxPages)};
    return pages;
}

} // namespace hearth
