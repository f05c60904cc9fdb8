#include "newpinrules.h"

#include <QStringList>

#include <algorithm>

namespace ssc {
namespace {

constexpr const char* context = "NewPinRules";

bool oneDigitRepeated(const QString& pin)
{
    return std::all_of(pin.begin(), pin.end(), [&pin](QChar c) { return c == pin.front(); });
}

// 123456, 345678, 987654, also wrapping round (890123): each digit one more, or one less, than the last.
bool run(const QString& pin)
{
    for (const int step : {1, 9}) { // +1 or −1 modulo 10
        bool all = true;
        for (int i = 1; i < pin.size() && all; ++i)
            all = (pin[i - 1].digitValue() + step) % 10 == pin[i].digitValue();
        if (all)
            return true;
    }
    return false;
}

// The six-digit ways people write a birth date: yyMMdd, MMddyy, ddMMyy, and the year itself twice over is
// not a date, so only these three.
bool birthDateForm(const QString& pin, const QDate& birthDate)
{
    if (!birthDate.isValid())
        return false;
    for (const char* format : {"yyMMdd", "MMddyy", "ddMMyy"})
        if (pin == birthDate.toString(QLatin1String(format)))
            return true;
    return false;
}

} // namespace

bool NewPinRules::sixDigits(const QString& pin)
{
    return pin.size() == 6 && std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<TranslatableText> NewPinRules::refusal(const QString& newPin, const QString& oldPin,
                                                     const QDate& birthDate)
{
    if (!sixDigits(newPin))
        return TranslatableText{context, QT_TRANSLATE_NOOP("NewPinRules", "The PIN has six digits."), {}};
    if (newPin == oldPin)
        return TranslatableText{
            context,
            QT_TRANSLATE_NOOP("NewPinRules", "This is your current PIN. Choose a different one."),
            {}};
    if (oneDigitRepeated(newPin))
        return TranslatableText{
            context,
            QT_TRANSLATE_NOOP("NewPinRules", "One digit six times is the first thing anyone would try."),
            {}};
    if (run(newPin))
        return TranslatableText{
            context,
            QT_TRANSLATE_NOOP("NewPinRules", "Digits in a row, like 123456, are easy to guess."),
            {}};
    if (birthDateForm(newPin, birthDate))
        return TranslatableText{
            context,
            QT_TRANSLATE_NOOP(
                "NewPinRules",
                "This is your birth date, which is printed on your ID card. Choose other digits."),
            {}};
    return std::nullopt;
}

} // namespace ssc
