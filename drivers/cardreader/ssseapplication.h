#pragma once

#include "apdu.h"
#include "cardfiles.h"

#include <functional>

namespace ssc {

// The social security application on the card (SSSE, rules.md §2): select it, read EF05 and EF06 record by
// record (by tag, which reads the same on every generation), verify the cardholder's PIN, and have the card
// prove itself to the platform.
class SsseApplication {
public:
    explicit SsseApplication(ApduChannel& channel) : m_channel(channel) {}

    enum class ReadFailure { None, NoAnswer, NotSocialSecurityCard, Malformed };
    struct Read {
        CardFiles files;
        ReadFailure failure = ReadFailure::None;
        QString problem;                    // for the log: which step and what the card answered
        quint16 holderFileRefused = 0;      // what the card answered to SELECT EF06 when it refused it (6982)
        bool terminalAuthenticated = false; // the PSAM's cryptogram opened EF06 (EXTERNAL AUTHENTICATE)
    };
    // The PSAM's cryptogram for a card's identifier and its 8-byte challenge (psam.h); empty: none.
    using Authenticator =
        std::function<std::optional<QByteArray>(const QString& cardIdentifier, const QByteArray& challenge)>;
    // Reads everything the card gives without a PIN: EF05 always; EF06 on generation 2 cards. Generation 3
    // cards refuse EF06 (6982) until the terminal has authenticated itself: with `authenticator` (a PSAM in
    // the reader) the card's challenge goes to it and its cryptogram back to the card (EXTERNAL
    // AUTHENTICATE), then EF06 is read; without one, or when the PSAM or the card says no, the terminal goes
    // on with the identifier.
    Read read(const Authenticator& authenticator = {});
    // The same for a card already read whose EF06 stayed shut (a PSAM came later): EXTERNAL AUTHENTICATE with
    // `authenticator`, then EF06's fields read into `files`. Touches neither the selected application nor a
    // verified PIN. False, `files` unchanged, when the PSAM or the card says no.
    bool openHolderFile(const Authenticator& authenticator, CardFiles& files);

    // TimedOut and Cancelled come only from a reader's own PIN pad: nobody typed a PIN in time, or the
    // person pressed the pad's cancel key. The card saw nothing and no try was spent.
    enum class PinOutcome { Accepted, Wrong, Blocked, NoAnswer, Refused, TimedOut, Cancelled };
    struct PinCheck {
        PinOutcome outcome = PinOutcome::NoAnswer;
        int triesLeft = -1; // after a wrong PIN (63Cx)
    };
    // The PIN is 6 digits, sent as 3 BCD bytes. Never logged, never kept.
    PinCheck verifyPin(const QString& pin);
    // CHANGE PIN (`80 5E 01 00 07 <old> FF <new>`, rules.md §2): the card checks the old PIN as VERIFY does
    // (a wrong one costs a try) and keeps the new one. Accepted means the card now holds `newPin`.
    PinCheck changePin(const QString& oldPin, const QString& newPin);

    // GET CHALLENGE: the card's own 8 random bytes, which the issuer's MAC for RESET PIN must cover; empty
    // when the card gave none.
    QByteArray getChallenge();
    // RESET PIN (`80 5E 00 00 07 <new PIN> <MAC>`, rules.md §2): the card checks the issuer's MAC over the
    // challenge it gave just before, then keeps the new PIN and gives back every try, a locked card too.
    // Accepted means the card now holds `newPin`; Refused, that the MAC was not good (nothing changed).
    PinCheck resetPin(const QString& newPin, const QByteArray& mac);

    // For a reader with its own PIN pad (ccidsecure.h): the PIN is 6 digits, 3 BCD bytes; VERIFY and CHANGE
    // PIN with zero bytes where the pad writes the PIN blocks, at these offsets into the command data.
    static constexpr int pinDigits = 6;
    static constexpr int pinBytes = 3;
    static QByteArray verifyPinTemplate();
    static QByteArray changePinTemplate();
    static constexpr int changeOldPinOffset = 0;
    static constexpr int changeNewPinOffset = 4; // after the old PIN and the FF between them
    // What the card's answer to a PIN command means, however the PIN reached it.
    static PinCheck pinAnswer(const std::optional<ApduResponse>& answer);

    enum class AuthenticationOutcome { Answered, PinNotVerified, NoAnswer, Refused };
    struct Authentication {
        AuthenticationOutcome outcome = AuthenticationOutcome::NoAnswer;
        QByteArray cryptogram; // when Answered: the card's answer to the challenge with its own key
    };
    // INTERNAL AUTHENTICATE: the card answers the platform's challenge (16 bytes) with its key, which it does
    // only after its PIN was verified in this card session (docs/security.md, "The card").
    Authentication internalAuthenticate(const QByteArray& challenge);

private:
    bool select(const QByteArray& command, const char* what, Read& read);
    bool readFile(quint8 file, std::initializer_list<quint8> tags, bool required, Read& read);
    bool externalAuthenticate(const QString& cardIdentifier, const Authenticator& authenticator);

    ApduChannel& m_channel;
};

} // namespace ssc
