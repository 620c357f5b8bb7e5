#pragma once

#include "core/casefile.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace hearth {

class Store;

// One row of the caseload list.
struct CaseloadEntry
{
    QUuid personId;
    QString displayName; // Person::listName()
    QString sortName; // family name, then given names: how caseloads are ordered
    QDate dateOfBirth;
    QString nhsNumber;
    QString status; // of the latest assessment: "draft", "shared", "finalised", or empty
    QString kind; // of the latest assessment: "adult-needs", "carer", "review", or empty
    QDate nextReview; // the earliest review still to happen; invalid when none is scheduled
    bool reviewOverdue = false; // an agreed plan's review whose day has passed without it
    QDateTime updatedAt;
};

// Every save bumps the record's version, keeps the previous version in record history,
// appends to the audit log (who, device, when, which record, which fields changed) and
// queues the record in the outbox for sync, all in one transaction.
class PersonRepository
{
public:
    explicit PersonRepository(Store &store)
        : m_store(store)
    {
    }
    Result<Person> find(const QUuid &id) const;
    Status save(Person &person); // insert or update; sets the new version on success
    // Case-insensitive search over names, NHS number and postcode; empty text lists everyone.
    Result<QList<CaseloadEntry>> caseload(const QString &search = {}, int limit = -1) const;
    Result<int> count() const;

private:
    Store &m_store;
};

class NetworkRepository
{
public:
    explicit NetworkRepository(Store &store)
        : m_store(store)
    {
    }
    Result<QList<NetworkMember>> forPerson(const QUuid &personId) const;
    Status save(NetworkMember &member);
    Status remove(const QUuid &id);

private:
    Store &m_store;
};

class AssessmentRepository
{
public:
    explicit AssessmentRepository(Store &store)
        : m_store(store)
    {
    }
    Result<Assessment> find(const QUuid &id) const;
    Result<QList<Assessment>> forPerson(const QUuid &personId) const;
    Status save(Assessment &assessment);

private:
    Store &m_store;
};

class PlanRepository
{
public:
    explicit PlanRepository(Store &store)
        : m_store(store)
    {
    }
    Result<std::optional<Plan>> forAssessment(const QUuid &assessmentId) const;
    Status save(Plan &plan);

private:
    Store &m_store;
};

// A whole case in one transaction: all or nothing.
class CaseRepository
{
public:
    explicit CaseRepository(Store &store)
        : m_store(store)
    {
    }
    // Refuses a case whose person id, or any record id, is already in the store.
    Result<QUuid> importCase(const Case &c);
    Result<Case> load(const QUuid &personId) const;

private:
    Store &m_store;
};

} // namespace hearth
