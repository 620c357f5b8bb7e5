#pragma once

#include "core/plan.h"
#include "core/ras.h"
#include "steppage.h"

#include <QDate>

#include <functional>
#include <memory>
#include <optional>

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
    // DESIGN 2.6: the informal (when ticked), first formal and annual reviews from today, at
    // the council's intervals (Settings).
    void setUsualDates();
    // DESIGN 2.5: the indicative budget from the council's RAS table (Settings), stored in the
    // plan with the table's name and version and recorded in the audit log. A carer's
    // assessment is refused, saying why, and nothing is stored.
    void calculateBudget();
    // Settings were saved: the next calculation uses the table chosen there.
    void settingsChanged();
    void setReadOnly(bool readOnly) override;

    // Pounds and pence as typed ("174.50", "£1,234", "12") to whole pence; `problem` says
    // what is wrong with anything else ("12.345", "abc", "-5").
    static std::optional<Pence> parsePounds(const QString &typed, QString *problem = nullptr);

signals:
    // "Preview the plan…" and "Preview the easy read…": the window makes and shows them.
    void previewPlanRequested();
    void previewEasyReadRequested();

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void updateSummary();
    void updateContributors();
    void updateInformalDate();
    void updateBudget();
    void updateDirectPayment();
    const RasTable &rasTable();
    void storeConfirmed();
    void storeDirectAmount();

    std::unique_ptr<Ui::PlanPage> ui;
    // The table the next calculation uses, read from Settings when the step is loaded.
    std::optional<RasTable> m_rasTable;
};

} // namespace hearth
