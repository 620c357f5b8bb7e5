#include "whatmatterspage.h"
#include "ui_whatmatterspage.h"

#include "casesession.h"

namespace hearth {

WhatMattersPage::WhatMattersPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::WhatMatters, session, parent)
    , ui(std::make_unique<Ui::WhatMattersPage>())
{
    ui->setupUi(this);
}

WhatMattersPage::~WhatMattersPage() = default;

} // namespace hearth
