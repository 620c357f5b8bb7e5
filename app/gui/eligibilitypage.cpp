#include "eligibilitypage.h"
#include "ui_eligibilitypage.h"

#include "casesession.h"
#include "dialogutil.h"
#include "storage/store.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>

namespace hearth {

namespace {

// Colour is never the only signal: every result also has a mark and a word. The colours keep
// a contrast ratio above 7:1 on the light window background.
struct ResultLook
{
    QString mark;
    QString word;
    QString colour;
};

ResultLook look(ConditionResult result)
{
    switch (result) {
    case ConditionResult::Met:
        return {QStringLiteral("✓"), EligibilityPage::tr("Met"), QStringLiteral("#1b5e20")};
    case ConditionResult::NotMet:
        return {QStringLiteral("✗"), EligibilityPage::tr("Not met"), QStringLiteral("#9b1c1c")};
    case ConditionResult::Undetermined:
        break;
    }
    return {
        QStringLiteral("?"), EligibilityPage::tr("Not yet determined"), QStringLiteral("#5c4300")};
}

QString overallWord(ConditionResult result)
{
    switch (result) {
    case ConditionResult::Met:
        return EligibilityPage::tr("eligible");
    case ConditionResult::NotMet:
        return EligibilityPage::tr("not eligible");
    case ConditionResult::Undetermined:
        break;
    }
    return EligibilityPage::tr("not yet determined");
}

QString conditionTitle(const QString &id, bool forCarer)
{
    if (id == u"a")
        return forCarer ? EligibilityPage::tr("Needs arise from providing necessary care")
                        : EligibilityPage::tr("Needs arise from an impairment or illness");
    if (id == u"b")
        return forCarer
            ? EligibilityPage::tr("Health at risk, or unable to achieve one or more outcomes")
            : EligibilityPage::tr("Unable to achieve two or more outcomes");
    return forCarer ? EligibilityPage::tr("Significant impact on the carer's wellbeing")
                    : EligibilityPage::tr("Significant impact on wellbeing");
}

QString decisionWord(bool eligible)
{
    return eligible ? EligibilityPage::tr("eligible") : EligibilityPage::tr("not eligible");
}

void setNotice(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

EligibilityPage::EligibilityPage(CaseSession &session, QWidget *parent)
    : StepPage(AssessmentStep::Eligibility, session, parent)
    , ui(std::make_unique<Ui::EligibilityPage>())
{
    ui->setupUi(this);
    buildAreaChecks();

    m_choice = new QButtonGroup(this);
    m_choice->addButton(ui->eligibleRadio);
    m_choice->addButton(ui->notEligibleRadio);

    // A notice in words and a framed panel, so it does not rest on colour.
    const QString notice = QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #8a6d00; color: #2e2400; }");
    ui->departureLabel->setStyleSheet(notice);
    ui->driftLabel->setStyleSheet(notice);
    ui->departureLabel->hide();
    ui->driftLabel->hide();

    auto forCarer = [](const Assessment &a) { return Eligibility::propose(a).forCarer; };

    // Condition (a) is the practitioner's finding for an adult (reg 2(1)(a)); for a carer it
    // is whether they provide necessary care for an adult (reg 3(1)(a)).
    bindAnswer(
        ui->impairmentCombo,
        [forCarer](const AssessmentRecord &r) {
            if (forCarer(r.assessment))
                return r.assessment.carer ? r.assessment.carer->providesNecessaryCare
                                          : Answer::Unknown;
            return r.assessment.findings.arisesFromImpairmentOrIllness;
        },
        [forCarer](CaseSession &s, const Answer &value) {
            s.editAssessment([&](Assessment &a) {
                if (forCarer(a)) {
                    if (!a.carer)
                        a.carer = CarerDetails {};
                    a.carer->providesNecessaryCare = value;
                } else {
                    a.findings.arisesFromImpairmentOrIllness = value;
                }
            });
        });
    bindText(
        ui->impairmentEdit,
        [](const AssessmentRecord &r) { return r.assessment.findings.impairmentOrIllness; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.findings.impairmentOrIllness = text; });
        });
    bindAnswer(
        ui->impactCombo,
        [](const AssessmentRecord &r) {
            return r.assessment.findings.significantImpactOnWellbeing;
        },
        [](CaseSession &s, const Answer &value) {
            s.editAssessment(
                [&](Assessment &a) { a.findings.significantImpactOnWellbeing = value; });
        });
    bindText(
        ui->impactReasonEdit,
        [](const AssessmentRecord &r) { return r.assessment.findings.impactReason; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.findings.impactReason = text; });
        });
    // The rationale is saved as it is typed, so nothing written is lost; it becomes part of a
    // decision when "Record decision" is pressed.
    bindText(
        ui->rationaleEdit,
        [](const AssessmentRecord &r) { return r.assessment.decision.rationale; },
        [](CaseSession &s, const QString &text) {
            s.editAssessment([&](Assessment &a) { a.decision.rationale = text; });
        });

    connect(ui->rationaleEdit, &TextField::edited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            dialogutil::showInlineMessage(ui->decisionErrorLabel, {}, false);
    });
    connect(m_choice, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on || isLoading())
            return;
        if (ui->decisionErrorLabel->isVisible() && !ui->rationaleEdit->text().trimmed().isEmpty())
            dialogutil::showInlineMessage(ui->decisionErrorLabel, {}, false);
        updateDecision(Eligibility::propose(record().assessment));
    });
    connect(ui->recordButton, &QPushButton::clicked, this, [this] { recordDecision(); });
}

