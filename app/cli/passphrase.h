#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace hearth::cli {

// Where a passphrase comes from, in order: the named file (first line), the environment
// variable, or a prompt on the terminal with echo off. Never a command-line argument: those
// are visible to every user of the machine in the process list.
Result<QByteArray> readPassphrase(
    const QString &file, const char *environmentVariable, const QString &prompt);

} // namespace hearth::cli
