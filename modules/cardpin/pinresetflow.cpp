#include "pinresetflow.h"

#include "cardreader/cardsource.h"
#include "cardreader/ssseapplication.h"
#include "logging/logging.h"
#include "platform/platformclient.h"
#include "security/secretwipe.h"
#include "session/cardprover.h"

namespace ssc {

using PinOutcome = SsseApplication::PinOutcome;

PinResetFlow::PinResetFlow(CardSource& cards, PlatformClient& platform, QObject* parent)
    : QObject(parent), m_cards(cards), m_platform(platform)
{
    connect(&m_cards, &CardSource::cardChallengeAnswered, this, &PinResetFlow::cardChallengeAnswered);
    connect(&m_cards, &CardSource::pinResetAnswered, this, &PinResetFlow::pinResetAnswered);
    connect(&m_cards, &CardSource::pinChecked, this, [this](int outcome, int) { pinChecked(outcome); });
    connect(&m_cards, &CardSource::authenticated, this, [this](int outcome, const QByteArray& cryptogram) {
        if (m_prover)
            m_prover->cardAnswered(SsseApplication::AuthenticationOutcome(outcome) ==
                                       SsseApplication::AuthenticationOutcome::Answered,
                                   cryptogram);
    });
    connect(&m_cards, &CardSource::cardRemoved, this, &PinResetFlow::cardRemoved);
    connect(&m_cards, &CardSource::cardInserted, this,
            [this](const CardFiles& files) { cardInserted(files.cardIdentifier, files.birthDate); });
}

PinResetFlow::~PinResetFlow()
{
    wipe();
}

void PinResetFlow::wipe()
{
    m_entry.wipe();
    wipeSecret(m_code);
}

void PinResetFlow::setState(State state, Problem problem)
{
    m_state = state;
    m_problem = problem;
    if (state == State::Done || state == State::Failed) {
        wipe();
        m_prover.reset();
        m_awaitingChallenge = false;
    }
    emit stateChanged(state);
}

void PinResetFlow::fail(Problem problem, const PlatformResult& answer)
{
    m_platformAnswer = answer;
    setState(State::Failed, problem);
}

void PinResetFlow::cardInserted(const QString& identifier, const QDate& birthDate)
{
    if (m_state != State::InsertCard && m_state != State::Failed)
        return; // one card at a time: another card inserted mid-reset changes nothing
    m_cardIdentifier = identifier;
    m_entry.setBirthDate(birthDate);
    m_cardMayHoldNewPin = false;
    m_resetSent = false;
    m_resetId.clear();
    setState(State::EnterNew);
}

void PinResetFlow::pinEntered(const QString& pin)
{
    if (m_state != State::EnterNew && m_state != State::RepeatNew)
        return;
    switch (m_entry.enter(pin)) {
    case NewPinEntry::Outcome::Weak:
        return setState(State::EnterNew, Problem::Weak);
    case NewPinEntry::Outcome::Again:
        return setState(State::RepeatNew);
    case NewPinEntry::Outcome::Mismatch:
        return setState(State::EnterNew, Problem::Mismatch);
    case NewPinEntry::Outcome::Chosen:
        return setState(State::ShowCode);
    }
}

void PinResetFlow::startAgain()
{
    if (m_state == State::Working)
        return;
    wipe();
    setState(m_cards.cardPresent() && !m_cardIdentifier.isEmpty() ? State::EnterNew : State::InsertCard);
}

void PinResetFlow::codeShown(const QString& code)
{
    if (m_state != State::ShowCode)
        return;
    if (!m_cards.cardPresent())
        return fail(Problem::CardGone);
    m_code = code;
    setState(State::Working);
    m_awaitingChallenge = true;
    m_cards.getCardChallenge();
}

// The card's own challenge goes to the platform with the code: the MAC comes back only for the holder.
void PinResetFlow::cardChallengeAnswered(const QByteArray& challenge)
{
    if (!std::exchange(m_awaitingChallenge, false) || m_state != State::Working)
        return;
    if (challenge.isEmpty())
        return fail(m_cards.cardPresent() ? Problem::NoAnswer : Problem::CardGone);
    const QJsonObject body{{QStringLiteral("cardIdentifier"), m_cardIdentifier},
                           {QStringLiteral("cardChallenge"), QString::fromLatin1(challenge.toHex())},
                           {QStringLiteral("code"), m_code}};
    wipeSecret(m_code); // used once by the platform, right or wrong
    m_platform.post(
        QStringLiteral("/api/v1/staff/card-pin-resets"), body,
        [this](const PlatformResult& result) { authorised(result); }, {}, this);
}

void PinResetFlow::authorised(const PlatformResult& result)
{
    if (m_state != State::Working)
        return;
    const QByteArray mac =
        QByteArray::fromHex(result.body.value(QStringLiteral("mac")).toString().toLatin1());
    m_resetId = result.body.value(QStringLiteral("resetId")).toString();
    if (!result.ok() || mac.isEmpty() || m_resetId.isEmpty())
        return fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
    m_resetSent = true;
    m_cards.resetPin(m_entry.pin(), mac);
}

void PinResetFlow::pinResetAnswered(int outcome)
{
    if (m_state != State::Working || !m_resetSent || m_prover)
        return;
    switch (PinOutcome(outcome)) {
    case PinOutcome::Accepted:
        return proveNewPin();
    case PinOutcome::NoAnswer: // gone mid-reset: whether it reached the chip, only the card can say
        m_cardMayHoldNewPin = true;
        return fail(Problem::CardGone);
    case PinOutcome::Wrong:
    case PinOutcome::Blocked:
    case PinOutcome::Refused:
    case PinOutcome::TimedOut: // from a reader's own pad, which a reset does not use
    case PinOutcome::Cancelled:
        return fail(Problem::CardRefused); // the card did not take the MAC: nothing changed on it
    }
}

// The card proves itself under its new PIN: the platform records the reset only on that proof.
void PinResetFlow::proveNewPin()
{
    m_prover = std::make_unique<CardProver>(m_platform, m_cardIdentifier);
    connect(m_prover.get(), &CardProver::challengeForCard, &m_cards, &CardSource::authenticate);
    connect(m_prover.get(), &CardProver::proven, this, &PinResetFlow::proven);
    connect(m_prover.get(), &CardProver::platformRefused, this, [this](const PlatformResult& result) {
        m_cardMayHoldNewPin = true;
        fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
    });
    connect(m_prover.get(), &CardProver::cardDidNotAnswer, this, [this] {
        m_cardMayHoldNewPin = true;
        fail(Problem::NoAnswer);
    });
    m_prover->prepare();
    m_cards.verifyPin(m_entry.pin());
    if (const QByteArray challenge = m_prover->challengeForPin(); !challenge.isEmpty())
        m_cards.authenticate(challenge);
}

void PinResetFlow::pinChecked(int outcome)
{
    if (!m_prover || m_state != State::Working)
        return;
    if (PinOutcome(outcome) == PinOutcome::Accepted)
        return m_prover->pinAccepted();
    m_cardMayHoldNewPin = true; // the card said yes to RESET PIN: this should not happen, and is said
    fail(PinOutcome(outcome) == PinOutcome::NoAnswer ? Problem::CardGone : Problem::CardRefused);
}

void PinResetFlow::proven(const QJsonObject& proof)
{
    m_prover.reset();
    m_platform.post(
        QStringLiteral("/api/v1/staff/card-pin-resets/%1").arg(m_resetId), proof,
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                m_cardMayHoldNewPin = true; // the card has it; the platform's record waits
                return fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
            }
            qCInfo(lcApp) << "card PIN reset concluded";
            setState(State::Done);
        },
        {}, this);
}

void PinResetFlow::cardRemoved()
{
    if (m_state == State::Done || m_state == State::Failed || m_state == State::InsertCard)
        return;
    if (m_resetSent)
        m_cardMayHoldNewPin = true;
    fail(Problem::CardGone);
}

} // namespace ssc
