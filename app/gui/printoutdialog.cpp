#include "printoutdialog.h"
#include "ui_printoutdialog.h"

#include "core/wholefile.h"
#include "dialogutil.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QPageRanges>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hearth {

namespace {

QString pagesText(int pages)
{
    // Spelled out: there is no English .ts file to supply %n plural forms.
    return pages == 1 ? PrintoutDialog::tr("1 page") : PrintoutDialog::tr("%1 pages").arg(pages);
}

// The paper the PDF was made for (A4), so the print dialog offers the same.
QPageSize pageSizeOf(const QSizeF &points)
{
    const QPageSize::PageSizeId id
        = QPageSize::id(points.toSize(), QPageSize::Point, QPageSize::FuzzyOrientationMatch);
    return id == QPageSize::Custom ? QPageSize(points, QPageSize::Point) : QPageSize(id);
}

} // namespace

PrintoutDialog::PrintoutDialog(const QString &title, const QString &fileName, Generator generate,
    Language language, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PrintoutDialog>())
    , m_title(title)
    , m_fileName(safeFileName(fileName))
    , m_generate(std::move(generate))
    , m_language(language)
    , m_document(new QPdfDocument(this))
{
    ui->setupUi(this);
    setWindowTitle(title);
    setAccessibleName(title);
    ui->headingLabel->setText(title);
    dialogutil::makeHeading(ui->headingLabel, 1.25);
    ui->pdfView->setAccessibleName(tr("Preview of %1").arg(title));
    ui->pdfView->setDocument(m_document);
    ui->pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    ui->pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    ui->pdfView->setPageSpacing(12);
    ui->pdfView->setDocumentMargins(QMargins(12, 12, 12, 12));
    // Paper on a grey desk, so where one page ends and the next begins is plain to see.
    ui->pdfView->setBackgroundRole(QPalette::Dark);
    ui->pdfView->setFocusPolicy(Qt::StrongFocus);
    ui->pageCountLabel->hide();
    ui->progressPanel->hide();
    dialogutil::showInlineMessage(ui->messageLabel, {}, false);
    ui->saveButton->setEnabled(false);
    ui->printButton->setEnabled(false);

    connect(ui->saveButton, &QPushButton::clicked, this, &PrintoutDialog::saveAs);
    connect(ui->printButton, &QPushButton::clicked, this, &PrintoutDialog::print);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // Each language by its own name, as language choosers show them.
    for (const Language each : {Language::English, Language::Welsh})
        ui->languageCombo->addItem(language::nativeName(each), static_cast<int>(each));
    ui->languageCombo->setCurrentIndex(ui->languageCombo->findData(static_cast<int>(language)));
    connect(ui->languageCombo, &QComboBox::activated, this, [this](int index) {
        setLanguage(static_cast<Language>(ui->languageCombo->itemData(index).toInt()));
    });
    connect(m_document, &QPdfDocument::statusChanged, this, &PrintoutDialog::documentStatusChanged);

    chooseFile = [this](const QString &suggested) {
        QFileDialog dialog(this, tr("Save %1").arg(m_title));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setNameFilter(tr("PDF documents (*.pdf)"));
        dialog.setDefaultSuffix(QStringLiteral("pdf"));
        dialog.selectFile(suggested);
        return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
            ? dialog.selectedFiles().constFirst()
            : QString();
    };
    choosePrinter = [this](QPrinter &printer) {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print %1").arg(m_title));
        dialog.setMinMax(1, std::max(1, m_document->pageCount()));
        return dialog.exec() == QDialog::Accepted;
    };

    // Room for an A4 page at a readable width, on a 1366 × 768 laptop screen too.
    QSize size(860, 760);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
    ui->closeButton->setFocus();

    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(kProgressDelayMs);
    connect(&m_progressDelay, &QTimer::timeout, this, [this] {
        if (m_watcher.isRunning())
            ui->progressPanel->show();
    });
    connect(&m_watcher, &QFutureWatcher<Made>::finished, this, &PrintoutDialog::generated);
    startMaking();
}

