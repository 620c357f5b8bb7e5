#pragma once

// Small text helpers shared by the printouts (planpdf.cpp, easyreadpdf.cpp).

#include <QString>

namespace hearth::printtext {

// Text for the printouts' HTML: trimmed and escaped.
inline QString escaped(const QString &text)
{
    return text.trimmed().toHtmlEscaped();
}

inline bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// The person's own words without the quotation marks they were typed with, so the printout
// can set its own around them.
inline QString unquoted(QString words)
{
    words = words.trimmed();
    const auto isQuote
        = [](QChar c) { return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D); };
    while (!words.isEmpty() && isQuote(words.front()))
        words.remove(0, 1);
    while (!words.isEmpty() && isQuote(words.back()))
        words.chop(1);
    return words.trimmed();
}

// Words set in curly quotation marks: “…”.
inline QString quoted(const QString &words)
{
    return QStringLiteral("\u201C%1\u201D").arg(words);
}

} // namespace hearth::printtext
