#include "cli.h"

#include "core/casefile.h"
#include "core/eligibility.h"
#include "core/language.h"
#include "core/wholefile.h"
#include "documents/printouts.h"
#include "eligibilityjson.h"
#include "hearth/version.h"
#include "passphrase.h"
#include "storage/auditlog.h"
#include "storage/repositories.h"
#include "storage/store.h"
#include "sync/laptopsync.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace hearth::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hearth::cli", text, disambiguation, n);
}

void printOut(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(qUtf8Printable(u"hearth-cli: "_s + text + u'\n'), stderr);
}

// The --help text, in the language of the system (LANGUAGE, LC_ALL, LANG).
QString usageText()
{
    return tr(
        "Usage: hearth-cli [--passphrase-file FILE] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init --db FILE [--practitioner NAME]   make a new encrypted store\n"
        "  import-case --db FILE CASE.json        import a case file; prints the case id\n"
        "  export-case --db FILE ID -o OUT.json   write a case as a case file (- for stdout)\n"
        "  eligibility --db FILE ID [--assessment AID]\n"
        "                                         the eligibility proposal and decision, as JSON\n"
        "  plan --db FILE ID -o PLAN.pdf [--assessment AID]\n"
        "                                         the care and support plan as a PDF\n"
        "  easy-read --db FILE ID -o EASY.pdf [--assessment AID]\n"
        "                                         the plan in easy read, as a PDF\n"
        "                                         (plan and easy-read: --language en|cy; by\n"
        "                                         default Welsh when the person's preferred\n"
        "                                         language is Welsh, else the system's)\n"
        "  enrol --db FILE --office-key office.pub -o device.pub\n"
        "                                         enrol this laptop with the office; writes the\n"
        "                                         laptop's public key for the office\n"
        "  export-bundle --db FILE -o FOLDER      write the end-of-day sync bundle (everything\n"
        "                                         changed since the office's last receipt);\n"
        "                                         prints its path\n"
        "  import-receipt --db FILE RECEIPT...    read back the office's receipt(s)\n"
        "  verify --db FILE                       integrity check and audit-chain check\n"
        "  change-passphrase --db FILE            re-wrap the store's key under a new passphrase\n"
        "\n"
        "The passphrase comes from --passphrase-file FILE (first line), the environment\n"
        "variable HEARTH_PASSPHRASE, or a prompt; never from an argument. For\n"
        "change-passphrase the new one comes from --new-passphrase-file FILE,\n"
        "HEARTH_NEW_PASSPHRASE, or a prompt.\n"
        "\n"
        "Exit status: 0 done, 1 failed (the message says why), 2 wrong command line.\n");
}

struct Invocation
{
    QCommandLineParser parser;
    QString command;
    QStringList positional; // after the command

    QString db() const { return parser.value(u"db"_s); }
};

Result<std::unique_ptr<Store>> openStore(const Invocation &in)
{
    if (!QFileInfo::exists(in.db()))
        return Error {tr("No store at %1. Make one with: hearth-cli init --db %1").arg(in.db())};
    auto passphrase = readPassphrase(in.parser.value(u"passphrase-file"_s), "HEARTH_PASSPHRASE",
        tr("Passphrase for %1: ").arg(in.db()));
    if (!passphrase)
        return Error {passphrase.error()};
    auto store = Store::open(in.db(), *passphrase);
    if (store) {
        for (const QString &warning : (*store)->warnings())
            std::fprintf(stderr, "hearth-cli: %s\n", qPrintable(warning));
    }
    return store;
}

Result<QUuid> parseId(const QString &text, const QString &what)
{
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return Error {tr("'%1' is not a valid %2 id (expected a UUID).").arg(text, what)};
    return id;
}

int fail(const QString &message)
{
    printErr(message);
    return Failure;
}

int usage(const QString &message)
{
    printErr(message + u"\n"_s + tr("Run 'hearth-cli --help' for usage."));
    return UsageError;
}

