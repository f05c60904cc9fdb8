#pragma once

#include "codescanner.h"
#include "hidposreassembler.h"
#include "keyboardwedgedecoder.h"
#include "lineframer.h"
#include "usb/devicecatalog.h"

#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <thread>

struct libusb_device_handle;

namespace ssc {

class UsbContext;

// A scanning pedestal on USB: HID POS, keyboard wedge or CDC serial. A reader thread of its own waits on the
// IN endpoint (synchronous transfers with a short timeout, so closing never races an in-flight transfer);
// bytes are decoded on the Qt thread. A good read beeps where the device can, from the reader thread too.
// A stalled IN endpoint is cleared and read on; a CDC pedestal gets line coding and DTR|RTS before reading.
class UsbScanner : public CodeScanner {
    Q_OBJECT
public:
    UsbScanner(UsbContext& context, UsbDeviceInfo device, DeviceMatch match, QObject* parent = nullptr);
    ~UsbScanner() override;

    // Opens the device, claims the interface (detaching a kernel driver), checks the HID usage page when the
    // device is not in the table, and starts reading. False with *error when the device cannot be used.
    bool open(QString* error);
    void close();

    QString displayName() const override { return m_match.name; }
    bool isReady() const override { return m_handle != nullptr && !m_gone; }
    const UsbDeviceInfo& device() const { return m_device; }
    // Vendor "good read" beep (Honeywell FD 03 16 07 0D); false where the device has no way to beep. The
    // transfer goes out from the reader thread between two reads, never blocking the Qt thread.
    bool beep();

private:
    void prepareKeyboard();                   // SET_PROTOCOL(boot), the report ID from the report descriptor
    bool prepareSerial(QString* error);       // CDC: line coding and DTR|RTS on the communication interface
    bool recoverFromStall(int* stallsInARow); // reader thread: clear_halt; false when it did not help
    void readLoop();                          // reader thread
    bool canBeep() const;
    void sendBeep();                      // reader thread
    void deliver(const QByteArray& data); // Qt thread
    void lost();
    void checkStalled();
    void handle(const ScanResult& result);

    UsbContext& m_context;
    UsbDeviceInfo m_device;
    DeviceMatch m_match;
    libusb_device_handle* m_handle = nullptr;
    std::thread m_reader;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_beepWanted{false};
    bool m_gone = false;
    bool m_controlClaimed = false;       // CDC communication interface
    quint8 m_keyboardReportId = 0;       // report protocol: keyboard reports start with this ID, where not 0
    qsizetype m_keyboardReportBytes = 0; // and are this long, the ID included
    HidPosReassembler m_hidPos;
    KeyboardWedgeDecoder m_keyboard;
    LineFramer m_lines;
    QElapsedTimer m_clock;
    QTimer m_stallCheck;
};

} // namespace ssc
