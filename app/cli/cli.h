#pragma once

#include <QStringList>

namespace hearth::cli {

// Exit codes: 0 done; 1 the work failed (the message says why); 2 the command line is wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Runs hearth-cli with the given arguments (the first is the program name). Results go to
// stdout, messages to stderr.
int run(const QStringList &arguments);

} // namespace hearth::cli
