#include "virtualcardreader.h"
#include "security/secretwipe.h"

#include "cardreader/apdu.h"
#include "cardreader/ssseapplication.h"

#include <QTimer>

namespace ssc {
namespace {

ApduChannel channelTo(SimulatedCard* card)
{
    return ApduChannel([card](const QByteArray& apdu) -> std::optional<QByteArray> {
        if (!card)
            return std::nullopt;
        return card->process(apdu);
    });
}

} // namespace

void VirtualCardReader::insert(const SimulatedCard::Personalisation& card)
{
    if (m_inSlot)
        remove();
    const QString identifier = card.files.cardIdentifier;
    auto it = m_cards.find(identifier);
    if (it == m_cards.end())
        it = m_cards.emplace(identifier, SimulatedCard(card)).first;
    m_inSlot = &it->second;
    m_inSlot->reset();
    // The terminal reads the card as it reads any card: through the SSSE application.
    ApduChannel channel = channelTo(m_inSlot);
    const SsseApplication::Read read = SsseApplication(channel).read();
    if (read.failure != SsseApplication::ReadFailure::None)
        emit cardUnreadable(read.problem);
    else
        emit cardInserted(read.files);
}

void VirtualCardReader::remove()
{
    if (!m_inSlot)
        return;
    m_inSlot = nullptr;
    emit cardRemoved();
}

void VirtualCardReader::verifyPin(QString pin)
{
    ApduChannel channel = channelTo(m_inSlot);
    const auto result = m_inSlot ? SsseApplication(channel).verifyPin(pin) : SsseApplication::PinCheck{};
    wipeSecret(pin);
    // Like a real card, the answer comes a moment later, never from inside the caller.
    QTimer::singleShot(0, this, [this, result] { emit pinChecked(int(result.outcome), result.triesLeft); });
}

void VirtualCardReader::authenticate(QByteArray challenge)
{
    ApduChannel channel = channelTo(m_inSlot);
    const auto result = m_inSlot ? SsseApplication(channel).internalAuthenticate(challenge)
                                 : SsseApplication::Authentication{};
    QTimer::singleShot(0, this,
                       [this, result] { emit authenticated(int(result.outcome), result.cryptogram); });
}

void VirtualCardReader::changePin(QString oldPin, QString newPin)
{
    ApduChannel channel = channelTo(m_inSlot);
    const auto result =
        m_inSlot ? SsseApplication(channel).changePin(oldPin, newPin) : SsseApplication::PinCheck{};
    wipeSecret(oldPin);
    wipeSecret(newPin);
    QTimer::singleShot(0, this,
                       [this, result] { emit pinChangeAnswered(int(result.outcome), result.triesLeft); });
}

void VirtualCardReader::getCardChallenge()
{
    ApduChannel channel = channelTo(m_inSlot);
    const QByteArray challenge = m_inSlot ? SsseApplication(channel).getChallenge() : QByteArray();
    QTimer::singleShot(0, this, [this, challenge] { emit cardChallengeAnswered(challenge); });
}

void VirtualCardReader::resetPin(QString newPin, QByteArray mac)
{
    ApduChannel channel = channelTo(m_inSlot);
    const auto result =
        m_inSlot ? SsseApplication(channel).resetPin(newPin, mac) : SsseApplication::PinCheck{};
    wipeSecret(newPin);
    QTimer::singleShot(0, this, [this, result] { emit pinResetAnswered(int(result.outcome)); });
}

// Nobody asks a reader without a pad to read one (CardSource::hasPinPad); if somebody does, nothing was
// typed.
void VirtualCardReader::verifyPinOnPad()
{
    emit pinChecked(int(SsseApplication::PinOutcome::NoAnswer), -1);
}

void VirtualCardReader::changePinOnPad()
{
    emit pinChangeAnswered(int(SsseApplication::PinOutcome::NoAnswer), -1);
}

} // namespace ssc