int cmdInit(Invocation &in)
{
    QString practitioner = in.parser.value(u"practitioner"_s);
    if (practitioner.isEmpty())
        practitioner = qEnvironmentVariable("HEARTH_PRACTITIONER", qEnvironmentVariable("USER"));
    if (practitioner.trimmed().isEmpty())
        return usage(tr("Give the practitioner's name with --practitioner NAME."));
    if (QFileInfo::exists(in.db()))
        return fail(tr("%1 already exists; init never overwrites a store.").arg(in.db()));
    auto passphrase = readPassphrase(in.parser.value(u"passphrase-file"_s), "HEARTH_PASSPHRASE",
        tr("New passphrase for %1: ").arg(in.db()));
    if (!passphrase)
        return fail(passphrase.error());
    auto store = Store::create(in.db(), *passphrase, practitioner.trimmed());
    if (!store)
        return fail(store.error());
    printOut(tr("Created an encrypted store at %1 for %2.\n").arg(in.db(), practitioner.trimmed()));
    return Success;
}

int cmdImportCase(Invocation &in)
{
    if (in.positional.size() != 1)
        return usage(tr("import-case takes exactly one case file."));
    const QString path = in.positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > CaseFile::kMaxFileBytes)
        return fail(tr("%1: the file is %2 bytes; a case file may be at most %3 bytes.")
                        .arg(path)
                        .arg(file.size())
                        .arg(CaseFile::kMaxFileBytes));
    auto parsed = CaseFile::read(file.readAll());
    if (!parsed)
        return fail(tr("%1: %2").arg(path, parsed.error()));
    auto store = openStore(in);
    if (!store)
        return fail(store.error());
    CaseRepository cases(**store);
    auto id = cases.importCase(*parsed);
    if (!id)
        return fail(tr("%1: %2").arg(path, id.error()));
    printOut(id->toString(QUuid::WithoutBraces) + u'\n');
    printOut(tr("Imported the case of %1: %n assessment(s).\n", nullptr,
        static_cast<int>(parsed->assessments.size()))
                 .arg(parsed->person.displayName()));
    return Success;
}

int writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == u"-"_s) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    // QSaveFile: the old file stays whole until the new one is complete (DESIGN 4).
    if (Status written = writeWholeFile(path, bytes); !written)
        return fail(tr("Cannot write %1: %2").arg(path, written.error()));
    return Success;
}

int cmdExportCase(Invocation &in)
{
    if (in.positional.size() != 1)
        return usage(tr("export-case takes exactly one case id."));
    if (!in.parser.isSet(u"output"_s))
        return usage(tr("export-case needs -o FILE (or -o - for standard output)."));
    auto id = parseId(in.positional.first(), tr("case"));
    if (!id)
        return usage(id.error());
    auto store = openStore(in);
    if (!store)
        return fail(store.error());
    auto c = CaseRepository(**store).load(*id);
    if (!c)
        return fail(c.error());
    return writeOutput(in.parser.value(u"output"_s), CaseFile::write(*c));
}

// The assessment asked for with --assessment, else the most recent one: the latest start
// date, the later one in the file on a tie.
Result<qsizetype> chooseAssessment(const Case &c, const QUuid &assessmentId)
{
    if (c.assessments.isEmpty())
        return Error {tr("The case %1 has no assessment yet.")
                          .arg(c.person.id.toString(QUuid::WithoutBraces))};
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < c.assessments.size(); ++i) {
        const Assessment &a = c.assessments.at(i).assessment;
        if (!assessmentId.isNull()) {
            if (a.id == assessmentId)
                chosen = i;
        } else if (chosen < 0 || a.startedOn >= c.assessments.at(chosen).assessment.startedOn) {
            chosen = i;
        }
    }
    if (chosen < 0)
        return Error {
            tr("The case has no assessment %1.").arg(assessmentId.toString(QUuid::WithoutBraces))};
    return chosen;
}

// The commands about one assessment of one case (eligibility, plan, easy-read): the case id,
// --assessment AID or the most recent, the store opened and the case loaded; then `work`.
int withAssessment(Invocation &in,
    const std::function<int(const QUuid &caseId, const Case &c, qsizetype assessment)> &work)
{
    if (in.positional.size() != 1)
        return usage(tr("%1 takes exactly one case id.").arg(in.command));
    auto id = parseId(in.positional.first(), tr("case"));
    if (!id)
        return usage(id.error());
    QUuid assessmentId;
    if (in.parser.isSet(u"assessment"_s)) {
        auto aid = parseId(in.parser.value(u"assessment"_s), tr("assessment"));
        if (!aid)
            return usage(aid.error());
        assessmentId = *aid;
    }
    auto store = openStore(in);
    if (!store)
        return fail(store.error());
    auto c = CaseRepository(**store).load(*id);
    if (!c)
        return fail(c.error());
    auto chosen = chooseAssessment(*c, assessmentId);
    if (!chosen)
        return fail(chosen.error());
    return work(*id, *c, *chosen);
}

