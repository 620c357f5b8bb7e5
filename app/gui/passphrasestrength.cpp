#include "passphrasestrength.h"

#include <QSet>

namespace hearth {

PassphraseStrength::Level PassphraseStrength::assess(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Empty;
    const qsizetype length = passphrase.size();
    if (length < kMinimumLength)
        return Weak;

    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    // "aaaaaaaaaaaa" or "abababababab" is long but guessable.
    if (distinct.size() < 5)
        return Weak;

    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    int score = 1;
    if (length >= 14)
        ++score;
    if (length >= 20)
        ++score;
    if (kinds >= 2)
        ++score;
    if (kinds >= 3)
        ++score;

    if (score <= 1)
        return Weak;
    if (score == 2)
        return Fair;
    if (score == 3)
        return Good;
    return Strong;
}

QString PassphraseStrength::word(Level level)
{
    switch (level) {
    case Empty:
        return {};
    case Weak:
        return tr("weak");
    case Fair:
        return tr("fair");
    case Good:
        return tr("good");
    case Strong:
        return tr("strong");
    }
    return {};
}

} // namespace hearth
