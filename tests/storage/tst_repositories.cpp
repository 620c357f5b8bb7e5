// Repositories over the encrypted store: saves with history, audit and outbox; whole-case
// import (all or nothing) and load; the caseload search; nothing readable at rest.

#include "storagetestutil.h"

#include "core/casefile.h"
#include "storage/auditlog.h"
#include "storage/repositories.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace hearth;
using namespace hearth::test;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";

// A case written here, so the test has distinctive text even without the sample files.
Case syntheticCase()
{
    Case c;
    c.person.id = QUuid::createUuid();
    c.person.givenNames = u"Philippa Marguerite"_s;
    c.person.familyName = u"Quennell-Ashdown"_s;
    c.person.dateOfBirth = QDate(1938, 4, 17);
    c.person.nhsNumber = u"9434765919"_s;
    c.person.address.lines = {u"14 Larkspur Terrace"_s, u"Matlock"_s};
    c.person.address.postcode = u"DE4 3NN"_s;

    NetworkMember daughter;
    daughter.id = QUuid::createUuid();
    daughter.personId = c.person.id;
    daughter.name = u"Rosalind Quennell"_s;
    daughter.relationship = u"daughter"_s;
    daughter.helpsWith = u"shopping on Saturdays"_s;
    NetworkMember choir;
    choir.id = QUuid::createUuid();
    choir.personId = c.person.id;
    choir.name = u"Thursday choir"_s;
    choir.kind = NetworkKind::CommunityGroup;
    c.network = {daughter, choir};

    CaseAssessment item;
    item.assessment = Assessment::blank(AssessmentKind::AdultNeeds);
    item.assessment.id = QUuid::createUuid();
    item.assessment.personId = c.person.id;
    item.assessment.startedOn = QDate(2024, 3, 1);
    item.assessment.practitioner = u"Sam Carter"_s;
    item.assessment.status = AssessmentStatus::Finalised;
    item.assessment.whatMatters.inTheirWords
        = u"I want to get back to the allotment on Tuesdays with my grandson and grow runner "
          "beans up the old bamboo canes again"_s;
    Plan plan;
    plan.id = QUuid::createUuid();
    plan.assessmentId = item.assessment.id;
    plan.outcomesWanted = u"Back at the allotment"_s;
    plan.reviews = ReviewSchedule::from(QDate::currentDate().addDays(-10), false);
    item.plan = plan;
    c.assessments = {item};
    return c;
}

// Every good sample case (files without "broken" or "invalid" in the name); a good sample
// that does not read is reported in `failures`.
QList<Case> sampleCases(QStringList *failures = nullptr)
{
    QList<Case> cases;
    const QDir dir(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.contains(u"broken"_s) || name.contains(u"invalid"_s))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Result<Case> c = CaseFile::read(file.readAll());
        if (c)
            cases.append(std::move(c).value());
        else if (failures)
            failures->append(name + u": "_s + c.error());
    }
    return cases;
}

// The texts of a case that must never be readable at rest. Needles shorter than six bytes
// could occur by chance in random-looking ciphertext, so short names are searched combined.
QStringList secretsOf(const Case &c)
{
    QStringList needles;
    for (const QString &text : {c.person.familyName, c.person.givenNames,
             c.person.givenNames + u' ' + c.person.familyName}) {
        if (text.trimmed().size() >= 6)
            needles.append(text);
    }
    for (const CaseAssessment &item : c.assessments) {
        if (item.assessment.whatMatters.inTheirWords.size() >= 6)
            needles.append(item.assessment.whatMatters.inTheirWords);
    }
    for (const NetworkMember &member : c.network) {
        if (member.name.size() >= 6)
            needles.append(member.name);
    }
    return needles;
}

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

// "<needle> in <file>" for each secret found in any file under dir, as UTF-8 or UTF-16.
QStringList leaks(const QString &dir, const QStringList &needles)
{
    QStringList found;
    const auto files = snapshot(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QString &needle : needles) {
            if (it.value().bytes.contains(needle.toUtf8())
                || it.value().bytes.contains(utf16(needle))) {
                found.append(needle + u" in "_s + it.key());
            }
        }
    }
    return found;
}

struct Counts
{
    qint64 persons, network, assessments, plans, history, audit, outbox;
    bool operator==(const Counts &) const = default;
};

