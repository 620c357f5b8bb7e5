#include "finalisepage.h"
#include "ui_finalisepage.h"

#include "casesession.h"

namespace hearth {

FinalisePage::FinalisePage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::CheckAndFinalise, session, parent)
    , ui(std::make_unique<Ui::FinalisePage>())
{
    ui->setupUi(this);
}

FinalisePage::~FinalisePage() = default;

} // namespace hearth
