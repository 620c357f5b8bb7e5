#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class StrengthsPage;
}

namespace hearth {

class StrengthsPage : public StepPage
{
    Q_OBJECT

public:
    explicit StrengthsPage(CaseSession &session, QWidget *parent = nullptr);
    ~StrengthsPage() override;

private:
    std::unique_ptr<Ui::StrengthsPage> ui;
};

} // namespace hearth
