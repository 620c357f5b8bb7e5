#pragma once

// What the crash harness types and how it finds it again: numbered words ("t0000042"), unique
// and never part of one another, so a word is in the record exactly when its edit is.

#include "core/assessmentflow.h"
#include "core/casefile.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace hearth::crashtest {

inline QString token(qint64 number)
{
    return QStringLiteral("t%1").arg(number, 7, 10, QLatin1Char('0'));
}

// Everything of a case the harness can type into, as one text.
inline QString recordText(const AssessmentRecord &record)
{
    QByteArray all = QJsonDocument(CaseFile::toJson(record.person)).toJson(QJsonDocument::Compact);
    all += QJsonDocument(CaseFile::toJson(record.assessment)).toJson(QJsonDocument::Compact);
    all += QJsonDocument(CaseFile::toJson(record.plan)).toJson(QJsonDocument::Compact);
    for (const NetworkMember &member : record.network)
        all += QJsonDocument(CaseFile::toJson(member)).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(all);
}

// The numbers of every token in `text`.
inline QSet<qint64> tokensIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\bt(\\d{7})\\b"));
    QSet<qint64> numbers;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        numbers.insert(it.next().captured(1).toLongLong());
    return numbers;
}

} // namespace hearth::crashtest