Counts counts(Store &store)
{
    return {scalar(store, "SELECT count(*) FROM persons"),
        scalar(store, "SELECT count(*) FROM network_members"),
        scalar(store, "SELECT count(*) FROM assessments"),
        scalar(store, "SELECT count(*) FROM plans"),
        scalar(store, "SELECT count(*) FROM record_history"),
        scalar(store, "SELECT count(*) FROM audit_log"),
        scalar(store, "SELECT count(*) FROM outbox")};
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> makeStore(const QTemporaryDir &dir)
    {
        Result<std::unique_ptr<Store>> created
            = Store::create(dir.filePath(u"caseload.hearth"_s), kPassphrase, u"Sam Carter"_s);
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return nullptr;
        }
        return std::move(created).value();
    }

private slots:
    void importAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(dir);
        QVERIFY(store);
        QStringList failures;
        QList<Case> cases = sampleCases(&failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        cases.prepend(syntheticCase());
        for (const Case &c : std::as_const(cases)) {
            Result<QUuid> imported = CaseRepository(*store).importCase(c);
            QVERIFY2(imported.ok(), qPrintable(imported.error()));
            QCOMPARE(*imported, c.person.id);
            Result<Case> loaded = CaseRepository(*store).load(c.person.id);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            QVERIFY2(*loaded == c, qPrintable(c.person.displayName()));
            QCOMPARE(CaseFile::write(*loaded), CaseFile::write(c));
        }
        QCOMPARE(PersonRepository(*store).count().value(), int(cases.size()));
        Result<QList<AuditEntry>> audit = AuditLog(*store).entries();
        QVERIFY(audit.ok());
        QCOMPARE(audit->first().action, u"import"_s);
        QVERIFY(AuditLog(*store).verify());
    }

    void importIsAllOrNothing()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(dir);
        QVERIFY(store);
        const Case first = syntheticCase();
        QVERIFY(CaseRepository(*store).importCase(first));
        const Counts before = counts(*store);
        QCOMPARE(before.persons, 1);
        QCOMPARE(before.network, 2);

        Result<QUuid> again = CaseRepository(*store).importCase(first);
        QVERIFY(!again.ok());
        QCOMPARE(again.error(),
            u"This case is already in the store (person %1)."_s.arg(
                first.person.id.toString(QUuid::WithoutBraces)));
        QCOMPARE(counts(*store), before);

        // A new person whose plan reuses an id already stored: refused, naming the record.
        Case second = syntheticCase();
        second.assessments[0].plan->id = first.assessments[0].plan->id;
        Result<QUuid> clash = CaseRepository(*store).importCase(second);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error(),
            u"This case is already in the store (plan %1)."_s.arg(
                first.assessments[0].plan->id.toString(QUuid::WithoutBraces)));
        QCOMPARE(counts(*store), before);

        // A failure half-way through the writes (here: the history of a removed network
        // member already holds the version being imported) leaves nothing behind either.
        const NetworkMember removed = first.network.at(1);
        QVERIFY(NetworkRepository(*store).remove(removed.id));
        const Counts afterRemove = counts(*store);
        Case third = syntheticCase();
        NetworkMember reused = removed;
        reused.personId = third.person.id;
        reused.version = removed.version + 1;
        third.network.append(reused);
        Result<QUuid> midway = CaseRepository(*store).importCase(third);
        QVERIFY(!midway.ok());
        QCOMPARE(counts(*store), afterRemove);
        QVERIFY(!PersonRepository(*store).find(third.person.id).ok());
        QVERIFY(AuditLog(*store).verify());
    }

    void saveBumpsVersionWritesHistoryAndQueues()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(dir);
        QVERIFY(store);
        PersonRepository persons(*store);
        Person person;
        person.givenNames = u"Adaeze"_s;
        person.familyName = u"Okafor"_s;
        QVERIFY(persons.save(person));
        QVERIFY(!person.id.isNull());
        QCOMPARE(person.version, 1);

        person.familyName = u"Okafor-Bell"_s;
        QVERIFY(persons.save(person));
        QCOMPARE(person.version, 2);
        QCOMPARE(persons.find(person.id)->familyName, u"Okafor-Bell"_s);
        QCOMPARE(persons.find(person.id)->version, 2);
        QCOMPARE(scalar(*store,
                     "SELECT count(*) FROM record_history WHERE record_type = "
                     "'person'"),
            qint64(2));
        QCOMPARE(scalar(*store, "SELECT max(version) FROM record_history"), qint64(2));

        Result<QList<OutboxEntry>> pending = Outbox(*store).pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().recordId, person.id);
        QCOMPARE(pending->first().version, 2);

        Result<QList<AuditEntry>> audit = AuditLog(*store).entries();
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(0).action, u"create"_s);
        QCOMPARE(audit->at(1).action, u"update"_s);
        QCOMPARE(audit->at(1).recordType, u"person"_s);
        QCOMPARE(audit->at(1).recordId, person.id);
        QCOMPARE(audit->at(1).changedFields, QStringList {u"familyName"_s});

        // An unchanged save is not a new version.
        QVERIFY(persons.save(person));
        QCOMPARE(person.version, 2);
        QCOMPARE(AuditLog(*store).entries()->size(), 2);

        // A stale copy is refused rather than overwriting the newer one.
        Person stale = person;
        stale.version = 1;
        stale.phone = u"01629 000000"_s;
        const Status refused = persons.save(stale);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"changed elsewhere"_s), qPrintable(refused.error()));
        QCOMPARE(persons.find(person.id)->version, 2);
    }

    void otherRepositories()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(dir);
        QVERIFY(store);
        const Case c = syntheticCase();
        QVERIFY(CaseRepository(*store).importCase(c));

        NetworkMember neighbour;
        neighbour.personId = c.person.id;
        neighbour.name = u"Mr Patel next door"_s;
        QVERIFY(NetworkRepository(*store).save(neighbour));
        Result<QList<NetworkMember>> network = NetworkRepository(*store).forPerson(c.person.id);
        QCOMPARE(network->size(), 3);
        QCOMPARE(network->last().id, neighbour.id); // appended after the imported order

        Assessment assessment = c.assessments[0].assessment;
        assessment.status = AssessmentStatus::Draft;
        QVERIFY(AssessmentRepository(*store).save(assessment));
        QCOMPARE(assessment.version, c.assessments[0].assessment.version + 1);
        QCOMPARE(AssessmentRepository(*store).find(assessment.id)->status, AssessmentStatus::Draft);

        Plan plan = *c.assessments[0].plan;
        plan.contingency = u"Call Rosalind"_s;
        QVERIFY(PlanRepository(*store).save(plan));
        Result<std::optional<Plan>> stored = PlanRepository(*store).forAssessment(assessment.id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->contingency, u"Call Rosalind"_s);

        Plan orphan;
        orphan.assessmentId = QUuid::createUuid();
        QVERIFY(!PlanRepository(*store).save(orphan).ok());

        QVERIFY(NetworkRepository(*store).remove(neighbour.id));
        QCOMPARE(NetworkRepository(*store).forPerson(c.person.id)->size(), 2);
        QCOMPARE(Outbox(*store).pending()->size(), 6);
        QVERIFY(AuditLog(*store).verify());
    }

    void caseloadSearch()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(dir);
        QVERIFY(store);
        const Case c = syntheticCase();
        QVERIFY(CaseRepository(*store).importCase(c));
        PersonRepository persons(*store);
        Person other;
        other.givenNames = u"Paddy"_s;
        other.familyName = u"Doyle"_s;
        other.address.postcode = u"S40 1LP"_s;
        QVERIFY(persons.save(other));

        Result<QList<CaseloadEntry>> all = persons.caseload();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).displayName, u"Paddy Doyle"_s); // by family name
        QCOMPARE(all->at(0).sortName, u"Doyle, Paddy"_s);
        QVERIFY(all->at(0).status.isEmpty());
        QVERIFY(!all->at(0).nextReview.isValid());

        const CaseloadEntry &entry = all->at(1);
        QCOMPARE(entry.personId, c.person.id);
        QCOMPARE(entry.dateOfBirth, QDate(1938, 4, 17));
        QCOMPARE(entry.nhsNumber, u"9434765919"_s);
        QCOMPARE(entry.status, code(AssessmentStatus::Finalised));
        QCOMPARE(entry.nextReview, c.assessments[0].plan->reviews.due());
        QVERIFY(entry.nextReview.isValid());
        QVERIFY(entry.updatedAt.isValid());

        for (const QString &search : {u"quennell"_s, u"ASHDOWN"_s, u"ell-Ash"_s, u"philippa"_s,
                 u"9434765919"_s, u"943 476 5919"_s, u"de4 3nn"_s, u"DE43NN"_s, u"Phil QUEN"_s}) {
            Result<QList<CaseloadEntry>> found = persons.caseload(search);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().personId, c.person.id);
        }
        QCOMPARE(persons.caseload(u"doyle"_s)->size(), 1);
        QCOMPARE(persons.caseload(u"nobody"_s)->size(), 0);
        QCOMPARE(persons.caseload(u"%"_s)->size(), 0);
        QCOMPARE(persons.caseload(u"_"_s)->size(), 0);
        QCOMPARE(persons.caseload({}, 1)->size(), 1);
    }

    // Correctness at caseload scale. Speed is measured by tests/benchmarks, never asserted
    // here: these machines are shared and a timed test would fail at random.
    void caseloadOfTenThousand()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = makeStore(dir);
        QVERIFY(store);
        int expected = 0;
        {
            Transaction transaction(*store);
            PersonRepository persons(*store);
            for (int i = 0; i < 10000; ++i) {
                if (u"family%1"_s.arg(i % 997).contains(u"family12"_s))
                    ++expected;
                Person person;
                person.givenNames = u"Given%1"_s.arg(i);
                person.familyName = u"Family%1"_s.arg(i % 997);
                person.address.postcode = u"DE%1 1AA"_s.arg(i % 50);
                QVERIFY(persons.save(person));
            }
            const Case c = syntheticCase();
            QVERIFY(CaseRepository(*store).importCase(c));
            QVERIFY(transaction.commit());
        }
        PersonRepository persons(*store);
        Result<QList<CaseloadEntry>> all = persons.caseload();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 10001);
        QCOMPARE(persons.caseload(u"family12"_s)->size(), expected);
        QCOMPARE(persons.caseload(u"FAMILY12"_s)->size(), expected);
    }

    void nothingReadableAtRest()
    {
        QTemporaryDir dir;
        QStringList failures;
        QList<Case> cases = sampleCases(&failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(!cases.isEmpty());
        cases.prepend(syntheticCase());
        QStringList needles;
        for (const Case &c : std::as_const(cases))
            needles += secretsOf(c);
        QVERIFY(needles.size() >= 3);

        // The search itself finds each text when it is there, in either encoding.
        QTemporaryDir plainDir;
        QFile asUtf8(plainDir.filePath(u"utf8.txt"_s));
        QFile asUtf16(plainDir.filePath(u"utf16.txt"_s));
        QVERIFY(asUtf8.open(QIODevice::WriteOnly) && asUtf16.open(QIODevice::WriteOnly));
        for (const QString &needle : std::as_const(needles)) {
            asUtf8.write(needle.toUtf8() + '\n');
            asUtf16.write(utf16(needle + u'\n'));
        }
        asUtf8.close();
        asUtf16.close();
        QCOMPARE(leaks(plainDir.path(), needles).size(), 2 * needles.size());

        {
            std::unique_ptr<Store> store = makeStore(dir);
            QVERIFY(store);
            for (const Case &c : std::as_const(cases))
                QVERIFY(CaseRepository(*store).importCase(c));
            Person person = cases.first().person;
            person.phone = u"07700 900123"_s;
            QVERIFY(PersonRepository(*store).save(person));
            QVERIFY(store->backup());
            QVERIFY(QFileInfo::exists(store->path() + u"-wal"_s));
            const QStringList open = leaks(dir.path(), needles);
            QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        }
        Result<std::unique_ptr<Store>> reopened
            = Store::open(dir.filePath(u"caseload.hearth"_s), kPassphrase);
        QVERIFY(reopened.ok());
        QCOMPARE(PersonRepository(**reopened).count().value(), int(cases.size()));
        reopened->reset();
        const auto files = snapshot(dir.path());
        QVERIFY(files.contains(dir.filePath(u"caseload.hearth.backup"_s)));
        QVERIFY(files.contains(dir.filePath(u"caseload.hearth.keys"_s)));
        const QStringList closed = leaks(dir.path(), needles);
        QVERIFY2(closed.isEmpty(), qPrintable(closed.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