void PrintoutDialog::setLanguage(Language language)
{
    const int index = ui->languageCombo->findData(static_cast<int>(language));
    if (ui->languageCombo->currentIndex() != index)
        ui->languageCombo->setCurrentIndex(index);
    if (language == m_language)
        return;
    m_language = language;
    startMaking();
}

void PrintoutDialog::startMaking()
{
    // What was shown goes: nothing can be saved or printed in the old language meanwhile.
    ui->pdfView->setDocument(nullptr);
    m_document->close();
    m_buffer.close();
    m_pdf.clear();
    ui->pdfView->setDocument(m_document);
    ui->pdfView->show();
    ui->pageCountLabel->hide();
    ui->saveButton->show();
    ui->printButton->show();
    ui->saveButton->setEnabled(false);
    ui->printButton->setEnabled(false);
    showMessage({}, false);
    m_progressDelay.start();
    // A PDF still being made in the other language finishes unseen: the watcher follows only
    // the latest.
    m_watcher.setFuture(QtConcurrent::run([generate = m_generate, language = m_language] {
        Made made;
        QBuffer buffer(&made.pdf);
        buffer.open(QIODevice::WriteOnly);
        const Result<int> pages = generate(buffer, language);
        if (pages)
            made.pages = pages.value();
        else
            made.error = pages.error();
        return made;
    }));
}

PrintoutDialog::~PrintoutDialog()
{
    // The view and the document read the buffer, which goes before them.
    ui->pdfView->setDocument(nullptr);
    m_document->close();
}

bool PrintoutDialog::isReady() const
{
    return m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
}

