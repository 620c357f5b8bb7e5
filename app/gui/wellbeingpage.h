#pragma once

#include "steppage.h"

#include "core/statutory.h"

#include <QSet>

#include <functional>
#include <memory>

class QButtonGroup;

namespace Ui {
class WellbeingPage;
}

namespace hearth {

class WellbeingWheelView;
struct WellbeingAreaRecord;

// Step 4: the nine areas of wellbeing (Care Act 2014 s1(2)). Each is explored with the person
// or skipped with a recorded reason: an area left out is a reasoned choice, not a blank
// (DESIGN 2.1). The list marks each area's state; the wellbeing wheel is redrawn live.
class WellbeingPage : public StepPage
{
    Q_OBJECT

public:
    explicit WellbeingPage(CaseSession &session, QWidget *parent = nullptr);
    ~WellbeingPage() override;

    QWidget *firstField() const override;

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void updateList();
    void showCurrentArea();
    void updateChoice();
    void editCurrentArea(const std::function<void(WellbeingAreaRecord &)> &change);
    void choose(bool explored);

    std::unique_ptr<Ui::WellbeingPage> ui;
    QButtonGroup *m_choice = nullptr;
    WellbeingWheelView *m_wheel = nullptr;
    WellbeingArea m_current = WellbeingArea::PersonalDignity;
    // Areas the practitioner marked skipped before writing the reason: the record cannot tell
    // them from areas not yet looked at, but the page should keep showing the reason field.
    QSet<int> m_skipChosen;
};

} // namespace hearth
