#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace ssc {

// An instant-issue card printer's encoder (即时制卡): it personalises a blank card — writes EF05 (the card's
// identification) and EF06 (the holder), loads the card key and the unblock key, sets the initial PIN — and
// hands the card out. In this demo the keys reach the encoder in the clear from the platform
// (docs/security.md, "Replacing a card": a real issuer's encoder holds a PSAM or talks to an HSM and never
// sees them).
class CardEncoder {
public:
    struct Order {
        // EF05 (rules.md §2)
        QString cardIdentifier; // 32 hex digits
        QString cardNumber;
        QString specVersion = QStringLiteral("3.00");
        QDate issued;
        QDate expires;
        // EF06
        QString ssn;
        QString name;
        QString sex; // male | female
        QDate birthDate;
        // the keys (cardauth/cardkey.h) and the PIN the holder changes at once
        QByteArray cardKey;
        QByteArray unblockKey;
        QString initialPin;
    };

    virtual ~CardEncoder() = default;
    // Whether a blank is in the hopper.
    virtual bool hasBlank() const = 0;
    // Personalises the blank; false with *error set when there is none or the order is malformed.
    virtual bool personalise(const Order& order, QString* error) = 0;
};

} // namespace ssc
