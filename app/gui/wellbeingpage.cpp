#include "wellbeingpage.h"
#include "ui_wellbeingpage.h"

#include "casesession.h"

namespace hearth {

WellbeingPage::WellbeingPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Wellbeing, session, parent)
    , ui(std::make_unique<Ui::WellbeingPage>())
{
    ui->setupUi(this);
}

WellbeingPage::~WellbeingPage() = default;

} // namespace hearth
