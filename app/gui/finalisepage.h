#pragma once

#include "steppage.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

class QListWidgetItem;

namespace Ui {
class FinalisePage;
}

namespace hearth {

struct QualityCheck;

// Step 10: the quality checks of DESIGN 2.7, hard gaps first, sharing the draft with the
// person, and finalising. A hard gap keeps the Finalise button disabled; once finalised the
// whole assessment is read-only and a later change starts a new version.
class FinalisePage : public StepPage
{
    Q_OBJECT

public:
    explicit FinalisePage(CaseSession &session, QWidget *parent = nullptr);
    ~FinalisePage() override;

    // Asked before finalising, with the question in words; true to go ahead. Tests answer it
    // themselves; the default asks with a message box.
    std::function<bool(QWidget *, const QString &)> confirm;
    // The day of finalising, of a new version and of sharing the draft; tests set a fixed day.
    std::function<QDate()> today = [] { return QDate::currentDate(); };

    // Finalises after asking; shows why in words when it cannot. True when finalised.
    bool finalise();
    // After finalising: a new draft version to carry on from.
    bool startNewVersion();
    // Records the draft as shared with the person today (Care Act 2014 s25(3)); the draft
    // stays editable. True when recorded.
    bool markShared();
    // The step of the check chosen in the list, as goToStep() emits it.
    void goToSelected();

    void setReadOnly(bool readOnly) override;

signals:
    // "Go to" or Enter on a check: the view shows the step where it is fixed.
    void goToStep(AssessmentStep step);

protected:
    void loadPage() override;
    void recordChanged() override;

private:
    void updateChecks(const QList<QualityCheck> &checks);
    void updateState(const QList<QualityCheck> &checks);
    void bindShared();
    void loadSharedHow();
    void updateShared();

    std::unique_ptr<Ui::FinalisePage> ui;
    // When this page finalised the assessment shown; the model does not keep the day itself.
    QUuid m_finalisedAssessment;
    QDate m_finalisedOn;
};

} // namespace hearth
