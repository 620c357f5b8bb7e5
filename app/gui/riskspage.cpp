#include "riskspage.h"
#include "recordlist.h"
#include "ui_riskspage.h"

#include "casesession.h"
#include "dialogutil.h"

#include <QListWidgetItem>
#include <QSignalBlocker>

#include <algorithm>

namespace hearth {

namespace {

using recordlist::kIdRole;

QString itemText(const Risk &risk)
{
    QString text = risk.description.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.isEmpty())
        text = RisksPage::tr("New risk, not described yet");
    if (risk.positiveRisk)
        text = RisksPage::tr("%1 — a positive risk").arg(text);
    return text;
}

} // namespace

RisksPage::RisksPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Risks, session, parent)
    , ui(std::make_unique<Ui::RisksPage>())
{
    ui->setupUi(this);
    dialogutil::makeHeading(ui->safeguardingHeading, 1.15);
    // Prominent without resting on colour: a heavy frame, a heading and plain words.
    ui->safeguardingPanel->setStyleSheet(
        QStringLiteral("QFrame#safeguardingPanel { border: 2px solid #9b1c1c; border-radius: "
                       "4px; background: #fdf0ee; }"));
    ui->safeguardingBlockedLabel->setStyleSheet(
        QStringLiteral("QLabel { color: #7a1010; font-weight: bold; }"));
    ui->riskList->setFixedHeight(ui->riskList->fontMetrics().height() * 6 + 8);

    // Care Act 2014 s42 and the council's multi-agency procedures (Derbyshire Strength Based
    // Support Policy, section 8): the practitioner raises the concern; the council's adult
    // safeguarding team decides whether an enquiry is needed and makes it.
    const QString duty = tr("Care Act 2014 s42: the council must make enquiries, or ask others to, "
                            "when an adult with needs for care and support is experiencing, or is "
                            "at risk of, abuse or neglect and, because of those needs, cannot "
                            "protect themselves. Ask the person what they want to happen (Making "
                            "Safeguarding Personal).");
    const QStringList steps = {
        tr("Pause the assessment: safety comes first."),
        tr("If anyone is in immediate danger, call 999."),
        tr("Tell your team manager today."),
        tr("Raise a safeguarding concern with the council's adult safeguarding team the same "
           "working day, following the safeguarding adults procedures."),
        tr("Record what you saw and heard, in the person's words where possible, and what they "
           "want to happen."),
        tr("Do not investigate yourself: the safeguarding team decides whether a s42 enquiry is "
           "needed."),
        tr("Then record the action taken below and tick “Recorded as handled”."),
    };
    QString html
        = QStringLiteral("<p>%1</p><ol style=\"margin-left:0\">").arg(duty.toHtmlEscaped());
    for (const QString &step : steps)
        html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    ui->procedureLabel->setText(html);
    ui->procedureLabel->setAccessibleDescription(
        duty + QLatin1Char(' ') + steps.join(QLatin1Char(' ')));

    bindCheck(
        ui->safeguardingCheck,
        [](const AssessmentRecord &r) { return r.assessment.safeguarding.concern; },
        [](CaseSession &s, const bool &on) {
            s.editAssessment([&](Assessment &a) { a.safeguarding.concern = on; });
        });
    bindText(
        ui->safeguardingDetailsEdit,
        [](const AssessmentRecord &r) { return r.assessment.safeguarding.details; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.safeguarding.details = text; });
        });
    bindText(
        ui->safeguardingActionEdit,
        [](const AssessmentRecord &r) { return r.assessment.safeguarding.actionTaken; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.safeguarding.actionTaken = text; });
        });
    bindCheck(
        ui->safeguardingHandledCheck,
        [](const AssessmentRecord &r) { return r.assessment.safeguarding.handled; },
        [](CaseSession &s, const bool &on) {
            s.editAssessment([&](Assessment &a) { a.safeguarding.handled = on; });
        });

    connect(ui->addRiskButton, &QPushButton::clicked, this, &RisksPage::addRisk);
    connect(ui->removeRiskButton, &QPushButton::clicked, this, &RisksPage::removeRisk);
    connect(ui->riskList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QUuid id = item ? item->data(kIdRole).toUuid() : QUuid();
        if (id == m_current)
            return;
        m_current = id;
        showCurrentRisk();
        updateButtons();
    });
    connect(ui->riskDescriptionEdit, &TextField::edited, this,
        [this](const QString &text) { editCurrentRisk([&](Risk &r) { r.description = text; }); });
    connect(ui->riskViewEdit, &TextField::edited, this,
        [this](const QString &text) { editCurrentRisk([&](Risk &r) { r.personsView = text; }); });
    connect(ui->riskManagementEdit, &TextField::edited, this,
        [this](const QString &text) { editCurrentRisk([&](Risk &r) { r.management = text; }); });
    connect(ui->positiveRiskCheck, &QCheckBox::toggled, this,
        [this](bool on) { editCurrentRisk([&](Risk &r) { r.positiveRisk = on; }); });

    updateSafeguarding();
    showCurrentRisk();
}