EligibilityPage::~EligibilityPage() = default;

void EligibilityPage::buildAreaChecks()
{
    const int maxChars = 64;
    QWidget *previous = ui->impactCombo;
    const QList<WellbeingArea> areas = allWellbeingAreas();
    for (const WellbeingArea area : areas) {
        const QString text = dialogutil::capitalised(statutoryText(area));
        auto *box = new QCheckBox(dialogutil::wrapped(text, maxChars), ui->areasGroup);
        box->setObjectName(QStringLiteral("areaCheck-") + code(area));
        box->setAccessibleName(text);
        box->setToolTip(tr("Care Act 2014 %1").arg(citation(area)));
        ui->areasLayout->addWidget(box);
        m_areaChecks.append(box);
        setTabOrder(previous, box);
        previous = box;
        bindCheck(
            box,
            [area](const AssessmentRecord &r) {
                return r.assessment.findings.impactedAreas.contains(area);
            },
            [area](CaseSession &s, const bool &on) {
                s.editAssessment([&](Assessment &a) {
                    // Kept in the order of s1(2), whatever order they were ticked in.
                    QList<WellbeingArea> kept;
                    const QList<WellbeingArea> all = allWellbeingAreas();
                    for (const WellbeingArea each : all) {
                        const bool ticked
                            = each == area ? on : a.findings.impactedAreas.contains(each);
                        if (ticked)
                            kept.append(each);
                    }
                    a.findings.impactedAreas = kept;
                });
            });
    }
    setTabOrder(previous, ui->impactReasonEdit);
}

