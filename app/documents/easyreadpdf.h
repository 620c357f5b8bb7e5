#pragma once

#include "core/assessmentflow.h"
#include "core/language.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

class QIODevice;
class QTextDocument;

namespace hearth {

// The plan told to the person in easy read (DESIGN 2.8): a picture on the left of every idea
// and the words on the right, a clear sans-serif font of at least 16 pt, one idea a sentence
// of 15 words or fewer, "you", plenty of white space, 20 pages at most. The pictures are
// OpenMoji (CC BY-SA 4.0), kept in resources/easyread/.
class EasyReadPdf
{
    Q_DECLARE_TR_FUNCTIONS(hearth::EasyReadPdf)

public:
    static constexpr qreal kBodyPointSize = 16;
    static constexpr qreal kHeadingPointSize = 24;
    static constexpr int kMaxPages = 20;

    // Writes the PDF to `out` in `language` and returns its number of pages.
    static Result<int> write(
        const AssessmentRecord &record, const QDate &printedOn, QIODevice &out, Language language);
    static void build(QTextDocument &document, const AssessmentRecord &record,
        Language language = Language::English);

    // The practitioner's free text that goes into the easy read as written, for the
    // plain-language check before printing: where it comes from and the text.
    struct FreeText
    {
        AssessmentStep step;
        QString label; // "How a need will be met: Help to wash"
        QString text;
    };
    static QList<FreeText> freeText(const AssessmentRecord &record);

    static QString title(const AssessmentRecord &record); // "Your plan, Siân"
};

} // namespace hearth
