#pragma once

#include "steppage.h"

#include <QStringList>

#include <memory>

namespace Ui {
class WhatMattersPage;
}

namespace hearth {

// Step 2: start from the person (DESIGN 2.4; Devon and Derbyshire strengths-based policies).
// The opening question and their answer in their own words, who they are beyond their needs,
// and what is important to them and for them.
class WhatMattersPage : public StepPage
{
    Q_OBJECT

public:
    explicit WhatMattersPage(CaseSession &session, QWidget *parent = nullptr);
    ~WhatMattersPage() override;

    QWidget *firstField() const override;

    // One identity a line, trimmed, blank lines left out.
    static QStringList identitiesFromText(const QString &text);

protected:
    void loadPage() override;

private:
    std::unique_ptr<Ui::WhatMattersPage> ui;
};

} // namespace hearth
