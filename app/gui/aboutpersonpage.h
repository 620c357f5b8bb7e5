#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class AboutPersonPage;
}

namespace hearth {

class AboutPersonPage : public StepPage
{
    Q_OBJECT

public:
    explicit AboutPersonPage(CaseSession &session, QWidget *parent = nullptr);
    ~AboutPersonPage() override;

private:
    std::unique_ptr<Ui::AboutPersonPage> ui;
};

} // namespace hearth
