#pragma once

#include <QStringList>

namespace hearth::office {

// Runs one hearth-office command line (arguments()[0] is the program). Returns the exit
// status: 0 done, 1 failed (the reason is on stderr), 2 wrong command line.
int run(const QStringList &arguments);

} // namespace hearth::office
