#include "riskspage.h"
#include "ui_riskspage.h"

#include "casesession.h"

namespace hearth {

RisksPage::RisksPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Risks, session, parent)
    , ui(std::make_unique<Ui::RisksPage>())
{
    ui->setupUi(this);
}

RisksPage::~RisksPage() = default;

} // namespace hearth
