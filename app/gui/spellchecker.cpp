#include "spellchecker.h"

namespace hearth {

struct SpellChecker::Private
{
};

SpellChecker::SpellChecker()
    : d(std::make_unique<Private>())
{
}

SpellChecker::~SpellChecker() = default;

SpellChecker &SpellChecker::instance()
{
    static SpellChecker checker;
    return checker;
}

bool SpellChecker::isAvailable() const
{
    return false;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    Q_UNUSED(word)
    return true;
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    Q_UNUSED(word)
    Q_UNUSED(max)
    return {};
}

} // namespace hearth
