#include "needspage.h"
#include "ui_needspage.h"

#include "casesession.h"

namespace hearth {

NeedsPage::NeedsPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::NeedsAndOutcomes, session, parent)
    , ui(std::make_unique<Ui::NeedsPage>())
{
    ui->setupUi(this);
}

NeedsPage::~NeedsPage() = default;

} // namespace hearth
