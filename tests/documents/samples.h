#pragma once

// The realistic sample cases of tests/data/cases, each assessment as a record to print.

#include "core/casefile.h"

#include <QDir>
#include <QFile>

namespace hearth::samples {

// (file name, record) for every assessment of every adult and carer sample.
inline QList<std::pair<QString, AssessmentRecord>> records()
{
    QList<std::pair<QString, AssessmentRecord>> out;
    const QDir cases(QStringLiteral(HEARTH_TEST_DATA "/cases"));
    const QStringList files = cases.entryList(
        {QStringLiteral("adult-*.json"), QStringLiteral("carer-*.json")}, QDir::Files);
    for (const QString &name : files) {
        QFile in(cases.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const Result<Case> read = CaseFile::read(in.readAll());
        if (!read)
            continue;
        for (qsizetype i = 0; i < read->assessments.size(); ++i)
            out.append({name, recordOf(*read, i)});
    }
    return out;
}

} // namespace hearth::samples
