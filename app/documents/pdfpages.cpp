#include "pdfpages.h"

#include <hearth/version.h>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <cmath>

namespace hearth {

namespace {

// "Hearth 0.1.0": the program and version that made a PDF, in its document properties.
QString creator()
{
    return QStringLiteral("%1 %2").arg(
        QString::fromLatin1(kApplicationName), QString::fromLatin1(kVersion));
}

constexpr qreal kMillimetre = PdfPages::kResolution / 25.4;
// A4 in millimetres, and the margins: wide enough to hold the header and footer, and for a
// hole punch on the left.
constexpr qreal kPageWidthMm = 210;
constexpr qreal kPageHeightMm = 297;
constexpr qreal kLeftMm = 22;
constexpr qreal kRightMm = 18;
constexpr qreal kTopMm = 24;
constexpr qreal kBottomMm = 22;

enum Property { PictureIndex = QTextFormat::UserProperty + 1, PictureSize };

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void paintFurniture(QPainter &painter, const QRectF &page, const PageFurniture &furniture,
    int pageNumber, int pageCount)
{
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const qreal left = kLeftMm * kMillimetre;
    const qreal right = page.width() - kRightMm * kMillimetre;
    const QRectF header(left, 10 * kMillimetre, right - left, 8 * kMillimetre);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, furniture.headerLeft);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, furniture.headerRight);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * kMillimetre));
    painter.drawLine(QPointF(left, header.bottom()), QPointF(right, header.bottom()));

    const qreal footerTop = page.height() - 16 * kMillimetre;
    painter.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QRectF footer(left, footerTop, right - left, 8 * kMillimetre);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, furniture.footerLeft);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
        PdfPages::tr("Page %1 of %2").arg(pageNumber).arg(pageCount));

    if (furniture.draft) {
        // Across the page and light enough to read through, so it cannot be cut off or missed.
        QFont mark(QStringLiteral("DejaVu Sans"));
        mark.setPointSizeF(96);
        mark.setBold(true);
        painter.setFont(mark);
        painter.setPen(QColor(0xc0, 0x39, 0x2b, 60));
        painter.translate(page.center());
        painter.rotate(-35);
        painter.drawText(
            QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2),
            Qt::AlignCenter, PdfPages::tr("DRAFT"));
    }
    painter.restore();
}

// QTextLayout draws a paragraph from the last line above the clip, so a paragraph running
// over a page break would have its last line of the page also drawn, out of sight, at the top
// of the next: invisible, but in the PDF's text, read twice by a screen reader and copied
// twice. Each such paragraph is split where the page breaks, so every paragraph lies on one
// page. The reader sees the same lines in the same places.
void splitParagraphsAtPageBreaks(QTextDocument &document, qreal pageHeight)
{
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    document.pageCount(); // lays the whole document out: the lines exist from here
    // One pass: a split leaves everything before it where it was, and the layout is brought up
    // to date as far as the next block asked about.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const qreal top = document.documentLayout()->blockBoundingRect(block).top();
        if (!layout || layout->lineCount() == 0)
            continue;
        const int firstPage = pageOf(top + layout->lineAt(0).y() + 0.5);
        // A table that fits on a page is kept on one: a row of the easy read is a picture and
        // its words, and the plan's eligibility table reads as one.
        if (QTextTable *table = QTextCursor(block).currentTable();
            table && block == table->cellAt(0, 0).firstCursorPosition().block()) {
            const QRectF frame = document.documentLayout()->frameBoundingRect(table);
            const bool fits = frame.height() < pageHeight;
            const bool startsPage = frame.top() < pageOf(frame.top()) * pageHeight + 1;
            if (fits && !startsPage && pageOf(frame.top()) != pageOf(frame.bottom() - 1)) {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
        }
        // A heading is kept whole and with what follows it: one that would break, or end a
        // page, starts the next page instead (unless it starts a page already).
        if (block.blockFormat().headingLevel() > 0) {
            const QTextLine last = layout->lineAt(layout->lineCount() - 1);
            const int lastPage = pageOf(top + last.y() + 0.5);
            int nextPage = lastPage;
            const QTextBlock next = block.next();
            if (next.isValid() && next.layout() && next.layout()->lineCount() > 0)
                nextPage = pageOf(document.documentLayout()->blockBoundingRect(next).top()
                    + next.layout()->lineAt(0).y() + 0.5);
            const bool startsPage = top + layout->lineAt(0).y() < firstPage * pageHeight + 1;
            if ((lastPage != firstPage || nextPage != lastPage) && !startsPage) {
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(format);
                continue;
            }
        }
        for (int i = 1; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (pageOf(top + line.y() + 0.5) == firstPage)
                continue;
            QTextBlockFormat continuation = block.blockFormat();
            continuation.setTopMargin(0);
            continuation.setTextIndent(0);
            if (QTextList *list = block.textList()) {
                // The rest of a list item, not a new item: no second bullet.
                continuation.setIndent(list->format().indent());
                continuation.clearProperty(QTextFormat::ObjectIndex);
            }
            QTextCursor cursor(&document);
            cursor.setPosition(block.position() + line.textStart());
            cursor.insertBlock(continuation, cursor.charFormat());
            break; // the next block is the continuation, checked in its turn
        }
    }
}

} // namespace