// plan and easy-read: the PDF of a case's assessment, written whole or not at all.
int cmdPrintout(Invocation &in, bool easyRead)
{
    if (!in.parser.isSet(u"output"_s))
        return usage(tr("%1 needs -o FILE.pdf (or -o - for standard output).").arg(in.command));
    std::optional<Language> chosen;
    if (in.parser.isSet(u"language"_s)) {
        chosen = language::fromCode(in.parser.value(u"language"_s));
        if (!chosen)
            return usage(tr("'%1' is not a language Hearth prints in: use en (English) or cy "
                            "(Cymraeg).")
                             .arg(in.parser.value(u"language"_s)));
    }
    return withAssessment(in, [&](const QUuid &, const Case &c, qsizetype assessment) {
        const AssessmentRecord record = recordOf(c, assessment);
        const Language language = chosen.value_or(language::forPrintout(
            record.person.communication.preferredLanguage, language::interface()));
        const Result<QByteArray> pdf = printoutPdf(
            record, easyRead ? u"easy-read"_s : u"plan"_s, QDate::currentDate(), language);
        if (!pdf)
            return fail(pdf.error());
        return writeOutput(in.parser.value(u"output"_s), *pdf);
    });
}

// Sync (docs/sync.md) ---------------------------------------------------------------------

int cmdEnrol(Invocation &in)
{
    if (!in.parser.isSet(u"office-key"_s) || !in.parser.isSet(u"output"_s)
        || !in.positional.isEmpty())
        return usage(tr("enrol needs --office-key office.pub and -o device.pub."));
    auto office = sync::OfficePublicKey::read(in.parser.value(u"office-key"_s));
    if (!office)
        return fail(office.error());
    auto store = openStore(in);
    if (!store)
        return fail(store.error());
    auto device = sync::LaptopSync(**store).enrol(*office);
    if (!device)
        return fail(device.error());
    if (int written = writeOutput(in.parser.value(u"output"_s), device->toFile());
        written != Success)
        return written;
    printOut(
        tr("This laptop is enrolled with the office whose fingerprint is %1. Give %2 to the "
           "office, which "
           "enrols it with: hearth-office enrol-device\n")
            .arg(sync::OfficeKeys::readable(office->fingerprint()), in.parser.value(u"output"_s)));
    return Success;
}

int cmdExportBundle(Invocation &in)
{
    if (!in.parser.isSet(u"output"_s) || !in.positional.isEmpty())
        return usage(tr("export-bundle needs -o FOLDER, where the bundle is written."));
    auto store = openStore(in);
    if (!store)
        return fail(store.error());
    const QDate today = QDate::currentDate();
    auto exported = sync::LaptopSync(**store).exportBundle(
        in.parser.value(u"output"_s), [&](const AssessmentRecord &record, const QString &kind) {
            return printoutPdf(record, kind, today,
                language::forPrintout(record.person.communication.preferredLanguage));
        });
    if (!exported)
        return fail(exported.error());
    for (const QString &warning : exported->warnings)
        printErr(warning);
    if (exported->path.isEmpty()) {
        printErr(tr("Nothing has changed since the office's last receipt: no bundle was "
                    "written."));
        return Success;
    }
    printOut(exported->path + u'\n');
    return Success;
}

int cmdImportReceipt(Invocation &in)
{
    if (in.positional.isEmpty())
        return usage(tr("import-receipt takes the receipt file(s) from the office."));
    auto store = openStore(in);
    if (!store)
        return fail(store.error());
    int result = Success;
    for (const QString &path : in.positional) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result = fail(tr("%1: cannot read: %2").arg(path, file.errorString()));
            continue;
        }
        auto applied = sync::LaptopSync(**store).applyReceipt(file.readAll());
        if (!applied) {
            result = fail(u"%1: %2"_s.arg(path, applied.error()));
            continue;
        }
        printOut(tr("%1: the office has bundle %2 (%n record(s)", nullptr, applied->records)
                     .arg(path)
                     .arg(applied->sequence)
            + tr(", %n printout(s))", nullptr, applied->documents)
            + (applied->already ? tr("; this receipt had been read before") : QString())
            + u".\n"_s);
        if (applied->conflicts > 0)
            printOut(tr("%1: %n record(s) conflict with another laptop's changes; the office "
                        "keeps both and will decide.\n",
                nullptr, applied->conflicts)
                         .arg(path));
    }
    return result;
}

