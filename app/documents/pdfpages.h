#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <functional>

class QIODevice;
class QPaintDevice;
class QPainter;
class QTextCursor;
class QTextDocument;

namespace hearth {

// What a reader's PDF software shows in its document properties. Qt 6.4 writes the title and
// the creator into the document information; all four go into the XMP metadata too.
struct PdfMetadata
{
    QString title;
    QString author; // the practitioner
    QString subject;
    QString language = QStringLiteral("en-GB");
};

// What every page carries around the body: a header with the person's name and the date, a
// footer with the record id and version, "Page N of M", and a DRAFT mark on anything not
// final.
struct PageFurniture
{
    QString headerLeft; // the person's name
    QString headerRight; // the date
    QString footerLeft; // "Record … · version 2"
    bool draft = false;
};

// A4 pages of flowing text for the printouts: the body is a QTextDocument laid out on the PDF
// writer itself, so line breaks and page breaks are the ones the reader sees; a long answer
// flows across pages line by line and is never clipped.
class PdfPages
{
    Q_DECLARE_TR_FUNCTIONS(hearth::PdfPages)

public:
    static constexpr int kResolution = 300; // dots per inch of the layout

    // The body's width in layout pixels, for pictures sized to it.
    static qreal bodyWidth();
    // Writes `body` as a PDF to `out` and returns the number of pages. `body` is laid out for
    // the PDF in the process.
    static Result<int> write(QTextDocument &body, const PdfMetadata &metadata,
        const PageFurniture &furniture, QIODevice &out);

    // A body laid out and painted by its own code: layOut gets the PDF writer (for font
    // metrics) and the body's size in layout pixels and returns the number of pages, or why
    // it cannot be printed (then nothing is written); paint draws one page with the body's
    // top left at (0, 0), clipped to the body.
    struct PaintedBody
    {
        std::function<Result<int>(QPaintDevice &device, const QSizeF &bodySize)> layOut;
        std::function<void(QPainter &painter, int page)> paint;
    };
    static Result<int> write(const PaintedBody &body, const PdfMetadata &metadata,
        const PageFurniture &furniture, QIODevice &out);
    static QByteArray xmpMetadata(const PdfMetadata &metadata);
};

// Pictures inside the flowing text, drawn as vectors by the same code that draws them on
// screen (the ecomap, the wellbeing wheel, the easy-read symbols).
class PdfPictures : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Paint = std::function<void(QPainter &painter, const QRectF &rect)>;

    // Registers itself with `document`, which owns it.
    explicit PdfPictures(QTextDocument *document);

    // Inserts a picture of `size` (layout pixels) at the cursor.
    void insert(QTextCursor &cursor, const QSizeF &size, Paint paint);

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
        const QTextFormat &format) override;

    static constexpr int kObjectType = QTextFormat::UserObject + 1;

private:
    QList<Paint> m_pictures;
};

} // namespace hearth
