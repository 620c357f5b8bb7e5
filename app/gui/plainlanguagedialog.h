#pragma once

#include "core/assessmentflow.h"
#include "core/plainlanguage.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class PlainLanguageDialog;
}

namespace hearth {

// Before the easy read is printed: the practitioner's own words that go into it as written,
// checked against the easy-read rules (DESIGN 2.8). Each problem names the step where the
// words are, so they can be changed there; or the easy read is printed anyway.
class PlainLanguageDialog : public QDialog
{
    Q_OBJECT

public:
    // How the dialog ended, as its result().
    enum Outcome {
        Cancelled = QDialog::Rejected,
        PrintAnyway = QDialog::Accepted,
        GoToStep = 2, // chosenStep() is where
    };

    // One problem, with where the checked words come from.
    struct Finding
    {
        AssessmentStep step;
        QString label; // "If something goes wrong"
        PlainLanguageProblem problem;
    };

    // Every problem in the free text that goes into the easy read; empty when all is plain,
    // and then the dialog is not shown at all.
    static QList<Finding> check(const AssessmentRecord &record);
    // "Step 9, Plan — If something goes wrong".
    static QString where(const Finding &finding);

    PlainLanguageDialog(
        const QList<Finding> &findings, const QString &personName, QWidget *parent = nullptr);
    ~PlainLanguageDialog() override;

    // The step of the problem chosen in the list.
    AssessmentStep chosenStep() const;

public slots:
    void goToSelected();

private:
    std::unique_ptr<Ui::PlainLanguageDialog> ui;
    QList<Finding> m_findings;
};

} // namespace hearth
