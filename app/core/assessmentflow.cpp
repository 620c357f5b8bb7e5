#include "assessmentflow.h"

#include "qualitychecks.h"

#include <array>

namespace hearth {

namespace {

struct StepEntry
{
    AssessmentStep step;
    const char *code;
    const char *title;
};

constexpr std::array<StepEntry, 10> kSteps {{
    {AssessmentStep::AboutThePerson, "about-the-person",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "About the person")},
    {AssessmentStep::WhatMatters, "what-matters",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "What matters")},
    {AssessmentStep::StrengthsAndNetwork, "strengths-and-network",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Strengths and network")},
    {AssessmentStep::Wellbeing, "wellbeing",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Wellbeing")},
    {AssessmentStep::NeedsAndOutcomes, "needs-and-outcomes",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Needs and outcomes")},
    {AssessmentStep::PreventionFirst, "prevention-first",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Prevention first")},
    {AssessmentStep::Eligibility, "eligibility",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Eligibility")},
    {AssessmentStep::Risks, "risks", QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Risks")},
    {AssessmentStep::Plan, "plan", QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Plan")},
    {AssessmentStep::CheckAndFinalise, "check-and-finalise",
        QT_TRANSLATE_NOOP("hearth::AssessmentFlow", "Check and finalise")},
}};

const StepEntry &entry(AssessmentStep step)
{
    return kSteps[static_cast<size_t>(step)];
}

} // namespace

QList<AssessmentStep> AssessmentFlow::allSteps()
{
    QList<AssessmentStep> steps;
    for (const StepEntry &e : kSteps)
        steps.append(e.step);
    return steps;
}

QString AssessmentFlow::code(AssessmentStep step)
{
    return QString::fromLatin1(entry(step).code);
}

QString AssessmentFlow::title(AssessmentStep step)
{
    return QCoreApplication::translate("hearth::AssessmentFlow", entry(step).title);
}

AssessmentRecord AssessmentFlow::start(const Person &person, const QList<NetworkMember> &network,
    const QString &practitioner, const QDate &today)
{
    AssessmentRecord record;
    record.person = person;
    record.network = network;
    record.assessment = Assessment::blank(AssessmentKind::AdultNeeds);
    record.assessment.id = QUuid::createUuid();
    record.assessment.personId = person.id;
    record.assessment.startedOn = today;
    record.assessment.practitioner = practitioner;
    record.plan.id = QUuid::createUuid();
    record.plan.assessmentId = record.assessment.id;
    return record;
}

AssessmentRecord AssessmentFlow::newVersion(const AssessmentRecord &finalised, const QDate &today)
{
    AssessmentRecord next = finalised;
    next.assessment.id = QUuid::createUuid();
    next.assessment.version = 1;
    next.assessment.status = AssessmentStatus::Draft;
    next.assessment.startedOn = today;
    // The decision belongs to the finalised version; the new one is decided afresh.
    next.assessment.decision = {};
    for (Need &need : next.assessment.needs)
        need.id = QUuid::createUuid();
    for (Risk &risk : next.assessment.risks)
        risk.id = QUuid::createUuid();
    next.plan.id = QUuid::createUuid();
    next.plan.assessmentId = next.assessment.id;
    next.plan.version = 1;
    next.plan.shared.reset();
    return next;
}

// Filled in by the flow's rules (progress, plan assembly and finalising) below.
StepProgress AssessmentFlow::progress(AssessmentStep step, const AssessmentRecord &record)
{
    Q_UNUSED(step)
    Q_UNUSED(record)
    return {};
}

void AssessmentFlow::assemblePlan(AssessmentRecord &record, const QDate &today)
{
    Q_UNUSED(record)
    Q_UNUSED(today)
}

Status AssessmentFlow::finalise(AssessmentRecord &record, const QDate &today)
{
    const QList<QualityCheck> checks = QualityChecks::run(record);
    if (QualityChecks::blocksFinalising(checks))
        return Error {tr("Cannot finalise yet.")};
    assemblePlan(record, today);
    record.assessment.status = AssessmentStatus::Finalised;
    return {};
}

} // namespace hearth
