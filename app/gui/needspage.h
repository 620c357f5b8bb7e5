#pragma once

#include "core/assessment.h"
#include "steppage.h"

#include <QList>
#include <QUuid>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QListWidget;

namespace Ui {
class NeedsPage;
}

namespace hearth {

// Step 5: the specified outcomes and the needs (Care and Support (Eligibility Criteria)
// Regulations 2015 reg 2 for an adult, reg 3 for a carer). Each outcome is achievable or not;
// one the person cannot achieve says which meanings of "unable" apply and on what evidence;
// fluctuating needs are recorded over a period with good days and bad days. The needs found
// are listed with the outcomes and areas of wellbeing each affects. The findings on the other
// conditions of eligibility belong to step 7.
class NeedsPage : public StepPage
{
    Q_OBJECT

public:
    explicit NeedsPage(CaseSession &session, QWidget *parent = nullptr);
    ~NeedsPage() override;

    QWidget *firstField() const override;
    void setReadOnly(bool readOnly) override;

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    // What one outcome's record says, for an adult's or a carer's outcome alike.
    struct OutcomeState
    {
        OutcomeStatus status = OutcomeStatus::NotAssessed;
        QList<UnableMeaning> meanings;
        QList<UnableMeaning> badDayMeanings;
        QString evidence;
        QString goodDay;
        QString badDay;
        QString carerSupport;
    };

    bool forCarer() const;
    int outcomeCount() const;
    OutcomeState outcomeState(int row) const;
    QString outcomeText(int row) const;
    QString outcomeCitation(int row) const;
    // Edits the record of the outcome shown, creating it when the case has none yet.
    // `change` takes an OutcomeRecord or a CarerOutcomeRecord.
    template<typename Change>
    void editCurrentOutcome(Change change);
    void setMeaning(UnableMeaning meaning, bool badDay, bool on);

    // Makes the outcome list match the record; true when it was rebuilt (adult or carer).
    bool syncOutcomeList();
    void showCurrentOutcome();
    void updateOutcomePanel(const OutcomeState &state);

    void buildNeedChecks();
    void addNeed();
    void removeNeed();
    // Makes the list match the record; true when the need shown changed or the list was rebuilt.
    bool syncNeedList();
    void showCurrentNeed();
    void editCurrentNeed(const std::function<void(Need &)> &change);
    void updateButtons();

    std::unique_ptr<Ui::NeedsPage> ui;
    QButtonGroup *m_status = nullptr;
    QList<QCheckBox *> m_meaningChecks; // in the order of adultUnableMeanings()
    QList<QCheckBox *> m_badDayChecks;
    bool m_listForCarer = false; // which outcomes the list shows
    int m_outcomeRow = 0;
    QUuid m_currentNeed;
    bool m_readOnly = false;
};

} // namespace hearth
