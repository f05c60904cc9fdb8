#pragma once

#include "cardauth/newpinentry.h"
#include "platform/platformresult.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

namespace ssc {

class CardProver;
class CardSource;
class PlatformClient;

// Unlocking and resetting a card's PIN at a counter (docs/card-services.md, "Unlock and reset the PIN"): for
// a card locked by three wrong PINs, or whose holder forgot the PIN. Only the issuer side can authorise it,
// and the platform decides:
//   1. the holder types the new PIN twice on the customer-facing pad (never the clerk; weak PINs refused);
//   2. the holder shows their own e-card code (the second factor);
//   3. the card hands out its own challenge (GET CHALLENGE); the platform, given the code, the card and that
//      challenge, answers the MAC with the card's unblock key (POST /staff/card-pin-resets);
//   4. RESET PIN on the card with the new PIN and the MAC: the card checks the MAC and keeps the new PIN;
//   5. the new PIN verified on the card and the card proven: the platform records the reset as done.
// The platform never sees the PIN. No widgets here; PinResetScreen shows the states.
class PinResetFlow : public QObject {
    Q_OBJECT
public:
    enum class State {
        InsertCard, // the holder puts the card in the reader
        EnterNew,   // the new PIN on the customer pad
        RepeatNew,  // again
        ShowCode,   // the holder's own e-card code on the scanner
        Working,    // with the card and the platform
        Done,       // the card holds the new PIN, unlocked; the platform knows
        Failed,     // see problem(); the card keeps its old PIN unless cardMayHoldNewPin()
    };
    enum class Problem { None, Weak, Mismatch, CardGone, NoAnswer, Refused, CardRefused };

    PinResetFlow(CardSource& cards, PlatformClient& platform, QObject* parent = nullptr);
    ~PinResetFlow() override;

    State state() const { return m_state; }
    Problem problem() const { return m_problem; }
    QString weakReason() const { return m_entry.weakReason(); }
    PlatformResult platformAnswer() const { return m_platformAnswer; }
    QString cardIdentifier() const { return m_cardIdentifier; }
    // The card was taken out after it was told to reset: it may hold the new PIN (try it at a kiosk; if it is
    // refused, nothing changed). False in every other state.
    bool cardMayHoldNewPin() const { return m_cardMayHoldNewPin; }

    // A card in the reader (its EF05 identifier, the birth date when the card gives it, for the weak-PIN
    // rule).
    void cardInserted(const QString& identifier, const QDate& birthDate);
    void pinEntered(const QString& pin); // the new PIN, then again
    void codeShown(const QString& code); // the holder's e-card code, as the scanner read it
    void startAgain();                   // back to the new PIN (not while Working)

signals:
    void stateChanged(ssc::PinResetFlow::State state);

private:
    void setState(State state, Problem problem = Problem::None);
    void fail(Problem problem, const PlatformResult& answer = {});
    void cardChallengeAnswered(const QByteArray& challenge);
    void authorised(const PlatformResult& result);
    void pinResetAnswered(int outcome);
    void proveNewPin();
    void pinChecked(int outcome);
    void proven(const QJsonObject& proof);
    void cardRemoved();
    void wipe();

    CardSource& m_cards;
    PlatformClient& m_platform;
    State m_state = State::InsertCard;
    Problem m_problem = Problem::None;
    QString m_cardIdentifier;
    NewPinEntry m_entry;
    QString m_code;
    QString m_resetId;
    bool m_awaitingChallenge = false;
    bool m_resetSent = false;
    bool m_cardMayHoldNewPin = false;
    std::unique_ptr<CardProver> m_prover;
    PlatformResult m_platformAnswer;
};

} // namespace ssc
