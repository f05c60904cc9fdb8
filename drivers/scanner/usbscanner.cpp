#include "usbscanner.h"

#include "logging/logging.h"
#include "threading/queuedcall.h"
#include "usb/usbcontext.h"

#include <libusb.h>

namespace ssc {
namespace {

constexpr unsigned int controlTimeoutMs = 500;
constexpr unsigned int readTimeoutMs = 100; // how soon the reader thread notices close()
// bmRequestType values (libusb's enums do not combine in C++20 without casts).
constexpr uint8_t standardInToInterface = 0x81; // device-to-host, standard, interface
constexpr uint8_t classOutToInterface = 0x21;   // host-to-device, class, interface

QString usbError(int rc)
{
    return QString::fromUtf8(libusb_error_name(rc));
}

} // namespace

UsbScanner::UsbScanner(UsbContext& context, UsbDeviceInfo device, DeviceMatch match, QObject* parent)
    : CodeScanner(parent), m_context(context), m_device(std::move(device)), m_match(std::move(match)),
      m_hidPos(m_match.layout)
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
    m_stop = false;
    m_reader = std::thread(&UsbScanner::readLoop, this);
    m_stallCheck.start();
    emit readyChanged(true);
    return true;
}

void UsbScanner::readLoop()
{
    const int size = m_match.mode == DeviceMatch::Mode::HidPos
                         ? static_cast<int>(HidPosReassembler::reportSize)
                     : m_match.mode == DeviceMatch::Mode::Keyboard ? 8
                                                                   : 512;
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
            const QByteArray data = buffer.first(got);
            queueCall(this, [this, data] { deliver(data); });
        }
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
        libusb_release_interface(m_handle, m_match.interfaceNumber);
        libusb_close(m_handle);
        m_handle = nullptr;
    }
}

} // namespace ssc
