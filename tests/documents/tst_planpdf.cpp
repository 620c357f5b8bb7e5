// The care and support plan PDF (issue 4): for every sample case the PDF is written, read back
// with QPdfDocument, and checked for every part DESIGN 2.5 requires, the person's name and
// their own words; qpdf --check passes, the fonts are embedded, the metadata is there. Long
// text flows across pages without loss; accents, Welsh letters and a right-to-left name
// survive; a plan with missing parts still prints and says it is incomplete.

#include "documents/planpdf.h"
#include "samples.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kPrinted(2026, 11, 23);

// Runs of white space as one space, so words wrapped onto a new line still match.
QString squeezed(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

struct ReadBack
{
    int pages = 0;
    QStringList pageTexts;
    QString all() const { return squeezed(pageTexts.join(u' ')); }
};

ReadBack readBack(const QString &path)
{
    ReadBack out;
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return out;
    out.pages = pdf.pageCount();
    for (int i = 0; i < out.pages; ++i)
        out.pageTexts.append(pdf.getAllText(i).text());
    return out;
}

QString writePdf(const AssessmentRecord &record, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return u"cannot write "_s + path;
    const Result<int> pages = PlanPdf::write(record, kPrinted, out, Language::English);
    out.close();
    samples::keepCopy(path);
    return pages ? QString() : pages.error();
}

// pdffonts lists each font with "emb" (embedded) as the fifth column from the right: the
// fonts that are not embedded, or why the list could not be read; empty when all are.
QString fontsNotEmbedded(const QString &path)
{
    const auto [exit, fonts] = samples::run(u"pdffonts"_s, {path});
    if (exit != 0)
        return fonts;
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    if (lines.isEmpty())
        return u"no fonts at all"_s;
    QStringList problems;
    for (const QString &line : lines) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        if (columns.size() < 6 || columns.at(columns.size() - 5) != u"yes")
            problems.append(line);
    }
    return problems.join(u'\n');
}

QString withoutQuotes(QString words)
{
    static const QRegularExpression quotes(u"^[\"\u201C\u201D\\s]+|[\"\u201C\u201D\\s]+$"_s);
    return squeezed(words.replace(quotes, QString()));
}

} // namespace

class TestPlanPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySampleHasEveryPart();
    void draftIsMarked();
    void longTextFlowsAcrossPages();
    void namesInEveryScript();
    void missingPartsStillPrint();
    void sharedDraftIsInTheAgreement();
    void carerPlanHasTheCaringRole();

private:
    QTemporaryDir m_dir;
};

void TestPlanPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(samples::records().size() >= 6, "the sample cases are missing");
}

