#pragma once

#include <QCoreApplication>
#include <QString>

namespace hearth {

// A rough guide shown while the practitioner chooses a passphrase: length counts most,
// variety of characters a little. It is advice, not a policy; the only hard rule is
// kMinimumLength.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum Level { Empty, Weak, Fair, Good, Strong };

    static constexpr int kMinimumLength = 10;

    static Level assess(const QString &passphrase);
    // "weak", "fair", "good", "strong"; empty for Empty. Translated.
    static QString word(Level level);
};

} // namespace hearth
