#include "office.h"

#include "cli/passphrase.h"
#include "core/casefile.h"
#include "core/wholefile.h"
#include "hearth/version.h"
#include "officedatabase.h"
#include "sync/synckeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace hearth::office {

namespace {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hearth::office", text, disambiguation, n);
}

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString usage()
{
    return tr("Usage: hearth-office COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  check-case FILE...   check case files sent from a laptop; each is reported\n"
              "                       as valid or with the first problem and where it is\n"
              "  keygen --out DIR     make the office's keys: DIR/office.pub for the laptops,\n"
              "                       DIR/office.key encrypted under the office passphrase\n"
              "  enrol-device --db TARGET --keys DIR DEVICE.pub...\n"
              "                       register laptops that enrolled with this office\n"
              "  import --db TARGET --keys DIR [--receipts DIR] BUNDLE...\n"
              "                       import sync bundles; writes a receipt for each\n"
              "                       (beside the bundle, or in --receipts DIR)\n"
              "  conflicts --db TARGET\n"
              "                       list records two laptops changed from the same point\n"
              "  dump --db TARGET     print every record in a canonical, stable order\n"
              "  --version            print the version\n"
              "  --help               print this help\n"
              "\n"
              "TARGET is a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE) or the\n"
              "path of an SQLite file. Either is created and brought up to date on first use.\n"
              "The office passphrase comes from --passphrase-file FILE (first line), the\n"
              "environment variable HEARTH_OFFICE_PASSPHRASE, or a prompt.\n"
              "\n"
              "Exit status: 0 done, 1 something failed (the message says what), 2 wrong\n"
              "command line.\n");
}

// The office receives case files by secure email or shared drive: before anyone imports one,
// it is checked with the same reader the laptop uses, so the office and the laptop never
// disagree about what a valid case is.
int checkCase(const QStringList &files)
{
    if (files.isEmpty()) {
        print(stderr, tr("check-case: name at least one case file.\n"));
        return Usage;
    }
    int result = Success;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            print(stderr, tr("%1: cannot read: %2\n").arg(path, file.errorString()));
            result = Failure;
            continue;
        }
        if (file.size() > CaseFile::kMaxFileBytes) {
            print(stderr,
                tr("%1: the file is %2 bytes; a case file may be at most %3 bytes.\n")
                    .arg(path)
                    .arg(file.size())
                    .arg(CaseFile::kMaxFileBytes));
            result = Failure;
            continue;
        }
        const Result<Case> parsed = CaseFile::read(file.readAll());
        if (!parsed) {
            print(stderr, tr("%1: %2\n").arg(path, parsed.error()));
            result = Failure;
            continue;
        }
        print(stdout,
            tr("%1: valid (%2, %3 assessment(s))\n")
                .arg(path, parsed->person.listName())
                .arg(parsed->assessments.size()));
    }
    return result;
}

struct Invocation
{
    QCommandLineParser parser;
    QString command;
    QStringList positional;

    QString option(const char *name) const { return parser.value(QString::fromLatin1(name)); }
};

int usageError(const QString &message)
{
    print(stderr, u"hearth-office: "_s + message + u"\n\n"_s + usage());
    return Usage;
}

int failed(const QString &message)
{
    print(stderr, u"hearth-office: "_s + message + u'\n');
    return Failure;
}

Result<std::unique_ptr<OfficeDatabase>> openDatabase(const Invocation &in)
{
    return OfficeDatabase::open(in.option("db"));
}

int keygen(const Invocation &in)
{
    const QString dir = in.option("out");
    if (dir.isEmpty() || !in.positional.isEmpty())
        return usageError(tr("keygen needs --out DIR."));
    // Checked here as well as in OfficeKeys::save, so nobody is asked for a passphrase that
    // cannot be used.
    for (const QString &path :
        {sync::OfficeKeys::publicKeyPath(dir), sync::OfficeKeys::privateKeyPath(dir)}) {
        if (QFileInfo::exists(path))
            return failed(
                tr("%1 already exists; the office keys were left as they are.").arg(path));
    }
    auto passphrase = cli::readPassphrase(
        in.option("passphrase-file"), "HEARTH_OFFICE_PASSPHRASE", tr("New office passphrase: "));
    if (!passphrase)
        return failed(passphrase.error());
    if (passphrase->size() < 12)
        return failed(tr("The office passphrase must be at least 12 characters."));
    auto keys = sync::OfficeKeys::generate();
    if (!keys)
        return failed(keys.error());
    if (Status s = keys->save(dir, *passphrase); !s)
        return failed(s.error());
    print(stdout,
        tr("Office keys made. Give %1 to each laptop to enrol; keep %2 and its passphrase safe.\n"
           "Fingerprint: %3\n")
            .arg(sync::OfficeKeys::publicKeyPath(dir), sync::OfficeKeys::privateKeyPath(dir),
                sync::OfficeKeys::readable(sync::OfficeKeys::fingerprint(keys->publicKey))));
    return Success;
}

