// Hearth's speed targets (issue: the guided assessment), measured, never asserted: the
// machines are shared and noisy, so each figure is reported beside the raw cost of the same
// work and as a ratio to it.
//
//   edit to commit   CaseSession: one edit to the assessment, saved (record history, audit
//                    chain, outbox, one transaction, synchronous=FULL)
//                    raw: the same bytes UPDATEd into one row of a bare SQLCipher table, in a
//                    transaction with the same pragmas
//   switch step      AssessmentView::goToStep and the whole window rendered (QWidget::grab)
//                    raw: a window of the same size switching between two empty pages,
//                    rendered the same way
//   caseload search  MainWindow: search text in, the table filled
//                    raw: the same LIKE over the same 10,000 rows with the sqlite3 C API
//
// With 10,000 people in the store. Run with tests/benchmarks/run (or ./dev bench).
#include "caseload.h"
#include "core/casefile.h"
#include "figures.h"
#include "gui/assessmentview.h"
#include "gui/caseloadmodel.h"
#include "gui/casesession.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

using namespace hearth;
using namespace hearth::benchcaseload;
using namespace hearth::benchfigures;

namespace {

constexpr int kPeople = 10000;

void row(const char *what, const Figures &hearth, const Figures &raw, const char *target)
{
    printRow(what, hearth, raw, target, 2);
    std::fflush(stdout);
}

Figures rawCommit(const QString &path, qsizetype bytes, int runs)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const QByteArray key = "x'" + QByteArray(64, 'a') + "'";
    sqlite3_key(db, key.constData(), int(key.size()));
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    sqlite3_exec(
        db, "CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "INSERT INTO t VALUES (1, x'00')", nullptr, nullptr, nullptr);
    sqlite3_stmt *update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE t SET body = ? WHERE id = 1", -1, &update, nullptr);
    QByteArray body(bytes, 'x');
    const Figures figures = measure(runs, 20, [&](int i) {
        body[i % body.size()] = char('a' + i % 26);
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_blob(update, 1, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        sqlite3_step(update);
        sqlite3_reset(update);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });
    sqlite3_finalize(update);
    sqlite3_close(db);
    return figures;
}

Figures rawSearch(const QString &path, const QByteArray &passphrase, int runs)
{
    // The store's own database, opened through Store so the key is right, then queried
    // directly: the same LIKE the repository runs, without building entries or a model.
    auto store = Store::open(path, passphrase);
    if (!store)
        return {};
    sqlite3 *db = (*store)->handle();
    sqlite3_stmt *query = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT id, display_name, date_of_birth, nhs_number FROM persons "
        "WHERE search_text LIKE ? ORDER BY family_name, given_names",
        -1, &query, nullptr);
    const QList<QByteArray> terms = {"%okaf%", "%price%", "%ex12%", "%hannah%", "%nowak%"};
    const Figures figures = measure(runs, 5, [&](int i) {
        const QByteArray &term = terms.at(i % terms.size());
        sqlite3_bind_text(query, 1, term.constData(), int(term.size()), SQLITE_STATIC);
        while (sqlite3_step(query) == SQLITE_ROW) { }
        sqlite3_reset(query);
    });
    sqlite3_finalize(query);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Startup::setUpApplication();
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 300;

    QTemporaryDir dir;
    const QByteArray passphrase = "benchmark passphrase 2026";
    const QString path = dir.filePath(QStringLiteral("hearth.db"));
    auto created = Store::create(path, passphrase, QStringLiteral("Sam Okafor"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 1;
    }
    Store &store = **created;
    if (!fill(store, kPeople))
        return 1;
    // The person whose assessment is edited: a full sample case, so the record is realistic.
    QFile sample(QStringLiteral(HEARTH_TEST_DATA "/cases/adult-eligible-sian-pritchard.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return 1;
    auto sampleCase = CaseFile::read(sample.readAll());
    if (!sampleCase || !CaseRepository(store).importCase(*sampleCase))
        return 1;
    const QUuid personId = sampleCase->person.id;

    std::printf("Hearth benchmarks: %d people in the store, %d runs each, milliseconds.\n\n",
        kPeople + 1, runs);
    printHeader();

    // Edit to commit.
    {
        CaseSession session(store);
        if (!check(session.open(personId), "opening the case"))
            return 1;
        // The sample's assessment is finalised, hence read-only: edit a new draft version.
        if (session.isReadOnly() && !check(session.startNewVersion(), "starting a new version"))
            return 1;
        const Figures hearth = measure(runs, 20, [&](int i) {
            session.editAssessment(
                [i](Assessment &a) { a.whatMatters.inTheirWords += QChar(u'a' + i % 26); });
            const Status saved = session.saveNow();
            Q_UNUSED(saved)
        });
        const qsizetype bytes = QJsonDocument(CaseFile::toJson(session.assessment()))
                                    .toJson(QJsonDocument::Compact)
                                    .size();
        const Figures raw = rawCommit(dir.filePath(QStringLiteral("raw.db")), bytes, runs);
        row("Edit to its commit", hearth, raw, "p99 ≤ 20 ms");
        if (!check(session.close(), "closing the case"))
            return 1;
    }

    // Switching steps.
    {
        MainWindow window(store);
        window.resize(1366, 768);
        window.show();
        window.showPerson(personId);
        AssessmentView *view = window.assessmentView();
        const QList<AssessmentStep> steps = AssessmentFlow::allSteps();
        const Figures hearth = measure(runs, steps.size(), [&](int i) {
            view->goToStep(steps.at(i % steps.size()));
            const QPixmap shown = window.grab(); // renders every visible widget, now
            Q_UNUSED(shown)
        });

        QWidget plain;
        plain.resize(1366, 768);
        auto *stack = new QStackedWidget(&plain);
        auto *layout = new QVBoxLayout(&plain);
        layout->addWidget(stack);
        stack->addWidget(new QWidget);
        stack->addWidget(new QWidget);
        plain.show();
        const Figures raw = measure(runs, 10, [&](int i) {
            stack->setCurrentIndex(i % 2);
            const QPixmap shown = plain.grab();
            Q_UNUSED(shown)
        });
        row("Switch step", hearth, raw, "≤ 50 ms");
        const Status closed = view->closeCase();
        Q_UNUSED(closed)
    }

    // Caseload search.
    {
        MainWindow window(store);
        window.resize(1366, 768);
        window.show();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        const QStringList terms = {u"okaf"_qs, u"price"_qs, u"ex12"_qs, u"hannah"_qs, u"nowak"_qs};
        const Figures hearth = measure(runs, 5, [&](int i) {
            search->setText(terms.at(i % terms.size()));
            window.refresh();
        });
        const Figures raw = rawSearch(path, passphrase, runs);
        row("Caseload search", hearth, raw, "≤ 50 ms");
    }
    return 0;
}
