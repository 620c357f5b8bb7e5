#include "aboutpersonpage.h"
#include "ui_aboutpersonpage.h"

#include "casesession.h"

namespace hearth {

AboutPersonPage::AboutPersonPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::AboutThePerson, session, parent)
    , ui(std::make_unique<Ui::AboutPersonPage>())
{
    ui->setupUi(this);
}

AboutPersonPage::~AboutPersonPage() = default;

} // namespace hearth
