#include "cardreadermanager.h"
#include "security/secretwipe.h"

#include "logging/logging.h"
#include "usb/usbcontext.h"

namespace ssc {
namespace {

bool isCcid(const UsbDeviceInfo& device)
{
    for (const UsbInterfaceInfo& i : device.interfaces)
        if (i.interfaceClass == 0x0B)
            return true;
    return false;
}

} // namespace

CardReaderManager::CardReaderManager(UsbContext& context, QObject* parent)
    : CardSource(parent), m_context(context)
{
    connect(&context, &UsbContext::deviceArrived, this, &CardReaderManager::arrived);
    connect(&context, &UsbContext::deviceLeft, this, &CardReaderManager::left);
    for (const UsbDeviceInfo& device : context.devices())
        arrived(device);
}

CardReaderManager::~CardReaderManager() = default;

QString CardReaderManager::slotsDescription() const
{
    // Slots numbered as CCID numbers them (from 0), as the reader's manual and the logs do.
    QStringList lines;
    for (const auto& [key, reader] : m_readers) {
        const int slotCount = reader->classDescriptor().slotCount;
        if (slotCount < 2)
            continue;
        const int card = reader->cardSlot();
        const int psam = reader->psamSlot();
        lines << tr("Card reader %1, %n slot(s): %2; %3.", "", slotCount)
                     .arg(reader->device().vidPid(),
                          card >= 0 ? tr("the card in slot %1").arg(card) : tr("no card"),
                          psam >= 0 ? tr("the terminal's PSAM in slot %1").arg(psam)
                                    : tr("no PSAM (third-generation cards are read without their "
                                         "protected files)"));
    }
    return lines.join(u'\n');
}

QString CardReaderManager::displayName() const
{
    QStringList names;
    for (const auto& [key, reader] : m_readers)
        names << reader->device().vidPid();
    return names.join(QStringLiteral(", "));
}

bool CardReaderManager::cardPresent() const
{
    for (const auto& [key, reader] : m_readers)
        if (reader->cardPresent())
            return true;
    return false;
}

void CardReaderManager::verifyPin(QString pin)
{
    for (const auto& [key, reader] : m_readers)
        if (reader->cardPresent()) {
            reader->verifyPin(std::move(pin));
            return;
        }
    wipeSecret(pin);
    emit pinChecked(3 /* NoAnswer: no card in any reader */, -1);
}

void CardReaderManager::authenticate(QByteArray challenge)
{
    for (const auto& [key, reader] : m_readers)
        if (reader->cardPresent()) {
            reader->authenticate(challenge);
            return;
        }
    emit authenticated(int(SsseApplication::AuthenticationOutcome::NoAnswer), {});
}

void CardReaderManager::changePin(QString oldPin, QString newPin)
{
    for (const auto& [key, reader] : m_readers)
        if (reader->cardPresent()) {
            reader->changePin(std::move(oldPin), std::move(newPin));
            return;
        }
    wipeSecret(oldPin);
    wipeSecret(newPin);
    emit pinChangeAnswered(int(SsseApplication::PinOutcome::NoAnswer), -1);
}

void CardReaderManager::getCardChallenge()
{
    for (const auto& [key, reader] : m_readers)
        if (reader->cardPresent()) {
            reader->getCardChallenge();
            return;
        }
    emit cardChallengeAnswered({});
}

void CardReaderManager::resetPin(QString newPin, QByteArray mac)
{
    for (const auto& [key, reader] : m_readers)
        if (reader->cardPresent()) {
            reader->resetPin(std::move(newPin), std::move(mac));
            return;
        }
    wipeSecret(newPin);
    emit pinResetAnswered(int(SsseApplication::PinOutcome::NoAnswer));
}

CcidReader* CardReaderManager::readerWithCard() const
{
    for (const auto& [key, reader] : m_readers)
        if (reader->cardPresent())
            return reader.get();
    return nullptr;
}

bool CardReaderManager::hasPinPad() const
{
    const CcidReader* reader = readerWithCard();
    return reader && reader->hasPinPad();
}

bool CardReaderManager::padChangesPin() const
{
    const CcidReader* reader = readerWithCard();
    return reader && reader->padChangesPin();
}

void CardReaderManager::verifyPinOnPad()
{
    if (CcidReader* reader = readerWithCard(); reader && reader->hasPinPad())
        return reader->verifyPinOnPad();
    emit pinChecked(int(SsseApplication::PinOutcome::NoAnswer), -1);
}

void CardReaderManager::changePinOnPad()
{
    if (CcidReader* reader = readerWithCard(); reader && reader->padChangesPin())
        return reader->changePinOnPad();
    emit pinChangeAnswered(int(SsseApplication::PinOutcome::NoAnswer), -1);
}

void CardReaderManager::arrived(const UsbDeviceInfo& device)
{
    if (!isCcid(device) || m_readers.count(device.key()))
        return;
    auto reader = std::make_unique<CcidReader>(m_context, device);
    QString error;
    if (!reader->open(&error)) {
        qCWarning(lcApp) << "card reader" << device.vidPid() << "cannot be used:" << error;
        m_problem = error;
        emit readyChanged(!m_readers.empty()); // the diagnostics page shows why
        return;
    }
    m_problem.clear();
    qCInfo(lcApp) << "card reader ready:" << device.vidPid()
                  << (reader->hasPinPad() ? "with a PIN pad" : "without a PIN pad");
    connect(reader.get(), &CcidReader::cardInserted, this, &CardSource::cardInserted);
    connect(reader.get(), &CcidReader::cardUnreadable, this, &CardSource::cardUnreadable);
    connect(reader.get(), &CcidReader::cardRemoved, this, &CardSource::cardRemoved);
    connect(reader.get(), &CcidReader::holderDataOpened, this, &CardSource::cardHolderDataOpened);
    connect(reader.get(), &CcidReader::pinChecked, this, &CardSource::pinChecked);
    connect(reader.get(), &CcidReader::authenticated, this, &CardSource::authenticated);
    connect(reader.get(), &CcidReader::pinChangeAnswered, this, &CardSource::pinChangeAnswered);
    connect(reader.get(), &CcidReader::cardChallengeAnswered, this, &CardSource::cardChallengeAnswered);
    connect(reader.get(), &CcidReader::pinResetAnswered, this, &CardSource::pinResetAnswered);
    m_readers[device.key()] = std::move(reader);
    emit readyChanged(true);
}

void CardReaderManager::left(const UsbDeviceInfo& device)
{
    const auto it = m_readers.find(device.key());
    if (it == m_readers.end())
        return;
    const bool hadCard = it->second->cardPresent();
    m_readers.erase(it);
    qCInfo(lcApp) << "card reader gone:" << device.vidPid();
    if (hadCard)
        emit cardRemoved(); // the card went with the reader
    emit readyChanged(!m_readers.empty());
}

} // namespace ssc
