#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace hearth {

// en-GB spelling for free text, with Hunspell and Debian's hunspell-en-gb dictionary.
class SpellChecker
{
public:
    // The shared checker; isAvailable() is false when the dictionary is not installed.
    static SpellChecker &instance();
    ~SpellChecker();

    bool isAvailable() const;
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 6) const;

private:
    SpellChecker();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hearth