void TestPlanPdf::everySampleHasEveryPart()
{
    // DESIGN 2.5 and Care Act s25, as the headings a reader looks for.
    const QStringList adultParts = {u"Care and support plan"_s, u"What matters to"_s,
        u"The outcomes"_s, u"Important to"_s, u"Important for"_s, u"Strengths and the people"_s,
        u"Wellbeing"_s, u"Needs identified"_s, u"The eligibility determination"_s,
        u"Eligible needs"_s, u"Needs that are not eligible"_s, u"Information and advice"_s,
        u"own strengths and network"_s, u"Unmet eligible needs the council will meet, and how"_s,
        u"Personal budget"_s, u"Risks and how they will be managed"_s, u"If things go wrong"_s,
        u"makes decisions and stays in control"_s, u"Who contributed"_s, u"Reviews"_s,
        u"Agreement"_s};
    const QStringList carerParts = {u"Carer's support plan"_s, u"caring role"_s,
        u"What matters to"_s, u"The carer's needs and outcomes"_s,
        u"The eligibility determination"_s, u"Support for"_s, u"cannot care"_s,
        u"Who to call in a crisis"_s, u"Who contributed"_s, u"Reviews"_s, u"Agreement"_s};

    const auto samples = samples::records();
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const auto &[name, record] = samples.at(i);
        const QString path = m_dir.filePath(u"plan-%1.pdf"_s.arg(i));
        const QString failed = writePdf(record, path);
        QVERIFY2(failed.isEmpty(), qPrintable(name + u": "_s + failed));

        const ReadBack pdf = readBack(path);
        QVERIFY2(pdf.pages >= 2, qPrintable(name));
        const QString text = pdf.all();
        const bool carer = record.assessment.kind == AssessmentKind::Carer;
        for (const QString &part : carer ? carerParts : adultParts)
            QVERIFY2(text.contains(part), qPrintable(name + u": no \""_s + part + u'"'));
        QVERIFY2(text.contains(record.person.fullName()), qPrintable(name));
        const QString words = withoutQuotes(record.assessment.whatMatters.inTheirWords);
        QVERIFY2(words.isEmpty() || text.contains(u"\u201C"_s + words.left(40)),
            qPrintable(name + u": their words are not quoted: "_s + words));
        // The eligibility reasons, each condition of reg 2(1) or 3(1).
        QVERIFY2(text.contains(carer ? u"reg 3(1)(a)"_s : u"reg 2(1)(a)"_s), qPrintable(name));
        if (record.assessment.decision.recorded)
            QVERIFY2(text.contains(squeezed(record.assessment.decision.rationale).left(40)),
                qPrintable(name + u": no rationale"_s));
        if (record.plan.budget.usesIllustrativeTable())
            QVERIFY2(text.contains(u"Illustrative figures"_s), qPrintable(name));

        // Every page has its header and footer.
        for (int page = 0; page < pdf.pages; ++page) {
            const QString pageText = squeezed(pdf.pageTexts.at(page));
            QVERIFY2(pageText.contains(u"Page %1 of %2"_s.arg(page + 1).arg(pdf.pages)),
                qPrintable(name));
            QVERIFY2(pageText.contains(record.person.fullName()), qPrintable(name));
            QVERIFY2(pageText.contains(record.assessment.id.toString(QUuid::WithoutBraces)),
                qPrintable(name));
            QVERIFY(pageText.contains(u"Printed 23/11/2026"_s));
        }

        const auto [qpdfExit, qpdfOut] = samples::run(u"qpdf"_s, {u"--check"_s, path});
        QVERIFY2(qpdfExit == 0, qPrintable(name + u": "_s + qpdfOut));
        const QString notEmbedded = fontsNotEmbedded(path);
        QVERIFY2(notEmbedded.isEmpty(), qPrintable(name + u": "_s + notEmbedded));
        const auto [metaExit, meta] = samples::run(u"pdfinfo"_s, {u"-meta"_s, path});
        QCOMPARE(metaExit, 0);
        QVERIFY2(meta.contains(PlanPdf::title(record).toHtmlEscaped()), qPrintable(meta));
        QVERIFY2(meta.contains(u"<dc:creator><rdf:Seq><rdf:li>"_s
                     + record.assessment.practitioner.toHtmlEscaped()),
            qPrintable(meta));
        QVERIFY(meta.contains(u"<rdf:li>en-GB</rdf:li>"_s));
        QVERIFY(meta.contains(u"Care Act 2014, section 25"_s));
    }
}

void TestPlanPdf::draftIsMarked()
{
    AssessmentRecord record = samples::records().constFirst().second;
    record.assessment.status = AssessmentStatus::Finalised;
    const QString finalPath = m_dir.filePath(u"final.pdf"_s);
    QVERIFY(writePdf(record, finalPath).isEmpty());
    QVERIFY(!readBack(finalPath).all().contains(u"DRAFT"_s));

    record.assessment.status = AssessmentStatus::Draft;
    const QString draftPath = m_dir.filePath(u"draft.pdf"_s);
    QVERIFY(writePdf(record, draftPath).isEmpty());
    const ReadBack draft = readBack(draftPath);
    for (const QString &page : draft.pageTexts)
        QVERIFY(page.contains(u"DRAFT"_s)); // the mark across every page
}

void TestPlanPdf::longTextFlowsAcrossPages()
{
    AssessmentRecord record = samples::records().constFirst().second;
    QStringList words;
    for (int i = 1; i <= 20000; ++i)
        words.append(u"w%1"_s.arg(i));
    record.plan.contingency = words.join(u' ');
    const QString path = m_dir.filePath(u"long.pdf"_s);
    QVERIFY(writePdf(record, path).isEmpty());
    const ReadBack pdf = readBack(path);
    QVERIFY2(pdf.pages > 20, qPrintable(QString::number(pdf.pages)));
    // Every word, once, in order: nothing clipped at a page break.
    static const QRegularExpression token(u"\\bw(\\d+)\\b"_s);
    int expected = 1;
    for (auto it = token.globalMatch(pdf.all()); it.hasNext();) {
        const int n = it.next().captured(1).toInt();
        QVERIFY2(n == expected, qPrintable(u"w%1 where w%2 was expected"_s.arg(n).arg(expected)));
        ++expected;
    }
    QCOMPARE(expected - 1, 20000);
}

void TestPlanPdf::namesInEveryScript()
{
    AssessmentRecord record = samples::records().constFirst().second;
    record.person.givenNames = u"Gwenllïan Ŵyn"_s;
    record.person.familyName = u"Prŷs-Ámbrose"_s;
    record.network.first().name = u"ليلى حداد"_s; // Laila Haddad, written right to left
    const QString path = m_dir.filePath(u"scripts.pdf"_s);
    QVERIFY(writePdf(record, path).isEmpty());
    const QString text = readBack(path).all();
    QVERIFY2(text.contains(u"Gwenllïan Ŵyn Prŷs-Ámbrose"_s), qPrintable(text.left(400)));
    // Extraction gives the Arabic in its logical order or, from some PDF readers, visual order.
    QVERIFY(text.contains(u"ليلى"_s) || text.contains(u"ىليل"_s));
    const QString notEmbedded = fontsNotEmbedded(path); // every glyph from an embedded font
    QVERIFY2(notEmbedded.isEmpty(), qPrintable(notEmbedded));
}

