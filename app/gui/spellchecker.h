#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hearth {

// en-GB spelling for free text, with Hunspell and Debian's hunspell-en-gb dictionary.
// The dictionary is read on first use, not at start-up. HEARTH_HUNSPELL_DIR names another
// folder holding en_GB.aff and en_GB.dic (tests, packaging). Hearth's own words
// (resources/spelling/hearth-words.txt: reablement, ecomap, telecare...) count as correct.
class SpellChecker
{
public:
    // Where a misspelt word sits in a piece of text.
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // The shared checker; isAvailable() is false when the dictionary is not installed.
    static SpellChecker &instance();
    ~SpellChecker();

    bool isAvailable() const;
    // True for a word the dictionary knows and for what is not a word to check: numbers,
    // capitals (NHS, GP), URLs and email addresses. Hyphenated words are checked part by part.
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 6) const;
    // The misspelt words of `text` (one paragraph), in order.
    QList<Span> misspellings(const QString &text) const;
    // Accepts `word` until the program ends ("Ignore this word").
    void ignoreWord(const QString &word);

private:
    SpellChecker();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hearth
