#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class NeedsPage;
}

namespace hearth {

class NeedsPage : public StepPage
{
    Q_OBJECT

public:
    explicit NeedsPage(CaseSession &session, QWidget *parent = nullptr);
    ~NeedsPage() override;

private:
    std::unique_ptr<Ui::NeedsPage> ui;
};

} // namespace hearth
