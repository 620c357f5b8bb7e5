#pragma once

#include "core/casefile.h"
#include "core/language.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace hearth {

// The printouts of an assessment by name, as PDF bytes: "plan" (PlanPdf) or "easy-read"
// (EasyReadPdf). For the CLI, the app and the sync bundle, which carries them by name.
Result<QByteArray> printoutPdf(
    const AssessmentRecord &record, const QString &kind, const QDate &printedOn, Language language);

} // namespace hearth
