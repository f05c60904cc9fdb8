#include "usbscanner.h"

#include "hidreportdescriptor.h"
#include "logging/logging.h"
#include "threading/queuedcall.h"
#include "usb/usbcontext.h"

#include <libusb.h>

#include <algorithm>

namespace ssc {
namespace {

constexpr unsigned int controlTimeoutMs = 500;
constexpr unsigned int readTimeoutMs = 100; // how soon the reader thread notices close()
// bmRequestType values (libusb's enums do not combine in C++20 without casts).
constexpr uint8_t standardInToInterface = 0x81;  // device-to-host, standard, interface
constexpr uint8_t classOutToInterface = 0x21;    // host-to-device, class, interface
constexpr uint8_t hidSetProtocol = 0x0B;         // HID 1.11 §7.2.6; wValue 0 = boot protocol
constexpr uint8_t cdcSetLineCoding = 0x20;       // CDC PSTN 1.2 §6.3.10
constexpr uint8_t cdcSetControlLineState = 0x22; // §6.3.12; wValue bit 0 DTR, bit 1 RTS
// Stalls cleared in a row without data in between before the pedestal counts as broken: a device that
// stalls every transfer would otherwise keep the reader thread clearing halts for ever.
constexpr int maxStallsInARow = 3;

QString usbError(int rc)
{
    return QString::fromUtf8(libusb_error_name(rc));
}

// Where the terminal's user may not open the device node: the udev line that would let it, and how to apply
// it.
QString accessAdvice(const UsbDeviceInfo& device)
{
    return QStringLiteral(
               "no permission: add the line '%1' to /etc/udev/rules.d/70-ssc-terminal.rules, then run "
               "'udevadm control --reload && udevadm trigger' and plug the device in again")
        .arg(udevRuleFor(device.vendorId, device.productId));
}

} // namespace

UsbScanner::UsbScanner(UsbContext& context, UsbDeviceInfo device, DeviceMatch match, QObject* parent)
    : CodeScanner(parent), m_context(context), m_device(std::move(device)), m_match(std::move(match)),
      m_hidPos(m_match.layout), m_keyboard(m_match.keyboardLayout)
{
    m_clock.start();
    m_stallCheck.setInterval(100);
    connect(&m_stallCheck, &QTimer::timeout, this, &UsbScanner::checkStalled);
}

UsbScanner::~UsbScanner()
{
    close();
}

bool UsbScanner::open(QString* error)
{
    int rc = m_context.open(m_device, &m_handle);
    if (rc != 0) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_device.vidPid(), usbError(rc));
        if (rc == LIBUSB_ERROR_ACCESS)
            *error += QStringLiteral("; ") + accessAdvice(m_device);
        m_handle = nullptr;
        return false;
    }
    libusb_set_auto_detach_kernel_driver(m_handle, 1);
    if ((rc = libusb_claim_interface(m_handle, m_match.interfaceNumber)) != 0) {
        *error =
            QStringLiteral("cannot claim interface %1: %2").arg(m_match.interfaceNumber).arg(usbError(rc));
        close();
        return false;
    }
    if (m_match.checkUsagePage) {
        QByteArray descriptor(1024, '\0');
        rc = libusb_control_transfer(m_handle, standardInToInterface, LIBUSB_REQUEST_GET_DESCRIPTOR,
                                     0x22 << 8, static_cast<uint16_t>(m_match.interfaceNumber),
                                     reinterpret_cast<unsigned char*>(descriptor.data()),
                                     static_cast<uint16_t>(descriptor.size()), controlTimeoutMs);
        if (rc < 0 || !reportDescriptorIsBarcodeScanner(descriptor.first(rc))) {
            *error = QStringLiteral("%1 is a HID device but not a bar code scanner (usage page 0x8C)")
                         .arg(m_device.vidPid());
            close();
            return false;
        }
    }
    if (m_match.mode == DeviceMatch::Mode::Keyboard)
        prepareKeyboard();
    if (m_match.mode == DeviceMatch::Mode::Cdc && !prepareSerial(error)) {
        close();
        return false;
    }
    m_stop = false;
    m_reader = std::thread(&UsbScanner::readLoop, this);
    m_stallCheck.start();
    emit readyChanged(true);
    return true;
}

