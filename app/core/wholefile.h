#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace hearth {

// Writes `bytes` to `path` whole or not at all (DESIGN 4): into a file beside it, renamed into
// place only once every byte is written, so a full disk or a pulled memory stick leaves the
// previous file (or none), never part of one. Fails with the operating system's reason
// ("No space left on device"), for the caller to put into its own sentence.
Status writeWholeFile(const QString &path, const QByteArray &bytes);

} // namespace hearth
