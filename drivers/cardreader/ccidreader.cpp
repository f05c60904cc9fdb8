#include "ccidreader.h"
#include "ccidsecure.h"
#include "psam.h"
#include "t1protocol.h"

#include "logging/logging.h"
#include "threading/queuedcall.h"
#include "usb/devicecatalog.h"
#include "usb/processfinder.h"
#include "usb/usbcontext.h"

#include <libusb.h>

namespace ssc {
namespace {

constexpr unsigned int bulkTimeoutMs = CcidPipe::ordinaryWaitMs;
constexpr unsigned int interruptWaitMs = 100; // the worker's heartbeat
constexpr int slotPollEveryBeats = 5;         // GetSlotStatus every ~0.5 s for readers that do not notify
// Slots watched at most: NotifySlotChange's 8-byte read holds 28; the readers halls buy have up to 4.
constexpr int maxSlots = 8;

} // namespace

CcidReader::CcidReader(UsbContext& context, UsbDeviceInfo device, QObject* parent)
    : QObject(parent), m_context(context), m_device(std::move(device))
{
    qRegisterMetaType<CardFiles>();
}

CcidReader::~CcidReader()
{
    close();
}

bool CcidReader::open(QString* error)
{
    for (const UsbInterfaceInfo& i : m_device.interfaces) {
        if (i.interfaceClass != 0x0B)
            continue;
        m_interface = i.number;
        for (const UsbEndpointInfo& e : i.endpoints) {
            if (e.isBulk() && e.isIn())
                m_bulkIn = e.address;
            else if (e.isBulk())
                m_bulkOut = e.address;
            else if (e.isInterrupt() && e.isIn())
                m_interrupt = e.address;
        }
    }
    if (m_interface < 0 || !m_bulkIn || !m_bulkOut) {
        *error = QStringLiteral("%1 has no CCID interface with bulk endpoints").arg(m_device.vidPid());
        return false;
    }
    if (const int rc = m_context.open(m_device, &m_handle); rc != 0) {
        *error = rc == LIBUSB_ERROR_ACCESS
                     ? notPermitted()
                     : QStringLiteral("cannot open %1: %2")
                           .arg(m_device.vidPid(), QString::fromLatin1(libusb_error_name(rc)));
        return false;
    }
    // The class descriptor sits in the interface's "extra" bytes of the configuration descriptor.
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_active_config_descriptor(libusb_get_device(m_handle), &config) == 0) {
        for (int i = 0; i < config->bNumInterfaces; ++i) {
            const libusb_interface_descriptor& alt = config->interface[i].altsetting[0];
            if (alt.bInterfaceNumber == m_interface && alt.extra_length >= 54)
                if (auto d = ccid::parseClassDescriptor(
                        QByteArray(reinterpret_cast<const char*>(alt.extra), alt.extra_length)))
                    m_class = *d;
        }
        libusb_free_config_descriptor(config);
    }
    libusb_set_auto_detach_kernel_driver(m_handle, 1);
    if (const int claim = libusb_claim_interface(m_handle, m_interface); claim != 0) {
        *error = claim == LIBUSB_ERROR_BUSY ? heldBy()
                                            : QStringLiteral("cannot claim the CCID interface: %1")
                                                  .arg(QString::fromLatin1(libusb_error_name(claim)));
        libusb_close(m_handle);
        m_handle = nullptr;
        return false;
    }
    m_pipe.attach(m_handle, m_interface, m_bulkOut, m_bulkIn, m_class.maxMessageLength);
    if (m_class.tpduLevel())
        qCInfo(lcApp) << "card reader" << m_device.vidPid()
                      << "exchanges TPDUs: the terminal runs T=0 or T=1";
    m_stop = false;
    m_worker = std::thread(&CcidReader::work, this);
    return true;
}

// A reader found by class (a CCID reader whose vendor and product are not in
// installer/udev/70-ssc-terminal.rules) whose node the terminal's user may not open: the exact udev line to
// add, on the diagnostics page that shows the card reader's problem, in the language of the person reading it
// (the installer or the hall's technician).
QString CcidReader::notPermitted() const
{
    return tr("Card reader %1 may not be opened by the terminal's user. Add the line %2 to "
              "/etc/udev/rules.d/70-ssc-terminal.rules, run \"sudo udevadm control --reload && sudo udevadm "
              "trigger\" and plug the reader in again.")
        .arg(m_device.vidPid(), udevRuleFor(m_device.vendorId, m_device.productId));
}

