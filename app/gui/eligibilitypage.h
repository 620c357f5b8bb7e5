#pragma once

#include "core/eligibility.h"
#include "steppage.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;

namespace Ui {
class EligibilityPage;
}

namespace hearth {

// Step 7: the practitioner's findings on conditions (a) and (c), the proposal Hearth makes
// from everything recorded (Care and Support (Eligibility Criteria) Regulations 2015 reg 2
// for an adult, reg 3 for a carer), and the practitioner's own decision with its rationale
// (DESIGN 2.3: the software proposes, the practitioner decides).
class EligibilityPage : public StepPage
{
    Q_OBJECT

public:
    explicit EligibilityPage(CaseSession &session, QWidget *parent = nullptr);
    ~EligibilityPage() override;

    // When a decision is recorded; tests set a fixed clock.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); };

    // Records the decision chosen on the page; shows why when it cannot (no choice, no
    // rationale) and records nothing then. The "Record decision" button calls this.
    bool recordDecision();

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void buildAreaChecks();
    void updateLabels(bool forCarer);
    void updateProposal(const EligibilityProposal &proposal);
    void updateDecision(const EligibilityProposal &proposal);

    std::unique_ptr<Ui::EligibilityPage> ui;
    QButtonGroup *m_choice = nullptr;
    QList<QCheckBox *> m_areaChecks;
};

} // namespace hearth
