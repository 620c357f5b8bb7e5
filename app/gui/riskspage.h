#pragma once

#include "steppage.h"

#include <memory>

namespace Ui {
class RisksPage;
}

namespace hearth {

class RisksPage : public StepPage
{
    Q_OBJECT

public:
    explicit RisksPage(CaseSession &session, QWidget *parent = nullptr);
    ~RisksPage() override;

private:
    std::unique_ptr<Ui::RisksPage> ui;
};

} // namespace hearth
