// The printouts' speed targets (issue 4), measured, never asserted: both PDFs of the largest
// sample case, each beside a raw QPdfWriter run that writes the same amount of text.
//
//   plan PDF        PlanPdf::write into memory: the HTML built, laid out on the PDF writer,
//                   paginated with headings kept and paragraphs split, the ecomap and the
//                   wellbeing wheel drawn, the header and footer on every page
//   easy-read PDF   EasyReadPdf::write into memory, with the plain-language splits and the
//                   OpenMoji pictures
//   raw             QPainter::drawText of the document's plain text in the same font and
//                   size, cut into lines that fit, on a QPdfWriter at the same resolution
//
// Run with tests/benchmarks/run (or ./dev bench). Targets: plan <= 300 ms, easy read <= 500 ms,
// ratio to raw <= 4x.
#include "core/casefile.h"
#include "documents/easyreadpdf.h"
#include "documents/planpdf.h"
#include "figures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

using namespace hearth;
using namespace hearth::benchfigures;

namespace {

// The same text, as plainly as a PDF can be written: cut into lines of a fixed number of
// characters (what fits the page at that size) and drawn line under line, page after page.
void rawPdf(const QString &text, qreal pointSize, int charsPerLine)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    painter.setFont(font);
    const int lineHeight = painter.fontMetrics().lineSpacing();
    const int bottom = painter.viewport().height();
    const QString flat = text.simplified();
    int y = lineHeight;
    for (qsizetype at = 0; at < flat.size(); at += charsPerLine) {
        if (y > bottom) {
            writer.newPage();
            y = lineHeight;
        }
        painter.drawText(0, y, flat.mid(at, charsPerLine));
        y += lineHeight;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, QString::fromLocal8Bit(argv[1]).toInt() / 10) : 30;

    // The largest sample case file: the most to print.
    const QDir cases(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    QString largest;
    qint64 size = -1;
    for (const QFileInfo &info :
        cases.entryInfoList({QStringLiteral("adult-*.json")}, QDir::Files)) {
        if (info.size() > size) {
            size = info.size();
            largest = info.filePath();
        }
    }
    QFile in(largest);
    if (!in.open(QIODevice::ReadOnly))
        return 1;
    const Result<Case> read = CaseFile::read(in.readAll());
    if (!read || read->assessments.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(largest), qPrintable(read.error()));
        return 1;
    }
    const AssessmentRecord record = recordOf(*read, read->assessments.size() - 1);
    const QDate today(2026, 11, 23);

    QTextDocument planText;
    PlanPdf::build(planText, record);
    QTextDocument easyText;
    EasyReadPdf::build(easyText, record);

    std::printf("Printouts of %s, %d runs each, milliseconds.\n\n",
        qPrintable(QFileInfo(largest).fileName()), runs);
    printHeader();
    {
        const Figures hearth = measure(runs, 1, [&](int) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            (void)PlanPdf::write(record, today, out, Language::English);
        });
        const Figures raw = measure(runs, 1, [&](int) { rawPdf(planText.toPlainText(), 10, 95); });
        printRow("Plan PDF", hearth, raw, "≤ 300 ms, ≤ 4× raw");
    }
    {
        const Figures hearth = measure(runs, 1, [&](int) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            (void)EasyReadPdf::write(record, today, out, Language::English);
        });
        const Figures raw = measure(runs, 1, [&](int) { rawPdf(easyText.toPlainText(), 16, 55); });
        printRow("Easy-read PDF", hearth, raw, "≤ 500 ms, ≤ 4× raw");
    }
    return 0;
}
