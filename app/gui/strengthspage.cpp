#include "strengthspage.h"
#include "ui_strengthspage.h"

#include "casesession.h"

namespace hearth {

StrengthsPage::StrengthsPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::StrengthsAndNetwork, session, parent)
    , ui(std::make_unique<Ui::StrengthsPage>())
{
    ui->setupUi(this);
}

StrengthsPage::~StrengthsPage() = default;

} // namespace hearth
