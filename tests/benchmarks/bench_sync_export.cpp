// Sync's export target (issue 5), measured, never asserted: a practitioner's day of work sent
// to the office as one bundle.
//
//   export   LaptopSync::exportBundle into a folder: the outbox and the kept printouts read
//            from the encrypted store, the records parsed and written as the bundle's JSON,
//            signed (Ed25519), sealed to the office (X25519), written with QSaveFile, the
//            bundle recorded in the store (one transaction, synchronous=FULL). No receipt is
//            read, so every run sends the same day's work again, as the laptop does until the
//            office answers.
//            raw: the same record bodies and PDFs read from the store (SyncState) and their
//            bytes written one after another to one file with QSaveFile: no JSON, no
//            signing, no sealing.
//   render   the plan and the easy read of each finalised assessment, made and kept in the
//            store once (keepFinalisedPrintouts), as happens when an assessment is finalised:
//            reported on its own, as export then only reads them.
//
// A day's work: 10 finalised assessments, copies of the finalised sample cases with fresh
// ids. Run with tests/benchmarks/run (or ./dev bench). Target: export <= 200 ms, <= 5x raw.
//
// This links SQLCipher (the store), so it must never load QtSql's SQLite driver (DESIGN,
// "Pitfalls"): the office's side is bench_sync_import.
#include "core/casefile.h"
#include "documents/printouts.h"
#include "figures.h"
#include "storage/repositories.h"
#include "storage/store.h"
#include "storage/syncstate.h"
#include "sync/laptopsync.h"
#include "sync/synckeys.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hearth;
using namespace hearth::benchfigures;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kAssessments = 10;

void fail(const char *what, const QString &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error));
    std::exit(1);
}

// A copy of a case file with every id replaced by a fresh one, consistently, so the copy's
// records link to each other as the original's do.
QByteArray withFreshIds(const QByteArray &json)
{
    static const QRegularExpression uuid(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(json);
    QHash<QString, QString> fresh;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString old = match.captured().toLower();
        if (!fresh.contains(old))
            fresh.insert(old, QUuid::createUuid().toString(QUuid::WithoutBraces));
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += fresh.value(old);
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.toUtf8();
}

// The sample cases whose assessment is finalised: the ones a day's export carries printouts of.
QList<QByteArray> finalisedSamples()
{
    const QDir cases(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    QList<QByteArray> out;
    for (const QString &name :
        cases.entryList({u"adult-*.json"_s, u"carer-*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(cases.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            fail("reading a sample case", name);
        const QByteArray json = file.readAll();
        const Result<Case> c = CaseFile::read(json);
        if (!c)
            fail(qPrintable(name), c.error());
        for (const CaseAssessment &a : c->assessments) {
            if (a.assessment.status == AssessmentStatus::Finalised) {
                out << json;
                break;
            }
        }
    }
    if (out.isEmpty())
        fail("sample cases", u"none has a finalised assessment"_s);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, QString::fromLocal8Bit(argv[1]).toInt() / 10) : 30;

    QTemporaryDir dir;
    if (!dir.isValid())
        fail("temporary folder", dir.errorString());
    auto store = Store::create(
        dir.filePath(u"hearth.db"_s), "a benchmark's passphrase", u"Hannah Ellis"_s);
    if (!store)
        fail("creating the store", store.error());

    const QList<QByteArray> samples = finalisedSamples();
    CaseRepository cases(**store);
    for (int i = 0; i < kAssessments; ++i) {
        const Result<Case> c = CaseFile::read(withFreshIds(samples.at(i % samples.size())));
        if (!c)
            fail("copying a sample case", c.error());
        if (auto imported = cases.importCase(*c); !imported)
            fail("importing a case", imported.error());
    }

    auto office = sync::OfficeKeys::generate();
    if (!office)
        fail("office keys", office.error());
    sync::LaptopSync laptop(**store);
    if (auto enrolled = laptop.enrol(office->publicHalf()); !enrolled)
        fail("enrolling", enrolled.error());

    const QDate today(2026, 11, 23);
    const sync::LaptopSync::Printer printer
        = [&](const AssessmentRecord &record, const QString &kind) {
              return printoutPdf(record, kind, today, Language::English);
          };

    // Once, as at finalising: every finalised assessment's printouts made and kept.
    QElapsedTimer renderTimer;
    renderTimer.start();
    const auto kept = laptop.keepFinalisedPrintouts(printer);
    const double renderMs = double(renderTimer.nsecsElapsed()) / 1e6;
    if (!kept)
        fail("keeping the printouts", kept.error());
    for (const QString &warning : *kept)
        std::fprintf(stderr, "%s\n", qPrintable(warning));

    SyncState state(**store);
    const auto records = state.pendingRecords();
    const auto documents = state.pendingDocuments();
    if (!records || !documents)
        fail("reading the outbox", records ? documents.error() : records.error());
    qint64 pdfBytes = 0;
    for (const StoredDocument &d : *documents)
        pdfBytes += d.content.size();

    QTemporaryDir outbox;
    if (!outbox.isValid())
        fail("temporary folder", outbox.errorString());
    const QDateTime now(today, QTime(17, 0), Qt::UTC);
    QString written;
    const auto removeWritten = [&] {
        if (!written.isEmpty())
            QFile::remove(written);
        written.clear();
    };

    qint64 bundleBytes = 0;
    const Figures hearth = measure(
        runs, 1,
        [&](int) {
            auto exported = laptop.exportBundle(outbox.path(), printer, now);
            if (!exported)
                fail("exporting", exported.error());
            written = exported->path;
        },
        [&] {
            bundleBytes = QFileInfo(written).size();
            removeWritten();
        });
    const Figures raw = measure(
        runs, 1,
        [&](int) {
            const auto bodies = state.pendingRecords();
            const auto pdfs = state.pendingDocuments();
            if (!bodies || !pdfs)
                fail("reading the outbox", bodies ? pdfs.error() : bodies.error());
            written = QDir(outbox.path()).filePath(u"raw.bin"_s);
            QSaveFile file(written);
            if (!file.open(QIODevice::WriteOnly))
                fail("raw export", file.errorString());
            for (const PendingRecord &r : *bodies)
                file.write(r.body);
            for (const StoredDocument &d : *pdfs)
                file.write(d.content);
            if (!file.commit())
                fail("raw export", file.errorString());
        },
        removeWritten);

    std::printf("Export of a day's work: %d assessments, %lld records, %lld PDFs (%.1f MB), "
                "a %.1f MB bundle; %d runs, milliseconds.\n\n",
        kAssessments, qint64(records->size()), qint64(documents->size()), double(pdfBytes) / 1e6,
        double(bundleBytes) / 1e6, runs);
    printHeader();
    const QByteArray work = QStringLiteral("Export a day's work (%1 assessments, %2 PDFs)")
                                .arg(kAssessments)
                                .arg(documents->size())
                                .toUtf8();
    printRow(work.constData(), hearth, raw, "≤ 200 ms, ≤ 5× raw");
    std::printf("| Render the %lld printouts (once, at finalising) | %.0f | – | – | – | – | "
                "not a sync target: made once, when the assessment is finalised |\n",
        qint64(documents->size()), renderMs);
    return 0;
}
