#pragma once

#include "core/assessmentflow.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class AssessmentView;
}

namespace hearth {

class CaseSession;
class Store;
class StepPage;

// The guided assessment: the steps down the side, each with how complete it is; the current
// step in the middle; the quality checks live on the right. The practitioner moves freely:
// Ctrl+Page Down / Ctrl+Page Up for the next and previous step, Alt+1 ... Alt+9 and Alt+0 to
// jump, F6 to the list of steps, F8 to the checks, Ctrl+W back to the caseload. The person's
// name and the current step are always in view.
class AssessmentView : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentView(Store &store, QWidget *parent = nullptr);
    ~AssessmentView() override;

    // Opens the person's latest assessment (or starts one) at its first step.
    Status openPerson(const QUuid &personId);
    // Saves and closes the case.
    Status closeCase();

    CaseSession &session() const { return *m_session; }
    AssessmentStep currentStep() const;
    void goToStep(AssessmentStep step);
    StepPage *page(AssessmentStep step) const;
    QList<StepPage *> pages() const { return m_pages; }

    // The day a review starts; tests set a fixed day.
    std::function<QDate()> today = [] { return QDate::currentDate(); };

public slots:
    void nextStep();
    void previousStep();
    // A review of the finalised plan shown (Start a review); says why when it cannot.
    bool startReview();

signals:
    // Ctrl+W or the Caseload button: the case is saved and closed.
    void closed();

private:
    void updateProgress();
    void updateChecks();
    void updateHeader();
    void updateSaved();
    void showSaveProblem(const QString &why);

    std::unique_ptr<Ui::AssessmentView> ui;
    CaseSession *m_session = nullptr;
    QList<StepPage *> m_pages;
};

} // namespace hearth
