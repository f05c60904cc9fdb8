#pragma once

#include "platform/platformresult.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace ssc {

class CardProver;
class CardSource;
class PlatformClient;

// Changing the card's PIN at a kiosk, the card in the reader (docs/card-services.md, "Change the PIN"). The
// card keeps and checks the PIN; the platform only learns that it changed, and believes that only from the
// card: each step to the platform carries the card's answer to a fresh challenge, which the card gives only
// after a PIN it accepted.
//   1. the old PIN is verified on the card and the card proven: POST /card/pin-changes (begun);
//   2. CHANGE PIN on the card (old PIN, new PIN);
//   3. the new PIN verified on the card and the card proven again: POST /card/pin-changes/{id} (changed).
// A card taken out after step 1 is asked back for `cardBackWithinMs`. Back in, the card itself says which PIN
// it holds (the new one tried first; if refused, the old one, which also restores the try it cost), and the
// platform is told that outcome: card and platform agree. No widgets here; PinChangeScreen shows the states.
// On a reader with its own PIN pad (CardSource::hasPinPad and padChangesPin) the person types every PIN on
// the reader's keys and the terminal never sees one (startOnPad()): step 1 is VERIFY on the pad, step 2
// CHANGE PIN on the pad (the current PIN, the new one twice), step 3 only the challenge: the card counts the
// CHANGE PIN it just accepted as the holder's proof. The terminal cannot check a new PIN's weakness then
// (docs: card-services.md), and a card taken out mid-change cannot be resolved here: without the digits the
// terminal cannot tell which PIN the person typed, so the change stays begun on the platform.
class PinChangeFlow : public QObject {
    Q_OBJECT
public:
    static constexpr int cardBackWithinMs = 60'000;

    enum class State {
        OnPad,     // the reader's own PIN pad waits for the person (padEntry() says for what)
        EnterOld,  // the current PIN
        EnterNew,  // the new PIN
        RepeatNew, // the new PIN again
        Working,   // with the card and the platform
        CardOut,   // the card was taken out mid-change: put it back
        Changed,   // done: the card holds the new PIN, the platform knows
        Unchanged, // the card kept its old PIN (the change never reached it); the platform knows
        Blocked,   // three wrong PINs: the card is locked (the counter unlocks it)
        Failed,    // the card or the platform did not answer; what the card holds is said in problem()
    };
    enum class Problem {
        None,
        WrongOld,
        Weak,
        Mismatch,
        CardGone,
        NoAnswer,
        Refused,
        PadTimedOut, // nobody typed on the reader's pad in time
        PadCancelled // the pad's cancel key
    };
    enum class PadEntry { CurrentPin, Change }; // the current PIN alone; or current, new and new again

    PinChangeFlow(CardSource& cards, PlatformClient& platform, QString cardIdentifier, QDate birthDate,
                  QObject* parent = nullptr);
    ~PinChangeFlow() override;

    State state() const { return m_state; }
    Problem problem() const { return m_problem; }
    int triesLeft() const { return m_triesLeft; } // after a wrong old PIN
    QString weakReason() const { return m_weakReason; }
    PlatformResult platformAnswer() const { return m_platformAnswer; }
    // Which PIN the card holds, as far as the card has said: after Changed the new one, after Unchanged the
    // old one; after Failed it may be either when the card left mid-change and never came back.
    enum class CardHolds { Unknown, OldPin, NewPin };
    CardHolds cardHolds() const { return m_cardHolds; }
    // True from the moment the change was begun until it is concluded: the card must come back if taken out.
    bool needsCardBack() const { return !m_changeId.isEmpty() && !finished(); }
    bool finished() const;

    // The reader holding the card has its own pad that changes PINs: then startOnPad() instead of
    // pinEntered().
    bool onPad() const { return m_onPad; }
    void startOnPad();
    PadEntry padEntry() const { return m_padEntry; }
    void pinEntered(const QString& pin); // whichever PIN the state asks for
    void cancel();                       // back to EnterOld, both PINs wiped (not while Working)
    void setCardBackWithinMs(int ms) { m_cardBack.setInterval(ms); } // tests: a minute is long

signals:
    void stateChanged(ssc::PinChangeFlow::State state);

private:
    enum class Step { None, VerifyOld, Change, VerifyNew, ResolveNew, ResolveOld };
    void setState(State state, Problem problem = Problem::None);
    void startWithCard();
    void prove(const QString& pin, Step step);
    void proveOnPad(Step step, Problem problem = Problem::None); // the current PIN typed on the reader's pad
    void proveVerified(Step step); // the card session already holds a PIN the card accepted
    void createProver(Step step);
    void changeAnsweredOnPad(int outcome, int triesLeft);
    void pinChecked(int outcome, int triesLeft);
    void changeAnswered(int outcome, int triesLeft);
    void cardAnswered(int outcome, const QByteArray& cryptogram);
    void proven(const QJsonObject& proof);
    void conclude(const QJsonObject& proof, const QString& outcome);
    void cardRemoved();
    void cardInserted(const QString& identifier);
    void fail(Problem problem, const PlatformResult& answer = {});
    void wipe();

    CardSource& m_cards;
    PlatformClient& m_platform;
    QString m_cardIdentifier;
    QDate m_birthDate;
    State m_state = State::EnterOld;
    Problem m_problem = Problem::None;
    Step m_step = Step::None;
    QString m_oldPin;
    QString m_newPin;
    QString m_weakReason;
    int m_triesLeft = -1;
    QString m_changeId;
    CardHolds m_cardHolds = CardHolds::OldPin;
    std::unique_ptr<CardProver> m_prover;
    PlatformResult m_platformAnswer;
    QTimer m_cardBack;
    bool m_onPad = false;
    PadEntry m_padEntry = PadEntry::CurrentPin;
};

} // namespace ssc
