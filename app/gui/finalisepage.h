#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class FinalisePage;
}

namespace hearth {

class FinalisePage : public StepPage
{
    Q_OBJECT

public:
    explicit FinalisePage(CaseSession &session, QWidget *parent = nullptr);
    ~FinalisePage() override;

private:
    std::unique_ptr<Ui::FinalisePage> ui;
};

} // namespace hearth
