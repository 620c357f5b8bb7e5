#pragma once

#include "steppage.h"

#include <QUuid>

#include <functional>
#include <memory>

namespace Ui {
class RisksPage;
}

namespace hearth {

struct Risk;

// Step 8: risk enablement and safeguarding (DESIGN 2.4). Each risk is recorded with the
// person's own view and the agreed way to manage it; a safeguarding concern stops the normal
// flow, shows the procedure, and blocks finalising until it is recorded as handled.
class RisksPage : public StepPage
{
    Q_OBJECT

public:
    explicit RisksPage(CaseSession &session, QWidget *parent = nullptr);
    ~RisksPage() override;

    void setReadOnly(bool readOnly) override;

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void addRisk();
    void removeRisk();
    // Makes the list match the record; true when the risk shown changed or the list was rebuilt.
    bool syncList();
    void showCurrentRisk();
    void editCurrentRisk(const std::function<void(Risk &)> &change);
    void updateButtons();
    void updateSafeguarding();

    std::unique_ptr<Ui::RisksPage> ui;
    QUuid m_current; // the risk whose details are shown
};

} // namespace hearth