// Another program has the interface: on Linux nearly always pcscd, the PC/SC daemon, which claims every CCID
// reader it finds. Said in the person's language: the installer or the hall's technician reads it.
QString CcidReader::heldBy()
{
    const QList<qint64> pcscd = processesNamed(QStringLiteral("pcscd"));
    if (pcscd.isEmpty())
        return tr("Card reader %1 is in use by another program. Close the program that uses the reader, or "
                  "unplug the reader and plug it in again.")
            .arg(m_device.vidPid());
    return tr("Card reader %1 is in use by pcscd (the PC/SC smart card service, process %2). "
              "Stop it with \"sudo systemctl disable --now pcscd.socket pcscd.service\", "
              "then unplug the reader and plug it in again.")
        .arg(m_device.vidPid())
        .arg(pcscd.first());
}

void CcidReader::close()
{
    m_stop = true;
    m_wake.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    if (m_handle) {
        libusb_release_interface(m_handle, m_interface);
        libusb_close(m_handle);
        m_handle = nullptr;
    }
}

void CcidReader::work()
{
    m_slots.assign(size_t(std::min<int>(m_class.slotCount, maxSlots)), Slot{});
    int beat = 0;
    bool lost = false;
    while (!m_stop && !lost) {
        bool check = beat++ % slotPollEveryBeats == 0;
        if (m_interrupt) {
            unsigned char buffer[8];
            int got = 0;
            const int rc = libusb_interrupt_transfer(m_handle, m_interrupt, buffer, sizeof buffer, &got,
                                                     interruptWaitMs);
            if (rc == LIBUSB_ERROR_NO_DEVICE) {
                lost = true;
                break;
            }
            const QByteArray bytes(reinterpret_cast<char*>(buffer), rc == 0 ? got : 0);
            for (const ccid::SlotChange& change : ccid::parseSlotChanges(bytes, int(m_slots.size()))) {
                check = true;
                if (!change.present) // an insertion is found by the slot check it causes
                    slotLeft(change.slot);
            }
        } else {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(interruptWaitMs));
        }
        serveRequests();
        if (m_openHolderFile && !m_cardChallengeOutstanding)
            openHolderFileLate();
        if (check && !checkSlots())
            lost = libusb_get_device(m_handle) == nullptr;
    }
    if (lost || !m_stop)
        queueCall(this, [this] { emit readerLost(); });
}

// Every slot's state first, then the chips not yet looked at from the highest slot down: readers with a SAM
// slot usually number it after the person's, so the PSAM is known before the card that needs it is read (a
// card read before the PSAM was found is read without EF06, as without a PSAM).
bool CcidReader::checkSlots()
{
    for (quint8 slot = 0; slot < m_slots.size(); ++slot) {
        bool present = false;
        if (!pollSlot(slot, &present))
            return false;
        if (!present)
            slotLeft(slot);
        m_slots[slot].present = present;
    }
    for (int slot = int(m_slots.size()) - 1; slot >= 0; --slot) {
        Slot& s = m_slots[size_t(slot)];
        if (!s.present || s.examined)
            continue;
        s.examined = true; // one attempt per insertion: a bad card is reported once, not every half second
        if (m_cardPresent) // one citizen's card at a time: a PSAM is taken, a second card waits
            examineBeside(quint8(slot));
        else
            cardArrived(quint8(slot));
    }
    return true;
}

bool CcidReader::pollSlot(quint8 slot, bool* present)
{
    QString problem;
    const auto reply = exchange(ccid::getSlotStatus(m_sequence++, slot), &problem);
    if (!reply)
        return false;
    *present = reply->presence != ccid::CardPresence::Absent;
    return true;
}

void CcidReader::slotLeft(quint8 slot)
{
    if (slot >= m_slots.size())
        return;
    m_slots[slot] = Slot{};
    if (slot == m_cardSlot)
        markAbsent();
    if (slot == m_psamSlot) {
        qCInfo(lcApp) << "card reader" << m_device.vidPid() << ": the PSAM left slot" << slot;
        m_psamSlot = -1;
        m_psam = ChipLink{};
    }
}

void CcidReader::markAbsent()
{
    const bool wasPresent = m_cardPresent.exchange(false);
    m_cardFiles = CardFiles{};
    m_holderFileShut = m_openHolderFile = m_cardChallengeOutstanding = false;
    if (const int slot = m_cardSlot.exchange(-1); slot >= 0 && size_t(slot) < m_slots.size())
        m_slots[size_t(slot)].examined = false;
    for (Slot& s : m_slots) // a card that waited for this one is looked at now
        if (std::exchange(s.waiting, false))
            s.examined = false;
    if (wasPresent)
        queueCall(this, [this] { emit cardRemoved(); });
}

