#include "ccidreader.h"
#include "psam.h"
#include "t1protocol.h"

#include "logging/logging.h"
#include "threading/queuedcall.h"

// The terminal's PSAM in a reader's slot (psam.h): kept when found, asked for a generation 3 card's
// cryptogram, and used for the card in use when it arrives after that card was read. Worker thread only.

namespace ssc {

// The chip in `slot` is the terminal's PSAM, never a citizen's card: no signal, and its link kept for the
// cards to come — on a TPDU reader running T=1 with its own T=1 session, apart from the card's.
void CcidReader::keepPsam(quint8 slot)
{
    m_cardPresent = false;
    m_cardSlot = -1;
    {
        std::lock_guard lock(m_mutex); // cardLink() tells of citizens' cards
        m_psam = std::exchange(m_card, ChipLink{});
    }
    m_psamSlot = slot;
    qCInfo(lcApp) << "card reader" << m_device.vidPid() << ": a PSAM in slot" << slot
                  << (m_psam.t1 ? "(T=1, its own block numbering)" : "");
}

// A chip inserted while a citizen's card is in use: powered on and set up in its own slot with its own link,
// which leaves the card's link, its T=1 numbering and its card session alone. A PSAM is kept (and opens the
// card's EF06 if that stayed shut); anything else — a second citizen's card — is powered off again and waits
// until the card in use leaves, as before. With a PSAM already there a second chip is not even powered.
void CcidReader::examineBeside(quint8 slot)
{
    Slot& s = m_slots[slot];
    if (m_psamSlot >= 0) {
        s.waiting = true;
        return;
    }
    QString problem;
    ChipLink chip;
    chip.slot = slot;
    bool psam = false;
    const auto atr = exchange(ccid::powerOn(m_sequence++, slot), &problem);
    if (atr && atr->type == ccid::DataBlock && atr->status == ccid::CommandStatus::Processed &&
        !atr->data.isEmpty() && setUpLink(chip, atr->data, &problem)) {
        ApduChannel channel([this, &chip](const QByteArray& apdu) {
            QString why;
            return transmitTo(chip, apdu, &why);
        });
        if (chip.link)
            channel.setLimits(chip.link->limits);
        psam = Psam(channel).identify();
    }
    if (!psam) {
        exchange(ccid::powerOff(m_sequence++, slot), &problem);
        s.waiting = true;
        return;
    }
    m_psam = std::move(chip);
    m_psamSlot = slot;
    qCInfo(lcApp) << "card reader" << m_device.vidPid() << ": a PSAM in slot" << slot
                  << "while a card is in use";
    m_openHolderFile = m_holderFileShut;
}

// A PSAM arrived while a generation 3 card read without EF06 was in use: EF06 opened now, in the same card
// session — no power-on, no new SELECT of the application, so a verified PIN stays verified and the person
// is not asked again — and the card's files reported once more with EF06's fields, for the screen. One
// attempt per PSAM: one that says no changes nothing.
void CcidReader::openHolderFileLate()
{
    m_openHolderFile = false;
    if (!m_cardPresent || !m_holderFileShut)
        return;
    ApduChannel channel = cardChannel();
    CardFiles files = m_cardFiles;
    if (!SsseApplication(channel).openHolderFile(psamAuthenticator(), files)) {
        qCInfo(lcApp) << "card reader" << m_device.vidPid()
                      << ": the late PSAM did not open the card's EF06; the card goes on without it";
        return;
    }
    m_holderFileShut = false;
    m_cardFiles = files;
    qCInfo(lcApp) << "card reader" << m_device.vidPid() << ": the late PSAM opened the card's EF06";
    queueCall(this, [this, files] { emit holderDataOpened(files); });
}

SsseApplication::Authenticator CcidReader::psamAuthenticator()
{
    if (m_psamSlot < 0)
        return {};
    return [this](const QString& cardIdentifier, const QByteArray& challenge) -> std::optional<QByteArray> {
        ApduChannel channel([this](const QByteArray& apdu) { return psamTransmit(apdu); });
        if (m_psam.link)
            channel.setLimits(m_psam.link->limits);
        Psam psam(channel);
        if (!psam.identify()) // its DF again: the PSAM may have been reset since
            return std::nullopt;
        return psam.externalCryptogram(cardIdentifier, challenge);
    };
}

std::optional<QByteArray> CcidReader::psamTransmit(const QByteArray& apdu)
{
    if (m_psamSlot < 0)
        return std::nullopt;
    QString problem;
    auto answer = transmitTo(m_psam, apdu, &problem);
    if (!answer)
        qCWarning(lcApp) << "card reader" << m_device.vidPid() << ": the PSAM did not answer" << problem;
    return answer;
}

} // namespace ssc
