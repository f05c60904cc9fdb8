#include "pinchangeflow.h"

#include "cardauth/newpinrules.h"
#include "cardreader/cardsource.h"
#include "cardreader/ssseapplication.h"
#include "logging/logging.h"
#include "platform/platformclient.h"
#include "security/secretwipe.h"
#include "session/cardprover.h"

namespace ssc {

using PinOutcome = SsseApplication::PinOutcome;

PinChangeFlow::PinChangeFlow(CardSource& cards, PlatformClient& platform, QString cardIdentifier,
                             QDate birthDate, QObject* parent)
    : QObject(parent), m_cards(cards), m_platform(platform), m_cardIdentifier(std::move(cardIdentifier)),
      m_birthDate(birthDate)
{
    m_onPad = m_cards.hasPinPad() && m_cards.padChangesPin();
    m_cardBack.setSingleShot(true);
    m_cardBack.setInterval(cardBackWithinMs);
    connect(&m_cardBack, &QTimer::timeout, this, [this] {
        m_cardHolds = CardHolds::Unknown;
        fail(Problem::CardGone);
    });
    connect(&m_cards, &CardSource::pinChecked, this, &PinChangeFlow::pinChecked);
    connect(&m_cards, &CardSource::pinChangeAnswered, this, &PinChangeFlow::changeAnswered);
    connect(&m_cards, &CardSource::authenticated, this, &PinChangeFlow::cardAnswered);
    connect(&m_cards, &CardSource::cardRemoved, this, &PinChangeFlow::cardRemoved);
    connect(&m_cards, &CardSource::cardInserted, this,
            [this](const CardFiles& files) { cardInserted(files.cardIdentifier); });
}

PinChangeFlow::~PinChangeFlow()
{
    wipe();
}

bool PinChangeFlow::finished() const
{
    return m_state == State::Changed || m_state == State::Unchanged || m_state == State::Blocked ||
           m_state == State::Failed;
}

void PinChangeFlow::setState(State state, Problem problem)
{
    m_state = state;
    m_problem = problem;
    if (finished()) {
        wipe();
        m_prover.reset();
        m_step = Step::None;
    }
    emit stateChanged(state);
}

void PinChangeFlow::wipe()
{
    wipeSecret(m_oldPin);
    wipeSecret(m_newPin);
}

void PinChangeFlow::fail(Problem problem, const PlatformResult& answer)
{
    m_platformAnswer = answer;
    setState(State::Failed, problem);
}

void PinChangeFlow::pinEntered(const QString& pin)
{
    switch (m_state) {
    case State::EnterOld:
        m_oldPin = pin;
        m_triesLeft = -1;
        return setState(State::EnterNew);
    case State::EnterNew:
        if (const auto refusal = NewPinRules::refusal(pin, m_oldPin, m_birthDate)) {
            m_weakReason = refusal->translated();
            return setState(State::EnterNew, Problem::Weak);
        }
        m_newPin = pin;
        return setState(State::RepeatNew);
    case State::RepeatNew:
        if (pin != m_newPin) {
            wipeSecret(m_newPin);
            return setState(State::EnterNew, Problem::Mismatch);
        }
        return startWithCard();
    default:
        return; // no PIN is asked for now
    }
}

void PinChangeFlow::cancel()
{
    if (m_state == State::Working || m_state == State::CardOut || m_state == State::OnPad)
        return; // a change in flight is finished, not abandoned: card and platform must agree
    wipe();
    setState(State::EnterOld);
}

void PinChangeFlow::startOnPad()
{
    if (!m_onPad || m_state != State::EnterOld)
        return;
    if (!m_cards.cardPresent())
        return fail(Problem::CardGone);
    proveOnPad(Step::VerifyOld);
}

void PinChangeFlow::startWithCard()
{
    if (!m_cards.cardPresent())
        return fail(Problem::CardGone);
    setState(State::Working);
    prove(m_oldPin, Step::VerifyOld);
}

// The PIN to the card, and a fresh challenge for the card to answer right after it accepts the PIN: the
// proof the platform checks (core/session/cardprover.h).
void PinChangeFlow::prove(const QString& pin, Step step)
{
    createProver(step);
    m_cards.verifyPin(pin);
    if (const QByteArray challenge = m_prover->challengeForPin(); !challenge.isEmpty())
        m_cards.authenticate(challenge);
}

void PinChangeFlow::proveOnPad(Step step, Problem problem)
{
    m_padEntry = PadEntry::CurrentPin;
    setState(State::OnPad, problem);
    createProver(step);
    m_cards.verifyPinOnPad(); // the challenge waits for the PIN: a person at a pad may take half a minute
}

// The card accepted a PIN in this card session already (the CHANGE PIN typed on its pad, or the VERIFY before
// an entry that was then cancelled): it answers the challenge without another one.
void PinChangeFlow::proveVerified(Step step)
{
    setState(State::Working);
    createProver(step);
    m_prover->pinAccepted();
}

void PinChangeFlow::createProver(Step step)
{
    m_step = step;
    m_prover = std::make_unique<CardProver>(m_platform, m_cardIdentifier);
    connect(m_prover.get(), &CardProver::challengeForCard, &m_cards, &CardSource::authenticate);
    connect(m_prover.get(), &CardProver::proven, this, &PinChangeFlow::proven);
    connect(m_prover.get(), &CardProver::platformRefused, this, [this](const PlatformResult& result) {
        fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
    });
    connect(m_prover.get(), &CardProver::cardDidNotAnswer, this, [this] { fail(Problem::NoAnswer); });
    m_prover->prepare();
}

void PinChangeFlow::pinChecked(int outcome, int triesLeft)
{
    if (m_step == Step::None || m_step == Step::Change || !m_prover)
        return;
    if (m_state == State::OnPad && PinOutcome(outcome) == PinOutcome::Accepted)
        setState(State::Working); // the pad is done; the card and the platform go on
    switch (PinOutcome(outcome)) {
    case PinOutcome::Accepted:
        if (m_step == Step::VerifyNew || m_step == Step::ResolveNew)
            m_cardHolds = CardHolds::NewPin;
        else if (m_step == Step::ResolveOld)
            m_cardHolds = CardHolds::OldPin;
        return m_prover->pinAccepted();
    case PinOutcome::Wrong:
        if (m_onPad && (m_step == Step::VerifyOld || m_step == Step::ResolveOld)) {
            m_triesLeft = triesLeft; // the person types the current PIN on the pad again
            return proveOnPad(m_step, Problem::WrongOld);
        }
        if (m_step == Step::VerifyOld) {
            m_prover.reset();
            m_step = Step::None;
            m_triesLeft = triesLeft;
            wipeSecret(m_oldPin);
            wipeSecret(m_newPin);
            return setState(State::EnterOld, Problem::WrongOld);
        }
        if (m_step == Step::ResolveOld)
            return fail(Problem::Refused); // the card takes neither PIN: nothing more to try here
        // The new PIN refused: the change never reached the card. The old PIN tells the card so, and gives
        // back the try the new one cost.
        return prove(m_oldPin, Step::ResolveOld);
    case PinOutcome::Blocked:
        return setState(State::Blocked);
    case PinOutcome::NoAnswer:
        if (needsCardBack())
            return; // the card left: cardRemoved() asks for it back
        return fail(Problem::CardGone);
    case PinOutcome::Refused:
        return fail(Problem::Refused);
    case PinOutcome::TimedOut:  // the pad: before the change began, nothing happened; after it, the change
    case PinOutcome::Cancelled: // stays begun and whichever PIN the card accepts is the one it holds
        return fail(PinOutcome(outcome) == PinOutcome::TimedOut ? Problem::PadTimedOut
                                                                : Problem::PadCancelled);
    }
}

void PinChangeFlow::cardAnswered(int outcome, const QByteArray& cryptogram)
{
    if (m_prover && m_step != Step::Change)
        m_prover->cardAnswered(SsseApplication::AuthenticationOutcome(outcome) ==
                                   SsseApplication::AuthenticationOutcome::Answered,
                               cryptogram);
}

void PinChangeFlow::proven(const QJsonObject& proof)
{
    m_prover.reset();
    if (m_step != Step::VerifyOld)
        return conclude(proof,
                        m_step == Step::ResolveOld ? QStringLiteral("unchanged") : QStringLiteral("changed"));
    m_platform.post(
        QStringLiteral("/api/v1/card/pin-changes"), proof,
        [this](const PlatformResult& result) {
            const QString id = result.body.value(QStringLiteral("changeId")).toString();
            if (!result.ok() || id.isEmpty())
                return fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
            m_changeId = id;
            m_step = Step::Change;
            if (m_onPad) {
                m_padEntry = PadEntry::Change;
                setState(State::OnPad);
                return m_cards.changePinOnPad();
            }
            m_cards.changePin(m_oldPin, m_newPin);
        },
        {}, this);
}

void PinChangeFlow::changeAnswered(int outcome, int triesLeft)
{
    if (m_step != Step::Change)
        return;
    if (m_onPad)
        return changeAnsweredOnPad(outcome, triesLeft);
    switch (PinOutcome(outcome)) {
    case PinOutcome::Accepted:
        return prove(m_newPin, Step::VerifyNew);
    case PinOutcome::Blocked:
        return setState(State::Blocked);
    case PinOutcome::NoAnswer: // the card left, or went silent: whether the change reached it is unknown
        if (!m_cards.cardPresent())
            return cardRemoved();
        return prove(m_newPin, Step::ResolveNew);
    case PinOutcome::Wrong:
    case PinOutcome::Refused:
    case PinOutcome::TimedOut: // (from a pad only: nothing reached the card)
    case PinOutcome::Cancelled:
        return prove(m_oldPin, Step::ResolveOld); // refused: the card keeps its PIN, and says so
    }
}

// CHANGE PIN typed on the reader's pad. Accepted: the card holds the new PIN and counts it as proven in this
// session. A wrong current PIN: the change never reached the card, which forgot the PIN verified before; the
// current PIN on the pad once more proves it unchanged. Timed out or cancelled: nothing reached the card,
// whose session still holds the PIN of step 1, so it proves itself unchanged at once.
void PinChangeFlow::changeAnsweredOnPad(int outcome, int triesLeft)
{
    switch (PinOutcome(outcome)) {
    case PinOutcome::Accepted:
        m_cardHolds = CardHolds::NewPin;
        return proveVerified(Step::VerifyNew);
    case PinOutcome::Wrong:
        m_triesLeft = triesLeft;
        return proveOnPad(Step::ResolveOld, Problem::WrongOld);
    case PinOutcome::TimedOut:
    case PinOutcome::Cancelled:
        return proveVerified(Step::ResolveOld);
    case PinOutcome::Blocked:
        return setState(State::Blocked);
    case PinOutcome::NoAnswer:
    case PinOutcome::Refused:
        if (!m_cards.cardPresent())
            return cardRemoved();
        m_cardHolds = CardHolds::Unknown;
        return fail(Problem::NoAnswer);
    }
}

void PinChangeFlow::conclude(const QJsonObject& proof, const QString& outcome)
{
    QJsonObject body = proof;
    body.insert(QStringLiteral("outcome"), outcome);
    m_platform.post(
        QStringLiteral("/api/v1/card/pin-changes/%1").arg(m_changeId), body,
        [this, outcome](const PlatformResult& result) {
            if (!result.ok())
                return fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
            qCInfo(lcApp) << "card PIN change concluded:" << outcome;
            setState(outcome == u"changed" ? State::Changed : State::Unchanged);
        },
        {}, this);
}

void PinChangeFlow::cardRemoved()
{
    if (finished() || m_state == State::CardOut)
        return;
    if (!needsCardBack()) {
        m_prover.reset();
        m_step = Step::None;
        return fail(Problem::CardGone); // before anything was begun: the card holds its old PIN
    }
    m_prover.reset();
    m_step = Step::None;
    m_cardHolds = CardHolds::Unknown;
    setState(State::CardOut);
    m_cardBack.start();
}

void PinChangeFlow::cardInserted(const QString& identifier)
{
    if (m_state != State::CardOut || identifier != m_cardIdentifier)
        return; // another card: the screen keeps asking for this one
    m_cardBack.stop();
    if (m_onPad) // without the digits, which PIN the person would type cannot tell what the card holds
        return fail(Problem::CardGone);
    setState(State::Working);
    prove(m_newPin, Step::ResolveNew);
}

} // namespace ssc