RisksPage::~RisksPage() = default;

void RisksPage::setReadOnly(bool readOnly)
{
    StepPage::setReadOnly(readOnly);
    updateButtons();
}

void RisksPage::loadPage()
{
    syncList();
    showCurrentRisk();
}

void RisksPage::recordChanged()
{
    if (syncList())
        showCurrentRisk();
    updateSafeguarding();
}

bool RisksPage::syncList()
{
    const QList<Risk> &risks = record().assessment.risks;
    const bool changed = recordlist::sync(ui->riskList, risks, m_current, itemText);
    ui->riskList->setVisible(!risks.isEmpty());
    ui->noRisksLabel->setVisible(risks.isEmpty());
    updateButtons();
    return changed;
}

void RisksPage::showCurrentRisk()
{
    const QList<Risk> &risks = record().assessment.risks;
    const auto risk = std::find_if(
        risks.cbegin(), risks.cend(), [this](const Risk &r) { return r.id == m_current; });
    const bool shown = risk != risks.cend();
    ui->riskDetails->setVisible(shown);
    // Filling the fields is not an edit: setTextQuietly does not signal, and the check box
    // is blocked.
    ui->riskDescriptionEdit->setTextQuietly(shown ? risk->description : QString());
    ui->riskViewEdit->setTextQuietly(shown ? risk->personsView : QString());
    ui->riskManagementEdit->setTextQuietly(shown ? risk->management : QString());
    const QSignalBlocker blocker(ui->positiveRiskCheck);
    ui->positiveRiskCheck->setChecked(shown && risk->positiveRisk);
}

void RisksPage::editCurrentRisk(const std::function<void(Risk &)> &change)
{
    if (isLoading() || m_current.isNull())
        return;
    const QUuid id = m_current;
    session().editAssessment([&](Assessment &a) {
        for (Risk &risk : a.risks) {
            if (risk.id == id)
                change(risk);
        }
    });
}

void RisksPage::addRisk()
{
    Risk risk;
    risk.id = QUuid::createUuid();
    m_current = risk.id;
    if (!session().editAssessment([&](Assessment &a) { a.risks.append(risk); }))
        return;
    syncList();
    showCurrentRisk();
    ui->riskDescriptionEdit->setFocus(Qt::OtherFocusReason);
}

void RisksPage::removeRisk()
{
    const QList<Risk> &risks = record().assessment.risks;
    const auto it = std::find_if(
        risks.cbegin(), risks.cend(), [this](const Risk &r) { return r.id == m_current; });
    if (it == risks.cend())
        return;
    const qsizetype index = it - risks.cbegin();
    const QUuid removed = m_current;
    // The next risk takes its place, or the one before when it was the last.
    if (index + 1 < risks.size())
        m_current = risks.at(index + 1).id;
    else if (index > 0)
        m_current = risks.at(index - 1).id;
    else
        m_current = QUuid();
    session().editAssessment(
        [&](Assessment &a) { a.risks.removeIf([&](const Risk &r) { return r.id == removed; }); });
    syncList();
    showCurrentRisk();
    if (ui->riskList->count() > 0)
        ui->riskList->setFocus(Qt::OtherFocusReason);
    else
        ui->addRiskButton->setFocus(Qt::OtherFocusReason);
}

void RisksPage::updateButtons()
{
    ui->removeRiskButton->setEnabled(!m_current.isNull() && !session().isReadOnly());
}

void RisksPage::updateSafeguarding()
{
    const Safeguarding &safeguarding = record().assessment.safeguarding;
    ui->safeguardingPanel->setVisible(safeguarding.concern);
    // DESIGN 2.4: the concern stops the normal flow until the procedure is followed.
    ui->safeguardingBlockedLabel->setVisible(safeguarding.concern && !safeguarding.handled);
}

} // namespace hearth
