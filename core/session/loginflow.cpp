#include "loginflow.h"

#include "cardservices/cardloss.h"

#include "ecard/ecardcode.h"
#include "logging/logging.h"
#include "privacy/masking.h"

namespace ssc {
namespace {

class LoginText {
    Q_DECLARE_TR_FUNCTIONS(LoginFlow)
public:
    static QString unreadable() { return tr("The code could not be read."); }
    static QString tryAgain()
    {
        return tr("Please refresh the code in your app and hold it steady over the scanner.");
    }
    static QString badAnswer() { return tr("The social security system's answer was incomplete."); }
    static QString forged() { return tr("This is not a genuine e-card code."); }
    static QString pinBlocked() { return tr("The PIN of this card is locked after too many wrong tries."); }
    static QString unlockAtCounter()
    {
        return tr("Please take the card and your ID card to a service counter to unlock it.");
    }
    static QString cardUnreadable() { return tr("This card could not be read."); }
    static QString pinFailed() { return tr("The card did not answer the PIN check."); }
    static QString insertAgain()
    {
        return tr(
            "Please take the card out and insert it again face up, chip end first. If it still cannot be "
            "read, please ask at a service counter.");
    }
};

} // namespace

LoginFlow::LoginFlow(PlatformClient& platform, QObject* parent)
    : QObject(parent), m_platform(platform), m_keys(platform)
{
    m_keys.refresh();
}

void LoginFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LoginFlow::refuse(Refusal refusal)
{
    qCInfo(lcApp) << "login refused:" << refusal.code;
    m_refusal = std::move(refusal);
    setState(State::Refused);
}

void LoginFlow::codeScanned(const QString& text)
{
    if (m_state == State::Identifying || m_state == State::LoggedIn)
        return;
    m_refusal.reset();
    // Offline pre-check: garbage never leaves the terminal.
    const auto parsed = ECardCodeText::parse(text);
    if (const auto* problem = std::get_if<ECardCodeProblem>(&parsed)) {
        const ECardCodeProblem why = *problem;
        refuse({QStringLiteral("malformed_code"), [why] { return ECardCodeText::describe(why); },
                &LoginText::tryAgain});
        return;
    }
    // The signature, offline, with the platform's published keys: a forged code goes no further.
    if (m_keys.check(std::get<SignedECardCode>(parsed)) == ECardKeyRing::Check::Forged) {
        refuse({QStringLiteral("forged_code"), &LoginText::forged, &LoginText::tryAgain});
        return;
    }
    resolve(QStringLiteral("/api/v1/ecard/resolve"), {{QStringLiteral("code"), text}});
}

void LoginFlow::resolve(const QString& path, const QJsonObject& body)
{
    setState(State::Identifying);
    const quint64 attempt = ++m_attempt;
    m_platform.post(
        path, body,
        [this, attempt](const PlatformResult& result) {
            if (attempt != m_attempt || m_state != State::Identifying)
                return;
            if (!result.ok()) {
                refuse({result.errorCode, [result] { return result.message(); },
                        [result] { return result.advice(); }});
                return;
            }
            auto session = CitizenSession::fromPlatform(result.body);
            if (!session) {
                refuse({QStringLiteral("bad_answer"), &LoginText::badAnswer, &LoginText::tryAgain});
                return;
            }
            m_session = std::move(session);
            m_platform.setCitizenSession(m_session->token);
            qCInfo(lcApp) << "citizen logged in by" << m_session->method;
            // Support detail, off unless logging/privacy is on; the number is masked by the handler.
            qCInfo(lcPrivacy) << "citizen" << mask(m_session->person.name, MaskKind::Name)
                              << m_session->person.maskedSsn << m_session->card.regionName;
            setState(State::LoggedIn);
        },
        {}, this);
}

void LoginFlow::holdCardSession(bool hold)
{
    m_cardSessionHeld = hold;
    if (!hold && std::exchange(m_cardOutWhileHeld, false) && m_state == State::LoggedIn) {
        qCInfo(lcApp) << "the card did not come back: logging out";
        logout();
    }
}

void LoginFlow::cardInserted(const PhysicalCard& card)
{
    if (m_state == State::LoggedIn && m_cardOutWhileHeld && m_session &&
        card.identifier == m_session->card.cardIdentifier)
        m_cardOutWhileHeld = false; // the session's own card is back
    if (m_state != State::Idle && m_state != State::Refused)
        return; // one person at a time: a card inserted while someone is served waits for logout
    m_refusal.reset();
    m_card = card;
    m_pinTriesLeft = -1;
    startProver(false, &LoginFlow::cardProven);
    setState(State::AwaitingPin);
}

void LoginFlow::startProver(bool pinAccepted, void (LoginFlow::*proven)(const QJsonObject&))
{
    dropProver();
    m_prover = std::make_unique<CardProver>(m_platform, m_card->identifier);
    connect(m_prover.get(), &CardProver::challengeForCard, this, &LoginFlow::challengeForCard);
    connect(m_prover.get(), &CardProver::proven, this, proven);
    connect(m_prover.get(), &CardProver::platformRefused, this, [this](const PlatformResult& result) {
        forgetCard();
        m_cancellingLoss = false;
        refuse(
            {result.errorCode, [result] { return result.message(); }, [result] { return result.advice(); }});
    });
    connect(m_prover.get(), &CardProver::cardDidNotAnswer, this, [this] {
        forgetCard();
        m_cancellingLoss = false;
        refuse({QStringLiteral("card_no_proof"), &LoginText::pinFailed, &LoginText::insertAgain});
    });
    m_prover->prepare();
    if (pinAccepted)
        m_prover->pinAccepted();
}

bool LoginFlow::canCancelLossReport() const
{
    return m_state == State::Refused && m_refusal && m_refusal->code == u"card_lost" && m_card;
}

void LoginFlow::cancelLossReport()
{
    if (!canCancelLossReport())
        return;
    m_refusal.reset();
    m_cancellingLoss = true;
    ++m_attempt;
    setState(State::Identifying);
    // The PIN was accepted by the card in this card session: it answers a fresh challenge without it again.
    startProver(true, &LoginFlow::lossProofReady);
}

void LoginFlow::lossProofReady(const QJsonObject& proof)
{
    if (m_state != State::Identifying || !m_card || !m_cancellingLoss)
        return;
    const quint64 attempt = m_attempt;
    // One key for this cancellation: the client's retries after no answer are answered from its receipt.
    CardLoss::cancelReport(
        m_platform, proof, CardLoss::newRequestKey(),
        [this, attempt](const PlatformResult& result, const std::optional<CardLossReceipt>& receipt) {
            if (attempt != m_attempt || m_state != State::Identifying || !m_card)
                return;
            m_cancellingLoss = false;
            if (!receipt) {
                refuse({result.errorCode, [result] { return result.message(); },
                        [result] { return result.advice(); }});
                return;
            }
            qCInfo(lcApp) << "loss report cancelled; logging in with the card";
            emit lossReportCancelled(receipt->receipt);
            startProver(true, &LoginFlow::cardProven); // the login: another fresh challenge, answered
        },
        this);
}

QByteArray LoginFlow::challengeForPin()
{
    return m_state == State::AwaitingPin && m_prover ? m_prover->challengeForPin() : QByteArray();
}

void LoginFlow::cardAnswered(bool answered, const QByteArray& cryptogram)
{
    if (m_prover)
        m_prover->cardAnswered(answered, cryptogram);
}

void LoginFlow::cardProven(const QJsonObject& proof)
{
    if (m_state != State::Identifying || !m_card)
        return;
    QJsonObject body = proof;
    if (!m_card->ssn.isEmpty())
        body.insert(QStringLiteral("ssn"), m_card->ssn);
    if (!m_card->cardNumber.isEmpty())
        body.insert(QStringLiteral("cardNumber"), m_card->cardNumber);
    resolve(QStringLiteral("/api/v1/card/resolve"), body);
}

void LoginFlow::forgetCard()
{
    m_card.reset();
    dropProver();
}

void LoginFlow::dropProver()
{
    if (m_prover) { // possibly from inside one of its signals: it goes when that returns
        m_prover->disconnect(this);
        m_prover.release()->deleteLater();
    }
}

void LoginFlow::pinChecked(PinResult result, int triesLeft)
{
    if (m_state != State::AwaitingPin || !m_card)
        return;
    switch (result) {
    case PinResult::Accepted:
        // Identifying from here: the card's answer to the challenge, then the platform's check of it.
        ++m_attempt;
        setState(State::Identifying);
        if (m_prover)
            m_prover->pinAccepted();
        return;
    case PinResult::Wrong:
        m_pinTriesLeft = triesLeft;
        emit stateChanged(m_state); // the PIN screen says how many tries are left
        return;
    case PinResult::Blocked:
        forgetCard();
        refuse({QStringLiteral("pin_blocked"), &LoginText::pinBlocked, &LoginText::unlockAtCounter});
        return;
    case PinResult::Failed:
        forgetCard();
        refuse({QStringLiteral("pin_failed"), &LoginText::pinFailed, &LoginText::insertAgain});
        return;
    }
}

void LoginFlow::cancelCard()
{
    if (m_state != State::AwaitingPin)
        return;
    forgetCard();
    setState(State::Idle);
}

void LoginFlow::cardUnreadable()
{
    if (m_state != State::Idle && m_state != State::Refused)
        return;
    refuse({QStringLiteral("card_unreadable"), &LoginText::cardUnreadable, &LoginText::insertAgain});
}

void LoginFlow::cardRemoved()
{
    // A face session started from a card in the reader (its PIN forgotten) ends with that card too: the
    // citizen leaving with their card leaves nothing open behind them.
    const bool cardSession =
        m_session && (m_session->method == u"card" || (m_session->method == u"face" && m_card));
    m_cancellingLoss = false;
    if (m_state == State::Refused) {
        forgetCard(); // the refusal stays on screen; a loss report can no longer be cancelled by this card
        emit stateChanged(m_state);
    } else if (m_state == State::AwaitingPin || (m_state == State::Identifying && m_card)) {
        ++m_attempt; // an identification in flight is dropped
        forgetCard();
        setState(State::Idle);
    } else if (m_state == State::LoggedIn && cardSession && m_cardSessionHeld) {
        m_cardOutWhileHeld = true; // a card service asks for it back
    } else if (m_state == State::LoggedIn && cardSession) {
        qCInfo(lcApp) << "the card left the reader: logging out";
        logout();
    }
}

void LoginFlow::adoptSession(const QJsonObject& answer)
{
    if (m_state == State::LoggedIn || m_state == State::Identifying)
        return;
    auto session = CitizenSession::fromPlatform(answer);
    if (!session) {
        refuse({QStringLiteral("bad_answer"), &LoginText::badAnswer, &LoginText::tryAgain});
        return;
    }
    m_refusal.reset();
    dropProver(); // a card whose PIN was forgotten and the face signed in instead: its challenge is not
                  // needed
    m_session = std::move(session);
    m_platform.setCitizenSession(m_session->token);
    qCInfo(lcApp) << "citizen logged in by" << m_session->method;
    setState(State::LoggedIn);
}

void LoginFlow::unreadable(const QString& reason)
{
    if (m_state == State::Identifying || m_state == State::LoggedIn)
        return;
    refuse({QStringLiteral("unreadable"),
            [reason] { return reason.isEmpty() ? LoginText::unreadable() : reason; }, &LoginText::tryAgain});
}

void LoginFlow::switchTo(const QString& text)
{
    logout();
    codeScanned(text);
}

void LoginFlow::logout()
{
    if (m_session)
        m_platform.remove(QStringLiteral("/api/v1/sessions/current"), [](const PlatformResult&) {});
    wipe();
    setState(State::Idle);
}

void LoginFlow::dismissRefusal()
{
    m_refusal.reset();
    if (m_state == State::Refused)
        setState(State::Idle);
}

void LoginFlow::wipe()
{
    ++m_attempt;
    m_cancellingLoss = false;
    m_session.reset();
    forgetCard();
    m_pinTriesLeft = -1;
    m_refusal.reset();
    m_cardSessionHeld = false;
    m_cardOutWhileHeld = false;
    m_platform.setCitizenSession({}); // the staff session (counter) outlives the citizen
    emit sessionWiped();
}

} // namespace ssc