int cmdEligibility(Invocation &in)
{
    return withAssessment(in, [](const QUuid &caseId, const Case &c, qsizetype assessment) {
        const Assessment &chosen = c.assessments.at(assessment).assessment;
        const EligibilityProposal proposal = Eligibility::propose(chosen);
        printOut(QString::fromUtf8(QJsonDocument(eligibilityReport(caseId, chosen, proposal))
                                       .toJson(QJsonDocument::Indented)));
        return int(Success);
    });
}

int cmdVerify(Invocation &in)
{
    auto store = openStore(in); // opening runs the integrity check and the backup
    if (!store)
        return fail(store.error());
    if (auto integrity = (*store)->integrityCheck(); !integrity)
        return fail(integrity.error());
    if (auto audit = AuditLog(**store).verify(); !audit)
        return fail(audit.error());
    printOut(tr("The store passed its integrity check and its audit chain verifies.\n"));
    return Success;
}

int cmdChangePassphrase(Invocation &in)
{
    if (!QFileInfo::exists(in.db()))
        return fail(tr("No store at %1.").arg(in.db()));
    auto current = readPassphrase(
        in.parser.value(u"passphrase-file"_s), "HEARTH_PASSPHRASE", tr("Current passphrase: "));
    if (!current)
        return fail(current.error());
    auto next = readPassphrase(
        in.parser.value(u"new-passphrase-file"_s), "HEARTH_NEW_PASSPHRASE", tr("New passphrase: "));
    if (!next)
        return fail(next.error());
    auto store = Store::open(in.db(), *current);
    if (!store)
        return fail(store.error());
    if (auto changed = (*store)->changePassphrase(*current, *next); !changed)
        return fail(changed.error());
    printOut(tr("The passphrase of %1 has been changed.\n").arg(in.db()));
    return Success;
}

} // namespace

int run(const QStringList &arguments)
{
    Invocation in;
    QCommandLineParser &p = in.parser;
    p.setApplicationDescription(tr("Hearth's command-line tool for the laptop store."));
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    p.addOption(help);
    p.addOption(version);
    p.addOption({u"db"_s, tr("The store file."), tr("FILE")});
    p.addOption({u"practitioner"_s, tr("The practitioner's name (init)."), tr("NAME")});
    p.addOption({{u"o"_s, u"output"_s},
        tr("Where to write (export-case, plan, easy-read, enrol, export-bundle)."), tr("FILE")});
    p.addOption({u"office-key"_s, tr("The office's public key (enrol)."), tr("FILE")});
    p.addOption(
        {u"assessment"_s, tr("Which assessment (eligibility, plan, easy-read)."), tr("ID")});
    p.addOption(
        {u"language"_s, tr("The printout's language: en or cy (plan, easy-read)."), tr("LANG")});
    p.addOption({u"passphrase-file"_s, tr("Read the passphrase from FILE."), tr("FILE")});
    p.addOption({u"new-passphrase-file"_s, tr("Read the new passphrase from FILE."), tr("FILE")});
    p.addPositionalArgument(u"command"_s, tr("What to do."));

    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(help)) {
        printOut(usageText());
        return Success;
    }
    if (p.isSet(version)) {
        printOut(u"hearth-cli %1\n"_s.arg(QLatin1String(kVersion)));
        return Success;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("No command given."));
    in.command = positional.first();
    in.positional = positional.mid(1);

    const std::map<QString, std::function<int(Invocation &)>> commands {
        {u"init"_s, cmdInit},
        {u"import-case"_s, cmdImportCase},
        {u"export-case"_s, cmdExportCase},
        {u"eligibility"_s, cmdEligibility},
        {u"plan"_s, [](Invocation &in) { return cmdPrintout(in, false); }},
        {u"easy-read"_s, [](Invocation &in) { return cmdPrintout(in, true); }},
        {u"enrol"_s, cmdEnrol},
        {u"export-bundle"_s, cmdExportBundle},
        {u"import-receipt"_s, cmdImportReceipt},
        {u"verify"_s, cmdVerify},
        {u"change-passphrase"_s, cmdChangePassphrase},
    };
    const auto command = commands.find(in.command);
    if (command == commands.end())
        return usage(tr("Unknown command '%1'.").arg(in.command));
    if (in.db().isEmpty())
        return usage(tr("%1 needs --db FILE.").arg(in.command));
    return command->second(in);
}

} // namespace hearth::cli
