#pragma once

#include "steppage.h"

#include <QList>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Ui {
class ReviewSection;
}

namespace hearth {

// The review of a plan (Care Act 2014 s27; DESIGN 2.6), at the top of the first step of a
// review: what is working and what is not, how far each outcome of the plan was met, changes
// in needs and network, the budget before and now (a lower one needs its rationale) and what
// the review concludes. Shown only for an assessment of kind Review; eligibility is decided
// again on the Eligibility step as for any assessment.
class ReviewSection : public StepPage
{
    Q_OBJECT

public:
    explicit ReviewSection(CaseSession &session, QWidget *parent = nullptr);
    ~ReviewSection() override;

    // The review's first question: what is working.
    QWidget *firstField() const override;

    // The progress chooser and notes of the outcome at `index` of the review, for tests and
    // the keyboard.
    QComboBox *progressCombo(int index) const;
    QLineEdit *notesEdit(int index) const;

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void rebuildOutcomes();
    void editReview(const std::function<void(ReviewDetails &)> &change);

    std::unique_ptr<Ui::ReviewSection> ui;
    QButtonGroup *m_conclusion = nullptr;
    struct OutcomeRow
    {
        QString code;
        QLabel *label = nullptr;
        QComboBox *progress = nullptr;
        QLineEdit *notes = nullptr;
    };
    QList<OutcomeRow> m_rows;
};

} // namespace hearth
