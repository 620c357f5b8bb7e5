// The easy-read printout (issue 4; DESIGN 2.8), measured from the PDF itself: for every sample
// case at most 20 pages, no body text under 16 pt, no sentence over 15 words except the
// person's own quoted words, every section there with the person's name and words, and a
// picture beside every idea. qpdf --check passes on each.

#include "core/plainlanguage.h"
#include "documents/easyreadpdf.h"
#include "samples.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace hearth;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kPrinted(2026, 11, 23);
// The body of an A4 page in points (PdfPages: 24 mm top, 22 mm bottom margins).
constexpr qreal kBodyTop = 24 / 25.4 * 72;
constexpr qreal kBodyBottom = (297 - 22) / 25.4 * 72;

struct Word
{
    QString text;
    QRectF box; // points, from the top left of the page
    int page = 0;
};

// Every word with its box, from pdftotext -bbox (poppler), in the order they are drawn.
QList<Word> words(const QString &path)
{
    QList<Word> out;
    const auto [exit, xhtml] = samples::run(u"pdftotext"_s, {u"-bbox"_s, u"-raw"_s, path, u"-"_s});
    if (exit != 0)
        return out;
    QXmlStreamReader xml(xhtml);
    int page = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page") {
            ++page;
        } else if (xml.name() == u"word") {
            const auto a = xml.attributes();
            Word w;
            w.page = page;
            w.box = QRectF(QPointF(a.value(u"xMin"_s).toDouble(), a.value(u"yMin"_s).toDouble()),
                QPointF(a.value(u"xMax"_s).toDouble(), a.value(u"yMax"_s).toDouble()));
            w.text = xml.readElementText();
            out.append(w);
        }
    }
    return out;
}

// The height poppler gives a word of DejaVu Sans at exactly 16 pt: the measure of "16 pt".
qreal heightOf16pt(const QString &dir)
{
    const QString path = QDir(dir).filePath(u"reference-16pt.pdf"_s);
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(16);
        painter.setFont(font);
        painter.drawText(QPointF(1000, 1000), u"Reference"_s);
    }
    const QList<Word> found = words(path);
    return found.isEmpty() ? 0 : found.first().box.height();
}

// The body text as its paragraphs, in the order drawn: a new paragraph where the text size
// changes (a heading) or a gap opens between lines (the space between paragraphs), so a
// heading or a label on a line of its own is not read into the sentence after it.
QStringList bodyParagraphs(const QList<Word> &all)
{
    QStringList paragraphs;
    QString current;
    const Word *previous = nullptr;
    for (const Word &w : all) {
        if (w.box.top() < kBodyTop || w.box.bottom() > kBodyBottom
            || (w.text.size() == 1 && w.box.height() > 60))
            continue; // the header, the footer and the letters of the DRAFT mark
        if (previous) {
            const bool sameLine = qAbs(w.box.top() - previous->box.top()) < 1;
            const bool newPage = w.page != previous->page;
            const qreal gap = w.box.top() - previous->box.bottom();
            const bool resized
                = qAbs(w.box.height() - previous->box.height()) > 0.15 * previous->box.height();
            if (newPage || resized || (!sameLine && gap > 3)) {
                paragraphs.append(current.simplified());
                current.clear();
            }
        }
        current += w.text + u' ';
        previous = &w;
    }
    if (!current.simplified().isEmpty())
        paragraphs.append(current.simplified());
    return paragraphs;
}

} // namespace

class TestEasyReadPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySampleIsEasyRead();
    void freeTextIsWhatGoesIn();
    void tooLongIsRefusedWithNothingWritten();
    void sharedDraftIsToldToThePerson();
    void carerEasyReadHasTheCaringRole();

private:
    QTemporaryDir m_dir;
    qreal m_height16 = 0;
};

void TestEasyReadPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_height16 = heightOf16pt(m_dir.path());
    QVERIFY2(m_height16 > 10, qPrintable(QString::number(m_height16)));
    QVERIFY(samples::records().size() >= 6);
}

