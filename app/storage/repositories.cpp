#include "repositories.h"

#include "storage/auditlog.h"
#include "storage/sql.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace hearth {

namespace {

const QString kPerson = u"person"_s;
const QString kNetworkMember = u"network-member"_s;
const QString kAssessment = u"assessment"_s;
const QString kPlan = u"plan"_s;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> parseBody(const QString &body, const QString &recordType, const QUuid &id)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error {Store::tr("The stored %1 %2 is damaged and cannot be read.")
                          .arg(recordType, idText(id))};
    }
    return doc.object();
}

// Top-level fields whose value differs; the version is bookkeeping, not a change.
QStringList changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        if (key != u"version"_s && before.value(key) != after.value(key))
            changed.append(key);
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}

QString searchText(const Person &person)
{
    QString postcode = person.address.postcode;
    const QStringList parts {person.givenNames, person.familyName, person.preferredName,
        person.nhsNumber, postcode, postcode.remove(u' ')};
    return parts.join(u' ').simplified().toCaseFolded();
}

// LIKE pattern with %, _ and the escape character escaped.
QString likeContains(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// History, audit and outbox for one change (DESIGN 4 "Every change is accountable").
// `body` empty means the record was deleted.
Status recordChange(Store &store, const QString &recordType, const QUuid &id, int version,
    const QByteArray &body, const QString &action, const QStringList &fields, const QString &now)
{
    sql::Statement history(store.handle(),
        "INSERT INTO record_history (record_type, record_id, version, "
        "changed_at, changed_by, device_id, body) VALUES (?, ?, ?, ?, ?, ?, ?)");
    history.bind(1, recordType)
        .bind(2, idText(id))
        .bind(3, version)
        .bind(4, now)
        .bind(5, store.practitioner())
        .bind(6, store.deviceId());
    if (body.isEmpty())
        history.bindNull(7);
    else
        history.bind(7, QString::fromUtf8(body));
    if (Status s = history.run(); !s)
        return s;
    if (Status s = AuditLog(store).append(action, recordType, id, fields); !s)
        return s;
    // An imported record arrives at its version unchanged; any other change starts from the
    // version before it.
    const int base = action == u"import" ? version : version - 1;
    return Outbox(store).enqueue(recordType, id, version, base);
}

struct Stored
{
    bool exists = false;
    int version = 0;
    QJsonObject body;
};

Result<Stored> readStored(
    Store &store, const char *table, const QString &recordType, const QUuid &id)
{
    sql::Statement query(store.handle(),
        QStringLiteral("SELECT version, body FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.bind(1, idText(id));
    Stored stored;
    if (query.next()) {
        stored.exists = true;
        stored.version = int(query.integer(0));
        Result<QJsonObject> body = parseBody(query.text(1), recordType, id);
        if (!body)
            return Error {body.error()};
        stored.body = *body;
    } else if (query.failed()) {
        return Error {query.error()};
    }
    return stored;
}

using RowWriter
    = std::function<Status(bool exists, int version, const QString &body, const QString &now)>;
using BodyMaker = std::function<QJsonObject(int version)>;

// The common save: one transaction for row, history, audit and outbox. Saving an unchanged
// record is a no-op, so autosave does not multiply versions. Returns the version now stored.
Result<int> saveRecord(Store &store, const char *table, const QString &recordType, const QUuid &id,
    int heldVersion, const BodyMaker &bodyFor, const RowWriter &writeRow)
{
    Transaction transaction(store);
    if (!transaction.isActive())
        return Error {transaction.error()};
    Result<Stored> stored = readStored(store, table, recordType, id);
    if (!stored)
        return Error {stored.error()};

    int version = std::max(1, heldVersion);
    QStringList fields;
    QJsonObject body;
    if (stored->exists) {
        if (heldVersion != stored->version) {
            return Error {
                Store::tr("This %1 was changed elsewhere after it was opened (version %2 is "
                          "stored, this is version %3). Reopen it to see the changes.")
                    .arg(recordType)
                    .arg(stored->version)
                    .arg(heldVersion)};
        }
        body = bodyFor(stored->version);
        fields = changedFields(stored->body, body);
        if (fields.isEmpty())
            return stored->version;
        version = stored->version + 1;
    }
    body = bodyFor(version);
    if (!stored->exists)
        fields = changedFields(QJsonObject(), body);

    const QString now = sql::nowUtc();
    const QByteArray bytes = compact(body);
    if (Status s = writeRow(stored->exists, version, QString::fromUtf8(bytes), now); !s)
        return Error {s.error()};
    if (Status s = recordChange(store, recordType, id, version, bytes,
            stored->exists ? u"update"_s : u"create"_s, fields, now);
        !s) {
        return Error {s.error()};
    }
    if (Status s = transaction.commit(); !s)
        return Error {s.error()};
    return version;
}

Status writePersonRow(Store &store, const Person &person, bool exists, int version,
    const QString &body, const QString &now)
{
    sql::Statement write(store.handle(),
        exists ? "UPDATE persons SET version = ?2, family_name = ?3, "
                 "given_names = ?4, display_name = ?5, search_text = ?6, "
                 "date_of_birth = ?7, nhs_number = ?8, updated_at = ?9, "
                 "body = ?10 WHERE id = ?1"
               : "INSERT INTO persons (id, version, family_name, given_names, "
                 "display_name, search_text, date_of_birth, nhs_number, "
                 "updated_at, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                 "?10)");
    write.bind(1, idText(person.id))
        .bind(2, version)
        .bind(3, person.familyName.isNull() ? u""_s : person.familyName)
        .bind(4, person.givenNames.isNull() ? u""_s : person.givenNames)
        .bind(5, person.listName().isNull() ? u""_s : person.listName())
        .bind(6, searchText(person))
        .bind(7, person.dateOfBirth)
        .bind(8, person.nhsNumber.isEmpty() ? QString() : person.nhsNumber)
        .bind(9, now)
        .bind(10, body);
    return write.run();
}

Status writeNetworkRow(Store &store, const NetworkMember &member, std::optional<int> position,
    bool exists, int version, const QString &body, const QString &now)
{
    if (exists) {
        sql::Statement write(store.handle(),
            "UPDATE network_members SET person_id = ?, version = ?, "
            "updated_at = ?, body = ? WHERE id = ?");
        write.bind(1, idText(member.personId))
            .bind(2, version)
            .bind(3, now)
            .bind(4, body)
            .bind(5, idText(member.id));
        return write.run();
    }
    sql::Statement write(store.handle(),
        "INSERT INTO network_members (id, person_id, position, version, "
        "updated_at, body) VALUES (?1, ?2, COALESCE(?3, (SELECT "
        "COALESCE(MAX(position) + 1, 0) FROM network_members WHERE person_id = "
        "?2)), ?4, ?5, ?6)");
    write.bind(1, idText(member.id)).bind(2, idText(member.personId));
    if (position)
        write.bind(3, *position);
    else
        write.bindNull(3);
    write.bind(4, version).bind(5, now).bind(6, body);
    return write.run();
}

Status writeAssessmentRow(Store &store, const Assessment &assessment, std::optional<int> position,
    bool exists, int version, const QString &body, const QString &now)
{
    if (exists) {
        sql::Statement write(store.handle(),
            "UPDATE assessments SET person_id = ?, kind = ?, status = ?, "
            "started_on = ?, version = ?, updated_at = ?, body = ? WHERE id = ?");
        write.bind(1, idText(assessment.personId))
            .bind(2, code(assessment.kind))
            .bind(3, code(assessment.status))
            .bind(4, assessment.startedOn)
            .bind(5, version)
            .bind(6, now)
            .bind(7, body)
            .bind(8, idText(assessment.id));
        return write.run();
    }
    sql::Statement write(store.handle(),
        "INSERT INTO assessments (id, person_id, position, kind, status, "
        "started_on, version, updated_at, body) VALUES (?1, ?2, COALESCE(?3, "
        "(SELECT COALESCE(MAX(position) + 1, 0) FROM assessments WHERE "
        "person_id = ?2)), ?4, ?5, ?6, ?7, ?8, ?9)");
    write.bind(1, idText(assessment.id)).bind(2, idText(assessment.personId));
    if (position)
        write.bind(3, *position);
    else
        write.bindNull(3);
    write.bind(4, code(assessment.kind))
        .bind(5, code(assessment.status))
        .bind(6, assessment.startedOn)
        .bind(7, version)
        .bind(8, now)
        .bind(9, body);
    return write.run();
}

Status writePlanRow(Store &store, const Plan &plan, bool exists, int version, const QString &body,
    const QString &now)
{
    sql::Statement write(store.handle(),
        exists ? "UPDATE plans SET assessment_id = ?2, version = ?3, "
                 "informal_review = ?4, first_review = ?5, annual_review = ?6, "
                 "next_review = ?7, updated_at = ?8, body = ?9 WHERE id = ?1"
               : "INSERT INTO plans (id, assessment_id, version, "
                 "informal_review, first_review, annual_review, next_review, "
                 "updated_at, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    write.bind(1, idText(plan.id))
        .bind(2, idText(plan.assessmentId))
        .bind(3, version)
        .bind(4, plan.reviews.informalReview.value_or(QDate()))
        .bind(5, plan.reviews.firstFormalReview)
        .bind(6, plan.reviews.annualReview)
        .bind(7, plan.reviews.due())
        .bind(8, now)
        .bind(9, body);
    return write.run();
}

template<typename T>
using FromJson = Result<T> (*)(const QJsonObject &, const QString &);

template<typename T>
Result<T> decode(const QString &body, int version, const QString &recordType, const QUuid &id,
    FromJson<T> fromJson)
{
    Result<QJsonObject> json = parseBody(body, recordType, id);
    if (!json)
        return Error {json.error()};
    Result<T> record = fromJson(*json, QString());
    if (!record) {
        return Error {Store::tr("The stored %1 %2 could not be read: %3")
                          .arg(recordType, idText(id), record.error())};
    }
    record->version = version; // the column is authoritative
    return record;
}

template<typename T>
Result<QList<T>> decodeAll(sql::Statement &query, const QString &recordType, FromJson<T> fromJson)
{
    QList<T> list;
    while (query.next()) {
        const QUuid id = QUuid::fromString(query.text(0));
        Result<T> record
            = decode<T>(query.text(2), int(query.integer(1)), recordType, id, fromJson);
        if (!record)
            return Error {record.error()};
        list.append(std::move(record).value());
    }
    if (query.failed())
        return Error {query.error()};
    return list;
}

QString notFound(const QString &recordType, const QUuid &id)
{
    return Store::tr("There is no %1 %2 in the store.").arg(recordType, idText(id));
}

Result<bool> exists(Store &store, const char *table, const QUuid &id)
{
    sql::Statement query(
        store.handle(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.bind(1, idText(id));
    const bool found = query.next();
    if (query.failed())
        return Error {query.error()};
    return found;
}

} // namespace

// --- PersonRepository -------------------------------------------------------------------

Result<Person> PersonRepository::find(const QUuid &id) const
{
    sql::Statement query(m_store.handle(), "SELECT id, version, body FROM persons WHERE id = ?");
    query.bind(1, idText(id));
    if (!query.next())
        return Error {query.failed() ? query.error() : notFound(kPerson, id)};
    return decode<Person>(
        query.text(2), int(query.integer(1)), kPerson, id, &CaseFile::personFromJson);
}

Status PersonRepository::save(Person &person)
{
    Person copy = person;
    if (copy.id.isNull())
        copy.id = QUuid::createUuid();
    Result<int> version = saveRecord(
        m_store, "persons", kPerson, copy.id, copy.version,
        [&copy](int v) {
            Person p = copy;
            p.version = v;
            return CaseFile::toJson(p);
        },
        [&](bool exists, int v, const QString &body, const QString &now) {
            return writePersonRow(m_store, copy, exists, v, body, now);
        });
    if (!version)
        return Error {version.error()};
    copy.version = *version;
    person = copy;
    return {};
}

Result<QList<CaseloadEntry>> PersonRepository::caseload(const QString &search, int limit) const
{
    const QStringList words = search.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    QString sqlText = u"SELECT p.id, p.display_name, p.date_of_birth, p.nhs_number, "
                      "MAX(p.updated_at, COALESCE(a.updated_at, '')), a.status, "
                      "pl.informal_review, "
                      "pl.first_review, pl.annual_review, p.family_name, p.given_names, a.kind "
                      "FROM persons p "
                      "LEFT JOIN assessments a ON a.id = (SELECT a2.id FROM assessments a2 "
                      "WHERE a2.person_id = p.id ORDER BY a2.started_on DESC, a2.position DESC "
                      "LIMIT 1) "
                      "LEFT JOIN plans pl ON pl.assessment_id = a.id"_s;
    for (qsizetype i = 0; i < words.size(); ++i)
        sqlText += (i == 0 ? u" WHERE "_s : u" AND "_s) + u"p.search_text LIKE ? ESCAPE '\\'"_s;
    // Ties keep the index's order (by rowid), so the list is stable without another sort.
    sqlText += u" ORDER BY p.family_name COLLATE NOCASE, p.given_names COLLATE NOCASE LIMIT ?"_s;

    sql::Statement query(m_store.handle(), sqlText);
    int index = 1;
    for (const QString &word : words)
        query.bind(index++, likeContains(word));
    query.bind(index, qint64(limit < 0 ? -1 : limit));

    const QDate today = QDate::currentDate();
    QList<CaseloadEntry> list;
    list.reserve(limit > 0 ? limit : 256);
    while (query.next()) {
        CaseloadEntry entry;
        entry.personId = query.uuid(0);
        entry.displayName = query.text(1);
        entry.sortName = query.text(9) + u", "_s + query.text(10);
        entry.dateOfBirth = query.date(2);
        entry.nhsNumber = query.text(3);
        entry.updatedAt = query.dateTime(4);
        entry.status = query.text(5); // empty without an assessment
        entry.kind = query.text(11);
        if (!query.isNull(6) || !query.isNull(7) || !query.isNull(8)) {
            ReviewSchedule schedule;
            if (!query.isNull(6))
                schedule.informalReview = query.date(6);
            schedule.firstFormalReview = query.date(7);
            schedule.annualReview = query.date(8);
            entry.nextReview = schedule.due();
            // Only an agreed plan (or one under review) has reviews to miss: a draft's dates
            // are proposals.
            entry.reviewOverdue = schedule.isOverdue(today)
                && (entry.status == u"finalised" || entry.kind == u"review");
        }
        list.append(std::move(entry));
    }
    if (query.failed())
        return Error {query.error()};
    return list;
}

Result<int> PersonRepository::count() const
{
    sql::Statement query(m_store.handle(), "SELECT count(*) FROM persons");
    if (!query.next())
        return Error {query.error()};
    return int(query.integer(0));
}

// --- NetworkRepository ------------------------------------------------------------------

Result<QList<NetworkMember>> NetworkRepository::forPerson(const QUuid &personId) const
{
    sql::Statement query(m_store.handle(),
        "SELECT id, version, body FROM network_members WHERE "
        "person_id = ? ORDER BY position, id");
    query.bind(1, idText(personId));
    return decodeAll<NetworkMember>(query, kNetworkMember, &CaseFile::networkMemberFromJson);
}

Status NetworkRepository::save(NetworkMember &member)
{
    NetworkMember copy = member;
    if (copy.id.isNull())
        copy.id = QUuid::createUuid();
    Result<bool> personExists = exists(m_store, "persons", copy.personId);
    if (!personExists)
        return Error {personExists.error()};
    if (!*personExists)
        return Error {notFound(kPerson, copy.personId)};
    Result<int> version = saveRecord(
        m_store, "network_members", kNetworkMember, copy.id, copy.version,
        [&copy](int v) {
            NetworkMember m = copy;
            m.version = v;
            return CaseFile::toJson(m);
        },
        [&](bool exists, int v, const QString &body, const QString &now) {
            return writeNetworkRow(m_store, copy, std::nullopt, exists, v, body, now);
        });
    if (!version)
        return Error {version.error()};
    copy.version = *version;
    member = copy;
    return {};
}

Status NetworkRepository::remove(const QUuid &id)
{
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Error {transaction.error()};
    Result<Stored> stored = readStored(m_store, "network_members", kNetworkMember, id);
    if (!stored)
        return Error {stored.error()};
    if (!stored->exists)
        return Error {notFound(kNetworkMember, id)};
    sql::Statement remove(m_store.handle(), "DELETE FROM network_members WHERE id = ?");
    remove.bind(1, idText(id));
    if (Status s = remove.run(); !s)
        return s;
    // The deletion is a version of its own (history body NULL), so sync carries it.
    if (Status s = recordChange(m_store, kNetworkMember, id, stored->version + 1, QByteArray(),
            u"delete"_s, {}, sql::nowUtc());
        !s) {
        return s;
    }
    return transaction.commit();
}

// --- AssessmentRepository ---------------------------------------------------------------

Result<Assessment> AssessmentRepository::find(const QUuid &id) const
{
    sql::Statement query(
        m_store.handle(), "SELECT id, version, body FROM assessments WHERE id = ?");
    query.bind(1, idText(id));
    if (!query.next())
        return Error {query.failed() ? query.error() : notFound(kAssessment, id)};
    return decode<Assessment>(
        query.text(2), int(query.integer(1)), kAssessment, id, &CaseFile::assessmentFromJson);
}

Result<QList<Assessment>> AssessmentRepository::forPerson(const QUuid &personId) const
{
    sql::Statement query(m_store.handle(),
        "SELECT id, version, body FROM assessments WHERE "
        "person_id = ? ORDER BY position, id");
    query.bind(1, idText(personId));
    return decodeAll<Assessment>(query, kAssessment, &CaseFile::assessmentFromJson);
}

Status AssessmentRepository::save(Assessment &assessment)
{
    Assessment copy = assessment;
    if (copy.id.isNull())
        copy.id = QUuid::createUuid();
    Result<bool> personExists = exists(m_store, "persons", copy.personId);
    if (!personExists)
        return Error {personExists.error()};
    if (!*personExists)
        return Error {notFound(kPerson, copy.personId)};
    Result<int> version = saveRecord(
        m_store, "assessments", kAssessment, copy.id, copy.version,
        [&copy](int v) {
            Assessment a = copy;
            a.version = v;
            return CaseFile::toJson(a);
        },
        [&](bool exists, int v, const QString &body, const QString &now) {
            return writeAssessmentRow(m_store, copy, std::nullopt, exists, v, body, now);
        });
    if (!version)
        return Error {version.error()};
    copy.version = *version;
    assessment = copy;
    return {};
}

// --- PlanRepository ---------------------------------------------------------------------

Result<std::optional<Plan>> PlanRepository::forAssessment(const QUuid &assessmentId) const
{
    sql::Statement query(
        m_store.handle(), "SELECT id, version, body FROM plans WHERE assessment_id = ?");
    query.bind(1, idText(assessmentId));
    if (!query.next()) {
        if (query.failed())
            return Error {query.error()};
        return std::optional<Plan>();
    }
    Result<Plan> plan = decode<Plan>(query.text(2), int(query.integer(1)), kPlan,
        QUuid::fromString(query.text(0)), &CaseFile::planFromJson);
    if (!plan)
        return Error {plan.error()};
    return std::optional<Plan>(std::move(plan).value());
}

Status PlanRepository::save(Plan &plan)
{
    Plan copy = plan;
    if (copy.id.isNull())
        copy.id = QUuid::createUuid();
    Result<bool> assessmentExists = exists(m_store, "assessments", copy.assessmentId);
    if (!assessmentExists)
        return Error {assessmentExists.error()};
    if (!*assessmentExists)
        return Error {notFound(kAssessment, copy.assessmentId)};
    Result<int> version = saveRecord(
        m_store, "plans", kPlan, copy.id, copy.version,
        [&copy](int v) {
            Plan p = copy;
            p.version = v;
            return CaseFile::toJson(p);
        },
        [&](bool exists, int v, const QString &body, const QString &now) {
            return writePlanRow(m_store, copy, exists, v, body, now);
        });
    if (!version)
        return Error {version.error()};
    copy.version = *version;
    plan = copy;
    return {};
}

// --- CaseRepository ---------------------------------------------------------------------

Result<QUuid> CaseRepository::importCase(const Case &c)
{
    const QUuid personId = c.person.id;
    if (personId.isNull())
        return Error {Store::tr("The case cannot be imported: its person has no id.")};

    // Checked before anything is written: ids unique within the case and records linked to it.
    QSet<QUuid> ids {personId};
    auto claim = [&ids](const QUuid &id, const QString &recordType) -> Status {
        if (id.isNull())
            return Error {
                Store::tr("The case cannot be imported: a %1 has no id.").arg(recordType)};
        if (ids.contains(id)) {
            return Error {
                Store::tr("The case cannot be imported: the id %1 is used twice.").arg(idText(id))};
        }
        ids.insert(id);
        return {};
    };
    for (const NetworkMember &member : c.network) {
        if (Status s = claim(member.id, kNetworkMember); !s)
            return Error {s.error()};
        if (member.personId != personId) {
            return Error {Store::tr("The case cannot be imported: %1 %2 belongs to another person.")
                              .arg(kNetworkMember, idText(member.id))};
        }
    }
    for (const CaseAssessment &item : c.assessments) {
        if (Status s = claim(item.assessment.id, kAssessment); !s)
            return Error {s.error()};
        if (item.assessment.personId != personId) {
            return Error {Store::tr("The case cannot be imported: %1 %2 belongs to another person.")
                              .arg(kAssessment, idText(item.assessment.id))};
        }
        if (item.plan) {
            if (Status s = claim(item.plan->id, kPlan); !s)
                return Error {s.error()};
            if (item.plan->assessmentId != item.assessment.id) {
                return Error {Store::tr("The case cannot be imported: %1 %2 belongs to another "
                                        "assessment.")
                                  .arg(kPlan, idText(item.plan->id))};
            }
        }
    }

    Transaction transaction(m_store);
    if (!transaction.isActive())
        return Error {transaction.error()};

    auto refuseExisting
        = [&](const char *table, const QString &recordType, const QUuid &id) -> Status {
        Result<bool> found = exists(m_store, table, id);
        if (!found)
            return Error {found.error()};
        if (!*found)
            return {};
        if (recordType == kPerson)
            return Error {
                Store::tr("This case is already in the store (person %1).").arg(idText(id))};
        return Error {
            Store::tr("This case is already in the store (%1 %2).").arg(recordType, idText(id))};
    };
    if (Status s = refuseExisting("persons", kPerson, personId); !s)
        return Error {s.error()};
    for (const NetworkMember &member : c.network) {
        if (Status s = refuseExisting("network_members", kNetworkMember, member.id); !s)
            return Error {s.error()};
    }
    for (const CaseAssessment &item : c.assessments) {
        if (Status s = refuseExisting("assessments", kAssessment, item.assessment.id); !s)
            return Error {s.error()};
        if (item.plan) {
            if (Status s = refuseExisting("plans", kPlan, item.plan->id); !s)
                return Error {s.error()};
        }
    }

    // Versions are kept as imported, so the case loads back exactly as it was written.
    const QString now = sql::nowUtc();
    auto written = [&](const QString &recordType, const QUuid &id, int version,
                       const QJsonObject &json, const std::function<Status(const QString &)> &row) {
        const QByteArray body = compact(json);
        if (Status s = row(QString::fromUtf8(body)); !s)
            return s;
        return recordChange(m_store, recordType, id, version, body, u"import"_s,
            changedFields(QJsonObject(), json), now);
    };
    if (Status s = written(kPerson, personId, c.person.version, CaseFile::toJson(c.person),
            [&](const QString &body) {
                return writePersonRow(m_store, c.person, false, c.person.version, body, now);
            });
        !s) {
        return Error {s.error()};
    }
    for (qsizetype i = 0; i < c.network.size(); ++i) {
        const NetworkMember &member = c.network.at(i);
        if (Status s = written(kNetworkMember, member.id, member.version, CaseFile::toJson(member),
                [&](const QString &body) {
                    return writeNetworkRow(
                        m_store, member, int(i), false, member.version, body, now);
                });
            !s) {
            return Error {s.error()};
        }
    }
    for (qsizetype i = 0; i < c.assessments.size(); ++i) {
        const CaseAssessment &item = c.assessments.at(i);
        const Assessment &assessment = item.assessment;
        if (Status s
            = written(kAssessment, assessment.id, assessment.version, CaseFile::toJson(assessment),
                [&](const QString &body) {
                    return writeAssessmentRow(
                        m_store, assessment, int(i), false, assessment.version, body, now);
                });
            !s) {
            return Error {s.error()};
        }
        if (item.plan) {
            const Plan &plan = *item.plan;
            if (Status s = written(kPlan, plan.id, plan.version, CaseFile::toJson(plan),
                    [&](const QString &body) {
                        return writePlanRow(m_store, plan, false, plan.version, body, now);
                    });
                !s) {
                return Error {s.error()};
            }
        }
    }
    if (Status s = transaction.commit(); !s)
        return Error {s.error()};
    return personId;
}

Result<Case> CaseRepository::load(const QUuid &personId) const
{
    Case c;
    Result<Person> person = PersonRepository(m_store).find(personId);
    if (!person)
        return Error {person.error()};
    c.person = std::move(person).value();
    Result<QList<NetworkMember>> network = NetworkRepository(m_store).forPerson(personId);
    if (!network)
        return Error {network.error()};
    c.network = std::move(network).value();
    Result<QList<Assessment>> assessments = AssessmentRepository(m_store).forPerson(personId);
    if (!assessments)
        return Error {assessments.error()};
    for (Assessment &assessment : *assessments) {
        Result<std::optional<Plan>> plan = PlanRepository(m_store).forAssessment(assessment.id);
        if (!plan)
            return Error {plan.error()};
        c.assessments.append({std::move(assessment), std::move(plan).value()});
    }
    return c;
}

} // namespace hearth
