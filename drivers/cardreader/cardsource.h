#pragma once

#include "cardfiles.h"

#include <QObject>

namespace ssc {

// Anything that presents physical social security cards to the terminal: USB CCID readers (CardReaderManager)
// or the demo's virtual reader. The login flow sees only this.
class CardSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~CardSource() override = default;

    virtual QString displayName() const = 0;
    virtual bool isReady() const = 0;
    virtual bool cardPresent() const = 0;
    // Why a reader that is plugged in cannot be used (another program holds it, ...), in the person's
    // language; empty when there is nothing to say.
    virtual QString problem() const { return {}; }
    // What the slots of a reader with several hold (the card, the terminal's PSAM), in the person's language,
    // for the diagnostics page; empty for one-slot readers, where "a card is inserted" says it all.
    virtual QString slotsDescription() const { return {}; }
    // Checks the PIN on the card now in the slot; answered with pinChecked(). Wipe `pin` after use.
    virtual void verifyPin(QString pin) = 0;
    // Asks the card in the slot to answer the platform's challenge (INTERNAL AUTHENTICATE, after its PIN was
    // verified); answered with authenticated().
    virtual void authenticate(QByteArray challenge) = 0;
    // Changes the PIN of the card in the slot (the card checks the old one); answered with
    // pinChangeAnswered() (SsseApplication::PinOutcome: Accepted means the card now holds the new PIN). Both
    // are wiped after use.
    virtual void changePin(QString oldPin, QString newPin) = 0;
    // Asks the card in the slot for its own challenge (GET CHALLENGE), which the issuer's MAC for a PIN reset
    // must cover; answered with cardChallengeAnswered() (empty: none).
    virtual void getCardChallenge() = 0;
    // Resets the PIN of the card in the slot with the issuer's MAC over that challenge (RESET PIN); answered
    // with pinResetAnswered() (SsseApplication::PinOutcome: Accepted means the card now holds `newPin`). The
    // PIN is wiped after use.
    virtual void resetPin(QString newPin, QByteArray mac) = 0;

    // Whether the reader holding the card has its own PIN pad (CCID secure PIN entry, docs/hardware.md): then
    // the person types the PIN on the reader's keys and the terminal never sees it. The demo's virtual reader
    // has none.
    virtual bool hasPinPad() const = 0;
    virtual bool padChangesPin() const = 0;
    // The PIN typed on the reader's pad and checked by the card: answered with pinChecked().
    virtual void verifyPinOnPad() = 0;
    // The current PIN and the new one twice typed on the pad, CHANGE PIN on the card: answered with
    // pinChangeAnswered(). Both may also answer TimedOut (nobody typed) or Cancelled (the pad's cancel key).
    virtual void changePinOnPad() = 0;

signals:
    void cardInserted(const ssc::CardFiles& files);
    void cardUnreadable(const QString& problem);
    void cardRemoved();
    // The card in use gave its cardholder data (EF06) after it was reported: a PSAM arrived while it was in
    // use. The same card, still in use (no new PIN), `files` with EF06's fields filled in; for the screen
    // only, like everything a PSAM opens (docs/security.md, "The PSAM").
    void cardHolderDataOpened(const ssc::CardFiles& files);
    void pinChecked(int outcome, int triesLeft); // SsseApplication::PinOutcome
    // SsseApplication::AuthenticationOutcome, and the cryptogram when the card answered.
    void authenticated(int outcome, const QByteArray& cryptogram);
    void pinChangeAnswered(int outcome, int triesLeft); // SsseApplication::PinOutcome
    void cardChallengeAnswered(const QByteArray& challenge);
    void pinResetAnswered(int outcome); // SsseApplication::PinOutcome
    void readyChanged(bool ready);
};

} // namespace ssc
