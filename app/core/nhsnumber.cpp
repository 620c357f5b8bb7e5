#include "nhsnumber.h"

namespace hearth {

QString NhsNumber::normalised(const QString &input)
{
    QString digits;
    digits.reserve(input.size());
    for (const QChar c : input) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        // QChar::isDigit accepts other scripts' digits; an NHS number is ASCII only.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        digits.append(c);
    }
    return digits;
}

// NHS Data Dictionary, NHS number: Modulus 11 with weights 10..2 on the first nine digits.
bool NhsNumber::isValid(const QString &input)
{
    const QString digits = normalised(input);
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (digits.at(i).unicode() - u'0') * (10 - i);
    int check = 11 - (sum % 11);
    if (check == 11)
        check = 0;
    // A check value of 10 cannot be written as one digit: no number with that prefix is issued.
    if (check == 10)
        return false;
    return digits.at(9).unicode() - u'0' == check;
}

QString NhsNumber::formatted(const QString &input)
{
    const QString digits = normalised(input);
    if (digits.size() != 10)
        return input;
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.mid(6);
}

} // namespace hearth
