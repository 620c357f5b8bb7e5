#include "eligibilitypage.h"
#include "ui_eligibilitypage.h"

#include "casesession.h"

namespace hearth {

EligibilityPage::EligibilityPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Eligibility, session, parent)
    , ui(std::make_unique<Ui::EligibilityPage>())
{
    ui->setupUi(this);
}

EligibilityPage::~EligibilityPage() = default;

} // namespace hearth