void TestEasyReadPdf::everySampleIsEasyRead()
{
    const QStringList sections = {u"About you"_s, u"What matters to you"_s,
        u"What you are good at"_s, u"Who helps you"_s, u"What is hard for you"_s,
        u"What will happen next"_s, u"Who to call"_s, u"When we will check how things are going"_s};
    const auto samples = samples::records();
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const auto &[name, record] = samples.at(i);
        const QString path = m_dir.filePath(u"easy-read-%1.pdf"_s.arg(i));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            const Result<int> pages = EasyReadPdf::write(record, kPrinted, out, Language::English);
            QVERIFY2(pages, qPrintable(name + u": "_s + pages.error()));
        }
        samples::keepCopy(path);

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY2(pdf.pageCount() >= 2 && pdf.pageCount() <= 20,
            qPrintable(name + u": %1 pages"_s.arg(pdf.pageCount())));
        QString all;
        for (int page = 0; page < pdf.pageCount(); ++page)
            all += pdf.getAllText(page).text() + u' ';
        all = all.simplified();
        for (const QString &section : sections)
            QVERIFY2(all.contains(section), qPrintable(name + u": no "_s + section));
        QVERIFY2(all.contains(record.person.fullName()), qPrintable(name));
        const QString theirWords
            = record.assessment.whatMatters.inTheirWords.simplified().remove(u'"').left(30);
        QVERIFY2(all.contains(u"\u201C"_s + theirWords), qPrintable(name + u": "_s + theirWords));

        // No body text under 16 pt (DESIGN 2.8): every word inside the body is at least as
        // tall as a 16 pt word.
        const QList<Word> found = words(path);
        QVERIFY(!found.isEmpty());
        for (const Word &w : found) {
            if (w.box.top() < kBodyTop || w.box.bottom() > kBodyBottom)
                continue; // the header and footer, outside the body
            QVERIFY2(w.box.height() >= m_height16 * 0.98,
                qPrintable(u"%1: \"%2\" on page %3 is %4 pt high; 16 pt is %5"_s.arg(name, w.text)
                               .arg(w.page + 1)
                               .arg(w.box.height())
                               .arg(m_height16)));
        }

        // At most 15 words a sentence, except the person's own quoted words.
        const QStringList paragraphs = bodyParagraphs(found);
        QVERIFY(paragraphs.size() > 10);
        static const QRegularExpression quoted(u"\u201C[^\u201D]*\u201D"_s);
        for (const QString &paragraph : paragraphs) {
            // The person's own words, however many sentences, are theirs: not counted.
            const QString ours = QString(paragraph).remove(quoted);
            const auto sentences = PlainLanguage::sentences(ours);
            for (const auto &[start, sentence] : sentences) {
                Q_UNUSED(start)
                QVERIFY2(PlainLanguage::wordCount(sentence) <= PlainLanguage::kMaxWordsPerSentence,
                    qPrintable(u"%1: %2 words: %3"_s.arg(name)
                                   .arg(PlainLanguage::wordCount(sentence))
                                   .arg(sentence)));
            }
        }

        const auto [qpdfExit, qpdfOut] = samples::run(u"qpdf"_s, {u"--check"_s, path});
        QVERIFY2(qpdfExit == 0, qPrintable(name + u": "_s + qpdfOut));
    }
}

void TestEasyReadPdf::freeTextIsWhatGoesIn()
{
    // Every piece of the practitioner's text listed for the plain-language check is in the
    // printout, and the checker is what stands between a long sentence and the person.
    for (const auto &[name, record] : samples::records()) {
        QTextDocument document;
        EasyReadPdf::build(document, record);
        const QString text = document.toPlainText().simplified();
        for (const EasyReadPdf::FreeText &free : EasyReadPdf::freeText(record))
            // The first words: a long sentence may have been split after them.
            QVERIFY2(text.contains(free.text.simplified().section(u' ', 0, 3)),
                qPrintable(name + u": "_s + free.label + u" is not in the easy read"_s));
    }
}

