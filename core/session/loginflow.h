#pragma once

#include "cardprover.h"
#include "citizensession.h"
#include "ecard/ecardkeyring.h"
#include "platform/platformclient.h"

#include <QObject>

#include <functional>

#include <optional>

namespace ssc {

// Identification as small explicit states, with no widgets (docs/architecture.md, "Flows"): the kiosk,
// counter and field screens, and the tests, drive the same flow.
//
//   Idle ──code scanned──► Identifying ──platform says yes──► LoggedIn ──logout / idle / switch──► Idle
//                               └──────── no / garbage / timeout ──► Refused ──dismiss──► Idle
//   Idle ──card inserted──► AwaitingPin ──PIN right on the card──► Identifying ──card's proof──►
//                               │                                   POST /card/resolve ──► LoggedIn / Refused
//                               ├── wrong PIN: stays, with the tries left     └── card removed: Idle
//                               └── PIN blocked ──► Refused
// The card proves itself to the platform (CardProver): the platform's challenge is fetched when the card goes
// in and answered by the card right after its PIN. A card that leaves the reader ends its session at once.
class LoginFlow : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, AwaitingPin, Identifying, LoggedIn, Refused };
    Q_ENUM(State)

    // Why a login did not happen, ready for a screen: what happened and what to do, rendered in the
    // language of the moment (a language switch on the refusal screen re-renders it).
    struct Refusal {
        QString
            code; // the platform's stable code, or "malformed_code", "unreadable", "timeout", "unreachable"
        std::function<QString()> message;
        std::function<QString()> advice;
    };

    // What a card reader read from a physical card (drivers/cardreader), as the platform needs it.
    struct PhysicalCard {
        QString identifier; // EF05 card identifier, always
        QString ssn;        // EF06, generation 2 cards (or 3 with a PSAM); empty otherwise
        QString cardNumber;
    };
    enum class PinResult { Accepted, Wrong, Blocked, Failed };

    explicit LoginFlow(PlatformClient& platform, QObject* parent = nullptr);

    State state() const { return m_state; }
    const std::optional<CitizenSession>& session() const { return m_session; }
    const std::optional<Refusal>& refusal() const { return m_refusal; }
    const ECardKeyRing& keyRing() const { return m_keys; }

    // A code from a pedestal or the camera. Ignored while identifying; while someone is logged in the caller
    // must ask before switching person (see switchTo()).
    void codeScanned(const QString& text);
    // The scanner read something it could not decode.
    void unreadable(const QString& reason);
    // Logs the present person out (platform session ended, everything wiped) and handles the new code.
    void switchTo(const QString& text);
    // A session the platform opened another way (scan-to-log-in, a face login): the same LoggedIn as a
    // resolved code. A face login for the card in the reader keeps the card: taking it out ends the session.
    void adoptSession(const QJsonObject& answer);
    // A card in the reader: the citizen is asked for its PIN (checked by the card itself, not here).
    void cardInserted(const PhysicalCard& card);
    // The challenge to give the card with the PIN (empty: none ready; it is asked for later).
    QByteArray challengeForPin();
    // The card's answer to the PIN: accepted logs in through the platform; wrong keeps asking.
    void pinChecked(PinResult result, int triesLeft);
    // The card's answer to the platform's challenge.
    void cardAnswered(bool answered, const QByteArray& cryptogram);
    int pinTriesLeft() const { return m_pinTriesLeft; } // after a wrong PIN; -1 before any
    // The card in the reader (EF05), while one is: a face login names it as its claim.
    QString cardIdentifier() const { return m_card ? m_card->identifier : QString(); }
    void cancelCard();
    // A card was inserted but could not be read (not a social security card, dirty contacts, garbage).
    void cardUnreadable();
    // The card left the reader: whatever it started ends now (PIN entry, identification, its session).
    void cardRemoved();
    // A service working on the card of a card login (changing its PIN) keeps the session while the card is
    // out for a moment, to ask for it back (true). Released (false) with the card still out, the session
    // ends.
    void holdCardSession(bool hold);
    void logout();
    void dismissRefusal();

    // A card refused because it is reported lost, still in the reader with its PIN just accepted: its loss
    // report can be cancelled (解挂) by the card itself (docs/card-services.md, "Report lost").
    bool canCancelLossReport() const;
    // The card answers a fresh challenge, the platform cancels the report on that proof (POST /card/found)
    // and the card then logs in like any card: Identifying → LoggedIn, or Refused with the platform's reason.
    void cancelLossReport();
    bool cancellingLossReport() const { return m_cancellingLoss; }

signals:
    void stateChanged(ssc::LoginFlow::State state);
    // Everything of the previous person must go now: screens, caches, files.
    void sessionWiped();
    // The card in the reader must answer this challenge now (after its PIN).
    void challengeForCard(const QByteArray& challenge);
    // The platform cancelled the card's loss report; the login with the card follows.
    void lossReportCancelled(const QString& receipt);

private:
    void resolve(const QString& path, const QJsonObject& body);
    void setState(State state);
    void refuse(Refusal refusal);
    void wipe();
    void forgetCard();
    void dropProver();
    void cardProven(const QJsonObject& proof);
    // A prover for the card in the reader, its refusals handled; `pinAccepted`: the card's PIN was accepted
    // in this card session already, so the challenge goes to the card as soon as it is here.
    void startProver(bool pinAccepted, void (LoginFlow::*proven)(const QJsonObject&));
    void lossProofReady(const QJsonObject& proof);

    PlatformClient& m_platform;
    ECardKeyRing m_keys; // a forged code is refused here, without a round trip
    State m_state = State::Idle;
    std::optional<CitizenSession> m_session;
    std::optional<Refusal> m_refusal;
    quint64 m_attempt = 0; // answers to an abandoned attempt are ignored
    std::optional<PhysicalCard> m_card;
    std::unique_ptr<CardProver> m_prover; // while a card is in and not yet logged in
    int m_pinTriesLeft = -1;
    bool m_cardSessionHeld = false;
    bool m_cardOutWhileHeld = false;
    bool m_cancellingLoss = false;
};

} // namespace ssc
