#include "casesession.h"

#include "appsettings.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <algorithm>

namespace hearth {

CaseSession::CaseSession(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        const Status status = saveNow();
        Q_UNUSED(status) // saveNow() has emitted saved() or saveFailed()
    });
}

CaseSession::~CaseSession()
{
    if (m_open && hasUnsavedChanges()) {
        const Status status = saveNow();
        if (!status)
            qWarning(
                "Hearth could not save the open case on closing: %s", qPrintable(status.error()));
    }
}

Status CaseSession::open(const QUuid &personId, const QDate &today)
{
    if (m_open) {
        const Status closed = close();
        if (!closed)
            return closed;
    }
    Result<Person> person = PersonRepository(m_store).find(personId);
    if (!person)
        return Error {person.error()};
    Result<QList<NetworkMember>> network = NetworkRepository(m_store).forPerson(personId);
    if (!network)
        return Error {network.error()};
    Result<QList<Assessment>> assessments = AssessmentRepository(m_store).forPerson(personId);
    if (!assessments)
        return Error {assessments.error()};

    // The latest assessment is the one to carry on with: by start date, then by version.
    const Assessment *latest = nullptr;
    for (const Assessment &a : std::as_const(*assessments)) {
        if (!latest || a.startedOn > latest->startedOn
            || (a.startedOn == latest->startedOn && a.version > latest->version))
            latest = &a;
    }

    AssessmentRecord record;
    bool fresh = false;
    if (latest) {
        record.person = *person;
        record.network = *network;
        record.assessment = *latest;
        Result<std::optional<Plan>> plan = PlanRepository(m_store).forAssessment(latest->id);
        if (!plan)
            return Error {plan.error()};
        if (plan->has_value()) {
            record.plan = **plan;
        } else {
            record.plan.id = QUuid::createUuid();
            record.plan.assessmentId = latest->id;
            m_planDirty = true;
        }
    } else {
        record = AssessmentFlow::start(*person, *network, m_store.practitioner(), today);
        fresh = true;
    }

    m_record = record;
    m_open = true;
    m_personDirty = false;
    m_assessmentDirty = fresh;
    m_planDirty = m_planDirty || fresh;
    m_dirtyMembers.clear();
    m_removedMembers.clear();
    m_storedMembers.clear();
    for (const NetworkMember &member : std::as_const(m_record.network))
        m_storedMembers.insert(member.id);
    m_lastSaved = {};
    if (hasUnsavedChanges()) {
        const Status status = saveNow();
        if (!status) {
            m_open = false;
            return status;
        }
    }
    emit opened();
    emit readOnlyChanged(isReadOnly());
    return {};
}

Status CaseSession::close()
{
    if (!m_open)
        return {};
    const Status status = saveNow();
    if (!status)
        return status;
    m_open = false;
    m_record = {};
    return {};
}

bool CaseSession::isReadOnly() const
{
    return !m_open || m_record.assessment.status == AssessmentStatus::Finalised;
}

bool CaseSession::editPerson(const std::function<void(Person &)> &change)
{
    if (isReadOnly())
        return false;
    change(m_record.person);
    m_personDirty = true;
    scheduleSave();
    emit changed();
    return true;
}

bool CaseSession::editAssessment(const std::function<void(Assessment &)> &change)
{
    if (isReadOnly())
        return false;
    change(m_record.assessment);
    m_assessmentDirty = true;
    scheduleSave();
    emit changed();
    return true;
}

bool CaseSession::editPlan(const std::function<void(Plan &)> &change)
{
    if (isReadOnly())
        return false;
    change(m_record.plan);
    m_planDirty = true;
    scheduleSave();
    emit changed();
    return true;
}

bool CaseSession::editNetworkMember(
    const QUuid &id, const std::function<void(NetworkMember &)> &change)
{
    if (isReadOnly())
        return false;
    auto it = std::find_if(m_record.network.begin(), m_record.network.end(),
        [&](const NetworkMember &m) { return m.id == id; });
    if (it == m_record.network.end())
        return false;
    change(*it);
    m_dirtyMembers.insert(id);
    scheduleSave();
    emit changed();
    return true;
}

QUuid CaseSession::addNetworkMember()
{
    if (isReadOnly())
        return {};
    NetworkMember member;
    member.id = QUuid::createUuid();
    member.personId = m_record.person.id;
    m_record.network.append(member);
    m_dirtyMembers.insert(member.id);
    scheduleSave();
    emit changed();
    return member.id;
}

