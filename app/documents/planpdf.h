#pragma once

#include "core/assessmentflow.h"
#include "core/language.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QIODevice;
class QTextDocument;

namespace hearth {

// The care and support plan (Care Act s25; DESIGN 2.5) as an A4 PDF for the person and the
// office, or for a carer's assessment the carer's support plan (s25 as applied by s25(2)).
// Every part has a heading; a part with nothing recorded says so, and a plan with missing
// parts says it is incomplete on its first page.
class PlanPdf
{
    Q_DECLARE_TR_FUNCTIONS(hearth::PlanPdf)

public:
    // Writes the PDF to `out` in `language` and returns its number of pages. `printedOn` is
    // the date in the header.
    static Result<int> write(
        const AssessmentRecord &record, const QDate &printedOn, QIODevice &out, Language language);

    // The body as a text document, for a quick look without a PDF (and for tests).
    static void build(QTextDocument &document, const AssessmentRecord &record,
        Language language = Language::English);

    // The required parts of the plan with nothing recorded, in words; empty when complete.
    static QStringList missingParts(const AssessmentRecord &record);

    // "Care and support plan for Siân Pritchard" / "Carer's support plan for …".
    static QString title(const AssessmentRecord &record);

    // "£186.50 a week".
    static QString weekly(qint64 pence);
};

} // namespace hearth
