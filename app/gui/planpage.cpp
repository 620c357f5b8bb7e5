#include "planpage.h"
#include "ui_planpage.h"

#include "casesession.h"

namespace hearth {

PlanPage::PlanPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Plan, session, parent)
    , ui(std::make_unique<Ui::PlanPage>())
{
    ui->setupUi(this);
}

PlanPage::~PlanPage() = default;

} // namespace hearth
