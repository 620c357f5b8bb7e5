#pragma once

#include "core/language.h"
#include "core/result.h"

#include <QBuffer>
#include <QByteArray>
#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <functional>
#include <memory>

class QPdfDocument;
class QPrinter;

namespace Ui {
class PrintoutDialog;
}

namespace hearth {

// A printout (the plan, the easy read) before it leaves the laptop: the PDF is made in memory
// on a worker thread, shown page by page, then saved to a chosen folder or printed. Making a
// large plan can take a moment, so a busy bar appears if it takes longer than
// kProgressDelayMs; below that it would only flicker.
class PrintoutDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kProgressDelayMs = 200;
    // Pages are printed as pictures of the PDF: finer than this adds memory, not sharpness.
    static constexpr int kMaxPrintDpi = 300;

    // Writes the PDF in the language to the device and returns its number of pages. It runs on
    // another thread and may outlive the dialog (closing it does not stop a PDF half made), so
    // it must own everything it reads: capture a copy of the record, never a reference.
    using Generator = std::function<Result<int>(QIODevice &, Language)>;

    // `title` heads the dialog ("Care and support plan for Siân Pritchard"); `fileName` is
    // the name first offered when saving. The printout is made in `language` first; the
    // practitioner can choose the other, and it is made again.
    PrintoutDialog(const QString &title, const QString &fileName, Generator generate,
        Language language, QWidget *parent = nullptr);
    ~PrintoutDialog() override;

    // Where to save, given the suggested path; empty to cancel. The default asks with a file
    // dialog; tests answer it themselves.
    std::function<QString(const QString &suggested)> chooseFile;
    // Sets up the printer (which one, which pages); false to cancel. The default asks with
    // the print dialog; tests set a PDF printer.
    std::function<bool(QPrinter &)> choosePrinter;

    // True once the PDF is made and loaded into the preview.
    bool isReady() const;
    // The language the printout is (being) made in.
    Language language() const { return m_language; }
    // Makes the printout again in `language` (as choosing it in the dialog does).
    void setLanguage(Language language);
    QPdfDocument *document() const { return m_document; }
    // The PDF as made, empty until ready.
    QByteArray pdf() const { return m_pdf; }
    // The name first offered when saving, without characters a file name cannot hold.
    static QString safeFileName(const QString &name);

public slots:
    // Asks where, then writes the whole PDF or nothing (QSaveFile). True when saved.
    bool saveAs();
    // Asks for a printer, then prints the chosen pages. True when sent to the printer.
    bool print();

signals:
    // The PDF is made and in the preview.
    void ready(int pages);
    // Making the PDF failed; `message` says why in words.
    void failed(const QString &message);

private:
    struct Made
    {
        int pages = 0;
        QString error;
        QByteArray pdf;
    };

    void startMaking();
    void generated();
    void documentStatusChanged();
    void fail(const QString &message);
    void showMessage(const QString &message, bool isError);

    std::unique_ptr<Ui::PrintoutDialog> ui;
    QString m_title;
    QString m_fileName;
    Generator m_generate;
    Language m_language = Language::English;
    QFutureWatcher<Made> m_watcher;
    QTimer m_progressDelay;
    QByteArray m_pdf;
    QBuffer m_buffer;
    QPdfDocument *m_document = nullptr;
};

} // namespace hearth