QString PrintoutDialog::safeFileName(const QString &name)
{
    QString safe = name;
    // Not in a file name on Windows, macOS or Linux, nor a USB stick's FAT.
    for (const QChar c : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        safe.replace(c, QLatin1Char(' '));
    safe = safe.simplified();
    return safe.isEmpty() ? tr("Printout.pdf") : safe;
}

void PrintoutDialog::generated()
{
    m_progressDelay.stop();
    ui->progressPanel->hide();
    const Made made = m_watcher.result();
    if (!made.error.isEmpty() || made.pdf.isEmpty()) {
        fail(made.error.isEmpty() ? tr("the PDF came out empty.") : made.error);
        return;
    }
    m_pdf = made.pdf;
    m_buffer.setData(m_pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    documentStatusChanged();
}

void PrintoutDialog::documentStatusChanged()
{
    switch (m_document->status()) {
    case QPdfDocument::Status::Ready:
        if (m_document->pageCount() == 0)
            break;
        ui->pageCountLabel->setText(pagesText(m_document->pageCount()));
        ui->pageCountLabel->setAccessibleName(ui->pageCountLabel->text());
        ui->pageCountLabel->show();
        ui->saveButton->setEnabled(true);
        ui->printButton->setEnabled(true);
        // The keyboard goes to the pages: Page Down reads on, Tab reaches the buttons.
        if (!focusWidget() || focusWidget() == ui->closeButton)
            ui->pdfView->setFocus(Qt::OtherFocusReason);
        emit ready(m_document->pageCount());
        break;
    case QPdfDocument::Status::Error:
        fail(tr("the PDF that was made cannot be read back."));
        break;
    case QPdfDocument::Status::Null:
    case QPdfDocument::Status::Loading:
    case QPdfDocument::Status::Unloading:
        break;
    }
}

void PrintoutDialog::fail(const QString &message)
{
    const QString text = tr("Hearth could not make %1: %2").arg(m_title, message);
    ui->pdfView->hide();
    ui->saveButton->hide();
    ui->printButton->hide();
    showMessage(text, true);
    ui->closeButton->setFocus();
    emit failed(text);
}

void PrintoutDialog::showMessage(const QString &message, bool isError)
{
    dialogutil::showInlineMessage(ui->messageLabel, message, isError);
}

bool PrintoutDialog::saveAs()
{
    if (!isReady())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = chooseFile(QDir(folder).filePath(m_fileName));
    if (path.isEmpty())
        return false;
    const QString shown = QDir::toNativeSeparators(path);

    // Whole or not at all: a full disk or a pulled USB stick leaves the old file (or none),
    // never half a PDF.
    if (Status written = writeWholeFile(path, m_pdf); !written) {
        showMessage(tr("Not saved: Hearth could not write %1 (%2). Nothing was left half "
                       "written: choose another folder, or free some space.")
                        .arg(shown, written.error()),
            true);
        return false;
    }
    showMessage(tr("Saved to %1.").arg(shown), false);
    return true;
}

bool PrintoutDialog::print()
{
    if (!isReady())
        return false;
    const int pages = m_document->pageCount();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_title);
    printer.setCreator(QGuiApplication::applicationDisplayName());
    printer.setPageSize(pageSizeOf(m_document->pagePointSize(0)));
    // The PDF has its own margins: the page is drawn on the whole sheet.
    printer.setFullPage(true);
    if (!choosePrinter(printer))
        return false;

    QList<int> chosen;
    const QPageRanges ranges = printer.pageRanges();
    for (int page = 1; page <= pages; ++page) {
        if (ranges.isEmpty() || ranges.contains(page))
            chosen.append(page - 1);
    }
    if (chosen.isEmpty()) {
        showMessage(tr("Nothing printed: the pages chosen are not in this printout, which "
                       "has %1.")
                        .arg(pagesText(pages)),
            true);
        return false;
    }

    QPainter painter;
    if (!painter.begin(&printer)) {
        showMessage(
            tr("Nothing printed: Hearth could not start printing on %1.")
                .arg(printer.printerName().isEmpty() ? tr("the printer") : printer.printerName()),
            true);
        return false;
    }
    ui->saveButton->setEnabled(false);
    ui->printButton->setEnabled(false);
    QProgressDialog progress(
        tr("Printing %1…").arg(m_title), tr("Cancel"), 0, static_cast<int>(chosen.size()), this);
    progress.setWindowTitle(tr("Printing"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kProgressDelayMs);
    progress.setAccessibleName(tr("Printing"));

    const int dpi = std::min(printer.resolution(), kMaxPrintDpi);
    const QRect sheet = printer.paperRect(QPrinter::DevicePixel).toRect();
    QString error;
    for (qsizetype i = 0; i < chosen.size() && error.isEmpty(); ++i) {
        progress.setValue(static_cast<int>(i));
        if (progress.wasCanceled()) {
            printer.abort();
            error = tr("Printing was cancelled.");
            break;
        }
        if (i > 0 && !printer.newPage()) {
            error = tr("the printer did not take page %1.").arg(chosen.at(i) + 1);
            break;
        }
        const QSizeF points = m_document->pagePointSize(chosen.at(i));
        const QImage image = m_document->render(chosen.at(i), (points * dpi / 72.0).toSize());
        if (image.isNull()) {
            error = tr("page %1 could not be drawn.").arg(chosen.at(i) + 1);
            break;
        }
        QRect target(QPoint(), image.size().scaled(sheet.size(), Qt::KeepAspectRatio));
        target.moveCenter(sheet.center());
        painter.drawImage(target, image);
    }
    painter.end();
    progress.setValue(static_cast<int>(chosen.size()));
    ui->saveButton->setEnabled(true);
    ui->printButton->setEnabled(true);

    if (!error.isEmpty()) {
        showMessage(tr("Not all printed: %1").arg(error), true);
        return false;
    }
    QString where = printer.printerName();
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        where = QDir::toNativeSeparators(printer.outputFileName());
    showMessage(tr("Sent %1 to %2.")
                    .arg(pagesText(static_cast<int>(chosen.size())),
                        where.isEmpty() ? tr("the printer") : where),
        false);
    return true;
}

} // namespace hearth