void UsbScanner::prepareKeyboard()
{
    // The report descriptor says whether keyboard reports carry a report ID, and how long they are then
    // (ID + 8 with six keys; ID + 3 on the one-key 0581:020c).
    QByteArray descriptor(1024, '\0');
    const int got = libusb_control_transfer(m_handle, standardInToInterface, LIBUSB_REQUEST_GET_DESCRIPTOR,
                                            0x22 << 8, static_cast<uint16_t>(m_match.interfaceNumber),
                                            reinterpret_cast<unsigned char*>(descriptor.data()),
                                            static_cast<uint16_t>(descriptor.size()), controlTimeoutMs);
    if (got > 0) {
        const KeyboardReportInfo info = parseKeyboardReportDescriptor(descriptor.first(got));
        m_keyboardReportId = info.reportId;
        m_keyboardReportBytes = info.reportId != 0 ? 1 + info.inputBytes : 0;
    }
    if (!m_match.bootKeyboard)
        return;
    // A boot keyboard may start in report protocol (HID 1.11 §7.2.6 leaves the default to the device);
    // boot protocol fixes the 8-byte layout the decoder reads. A refusal is logged, not fatal: reports
    // are still read, with the ID stripped where the descriptor declares one.
    const int rc =
        libusb_control_transfer(m_handle, classOutToInterface, hidSetProtocol, 0,
                                static_cast<uint16_t>(m_match.interfaceNumber), nullptr, 0, controlTimeoutMs);
    if (rc < 0)
        qCInfo(lcCore) << "scanner" << m_device.vidPid() << "refused SET_PROTOCOL(boot):" << usbError(rc);
}

bool UsbScanner::prepareSerial(QString* error)
{
    if (m_match.controlInterface < 0)
        return true; // a data interface alone: nothing to configure (some pedestals ship so)
    // cdc_acm holds the communication interface on Linux; auto-detach frees it like the data interface.
    int rc = libusb_claim_interface(m_handle, m_match.controlInterface);
    if (rc != 0) {
        *error = QStringLiteral("cannot claim communication interface %1: %2")
                     .arg(m_match.controlInterface)
                     .arg(usbError(rc));
        return false;
    }
    m_controlClaimed = true;
    // What Linux's cdc-acm does (9600 8N1 at probe, DTR|RTS when a program opens /dev/ttyACM0), the host
    // behaviour pedestal firmware is built against: line coding first (dwDTERate little endian, 1 stop bit,
    // no parity, 8 data bits; the rate means nothing on USB itself), then DTR|RTS to say a terminal is there.
    const quint32 baud = m_match.baudRate;
    unsigned char coding[7] = {static_cast<unsigned char>(baud),
                               static_cast<unsigned char>(baud >> 8),
                               static_cast<unsigned char>(baud >> 16),
                               static_cast<unsigned char>(baud >> 24),
                               0,
                               0,
                               8};
    const auto index = static_cast<uint16_t>(m_match.controlInterface);
    rc = libusb_control_transfer(m_handle, classOutToInterface, cdcSetLineCoding, 0, index, coding,
                                 sizeof coding, controlTimeoutMs);
    if (rc < 0)
        qCInfo(lcCore) << "scanner" << m_device.vidPid() << "refused SET_LINE_CODING:" << usbError(rc);
    // A device that refuses DTR is not an ACM device the terminal can drive.
    rc = libusb_control_transfer(m_handle, classOutToInterface, cdcSetControlLineState, 0x0003, index,
                                 nullptr, 0, controlTimeoutMs);
    if (rc < 0) {
        *error = QStringLiteral("%1 refused DTR: %2").arg(m_device.vidPid(), usbError(rc));
        return false;
    }
    return true;
}

bool UsbScanner::recoverFromStall(int* stallsInARow)
{
    // A stalled endpoint is a halted pipe, not a gone device: clear it (CLEAR_FEATURE ENDPOINT_HALT) and
    // read on. Pedestals stall on a babble or a firmware hiccup; before, this dropped the pedestal until
    // it was unplugged.
    if (++*stallsInARow > maxStallsInARow)
        return false;
    const int rc = libusb_clear_halt(m_handle, m_match.inEndpoint);
    qCInfo(lcCore) << "scanner" << m_device.vidPid()
                   << "endpoint stalled; clear halt:" << (rc == 0 ? QStringLiteral("done") : usbError(rc));
    return rc == 0;
}

void UsbScanner::readLoop()
{
    const int size = m_match.mode == DeviceMatch::Mode::HidPos
                         ? static_cast<int>(HidPosReassembler::reportSize)
                     : m_match.mode == DeviceMatch::Mode::Keyboard ? 64 // 8, or 9 with a report ID
                                                                   : 512;
    int stallsInARow = 0;
    QByteArray buffer(size, '\0');
    auto* bytes = reinterpret_cast<unsigned char*>(buffer.data());
    while (!m_stop) {
        if (m_beepWanted.exchange(false))
            sendBeep();
        int got = 0;
        const int rc =
            m_match.mode == DeviceMatch::Mode::Cdc
                ? libusb_bulk_transfer(m_handle, m_match.inEndpoint, bytes, size, &got, readTimeoutMs)
                : libusb_interrupt_transfer(m_handle, m_match.inEndpoint, bytes, size, &got, readTimeoutMs);
        if (got > 0) {
            stallsInARow = 0;
            const QByteArray data = buffer.first(got);
            queueCall(this, [this, data] { deliver(data); });
        }
        if (rc == LIBUSB_ERROR_PIPE && recoverFromStall(&stallsInARow))
            continue;
        if (rc == LIBUSB_ERROR_NO_DEVICE || rc == LIBUSB_ERROR_IO || rc == LIBUSB_ERROR_PIPE) {
            queueCall(this, [this] { lost(); });
            return;
        }
    }
}

