#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class PlanPage;
}

namespace hearth {

class PlanPage : public StepPage
{
    Q_OBJECT

public:
    explicit PlanPage(CaseSession &session, QWidget *parent = nullptr);
    ~PlanPage() override;

private:
    std::unique_ptr<Ui::PlanPage> ui;
};

} // namespace hearth