int enrolDevice(const Invocation &in)
{
    if (in.option("keys").isEmpty() || in.positional.isEmpty())
        return usageError(
            tr("enrol-device needs --db TARGET, --keys DIR and the laptops' device.pub files."));
    auto office = sync::OfficePublicKey::read(sync::OfficeKeys::publicKeyPath(in.option("keys")));
    if (!office)
        return failed(office.error());
    auto db = openDatabase(in);
    if (!db)
        return failed(db.error());
    int result = Success;
    for (const QString &path : in.positional) {
        auto device = sync::DevicePublicKey::read(path);
        if (!device) {
            result = failed(device.error());
            continue;
        }
        if (Status s = (*db)->enrolDevice(*device, *office); !s) {
            result = failed(u"%1: %2"_s.arg(path, s.error()));
            continue;
        }
        print(stdout,
            tr("%1: enrolled the laptop of %2 (device %3).\n")
                .arg(path, device->practitioner, device->deviceId.toString(QUuid::WithoutBraces)));
    }
    return result;
}

// "[#######.............]  12/40 bundles" on a terminal, redrawn in place.
class ProgressBar
{
public:
    explicit ProgressBar(qsizetype total)
        : m_total(total)
        , m_shown(total > 1 && isatty(fileno(stderr)))
    {
    }
    void step(qsizetype done)
    {
        if (!m_shown)
            return;
        constexpr int kWidth = 30;
        const int filled = int(kWidth * done / m_total);
        print(stderr,
            u"\r[%1%2] %3/%4 bundles"_s.arg(QString(filled, u'#'), QString(kWidth - filled, u'.'))
                .arg(done)
                .arg(m_total));
        if (done == m_total)
            print(stderr, u"\n"_s);
    }
    // A message printed while the bar is showing starts on a line of its own.
    void interrupt()
    {
        if (m_shown)
            print(stderr, u"\r\x1b[K"_s);
    }

private:
    qsizetype m_total;
    bool m_shown;
};

QString receiptPath(const Invocation &in, const QString &bundlePath)
{
    const QFileInfo info(bundlePath);
    const QString name = info.completeBaseName() + u".receipt"_s;
    const QString dir = in.option("receipts");
    return QDir(dir.isEmpty() ? info.absolutePath() : dir).filePath(name);
}

int importBundles(const Invocation &in)
{
    if (in.option("keys").isEmpty() || in.positional.isEmpty())
        return usageError(tr("import needs --db TARGET, --keys DIR and at least one bundle."));
    if (!in.option("receipts").isEmpty() && !QFileInfo(in.option("receipts")).isDir())
        return failed(tr("%1 is not a folder.").arg(in.option("receipts")));
    auto passphrase = cli::readPassphrase(
        in.option("passphrase-file"), "HEARTH_OFFICE_PASSPHRASE", tr("Office passphrase: "));
    if (!passphrase)
        return failed(passphrase.error());
    auto keys = sync::OfficeKeys::load(in.option("keys"), *passphrase);
    if (!keys)
        return failed(keys.error());
    auto db = openDatabase(in);
    if (!db)
        return failed(db.error());

    int result = Success;
    ProgressBar progress(in.positional.size());
    qsizetype done = 0;
    for (const QString &path : in.positional) {
        progress.step(done++);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            progress.interrupt();
            result = failed(tr("%1: cannot read: %2").arg(path, file.errorString()));
            continue;
        }
        constexpr qint64 kMaxBundleBytes = qint64(512) * 1024 * 1024;
        if (file.size() > kMaxBundleBytes) {
            progress.interrupt();
            result
                = failed(tr("%1: rejected: the file is larger than any bundle can be.").arg(path));
            continue;
        }
        auto imported = (*db)->importBundle(file.readAll(), *keys);
        if (!imported) {
            progress.interrupt();
            result = failed(tr("%1: rejected, nothing imported: %2").arg(path, imported.error()));
            continue;
        }
        const QString receipt = receiptPath(in, path);
        if (Status written = writeWholeFile(receipt, imported->receipt.write(*keys)); !written) {
            progress.interrupt();
            result = failed(tr("%1: imported, but the receipt %2 could not be written: %3. "
                               "Import the bundle again to write it.")
                                .arg(path, receipt, written.error()));
            continue;
        }
        progress.interrupt();
        print(stdout,
            (imported->already ? tr("%1: bundle %2 from %3 was already imported; nothing changed")
                               : tr("%1: imported bundle %2 from %3"))
                    .arg(path)
                    .arg(imported->sequence)
                    .arg(imported->practitioner)
                + tr(" (%n record(s)", nullptr, imported->records)
                + tr(", %n printout(s))", nullptr, imported->documents)
                + tr("; receipt %1\n").arg(receipt));
        if (imported->conflicts > 0)
            print(stdout,
                tr("%1: %n record(s) in conflict: see hearth-office conflicts\n", nullptr,
                    imported->conflicts)
                    .arg(path));
        if (!imported->missingBefore.isEmpty()) {
            QStringList numbers;
            for (qint64 n : imported->missingBefore)
                numbers << QString::number(n);
            print(stdout,
                tr("%1: not yet received from this laptop: bundle(s) %2\n")
                    .arg(path, numbers.join(u", "_s)));
        }
    }
    progress.step(done);
    return result;
}

