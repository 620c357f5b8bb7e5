#include "printouts.h"

#include "documents/easyreadpdf.h"
#include "documents/planpdf.h"

#include <QBuffer>
#include <QCoreApplication>

namespace hearth {

Result<QByteArray> printoutPdf(
    const AssessmentRecord &record, const QString &kind, const QDate &printedOn, Language language)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    Result<int> pages = Error {};
    if (kind == u"plan")
        pages = PlanPdf::write(record, printedOn, pdf, language);
    else if (kind == u"easy-read")
        pages = EasyReadPdf::write(record, printedOn, pdf, language);
    else
        return Error {QCoreApplication::translate("hearth::Printouts",
            "There is no printout "
            "called '%1'.")
                          .arg(kind)};
    if (!pages)
        return Error {pages.error()};
    return pdf.data();
}

} // namespace hearth
