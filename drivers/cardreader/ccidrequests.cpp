#include "ccidreader.h"
#include "ccidsecure.h"
#include "security/secretwipe.h"
#include "t1protocol.h"

#include "threading/queuedcall.h"

// What the screen asks of the card in the slot (PIN checks, the platform's challenge, PIN changes and resets,
// the PIN pad's entries): taken from the caller's thread under the mutex, served by the worker thread between
// two looks at the slots.

namespace ssc {

void CcidReader::verifyPin(QString pin)
{
    {
        std::lock_guard lock(m_mutex);
        wipeSecret(m_pendingPin);
        m_pendingPin = std::move(pin);
        m_pinRequested = true;
    }
    m_wake.notify_all();
}

void CcidReader::authenticate(const QByteArray& challenge)
{
    {
        std::lock_guard lock(m_mutex);
        m_pendingChallenge = challenge;
    }
    m_wake.notify_all();
}

void CcidReader::changePin(QString oldPin, QString newPin)
{
    {
        std::lock_guard lock(m_mutex);
        wipeSecret(m_pendingOldPin);
        wipeSecret(m_pendingNewPin);
        m_pendingOldPin = std::move(oldPin);
        m_pendingNewPin = std::move(newPin);
    }
    m_wake.notify_all();
}

void CcidReader::getCardChallenge()
{
    {
        std::lock_guard lock(m_mutex);
        m_cardChallengeRequested = true;
    }
    m_wake.notify_all();
}

void CcidReader::resetPin(QString newPin, QByteArray mac)
{
    {
        std::lock_guard lock(m_mutex);
        wipeSecret(m_pendingResetPin);
        m_pendingResetPin = std::move(newPin);
        m_pendingResetMac = std::move(mac);
    }
    m_wake.notify_all();
}

void CcidReader::verifyPinOnPad()
{
    {
        std::lock_guard lock(m_mutex);
        m_padVerifyRequested = true;
    }
    m_wake.notify_all();
}

void CcidReader::changePinOnPad()
{
    {
        std::lock_guard lock(m_mutex);
        m_padChangeRequested = true;
    }
    m_wake.notify_all();
}

// Worker thread from here on.

void CcidReader::serveRequests()
{
    bool pin = false;
    QString pinDigits;
    QByteArray challenge;
    QString oldPin;
    QString newPin;
    bool cardChallenge = false;
    QString resetPin;
    QByteArray resetMac;
    bool padVerify = false;
    bool padChange = false;
    {
        std::lock_guard lock(m_mutex);
        padVerify = std::exchange(m_padVerifyRequested, false);
        padChange = std::exchange(m_padChangeRequested, false);
        if (m_pinRequested) {
            pin = true;
            pinDigits = std::exchange(m_pendingPin, QString());
            m_pinRequested = false;
        }
        challenge = std::exchange(m_pendingChallenge, {});
        oldPin = std::exchange(m_pendingOldPin, QString());
        newPin = std::exchange(m_pendingNewPin, QString());
        cardChallenge = std::exchange(m_cardChallengeRequested, false);
        resetPin = std::exchange(m_pendingResetPin, QString());
        resetMac = std::exchange(m_pendingResetMac, {});
    }
    ApduChannel channel = cardChannel();
    if (pin) {
        const auto result =
            m_cardPresent ? SsseApplication(channel).verifyPin(pinDigits) : SsseApplication::PinCheck{};
        wipeSecret(pinDigits);
        queueCall(this, [this, result] { emit pinChecked(int(result.outcome), result.triesLeft); });
    }
    if (padVerify) {
        ccid::PinEntry entry;
        entry.timeoutSeconds = quint8(padTimeoutSeconds);
        entry.command = SsseApplication::verifyPinTemplate();
        if (m_card.t1)
            entry.teoPrologue = m_card.t1->prologue(int(entry.command.size()));
        const auto result = m_cardPresent && hasPinPad() ? enterOnPad(ccid::pinVerification(entry))
                                                         : SsseApplication::PinCheck{};
        queueCall(this, [this, result] { emit pinChecked(int(result.outcome), result.triesLeft); });
    }
    if (!challenge.isEmpty()) {
        const auto result = m_cardPresent ? SsseApplication(channel).internalAuthenticate(challenge)
                                          : SsseApplication::Authentication{};
        queueCall(this, [this, result] { emit authenticated(int(result.outcome), result.cryptogram); });
    }
    if (!oldPin.isEmpty()) {
        const auto result =
            m_cardPresent ? SsseApplication(channel).changePin(oldPin, newPin) : SsseApplication::PinCheck{};
        wipeSecret(oldPin);
        wipeSecret(newPin);
        queueCall(this, [this, result] { emit pinChangeAnswered(int(result.outcome), result.triesLeft); });
    }
    if (padChange) {
        ccid::PinEntry entry;
        entry.timeoutSeconds = quint8(padTimeoutSeconds);
        entry.command = SsseApplication::changePinTemplate();
        entry.oldPinOffset = SsseApplication::changeOldPinOffset;
        entry.newPinOffset = SsseApplication::changeNewPinOffset;
        if (m_card.t1)
            entry.teoPrologue = m_card.t1->prologue(int(entry.command.size()));
        const auto result = m_cardPresent && padChangesPin() ? enterOnPad(ccid::pinModification(entry))
                                                             : SsseApplication::PinCheck{};
        queueCall(this, [this, result] { emit pinChangeAnswered(int(result.outcome), result.triesLeft); });
    }
    if (cardChallenge) {
        const QByteArray answer = m_cardPresent ? SsseApplication(channel).getChallenge() : QByteArray();
        m_cardChallengeOutstanding = !answer.isEmpty(); // a late PSAM's GET CHALLENGE would replace it
        queueCall(this, [this, answer] { emit cardChallengeAnswered(answer); });
    }
    if (!resetPin.isEmpty()) {
        const auto result = m_cardPresent ? SsseApplication(channel).resetPin(resetPin, resetMac)
                                          : SsseApplication::PinCheck{};
        m_cardChallengeOutstanding = false;
        wipeSecret(resetPin);
        queueCall(this, [this, result] { emit pinResetAnswered(int(result.outcome)); });
    }
}

} // namespace ssc
