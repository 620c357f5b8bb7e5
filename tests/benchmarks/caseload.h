#pragma once

// The benchmarks' caseload: people with plausible names and postcodes, saved through the real
// repository in one transaction, the same for every benchmark that needs thousands of them.

#include "storage/repositories.h"
#include "storage/store.h"

#include <QStringList>

#include <cstdio>

namespace hearth::benchcaseload {

inline bool check(const Status &status, const char *what)
{
    if (!status)
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(status.error()));
    return status.ok();
}

inline QString pick(const QStringList &list, int i)
{
    return list.at(i % list.size());
}

inline bool fill(Store &store, int count)
{
    const QStringList given = {QStringLiteral("Margaret"), QStringLiteral("Dylan"),
        QStringLiteral("Agnieszka"), QStringLiteral("Siân"), QStringLiteral("Patrick"),
        QStringLiteral("Grace"), QStringLiteral("Farid"), QStringLiteral("Zoë"),
        QStringLiteral("Hannah"), QStringLiteral("Tomasz"), QStringLiteral("Ravi"),
        QStringLiteral("Eileen"), QStringLiteral("Kwame")};
    const QStringList family = {QStringLiteral("Okafor"), QStringLiteral("Price"),
        QStringLiteral("Nowak"), QStringLiteral("Pritchard"), QStringLiteral("Doyle"),
        QStringLiteral("Ahmed"), QStringLiteral("Brennan"), QStringLiteral("Hughes"),
        QStringLiteral("Kowalska"), QStringLiteral("Patel"), QStringLiteral("Evans"),
        QStringLiteral("Mensah"), QStringLiteral("Clarke"), QStringLiteral("Singh"),
        QStringLiteral("Walsh"), QStringLiteral("Taylor")};
    PersonRepository people(store);
    Transaction transaction(store);
    for (int i = 0; i < count; ++i) {
        Person p;
        p.id = QUuid::createUuid();
        p.givenNames = pick(given, i * 7);
        p.familyName
            = pick(family, i * 13) + (i % 3 ? QString() : QStringLiteral("-") + pick(family, i));
        p.dateOfBirth = QDate(1930 + i % 70, 1 + i % 12, 1 + i % 28);
        p.address.postcode = QStringLiteral("EX%1 %2AB").arg(1 + i % 39).arg(i % 10);
        if (!check(people.save(p), "saving a person"))
            return false;
    }
    return check(transaction.commit(), "committing the people");
}

} // namespace hearth::benchcaseload
