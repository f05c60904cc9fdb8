#include "cardissueflow.h"

#include "cardreader/cardsource.h"
#include "cardreader/ssseapplication.h"
#include "cardservices/cardencoder.h"
#include "logging/logging.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "security/secretwipe.h"
#include "session/cardprover.h"

namespace ssc {

using PinOutcome = SsseApplication::PinOutcome;

CardIssueFlow::CardIssueFlow(CardSource& cards, CardEncoder& encoder, PlatformClient& platform,
                             QString receipt, QDate birthDate, QObject* parent)
    : QObject(parent), m_cards(cards), m_encoder(encoder), m_platform(platform),
      m_receipt(std::move(receipt)), m_entry(birthDate)
{
    connect(&m_cards, &CardSource::cardInserted, this,
            [this](const CardFiles& files) { cardInserted(files.cardIdentifier); });
    connect(&m_cards, &CardSource::cardRemoved, this, &CardIssueFlow::cardRemoved);
    connect(&m_cards, &CardSource::pinChecked, this, [this](int outcome, int) { pinChecked(outcome); });
    connect(&m_cards, &CardSource::authenticated, this, [this](int outcome, const QByteArray& cryptogram) {
        if (m_prover)
            m_prover->cardAnswered(SsseApplication::AuthenticationOutcome(outcome) ==
                                       SsseApplication::AuthenticationOutcome::Answered,
                                   cryptogram);
    });
}

CardIssueFlow::~CardIssueFlow()
{
    wipe();
}

void CardIssueFlow::wipe()
{
    m_entry.wipe();
}

void CardIssueFlow::setState(State state, Problem problem)
{
    m_state = state;
    m_problem = problem;
    if (state == State::Done || state == State::Failed)
        m_prover.reset();
    if (state == State::Done)
        wipe();
    emit stateChanged(state);
}

void CardIssueFlow::fail(Problem problem, const PlatformResult& answer)
{
    m_platformAnswer = answer;
    setState(State::Failed, problem);
}

void CardIssueFlow::pinEntered(const QString& pin)
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
        return make();
    }
}

void CardIssueFlow::tryAgain()
{
    if (m_state != State::Failed)
        return;
    if (m_entry.pin().isEmpty())
        return setState(State::EnterNew);
    if (!m_written)
        return make();
    setState(State::InsertCard);
    if (m_cards.cardPresent())
        cardInserted(m_cardInReader);
}

// The platform makes the card (once per replacement: asked again after a spoiled blank, it answers the same
// card) and answers what the encoder writes.
void CardIssueFlow::make()
{
    if (!m_encoder.hasBlank())
        return fail(Problem::NoBlank);
    setState(State::Making);
    CardReplacement::issue(
        m_platform, m_receipt, [this](const PlatformResult& result) { made(result); }, this);
}

void CardIssueFlow::made(const PlatformResult& result)
{
    if (m_state != State::Making)
        return;
    if (!result.ok())
        return fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
    const auto order = CardReplacement::orderFromPlatform(result.body, m_entry.pin());
    if (!order) {
        PlatformResult bad = result;
        bad.kind = PlatformResult::Kind::BadAnswer;
        bad.errorCode = QStringLiteral("bad_answer");
        return fail(Problem::Refused, bad);
    }
    write(*order);
}

void CardIssueFlow::write(const CardEncoder::Order& order)
{
    m_newCard = order.cardIdentifier;
    m_newCardNumberMasked = mask(order.cardNumber, MaskKind::CardNumber);
    QString error;
    CardEncoder::Order written = order;
    const bool ok = m_encoder.personalise(written, &error);
    wipeSecret(written.initialPin);
    if (!ok) {
        m_encoderError = error;
        return fail(m_encoder.hasBlank() ? Problem::EncoderRefused : Problem::NoBlank);
    }
    m_written = true;
    qCInfo(lcApp) << "replacement card personalised by the encoder";
    setState(State::InsertCard);
    // An encoder with its own contact station, or a reader the card went straight into, has it in already.
    if (m_cards.cardPresent())
        cardInserted(m_cardInReader);
}

void CardIssueFlow::cardInserted(const QString& identifier)
{
    m_cardInReader = identifier;
    if (m_state != State::InsertCard || identifier.isEmpty())
        return;
    if (identifier != m_newCard)
        return setState(State::InsertCard, Problem::WrongCard); // the old card, or someone else's
    prove();
}

// The new card proves itself under the holder's PIN: only that proof makes it the holder's card.
void CardIssueFlow::prove()
{
    setState(State::Proving);
    m_prover = std::make_unique<CardProver>(m_platform, m_newCard);
    connect(m_prover.get(), &CardProver::challengeForCard, &m_cards, &CardSource::authenticate);
    connect(m_prover.get(), &CardProver::proven, this, &CardIssueFlow::proven);
    connect(m_prover.get(), &CardProver::platformRefused, this, [this](const PlatformResult& result) {
        fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
    });
    connect(m_prover.get(), &CardProver::cardDidNotAnswer, this, [this] { fail(Problem::CardRefused); });
    m_prover->prepare();
    m_cards.verifyPin(m_entry.pin());
    if (const QByteArray challenge = m_prover->challengeForPin(); !challenge.isEmpty())
        m_cards.authenticate(challenge);
}

void CardIssueFlow::pinChecked(int outcome)
{
    if (!m_prover || m_state != State::Proving)
        return;
    if (PinOutcome(outcome) == PinOutcome::Accepted)
        return m_prover->pinAccepted();
    fail(PinOutcome(outcome) == PinOutcome::NoAnswer ? Problem::CardGone : Problem::CardRefused);
}

void CardIssueFlow::proven(const QJsonObject& proof)
{
    m_prover.reset();
    m_activating = true; // the platform has the card's proof: the card may leave the reader now
    CardReplacement::activate(
        m_platform, m_receipt, proof,
        [this](const PlatformResult& result, const std::optional<CardReplacementState>& state) {
            m_activating = false;
            if (m_state != State::Proving)
                return;
            if (!result.ok() || !state)
                return fail(result.noAnswer() ? Problem::NoAnswer : Problem::Refused, result);
            m_handedOver = state;
            qCInfo(lcApp) << "replacement card handed over; the old card is cancelled";
            setState(State::Done);
        },
        this);
}

void CardIssueFlow::cardRemoved()
{
    m_cardInReader.clear();
    if (m_state == State::Proving && !m_activating)
        fail(Problem::CardGone);
    else if (m_state == State::InsertCard && m_problem == Problem::WrongCard)
        setState(State::InsertCard); // the wrong card is out: waiting for the new one
}

} // namespace ssc
