#include "plainlanguagedialog.h"
#include "ui_plainlanguagedialog.h"

#include "dialogutil.h"
#include "documents/easyreadpdf.h"

#include <QListWidgetItem>

namespace hearth {

namespace {

// What to write instead, when the checker has something to offer.
QString advice(const PlainLanguageProblem &problem)
{
    if (problem.suggestion.trimmed().isEmpty())
        return {};
    switch (problem.kind) {
    case PlainLanguageProblem::Kind::Jargon:
    case PlainLanguageProblem::Kind::Initials:
        return PlainLanguageDialog::tr("Say \u201c%1\u201d instead.").arg(problem.suggestion);
    case PlainLanguageProblem::Kind::LongSentence:
        return PlainLanguageDialog::tr("Perhaps: %1").arg(problem.suggestion);
    case PlainLanguageProblem::Kind::LongWord:
        break;
    }
    return PlainLanguageDialog::tr("Perhaps: %1").arg(problem.suggestion);
}

} // namespace

QList<PlainLanguageDialog::Finding> PlainLanguageDialog::check(const AssessmentRecord &record)
{
    QList<Finding> findings;
    const QList<EasyReadPdf::FreeText> texts = EasyReadPdf::freeText(record);
    for (const EasyReadPdf::FreeText &text : texts) {
        const QList<PlainLanguageProblem> problems = PlainLanguage::check(text.text);
        for (const PlainLanguageProblem &problem : problems)
            findings.append({text.step, text.label, problem});
    }
    return findings;
}

QString PlainLanguageDialog::where(const Finding &finding)
{
    const int number = static_cast<int>(AssessmentFlow::allSteps().indexOf(finding.step)) + 1;
    return tr("Step %1, %2 \u2014 %3")
        .arg(number)
        .arg(AssessmentFlow::title(finding.step), finding.label.trimmed());
}

PlainLanguageDialog::PlainLanguageDialog(
    const QList<Finding> &findings, const QString &personName, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PlainLanguageDialog>())
    , m_findings(findings)
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->headingLabel, 1.25);
    ui->introLabel->setText(
        (findings.size() == 1
                ? tr("The easy read for %1 uses your words as you wrote them, and one thing "
                     "in them may be hard to read.")
                      .arg(personName)
                : tr("The easy read for %1 uses your words as you wrote them, and %2 things "
                     "in them may be hard to read.")
                      .arg(personName)
                      .arg(findings.size()))
        + QLatin1Char(' ')
        + tr("Go to the step to change the words, or print the easy read as it is."));
    ui->introLabel->setAccessibleName(ui->introLabel->text());

    for (const Finding &finding : findings) {
        QStringList lines = {where(finding), finding.problem.message};
        const QString instead = advice(finding.problem);
        if (!instead.isEmpty())
            lines.append(instead);
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), ui->problemList);
        item->setData(Qt::AccessibleTextRole, lines.join(QLatin1Char(' ')));
    }
    if (ui->problemList->count() > 0)
        ui->problemList->setCurrentRow(0);

    // Enter in the list reaches the default button, Go to the step; a double click too.
    connect(
        ui->problemList, &QListWidget::itemDoubleClicked, this, &PlainLanguageDialog::goToSelected);
    connect(ui->goToStepButton, &QPushButton::clicked, this, &PlainLanguageDialog::goToSelected);
    connect(ui->printAnywayButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    ui->goToStepButton->setEnabled(!findings.isEmpty());
    ui->problemList->setFocus();
}

PlainLanguageDialog::~PlainLanguageDialog() = default;

AssessmentStep PlainLanguageDialog::chosenStep() const
{
    const int row = std::max(0, ui->problemList->currentRow());
    return row < m_findings.size() ? m_findings.at(row).step : AssessmentStep::Plan;
}

void PlainLanguageDialog::goToSelected()
{
    if (isVisible())
        done(GoToStep);
}

} // namespace hearth
