#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class EligibilityPage;
}

namespace hearth {

class EligibilityPage : public StepPage
{
    Q_OBJECT

public:
    explicit EligibilityPage(CaseSession &session, QWidget *parent = nullptr);
    ~EligibilityPage() override;

private:
    std::unique_ptr<Ui::EligibilityPage> ui;
};

} // namespace hearth