void CcidReader::cardArrived(quint8 slot)
{
    m_cardSlot = slot;
    QString problem;
    const auto atr = exchange(ccid::powerOn(m_sequence++, slot), &problem);
    if (!atr || atr->type != ccid::DataBlock || atr->status != ccid::CommandStatus::Processed ||
        atr->data.isEmpty()) {
        if (atr && atr->presence == ccid::CardPresence::Absent)
            return markAbsent();
        const QString why = problem.isEmpty() ? QStringLiteral("the card did not answer power-on") : problem;
        queueCall(this, [this, why] { emit cardUnreadable(why); });
        return;
    }
    m_cardPresent = true;
    ChipLink chip;
    chip.slot = slot;
    const bool linked = setUpLink(chip, atr->data, &problem);
    {
        std::lock_guard lock(m_mutex); // cardLink() reads it from other threads
        m_card = std::move(chip);
    }
    if (!linked) {
        if (!m_cardPresent)
            return;
        qCWarning(lcApp) << "card reader" << m_device.vidPid() << "cannot talk to the card:" << problem;
        queueCall(this, [this, problem] { emit cardUnreadable(problem); });
        return;
    }
    ApduChannel channel = cardChannel();
    const SsseApplication::Read read = SsseApplication(channel).read(psamAuthenticator());
    if (!m_cardPresent) // pulled out while being read
        return;
    if (read.failure == SsseApplication::ReadFailure::NotSocialSecurityCard && Psam(channel).identify())
        return keepPsam(slot);
    if (read.failure != SsseApplication::ReadFailure::None) {
        queueCall(this, [this, why = read.problem] { emit cardUnreadable(why); });
        return;
    }
    if (read.terminalAuthenticated)
        qCInfo(lcApp) << "card reader" << m_device.vidPid() << ": the PSAM opened the card's EF06";
    m_cardFiles = read.files;
    m_holderFileShut = read.holderFileRefused == 0x6982;
    queueCall(this, [this, files = read.files] { emit cardInserted(files); });
}

std::optional<CardLink> CcidReader::cardLink() const
{
    std::lock_guard lock(m_mutex);
    return m_card.link;
}

ApduChannel CcidReader::cardChannel()
{
    ApduChannel channel([this](const QByteArray& apdu) { return transmitApdu(apdu); });
    if (m_card.link)
        channel.setLimits(m_card.link->limits);
    return channel;
}

std::optional<QByteArray> CcidReader::transmitApdu(const QByteArray& apdu)
{
    if (!m_cardPresent)
        return std::nullopt;
    QString problem;
    const std::optional<QByteArray> answer = transmitTo(m_card, apdu, &problem);
    if (!answer && m_cardPresent)
        qCWarning(lcApp) << "card reader" << m_device.vidPid() << ":" << problem;
    return answer;
}

std::optional<QByteArray> CcidReader::transmitTo(ChipLink& chip, const QByteArray& apdu, QString* problem)
{
    if (chip.t1)
        return chip.t1->transmit(apdu, problem);
    if (chip.link && chip.link->tpdu) // the reader runs T=0's procedure bytes
        return transfer(chip.slot, t0Tpdu(apdu), 0, problem);
    return transfer(chip.slot, apdu, 0, problem);
}

// Exchanges with the card's slot stop as soon as the card is known gone; its removal found in an answer is
// reported. Other slots (the PSAM's) only fail: the slot check finds that a PSAM left.
std::optional<QByteArray> CcidReader::transfer(quint8 slot, const QByteArray& bytes, quint8 bwi,
                                               QString* problem)
{
    const bool cardSlot = int(slot) == m_cardSlot;
    if (cardSlot && !m_cardPresent)
        return std::nullopt;
    // A time extension from the card (S(WTX)) stretches the reader's wait as much.
    const unsigned int waitMs = bulkTimeoutMs * std::max<unsigned int>(1, bwi);
    const auto reply = exchange(ccid::xfrBlock(m_sequence++, bytes, bwi, slot), problem, waitMs);
    if (!reply || reply->type != ccid::DataBlock || reply->status != ccid::CommandStatus::Processed) {
        if (reply && reply->presence == ccid::CardPresence::Absent && cardSlot)
            markAbsent();
        if (reply && problem->isEmpty())
            *problem =
                QStringLiteral("the reader reported bError %1").arg(reply->error, 2, 16, QLatin1Char('0'));
        return std::nullopt;
    }
    return reply->data;
}

