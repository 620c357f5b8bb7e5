#pragma once

#include "steppage.h"

#include <QUuid>

#include <functional>
#include <memory>

namespace Ui {
class StrengthsPage;
}

namespace hearth {

class EcomapView;
struct NetworkMember;

// Step 3: strengths and network (DESIGN 2.4). The person's own strengths and interests first,
// then the people and groups around them, each with what they help with and whether that help
// is willing, able, sustainable and agreed with them. The ecomap beside it is redrawn on every
// edit; a member who provides care prompts the offer of a carer's assessment (Care Act s10).
class StrengthsPage : public StepPage
{
    Q_OBJECT

public:
    explicit StrengthsPage(CaseSession &session, QWidget *parent = nullptr);
    ~StrengthsPage() override;

    QWidget *firstField() const override;
    void setReadOnly(bool readOnly) override;

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void addMember();
    void removeMember();
    // Makes the list match the record; true when the member shown changed or the list was
    // rebuilt.
    bool syncList();
    void showCurrentMember();
    void editCurrentMember(const std::function<void(NetworkMember &)> &change);
    void updateButtons();
    void updateCarerPrompt();

    std::unique_ptr<Ui::StrengthsPage> ui;
    EcomapView *m_ecomap = nullptr;
    QUuid m_current; // the member whose details are shown
};

} // namespace hearth
