#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class WhatMattersPage;
}

namespace hearth {

class WhatMattersPage : public StepPage
{
    Q_OBJECT

public:
    explicit WhatMattersPage(CaseSession &session, QWidget *parent = nullptr);
    ~WhatMattersPage() override;

private:
    std::unique_ptr<Ui::WhatMattersPage> ui;
};

} // namespace hearth