bool CaseSession::removeNetworkMember(const QUuid &id)
{
    if (isReadOnly())
        return false;
    const qsizetype removed
        = m_record.network.removeIf([&](const NetworkMember &m) { return m.id == id; });
    if (removed == 0)
        return false;
    m_dirtyMembers.remove(id);
    // A member that never reached the store needs no delete.
    if (m_storedMembers.contains(id))
        m_removedMembers.insert(id);
    scheduleSave();
    emit changed();
    return true;
}

bool CaseSession::hasUnsavedChanges() const
{
    return m_personDirty || m_assessmentDirty || m_planDirty || !m_dirtyMembers.isEmpty()
        || !m_removedMembers.isEmpty();
}

void CaseSession::scheduleSave()
{
    if (!m_autosave.isActive())
        m_autosave.start();
}

Status CaseSession::saveNow()
{
    m_autosave.stop();
    if (!m_open || !hasUnsavedChanges())
        return {};

    // Work on copies: the working copy takes the new versions only once everything committed.
    AssessmentRecord saving = m_record;
    Transaction transaction(m_store);
    Status status = transaction.isActive() ? Status() : Status(Error {transaction.error()});
    if (status && m_personDirty)
        status = PersonRepository(m_store).save(saving.person);
    NetworkRepository members(m_store);
    for (const QUuid &id : std::as_const(m_removedMembers)) {
        if (!status)
            break;
        status = members.remove(id);
    }
    for (NetworkMember &member : saving.network) {
        if (status && m_dirtyMembers.contains(member.id))
            status = members.save(member);
    }
    if (status && m_assessmentDirty)
        status = AssessmentRepository(m_store).save(saving.assessment);
    if (status && m_planDirty)
        status = PlanRepository(m_store).save(saving.plan);
    if (status)
        status = transaction.commit();
    if (!status) {
        emit saveFailed(status.error());
        // Keep the edits marked unsaved and try again shortly: nothing typed is dropped.
        m_autosave.start(qMax(kAutosaveDelayMs, 2000));
        return status;
    }

    m_record.person.version = saving.person.version;
    for (const NetworkMember &member : std::as_const(saving.network)) {
        for (NetworkMember &working : m_record.network) {
            if (working.id == member.id)
                working.version = member.version;
        }
    }
    m_record.assessment.version = saving.assessment.version;
    m_record.plan.version = saving.plan.version;
    m_personDirty = m_assessmentDirty = m_planDirty = false;
    for (const QUuid &id : std::as_const(m_dirtyMembers))
        m_storedMembers.insert(id);
    for (const QUuid &id : std::as_const(m_removedMembers))
        m_storedMembers.remove(id);
    m_dirtyMembers.clear();
    m_removedMembers.clear();
    m_lastSaved = QDateTime::currentDateTime();
    emit saved(m_lastSaved);
    return {};
}

Status CaseSession::finalise(const QDate &today)
{
    if (isReadOnly())
        return Error {tr("This assessment is already finalised.")};
    AssessmentRecord candidate = m_record;
    // The council's review intervals date the new plan's reviews (DESIGN 2.6).
    const Status status
        = AssessmentFlow::finalise(candidate, today, appsettings::reviewIntervals());
    if (!status)
        return status;
    m_record = candidate;
    m_assessmentDirty = m_planDirty = true;
    const Status saved = saveNow();
    if (!saved)
        return saved;
    emit changed();
    emit readOnlyChanged(true);
    return {};
}

Status CaseSession::startNewVersion(const QDate &today)
{
    return startFrom(
        AssessmentFlow::newVersion, tr("Only a finalised assessment starts a new version."), today);
}

Status CaseSession::startReview(const QDate &today)
{
    return startFrom(
        AssessmentFlow::startReview, tr("Only a finalised plan can be reviewed."), today);
}

Status CaseSession::startFrom(AssessmentRecord (*next)(const AssessmentRecord &, const QDate &),
    const QString &refusal, const QDate &today)
{
    if (!m_open || !isReadOnly())
        return Error {refusal};
    m_record = next(m_record, today);
    m_assessmentDirty = m_planDirty = true;
    const Status saved = saveNow();
    if (!saved)
        return saved;
    emit opened();
    emit readOnlyChanged(false);
    return {};
}

} // namespace hearth
