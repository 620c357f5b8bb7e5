#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class WellbeingPage;
}

namespace hearth {

class WellbeingPage : public StepPage
{
    Q_OBJECT

public:
    explicit WellbeingPage(CaseSession &session, QWidget *parent = nullptr);
    ~WellbeingPage() override;

private:
    std::unique_ptr<Ui::WellbeingPage> ui;
};

} // namespace hearth
