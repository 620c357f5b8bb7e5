#pragma once

#include "core/language.h"
#include "core/plan.h"
#include "core/ras.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth::appsettings {

// The QSettings organisation: Hearth sets the organisation's domain, not its name, and
// QSettings needs one of them.
QString organisation();

// The window's language chosen in Settings; none means it follows the system's language.
std::optional<Language> interfaceLanguage();
void setInterfaceLanguage(std::optional<Language> language);
// The chosen language, else the system's (core/language.h): what the window starts in.
Language startingLanguage();

// The council's review intervals (DESIGN 2.6), kept within the law by ReviewIntervals::clamped.
// They date the reviews of plans finalised from now on; a plan keeps the dates it was given.
ReviewIntervals reviewIntervals();
void setReviewIntervals(const ReviewIntervals &intervals);

// The council's Resource Allocation System table (DESIGN 2.5): councils own their tables, so a
// council loads its own and Hearth keeps a checked copy of it. Until then, and whenever that
// copy cannot be read, the illustrative table is used, and every figure from it says so.

// Where the council's copy is kept: ras-table.json in the app's data folder.
QString councilRasTablePath();
// True when a copy is kept, whether or not it still reads.
bool hasCouncilRasTable();
// The council's table; an error when none is kept or its copy does not read.
Result<RasTable> councilRasTable();
// The table calculations use: the council's when a valid copy is kept, else the illustrative.
RasTable rasTable();
// Reads and checks a table file; the message names the file and, with its JSON path, the
// first problem. `bytes` receives what was read.
Result<RasTable> readRasTableFile(const QString &path, QByteArray *bytes = nullptr);
// Checks `json` again and keeps it, whole or not at all, as the council's copy.
Status saveCouncilRasTable(const QByteArray &json);
// readRasTableFile, then saveCouncilRasTable. On failure the table in use is unchanged.
Result<RasTable> loadCouncilRasTable(const QString &path);
// Forgets the council's copy: the illustrative table is used again.
Status useIllustrativeRasTable();

} // namespace hearth::appsettings
