#pragma once

#include "cardauth/newpinentry.h"
#include "cardservices/cardreplacement.h"
#include "platform/platformresult.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace ssc {

class CardEncoder;
class CardProver;
class CardSource;
class PlatformClient;

// Issuing a replacement card at a counter with an instant-issue encoder (即时补换; docs/card-services.md,
// "Replace the card", "Issuing at a counter"). The platform decides every step:
//   1. the holder chooses the new card's PIN twice on the customer display (never the clerk; weak PINs
//   refused);
//   2. the platform makes the card, sealed (POST …/issue) and answers what the encoder writes;
//   3. the encoder personalises a blank with it and the holder's PIN;
//   4. the new card goes into the reader: VERIFY with the holder's PIN, then INTERNAL AUTHENTICATE the
//      platform's challenge (CardProver);
//   5. the platform takes the card's own proof (POST …/activate): the new card normal, the old one cancelled.
// The terminal's word that a card was written changes nothing on the platform. The PIN stays in memory only
// from the holder's choice until the new card has proven itself (a retry after a spoiled blank or a card
// pulled out needs it again) and is wiped then, on giving up, and with the flow. No widgets here;
// CardIssueScreen shows the states.
class CardIssueFlow : public QObject {
    Q_OBJECT
public:
    enum class State {
        EnterNew,   // the holder chooses the new card's PIN on the customer display
        RepeatNew,  // again
        Making,     // the platform makes the card; the encoder writes it
        InsertCard, // the new card from the encoder into the reader
        Proving,    // the new card proves itself; the platform hands it over
        Done,       // the new card normal, the old one cancelled
        Failed,     // see problem()
    };
    enum class Problem {
        None,
        Weak,           // the PIN chosen is too easy (weakReason())
        Mismatch,       // the two PINs differed
        NoBlank,        // the encoder's hopper is empty
        EncoderRefused, // the encoder could not write the card (encoderError())
        WrongCard,      // another card is in the reader (InsertCard stays)
        CardGone,       // the card left the reader while it was proving itself
        CardRefused,    // the new card did not take the PIN or answer the challenge
        NoAnswer,       // the platform did not answer
        Refused,        // the platform refused (platformAnswer())
    };

    CardIssueFlow(CardSource& cards, CardEncoder& encoder, PlatformClient& platform, QString receipt,
                  QDate birthDate, QObject* parent = nullptr);
    ~CardIssueFlow() override;

    State state() const { return m_state; }
    Problem problem() const { return m_problem; }
    QString weakReason() const { return m_entry.weakReason(); }
    QString encoderError() const { return m_encoderError; }
    PlatformResult platformAnswer() const { return m_platformAnswer; }
    QString receipt() const { return m_receipt; }
    // The new card, once the platform has made it (its identifier; the number masked).
    QString newCardIdentifier() const { return m_newCard; }
    QString newCardNumberMasked() const { return m_newCardNumberMasked; }
    // Whether the blank was written: a retry then proves the same card rather than writing another.
    bool cardWritten() const { return m_written; }
    // The platform's answer to the hand-over (the old and new cards' statuses).
    std::optional<CardReplacementState> handedOver() const { return m_handedOver; }

    void pinEntered(const QString& pin); // the new PIN, then again
    // After a failure: writes again (a spoiled blank: the platform answers the same card) or proves the
    // written card again; the holder chooses a PIN again only when none is held.
    void tryAgain();

signals:
    void stateChanged(ssc::CardIssueFlow::State state);

private:
    void setState(State state, Problem problem = Problem::None);
    void fail(Problem problem, const PlatformResult& answer = {});
    void make();
    void made(const PlatformResult& result);
    void write(const CardEncoder::Order& order);
    void cardInserted(const QString& identifier);
    void prove();
    void pinChecked(int outcome);
    void proven(const QJsonObject& proof);
    void cardRemoved();
    void wipe();

    CardSource& m_cards;
    CardEncoder& m_encoder;
    PlatformClient& m_platform;
    QString m_receipt;
    State m_state = State::EnterNew;
    Problem m_problem = Problem::None;
    NewPinEntry m_entry; // the holder's PIN, from their choice until the card has proven itself
    QString m_encoderError;
    QString m_newCard;
    QString m_newCardNumberMasked;
    QString m_cardInReader; // the identifier of the card in the reader, as it went in
    bool m_written = false;
    bool m_activating = false; // the proof is with the platform
    std::unique_ptr<CardProver> m_prover;
    PlatformResult m_platformAnswer;
    std::optional<CardReplacementState> m_handedOver;
};

} // namespace ssc