int listConflicts(const Invocation &in)
{
    auto db = openDatabase(in);
    if (!db)
        return failed(db.error());
    auto conflicts = (*db)->conflicts();
    if (!conflicts)
        return failed(conflicts.error());
    if (conflicts->isEmpty()) {
        print(stdout, tr("No conflicts.\n"));
        return Success;
    }
    for (const Conflict &c : *conflicts) {
        auto side = [](const Conflict::Side &s) {
            return tr("%1 (device %2) changed it from version %3 to %4")
                .arg(s.practitioner, s.deviceId.toString(QUuid::WithoutBraces))
                .arg(s.baseVersion)
                .arg(s.version);
        };
        print(stdout,
            tr("%1 %2\n  %3\n  %4\n  differs in: %5\n")
                .arg(c.kind, c.recordId.toString(QUuid::WithoutBraces), side(c.first),
                    side(c.second),
                    c.differingFields.isEmpty() ? tr("nothing") : c.differingFields.join(u", "_s)));
    }
    return Success;
}

int dump(const Invocation &in)
{
    auto db = openDatabase(in);
    if (!db)
        return failed(db.error());
    auto text = (*db)->dump();
    if (!text)
        return failed(text.error());
    print(stdout, *text);
    return Success;
}

} // namespace

int run(const QStringList &arguments)
{
    Invocation in;
    QCommandLineParser &p = in.parser;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOption({{u"h"_s, u"help"_s}, tr("Show this help.")});
    p.addOption({u"version"_s, tr("Show the version.")});
    p.addOption({u"db"_s, tr("The office database."), tr("TARGET")});
    p.addOption({u"keys"_s, tr("The folder with the office keys."), tr("DIR")});
    p.addOption({u"out"_s, tr("Where keygen writes the keys."), tr("DIR")});
    p.addOption({u"receipts"_s, tr("Where import writes receipts."), tr("DIR")});
    p.addOption({u"passphrase-file"_s, tr("Read the office passphrase from FILE."), tr("FILE")});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    const QStringList args = p.positionalArguments();
    if (p.isSet(u"version"_s)) {
        print(stdout, QStringLiteral("hearth-office %1\n").arg(QLatin1String(kVersion)));
        return Success;
    }
    if (p.isSet(u"help"_s)) {
        print(stdout, usage());
        return Success;
    }
    if (args.isEmpty()) {
        print(stderr, usage());
        return Usage;
    }
    in.command = args.first();
    in.positional = args.mid(1);
    if (in.command == u"check-case")
        return checkCase(in.positional);
    if (in.command == u"keygen")
        return keygen(in);
    const std::map<QString, std::function<int(const Invocation &)>> withDatabase {
        {u"enrol-device"_s, enrolDevice},
        {u"import"_s, importBundles},
        {u"conflicts"_s, listConflicts},
        {u"dump"_s, dump},
    };
    const auto command = withDatabase.find(in.command);
    if (command == withDatabase.end())
        return usageError(tr("unknown command '%1'.").arg(in.command));
    if (in.option("db").isEmpty())
        return usageError(tr("%1 needs --db TARGET.").arg(in.command));
    if ((in.command == u"conflicts" || in.command == u"dump") && !in.positional.isEmpty())
        return usageError(tr("%1 takes no other arguments.").arg(in.command));
    return command->second(in);
}

} // namespace hearth::office