qreal PdfPages::bodyWidth()
{
    return (kPageWidthMm - kLeftMm - kRightMm) * kMillimetre;
}

QByteArray PdfPages::xmpMetadata(const PdfMetadata &m)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString xmp = QStringLiteral(
        "<?xpacket begin=\"%6\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
        "</dc:description>\n"
        "<dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
        "<pdf:Producer>%7</pdf:Producer>\n"
        "<xmp:CreatorTool>%7</xmp:CreatorTool>\n"
        "<xmp:CreateDate>%5</xmp:CreateDate>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
                            .arg(xmlEscaped(m.title), xmlEscaped(m.author), xmlEscaped(m.subject),
                                xmlEscaped(m.language), now, QString(QChar(0xFEFF)), creator());
    return xmp.toUtf8();
}

Result<int> PdfPages::write(const PaintedBody &body, const PdfMetadata &metadata,
    const PageFurniture &furniture, QIODevice &out)
{
    QPdfWriter writer(&out);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(metadata.title);
    writer.setCreator(creator());
    writer.setDocumentXmpMetadata(xmpMetadata(metadata));

    const QRectF page(0, 0, kPageWidthMm * kMillimetre, kPageHeightMm * kMillimetre);
    const QSizeF bodySize(bodyWidth(), (kPageHeightMm - kTopMm - kBottomMm) * kMillimetre);
    const Result<int> laidOut = body.layOut(writer, bodySize);
    if (!laidOut)
        return laidOut; // before the painter starts: nothing has been written
    const int pages = *laidOut;
    if (pages < 1)
        return Error {tr("There was nothing to print.")};

    QPainter painter;
    if (!painter.begin(&writer))
        return Error {tr("The PDF could not be started.")};
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            return Error {tr("The PDF could not be given a new page.")};
        paintFurniture(painter, page, furniture, i + 1, pages);
        painter.save();
        painter.translate(kLeftMm * kMillimetre, kTopMm * kMillimetre);
        painter.setClipRect(QRectF(QPointF(0, 0), bodySize));
        body.paint(painter, i);
        painter.restore();
    }
    if (!painter.end())
        return Error {tr("The PDF could not be finished.")};
    return pages;
}

Result<int> PdfPages::write(QTextDocument &body, const PdfMetadata &metadata,
    const PageFurniture &furniture, QIODevice &out)
{
    qreal pageHeight = 0;
    PaintedBody painted;
    painted.layOut
        = [&body, &pageHeight](QPaintDevice &device, const QSizeF &bodySize) -> Result<int> {
        pageHeight = bodySize.height();
        body.setDocumentMargin(0);
        body.documentLayout()->setPaintDevice(&device);
        body.setPageSize(bodySize);
        splitParagraphsAtPageBreaks(body, bodySize.height());
        return body.pageCount();
    };
    painted.paint = [&body, &pageHeight](QPainter &painter, int i) {
        painter.translate(0, -i * pageHeight);
        const QRectF clip(0, i * pageHeight, body.pageSize().width(), pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        // A paragraph that ends a page reaches into the next by its bottom margin, and the one
        // that starts the next page touches this page's bottom edge. By the split above no
        // paragraph has lines on two pages, and a clip 3 mm inside the top (less than any line,
        // more than any margin) and 1 mm inside the bottom keeps each to its own page.
        context.clip = clip.adjusted(0, 3 * kMillimetre, 0, -kMillimetre);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        body.documentLayout()->draw(&painter, context);
    };
    return write(painted, metadata, furniture, out);
}

PdfPictures::PdfPictures(QTextDocument *document)
    : QObject(document)
{
    document->documentLayout()->registerHandler(kObjectType, this);
}

void PdfPictures::insert(QTextCursor &cursor, const QSizeF &size, Paint paint)
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(PictureIndex, int(m_pictures.size()));
    format.setProperty(PictureSize, size);
    m_pictures.append(std::move(paint));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF PdfPictures::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(PictureSize).toSizeF();
}

void PdfPictures::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(PictureIndex).toInt();
    if (index < 0 || index >= m_pictures.size())
        return;
    painter->save();
    m_pictures.at(index)(*painter, rect);
    painter->restore();
}

} // namespace hearth