bool CcidReader::setUpLink(ChipLink& chip, const QByteArray& atrBytes, QString* problem)
{
    chip.t1.reset();
    chip.link.reset();
    const auto atr = parseAtr(atrBytes, problem);
    if (!atr && !m_class.tpduLevel()) { // the reader runs the card itself: only the APDU limits are lost
        qCWarning(lcApp) << "card reader" << m_device.vidPid() << ": the ATR in slot" << chip.slot
                         << "does not parse:" << *problem;
        problem->clear();
        return true;
    }
    if (!atr)
        return false;
    if (!atr->checksumOk) // ISO 7816-3 §8.2.5 says discard; pcscd goes on, and so does the terminal
        qCWarning(lcApp) << "card reader" << m_device.vidPid() << ": the ATR in slot" << chip.slot
                         << "has a wrong TCK";
    auto link = planCardLink(*atr, m_class, problem);
    if (!link)
        return false;
    if (!link->pps.isEmpty()) {
        const auto echo = transfer(chip.slot, link->pps, 0, problem);
        if (!echo || *echo != link->pps) {
            *problem =
                QStringLiteral("the card refused the PPS %1").arg(QString::fromLatin1(link->pps.toHex()));
            return false;
        }
    }
    if (link->parameters) {
        const auto reply = exchange(
            ccid::setParameters(m_sequence++, quint8(link->protocol), *link->parameters, chip.slot), problem);
        if (!reply || reply->type != ccid::Parameters || reply->status != ccid::CommandStatus::Processed) {
            if (problem->isEmpty())
                *problem = QStringLiteral("the reader refused SetParameters for T=%1").arg(link->protocol);
            return false;
        }
    }
    if (link->tpdu && link->protocol == 1) {
        chip.t1 = std::make_unique<t1::Session>(
            [this, slot = chip.slot](const QByteArray& block, quint8 wtx) {
                QString why;
                return transfer(slot, block, wtx, &why);
            },
            link->ifsc);
        if (link->negotiateIfsd && !chip.t1->negotiateIfsd(link->ifsd, problem))
            return false;
    }
    chip.link = link;
    return true;
}

// The reader answers once the person has typed (or the pad's own time ran out): wait that long and a little
// more, in slices, so that closing the reader is not held up by a person who walked away.
SsseApplication::PinCheck CcidReader::enterOnPad(const QByteArray& secureData)
{
    using PinOutcome = SsseApplication::PinOutcome;
    QString problem;
    const auto reply = exchange(ccid::secure(m_sequence++, secureData, quint8(m_cardSlot.load())), &problem,
                                (padTimeoutSeconds + 10) * 1000u);
    if (!reply) {
        qCWarning(lcApp) << "PIN pad:" << problem;
        return {PinOutcome::NoAnswer, -1};
    }
    if (reply->status == ccid::CommandStatus::Failed) {
        if (reply->error == ccid::errorPinTimeout)
            return {PinOutcome::TimedOut, -1};
        if (reply->error == ccid::errorPinCancelled)
            return {PinOutcome::Cancelled, -1};
        if (reply->presence == ccid::CardPresence::Absent) {
            markAbsent(); // taken out while the pad waited: the reader gave the entry up
            return {PinOutcome::NoAnswer, -1};
        }
        qCWarning(lcApp) << "PIN pad: the reader refused the command, bError" << Qt::hex << reply->error;
        return {PinOutcome::NoAnswer, -1};
    }
    if (reply->type != ccid::DataBlock)
        return {PinOutcome::NoAnswer, -1};
    if (m_card.t1) { // the card's answer is a T=1 block
        const auto answer = m_card.t1->takeAnswer(reply->data, &problem);
        if (!answer) {
            qCWarning(lcApp) << "PIN pad:" << problem;
            return {PinOutcome::NoAnswer, -1};
        }
        return SsseApplication::pinAnswer(parseApduResponse(*answer));
    }
    return SsseApplication::pinAnswer(parseApduResponse(reply->data));
}

std::optional<ccid::Reply> CcidReader::exchange(const QByteArray& message, QString* problem,
                                                unsigned int waitMs)
{
    return m_pipe.exchange(message, problem, waitMs, m_stop);
}

} // namespace ssc
