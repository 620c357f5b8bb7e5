#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class PreventionPage;
}

namespace hearth {

class PreventionPage : public StepPage
{
    Q_OBJECT

public:
    explicit PreventionPage(CaseSession &session, QWidget *parent = nullptr);
    ~PreventionPage() override;

private:
    std::unique_ptr<Ui::PreventionPage> ui;
};

} // namespace hearth