void UsbScanner::deliver(const QByteArray& data)
{
    const qint64 now = m_clock.elapsed();
    switch (m_match.mode) {
    case DeviceMatch::Mode::HidPos:
        handle(m_hidPos.feed(data, now));
        break;
    case DeviceMatch::Mode::Keyboard:
        if (m_keyboardReportId != 0 && data.size() == m_keyboardReportBytes && data.size() >= 4 &&
            static_cast<quint8>(data[0]) == m_keyboardReportId) {
            // Report protocol: ID, modifiers, reserved, key array (1 to 6 keys): the boot report's layout
            // once the ID is gone and the key array is padded to six.
            QByteArray boot =
                data.sliced(1, std::min<qsizetype>(data.size() - 1, KeyboardWedgeDecoder::reportSize));
            boot.resize(KeyboardWedgeDecoder::reportSize, '\0');
            handle(m_keyboard.feed(boot, now));
            break;
        }
        if (m_keyboardReportId != 0 && data.size() != KeyboardWedgeDecoder::reportSize)
            break; // another report of the device (consumer keys, vendor): not typing
        handle(m_keyboard.feed(data, now));
        break;
    case DeviceMatch::Mode::Cdc:
        for (const ScanResult& result : m_lines.feed(data, now))
            handle(result);
        break;
    case DeviceMatch::Mode::Ccid:
    case DeviceMatch::Mode::None:
        break;
    }
}

void UsbScanner::handle(const ScanResult& result)
{
    if (result.kind == ScanResult::Kind::Code) {
        const QString text = QString::fromUtf8(result.data);
        if (text.contains(QChar::ReplacementCharacter) || text.contains(QChar(u'\0'))) {
            emit unreadable(QStringLiteral("bytes that are not text"));
            return;
        }
        beep();
        emit codeScanned(text);
    } else if (result.kind == ScanResult::Kind::Unreadable) {
        qCInfo(lcCore) << "scanner" << m_device.vidPid() << "read something unreadable:" << result.reason;
        emit unreadable(result.reason);
    }
}

void UsbScanner::checkStalled()
{
    QString why;
    const qint64 now = m_clock.elapsed();
    const bool dropped =
        m_hidPos.expire(now, &why) || m_keyboard.expire(now, &why) || m_lines.expire(now, &why);
    if (dropped) {
        qCInfo(lcCore) << "scanner" << m_device.vidPid() << "dropped" << why;
        emit unreadable(why);
    }
}

bool UsbScanner::canBeep() const
{
    return m_handle && m_match.layout == HidPosReassembler::Layout::Honeywell &&
           m_match.mode == DeviceMatch::Mode::HidPos;
}

bool UsbScanner::beep()
{
    if (!canBeep())
        return false;
    // A synchronous transfer may take up to its timeout: on the Qt thread that froze the screen for as long.
    m_beepWanted = true;
    return true;
}

void UsbScanner::sendBeep()
{
    unsigned char report[] = {0xFD, 0x03, 0x16, 0x07, 0x0D};
    int rc = 0;
    if (m_match.outEndpoint != 0) {
        int sent = 0;
        rc = libusb_interrupt_transfer(m_handle, m_match.outEndpoint, report, sizeof report, &sent,
                                       controlTimeoutMs);
    } else {
        rc = libusb_control_transfer(m_handle, classOutToInterface, 0x09 /* SET_REPORT */,
                                     (0x02 << 8) | report[0], static_cast<uint16_t>(m_match.interfaceNumber),
                                     report, sizeof report, controlTimeoutMs);
    }
    if (rc < 0)
        qCInfo(lcCore) << "scanner" << m_device.vidPid() << "did not take the beep:" << usbError(rc);
}

void UsbScanner::lost()
{
    if (m_gone)
        return;
    m_gone = true;
    m_stallCheck.stop();
    emit readyChanged(false);
}

void UsbScanner::close()
{
    m_stallCheck.stop();
    m_stop = true;
    if (m_reader.joinable())
        m_reader.join(); // at most one read timeout
    if (m_handle) {
        if (m_controlClaimed)
            libusb_release_interface(m_handle, m_match.controlInterface);
        m_controlClaimed = false;
        libusb_release_interface(m_handle, m_match.interfaceNumber);
        libusb_close(m_handle);
        m_handle = nullptr;
    }
}

} // namespace ssc
