#pragma once

#include <QString>

namespace hearth {

// NHS number (DESIGN 2.9): 10 digits, Modulus 11 check digit.
class NhsNumber
{
public:
    // Digits only, with spaces and hyphens removed; empty when the input has anything else.
    static QString normalised(const QString &input);
    // True for a well-formed number whose check digit is right. Empty is not valid: callers
    // treat an empty NHS number as "not known", which is allowed.
    static bool isValid(const QString &input);
    // "943 476 5919" for display.
    static QString formatted(const QString &input);
};

} // namespace hearth