void TestPlanPdf::missingPartsStillPrint()
{
    AssessmentRecord record;
    record.person.id = QUuid::createUuid();
    record.person.givenNames = u"Ada"_s;
    record.person.familyName = u"Lovelace"_s;
    record.assessment = Assessment::blank(AssessmentKind::AdultNeeds);
    record.assessment.id = QUuid::createUuid();
    QVERIFY(!PlanPdf::missingParts(record).isEmpty());
    const QString path = m_dir.filePath(u"empty.pdf"_s);
    QVERIFY(writePdf(record, path).isEmpty());
    const QString text = readBack(path).all();
    QVERIFY(text.contains(u"Incomplete: this plan does not yet record"_s));
    QVERIFY(text.contains(u"the eligibility decision"_s));
    QVERIFY(text.contains(u"Not recorded yet"_s));

    // A complete sample is not marked incomplete.
    AssessmentRecord sian;
    for (const auto &[name, each] : samples::records()) {
        if (name.contains(u"sian-pritchard"_s))
            sian = each;
    }
    QVERIFY2(PlanPdf::missingParts(sian).isEmpty(),
        qPrintable(PlanPdf::missingParts(sian).join(u"; "_s)));
}

// Care Act 2014 s25(3): the draft shared with the person, and what they said, are in the plan:
// when and how, whether they agree (Unknown is not No), and their comments in their words.
void TestPlanPdf::sharedDraftIsInTheAgreement()
{
    AssessmentRecord record;
    for (const auto &[name, each] : samples::records()) {
        if (name.contains(u"sian-pritchard"_s))
            record = each;
    }
    QVERIFY(!record.person.id.isNull());
    const QString name = record.person.displayName();

    // Not shared: nothing is said about sharing.
    record.plan.shared.reset();
    const QString notShared = m_dir.filePath(u"not-shared.pdf"_s);
    QVERIFY(writePdf(record, notShared).isEmpty());
    QVERIFY(!readBack(notShared).all().contains(u"Draft shared with"_s));

    SharedDraft shared;
    shared.sharedOn = QDate(2026, 11, 20);
    shared.how = u"Printed and left with her"_s;
    shared.personsComments = u"\"I don't want the morning visit before nine.\""_s;
    shared.personAgrees = Answer::No;
    record.plan.shared = shared;
    record.assessment.status = AssessmentStatus::SharedWithPerson;
    const QString path = m_dir.filePath(u"shared.pdf"_s);
    QVERIFY(writePdf(record, path).isEmpty());
    QString text = readBack(path).all();
    for (const QString &words : {u"Draft shared with %1 on: 20/11/2026"_s.arg(name),
             u"How it was shared: Printed and left with her"_s,
             u"Whether %1 agrees with the plan: No, %1 does not agree with all of it."_s.arg(name),
             u"%1's comments"_s.arg(name), u"I don't want the morning visit before nine."_s,
             u"Draft, shared with the person"_s})
        QVERIFY2(text.contains(words), qPrintable(words));

    record.plan.shared->personAgrees = Answer::Unknown;
    record.plan.shared->sharedOn = QDate();
    record.assessment.status = AssessmentStatus::Finalised;
    QVERIFY(writePdf(record, path).isEmpty());
    text = readBack(path).all();
    QVERIFY(text.contains(u"Draft shared with %1 on: date not recorded"_s.arg(name)));
    QVERIFY(text.contains(u"Whether %1 agrees with the plan: Not known yet."_s.arg(name)));
}

// DESIGN 2.5: a carer's support plan has the caring role, the contingency and who to call.
void TestPlanPdf::carerPlanHasTheCaringRole()
{
    AssessmentRecord record;
    for (const auto &[name, each] : samples::records()) {
        if (name.startsWith(u"carer-"_s))
            record = each;
    }
    QVERIFY(record.assessment.forCarer() && record.assessment.carer);
    const CarerDetails &carer = *record.assessment.carer;
    const QString path = m_dir.filePath(u"carer.pdf"_s);
    QVERIFY(writePdf(record, path).isEmpty());
    const QString text = readBack(path).all();
    for (const QString &words : {u"Carer's support plan"_s, u"Caring for: "_s + carer.caredForName,
             squeezed(carer.caringRole), u"Hours a week: %1"_s.arg(carer.hoursPerWeek),
             squeezed(carer.ifUnableToCare), squeezed(carer.crisisContact)})
        QVERIFY2(text.contains(words), qPrintable(words));
}

QTEST_MAIN(TestPlanPdf)
#include "tst_planpdf.moc"
