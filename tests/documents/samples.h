#pragma once

// What the printout tests share: the realistic sample cases of tests/data/cases, each
// assessment as a record to print; running the poppler and qpdf tools; keeping copies to see.

#include "core/casefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace hearth::samples {

// One sample case of tests/data/cases by file name; a test cannot go on without it.
inline Case sampleCase(const QString &name)
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA "/cases/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", qPrintable(name));
    auto c = CaseFile::read(file.readAll());
    if (!c)
        qFatal("sample %s: %s", qPrintable(name), qPrintable(c.error()));
    return std::move(c).value();
}

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

// Runs a tool (qpdf, pdffonts, pdfinfo, pdftotext): its exit code, and what it printed on
// standard output then standard error.
inline std::pair<int, QString> run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {-1, program + QStringLiteral(" did not finish")};
    return {process.exitCode(),
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

// HEARTH_KEEP_PDFS=DIR keeps a copy of every PDF a test makes, to look at.
inline void keepCopy(const QString &path)
{
    if (const QString dir = qEnvironmentVariable("HEARTH_KEEP_PDFS"); !dir.isEmpty()) {
        const QString copy = QDir(dir).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
}

} // namespace hearth::samples
