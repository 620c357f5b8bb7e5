#include "office.h"

#include "core/casefile.h"
#include "hearth/version.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace hearth::office {

namespace {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::office", text);
}

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString usage()
{
    return tr("Usage: hearth-office COMMAND [ARGS]\n"
              "\n"
              "Commands:\n"
              "  check-case FILE...   check case files sent from a laptop; each is reported\n"
              "                       as valid or with the first problem and where it is\n"
              "  --version            print the version\n"
              "  --help               print this help\n"
              "\n"
              "Exit status: 0 all valid, 1 a file is not valid, 2 wrong command line.\n");
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

} // namespace

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        print(stderr, usage());
        return Usage;
    }
    const QString command = args.first();
    if (command == u"--version") {
        print(stdout, QStringLiteral("hearth-office %1\n").arg(QLatin1String(kVersion)));
        return Success;
    }
    if (command == u"--help" || command == u"-h") {
        print(stdout, usage());
        return Success;
    }
    if (command == u"check-case")
        return checkCase(args.mid(1));
    print(stderr, tr("hearth-office: unknown command '%1'.\n\n").arg(command) + usage());
    return Usage;
}

} // namespace hearth::office
