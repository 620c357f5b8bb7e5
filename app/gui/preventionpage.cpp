#include "preventionpage.h"
#include "ui_preventionpage.h"

#include "casesession.h"

namespace hearth {

PreventionPage::PreventionPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::PreventionFirst, session, parent)
    , ui(std::make_unique<Ui::PreventionPage>())
{
    ui->setupUi(this);
}

PreventionPage::~PreventionPage() = default;

} // namespace hearth
