#include "passphrase.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace hearth::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::cli", text);
}

QByteArray firstLine(QByteArray bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    if (end >= 0)
        bytes.truncate(end);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

Result<QByteArray> prompt(const QString &text)
{
    if (!isatty(STDIN_FILENO))
        return Error {
            tr("No passphrase given: set HEARTH_PASSPHRASE or use --passphrase-file FILE.")};
    std::fprintf(stderr, "%s", qUtf8Printable(text));
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(static_cast<char>(c));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
    return line;
}

} // namespace

Result<QByteArray> readPassphrase(
    const QString &file, const char *environmentVariable, const QString &promptText)
{
    QByteArray passphrase;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error {tr("Cannot read the passphrase file %1: %2").arg(file, f.errorString())};
        passphrase = firstLine(f.readAll());
    } else if (qEnvironmentVariableIsSet(environmentVariable)) {
        passphrase = qgetenv(environmentVariable);
    } else {
        auto typed = prompt(promptText);
        if (!typed)
            return typed;
        passphrase = *typed;
    }
    if (passphrase.isEmpty())
        return Error {tr("The passphrase is empty.")};
    return passphrase;
}

} // namespace hearth::cli
