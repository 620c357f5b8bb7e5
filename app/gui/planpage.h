#pragma once

#include "steppage.h"

#include <QDate>

#include <functional>
#include <memory>

namespace Ui {
class PlanPage;
}

namespace hearth {

// Step 9: the care and support plan (Care Act 2014 s25; DESIGN 2.5). What the assessment found
// (eligible and ineligible needs, who meets each) is shown read-only; the plan's own parts are
// written here, and "Fill from the assessment" fills only the parts still empty.
class PlanPage : public StepPage
{
    Q_OBJECT

public:
    explicit PlanPage(CaseSession &session, QWidget *parent = nullptr);
    ~PlanPage() override;

    // The day the review dates count from; tests set a fixed day.
    std::function<QDate()> today = [] { return QDate::currentDate(); };

    // AssessmentFlow::assemblePlan on the plan: fills empty parts, never the practitioner's words.
    void fillFromAssessment();
    // DESIGN 2.6: about 72 hours (when ticked), 6 weeks and 12 months from today.
    void setUsualDates();
    void setReadOnly(bool readOnly) override;

signals:
    // "Preview the plan…" and "Preview the easy read…": the window makes and shows them.
    void previewPlanRequested();
    void previewEasyReadRequested();

protected:
    void recordChanged() override;

private:
    void updateSummary();
    void updateContributors();
    void updateInformalDate();

    std::unique_ptr<Ui::PlanPage> ui;
};

} // namespace hearth
