#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace hearth {

// One thing in text for the easy-read printout that breaks the easy-read rules (DESIGN 2.8),
// with where it is, so the practitioner can see it in place and fix it before printing.
struct PlainLanguageProblem
{
    enum class Kind { LongSentence, LongWord, Jargon, Initials };

    Kind kind = Kind::LongSentence;
    qsizetype start = 0; // QString index in the checked text
    qsizetype length = 0; // of the sentence, word or phrase
    QString found; // the sentence, word or phrase as written
    QString message; // what is wrong, in plain words
    QString suggestion; // a plain alternative or the sentence split in two; may be empty

    bool operator==(const PlainLanguageProblem &) const = default;
};

// A glossary entry: a service word and the everyday words to use instead.
struct PlainLanguageTerm
{
    QString term;
    QString plain;
};

// Checks free text that goes into the easy-read printout, written to the person as "you"
// (DESIGN 2.8: one idea per sentence, 15 words or fewer; everyday words, adult tone, no
// initials). Words inside quotation marks are the person's own and are never checked.
class PlainLanguage
{
    Q_DECLARE_TR_FUNCTIONS(hearth::PlainLanguage)

public:
    // DESIGN 2.8.
    static constexpr int kMaxWordsPerSentence = 15;
    // A word of this many syllables or more is a long word.
    static constexpr int kLongWordSyllables = 4;

    // Every problem, in text order. A phrase found as jargon is not also a long word or
    // initials.
    static QList<PlainLanguageProblem> check(const QString &text);

    // The sentences of `text`, trimmed, each with its start: split on . ! ? and line breaks,
    // but not after "e.g.", "Mr.", "Dr.", "a.m." and the like, nor inside a number like 3.5.
    static QList<std::pair<qsizetype, QString>> sentences(const QString &text);

    // Words in `sentence`, not counting words inside quotation marks.
    static int wordCount(const QString &sentence);

    // A rough count of the syllables of one word (vowel groups, with a few English fixes).
    static int syllables(const QString &word);

    // resources/plain-language/glossary.tsv, loaded once.
    static const QList<PlainLanguageTerm> &glossary();
};

} // namespace hearth
