#pragma once

#include "i18n/translatabletext.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ssc {

// Which new card PINs the terminal refuses before they reach the card (docs/card-services.md, "Change the
// PIN"). A PIN guessed in three tries locks the card, so the first guesses a finder makes must not work: one
// digit repeated, a run up or down, the holder's birth date (its six-digit forms), or the old PIN again. The
// card only checks the old PIN; these rules are the terminal's kindness, and the reason is said in words.
class NewPinRules {
public:
    // The reason this PIN is refused, or nullopt when it may be used. `birthDate` may be invalid (unknown).
    static std::optional<TranslatableText> refusal(const QString& newPin, const QString& oldPin,
                                                   const QDate& birthDate);
    static bool sixDigits(const QString& pin);
};

} // namespace ssc