void TestEasyReadPdf::tooLongIsRefusedWithNothingWritten()
{
    AssessmentRecord record = samples::records().constFirst().second;
    for (int i = 0; i < 200; ++i)
        record.assessment.strengths.append({u"Good at thing number %1.\nAnd more."_s.arg(i)});
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const Result<int> pages = EasyReadPdf::write(record, kPrinted, out, Language::English);
    QVERIFY(!pages);
    QVERIFY2(pages.error().contains(u"at most 20"_s), qPrintable(pages.error()));
    QCOMPARE(out.data().size(), 0); // refused before a byte of PDF was written
}

namespace {

// The easy read's words, from the PDF itself.
QString easyReadText(const AssessmentRecord &record, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)
        || !EasyReadPdf::write(record, kPrinted, out, Language::English))
        return {};
    out.close();
    samples::keepCopy(path);
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString all;
    for (int page = 0; page < pdf.pageCount(); ++page)
        all += pdf.getAllText(page).text() + u' ';
    return all.simplified();
}

} // namespace

// The draft shared with the person: told back to them, one idea a sentence (DESIGN 2.8).
void TestEasyReadPdf::sharedDraftIsToldToThePerson()
{
    AssessmentRecord record = samples::records().constFirst().second;
    record.plan.shared.reset();
    QString text = easyReadText(record, m_dir.filePath(u"not-shared.pdf"_s));
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(u"We showed you a draft"_s));

    SharedDraft shared;
    shared.sharedOn = QDate(2026, 11, 20);
    shared.how = u"Posted to them"_s;
    shared.personsComments = u"The evening call is too early for me."_s;
    shared.personAgrees = Answer::Yes;
    record.plan.shared = shared;
    text = easyReadText(record, m_dir.filePath(u"shared-agrees.pdf"_s));
    for (const QString &words :
        {u"We showed you a draft of this plan on Friday 20 November 2026."_s,
            u"You told us: \u201CThe evening call is too early for me.\u201D"_s,
            u"You said you agree with this plan."_s})
        QVERIFY2(text.contains(words), qPrintable(words + u"\n"_s + text.right(600)));

    record.plan.shared->personAgrees = Answer::No;
    text = easyReadText(record, m_dir.filePath(u"shared-disagrees.pdf"_s));
    QVERIFY(text.contains(u"You said you do not agree with all of it."_s));
    QVERIFY(!text.contains(u"You said you agree"_s));

    record.plan.shared->personAgrees = Answer::Unknown;
    text = easyReadText(record, m_dir.filePath(u"shared-unknown.pdf"_s));
    QVERIFY(!text.contains(u"You said you"_s));
    QVERIFY(text.contains(u"Tell your worker what you think."_s));
}

// A carer's easy read says who they care for, what the caring is, what happens if they cannot
// care and who to call in a crisis (DESIGN 2.5, 2.8).
void TestEasyReadPdf::carerEasyReadHasTheCaringRole()
{
    AssessmentRecord record;
    for (const auto &[name, each] : samples::records()) {
        if (name.startsWith(u"carer-"_s))
            record = each;
    }
    QVERIFY(record.assessment.forCarer() && record.assessment.carer);
    const CarerDetails &carer = *record.assessment.carer;
    const QString text = easyReadText(record, m_dir.filePath(u"carer.pdf"_s));
    for (const QString &words :
        {u"Your support plan as a carer"_s, u"You care for %1."_s.arg(carer.caredForName),
            u"You care for about %1 hours a week."_s.arg(carer.hoursPerWeek),
            u"The caring you do:"_s, carer.caringRole.simplified().section(u' ', 0, 5),
            u"If you cannot care:"_s, carer.ifUnableToCare.simplified().section(u' ', 0, 5),
            u"In a crisis, call:"_s, carer.crisisContact.simplified().section(u' ', 0, 3)})
        QVERIFY2(text.contains(words), qPrintable(words));
}

QTEST_MAIN(TestEasyReadPdf)
#include "tst_easyreadpdf.moc"