bool EligibilityPage::recordDecision()
{
    if (session().isReadOnly())
        return false;
    QAbstractButton *chosen = m_choice->checkedButton();
    const QString rationale = ui->rationaleEdit->text();
    if (!chosen) {
        dialogutil::showInlineMessage(ui->decisionErrorLabel,
            tr("Choose Eligible or Not eligible first. Nothing was recorded."), true);
        ui->eligibleRadio->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (rationale.trimmed().isEmpty()) {
        // DESIGN 2.3: a decision is defensible only with its reasons, so none is recorded
        // without them.
        dialogutil::showInlineMessage(ui->decisionErrorLabel,
            tr("Write your rationale first: a decision is recorded only with the reasons for "
               "it. Nothing was recorded."),
            true);
        ui->rationaleEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const bool eligible = chosen == ui->eligibleRadio;
    const QString by = session().store().practitioner();
    const QDateTime at = now();
    Status status;
    session().editAssessment(
        [&](Assessment &a) { status = Eligibility::decide(a, eligible, rationale, by, at); });
    if (!status) {
        dialogutil::showInlineMessage(ui->decisionErrorLabel, status.error(), true);
        return false;
    }
    dialogutil::showInlineMessage(ui->decisionErrorLabel, {}, false);
    updateDecision(Eligibility::propose(record().assessment));
    QAccessibleEvent event(ui->decisionStatusLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    return true;
}

void EligibilityPage::loadPage()
{
    const EligibilityDecision &decision = record().assessment.decision;
    // Unticking both needs the group to stop being exclusive for a moment.
    m_choice->setExclusive(false);
    ui->eligibleRadio->setChecked(decision.recorded && decision.eligible);
    ui->notEligibleRadio->setChecked(decision.recorded && !decision.eligible);
    m_choice->setExclusive(true);
    dialogutil::showInlineMessage(ui->decisionErrorLabel, {}, false);
}

void EligibilityPage::recordChanged()
{
    const EligibilityProposal proposal = Eligibility::propose(record().assessment);
    updateLabels(proposal.forCarer);
    updateProposal(proposal);
    updateDecision(proposal);
}

void EligibilityPage::updateLabels(bool forCarer)
{
    const QString reg = forCarer ? QStringLiteral("3") : QStringLiteral("2");
    const QString source = tr("Care and Support (Eligibility Criteria) Regulations 2015, %1");
    if (forCarer) {
        ui->impairmentLabel->setText(tr("(a) The carer's needs arise as a consequence of "
                                        "prov&iding necessary care for an adult:"));
        ui->impairmentCombo->setAccessibleName(
            tr("Condition (a): the carer provides necessary care for an adult"));
        ui->impactLabel->setText(tr("(c) As a consequence there is, or is likely to be, a "
                                    "&significant impact on the carer's wellbeing:"));
        ui->proposalGroup->setTitle(tr("What Hearth proposes (reg 3, a carer's needs)"));
    } else {
        ui->impairmentLabel->setText(tr("(a) The needs arise from or are related to a physical "
                                        "or mental &impairment or illness:"));
        ui->impairmentCombo->setAccessibleName(
            tr("Condition (a): the needs arise from an impairment or illness"));
        ui->impactLabel->setText(tr("(c) As a consequence there is, or is likely to be, a "
                                    "&significant impact on wellbeing:"));
        ui->proposalGroup->setTitle(tr("What Hearth proposes (reg 2, an adult's needs)"));
    }
    const QString tipA = source.arg(QStringLiteral("reg %1(1)(a)").arg(reg));
    const QString tipC = source.arg(QStringLiteral("reg %1(1)(c)").arg(reg));
    ui->impairmentLabel->setToolTip(tipA);
    ui->impairmentCombo->setToolTip(tipA);
    ui->impactLabel->setToolTip(tipC);
    ui->impactCombo->setToolTip(tipC);
    // What the impairment is matters to reg 2 only.
    ui->impairmentWhatLabel->setVisible(!forCarer);
    ui->impairmentEdit->setVisible(!forCarer);
}

void EligibilityPage::updateProposal(const EligibilityProposal &proposal)
{
    QString html;
    QStringList plain;
    const ResultLook overall = look(proposal.eligible);
    const QString overallText = tr("Proposal: %1").arg(overallWord(proposal.eligible));
    html += QStringLiteral("<p><span style=\"font-size:large; font-weight:bold; color:%1\">%2 "
                           "%3</span><br/>%4</p>")
                .arg(overall.colour, overall.mark, overallText.toHtmlEscaped(),
                    proposal.summary.toHtmlEscaped());
    plain << overallText + QStringLiteral(". ") + proposal.summary;

    for (const EligibilityCondition &condition : proposal.conditions) {
        const ResultLook result = look(condition.result);
        const QString title = QStringLiteral("(%1) %2").arg(
            condition.id, conditionTitle(condition.id, proposal.forCarer));
        html += QStringLiteral("<p><b>%1</b> <span style=\"font-weight:bold; color:%2\">%3 "
                               "%4</span> <small>(%5)</small><br/>%6</p>")
                    .arg(title.toHtmlEscaped(), result.colour, result.mark,
                        result.word.toHtmlEscaped(), condition.citation.toHtmlEscaped(),
                        condition.reason.toHtmlEscaped());
        plain
            << tr("%1: %2 (%3). %4").arg(title, result.word, condition.citation, condition.reason);
    }

    const QString outcomesHeading = proposal.forCarer
        ? tr("Outcomes the carer is unable to achieve")
        : tr("Outcomes the person is unable to achieve");
    html += QStringLiteral("<p><b>%1</b></p>").arg(outcomesHeading.toHtmlEscaped());
    if (proposal.unableOutcomes.isEmpty()) {
        const QString none = tr("None recorded yet.");
        html += QStringLiteral("<p>%1</p>").arg(none.toHtmlEscaped());
        plain << outcomesHeading + QStringLiteral(": ") + none;
    } else {
        html += QStringLiteral("<ul>");
        QStringList items;
        for (const UnableOutcome &outcome : proposal.unableOutcomes) {
            const QString name = QStringLiteral("%1 (%2)").arg(
                dialogutil::capitalised(outcome.outcomeText), outcome.citation);
            html += QStringLiteral("<li><b>%1</b><br/>%2</li>")
                        .arg(name.toHtmlEscaped(), outcome.reason.toHtmlEscaped());
            items << name + QStringLiteral(": ") + outcome.reason;
        }
        html += QStringLiteral("</ul>");
        plain << outcomesHeading + QStringLiteral(": ") + items.join(QLatin1Char(' '));
    }

    if (!proposal.notes.isEmpty()) {
        const QString notesHeading = tr("Notes");
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(notesHeading.toHtmlEscaped());
        for (const QString &note : proposal.notes)
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        plain << notesHeading + QStringLiteral(": ") + proposal.notes.join(QLatin1Char(' '));
    }

    if (ui->proposalLabel->text() != html) {
        ui->proposalLabel->setText(html);
        ui->proposalLabel->setAccessibleName(tr("Eligibility proposal: %1").arg(overallText));
        ui->proposalLabel->setAccessibleDescription(plain.join(QLatin1Char('\n')));
    }
}

void EligibilityPage::updateDecision(const EligibilityProposal &proposal)
{
    const EligibilityDecision &decision = record().assessment.decision;
    if (!decision.recorded) {
        ui->decisionStatusLabel->setText(tr("No decision recorded yet."));
        ui->decisionStatusLabel->setAccessibleDescription(ui->decisionStatusLabel->text());
        setNotice(ui->departureLabel, {});
        setNotice(ui->driftLabel, {});
        return;
    }

    QString status;
    const QString when = decision.decidedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    const QString by = decision.decidedBy.trimmed();
    if (!by.isEmpty() && decision.decidedAt.isValid())
        status = tr("Decision recorded by %1 on %2: the needs are %3.")
                     .arg(by, when, decisionWord(decision.eligible));
    else if (decision.decidedAt.isValid())
        status = tr("Decision recorded on %1: the needs are %2.")
                     .arg(when, decisionWord(decision.eligible));
    else
        status = tr("Decision recorded: the needs are %1.").arg(decisionWord(decision.eligible));
    if (QAbstractButton *chosen = m_choice->checkedButton()) {
        const bool choice = chosen == ui->eligibleRadio;
        if (choice != decision.eligible)
            status += QLatin1Char(' ')
                + tr("You have now chosen \"%1\": press Record decision to record the change.")
                      .arg(decisionWord(choice));
    }
    ui->decisionStatusLabel->setText(status);
    ui->decisionStatusLabel->setAccessibleDescription(status);

    // DESIGN 2.3: a departure is allowed, and it stays shown so it can be defended.
    if (decision.departsFromProposal) {
        const QString proposed = decision.proposalAtDecision
            ? tr("that the needs are eligible")
            : tr("not to find the needs eligible, because not all three conditions were shown "
                 "to be met");
        setNotice(ui->departureLabel,
            tr("Your decision departs from the proposal: the proposal was %1, and you decided "
               "the needs are %2. Your rationale records why.")
                .arg(proposed, decisionWord(decision.eligible)));
    } else {
        setNotice(ui->departureLabel, {});
    }

    const bool proposesNow = proposal.eligible == ConditionResult::Met;
    if (proposesNow == decision.proposalAtDecision) {
        setNotice(ui->driftLabel, {});
    } else if (proposesNow != decision.eligible) {
        setNotice(ui->driftLabel,
            tr("The findings have changed since your decision, and the proposal now differs "
               "from it: the proposal is now %1, and your decision is that the needs are %2. "
               "Look again at your decision and record it again if it should change.")
                .arg(overallWord(proposal.eligible), decisionWord(decision.eligible)));
    } else {
        setNotice(ui->driftLabel,
            tr("The findings have changed since your decision: the proposal is now %1, which "
               "agrees with your decision.")
                .arg(overallWord(proposal.eligible)));
    }
}

} // namespace hearth
