#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// USB devices emulated for the real libusb code with umockdev (shared/notes/umockdev-usb.md): devices are
// described by their descriptors, IN data is queued by the test, OUT and control transfers are recorded or
// answered, and devices can be unplugged and plugged in again. The test binary runs under
// LD_PRELOAD=libumockdev-preload.so.0 (set by ctest). Reused by the card-reader tests.
class EmulatedUsbDevice;

class UsbEmulator {
public:
    UsbEmulator();
    ~UsbEmulator();
    static bool inMockEnvironment(); // true under umockdev's preload library

    struct Spec {
        int address = 2;        // on bus 1
        QByteArray descriptors; // device descriptor followed by the full configuration descriptor
        QByteArray hidReport;   // answer to GET_DESCRIPTOR(HID report), if any
    };
    EmulatedUsbDevice* add(const Spec& spec);
    void unplug(EmulatedUsbDevice* device);
    void plug(EmulatedUsbDevice* device); // again, after unplug

    // Descriptors of the pedestals the tests use.
    static QByteArray hidPosDescriptors(quint16 vid, quint16 pid, int reportDescriptorLength);
    static QByteArray keyboardDescriptors(quint16 vid, quint16 pid);
    static QByteArray cdcDescriptors(quint16 vid, quint16 pid);
    static QByteArray ccidDescriptors(quint16 vid,
                                      quint16 pid); // bulk OUT 0x01, bulk IN 0x82, interrupt 0x83
    // The same interface and endpoints with another reader's 54-byte CCID class descriptor.
    static QByteArray ccidDescriptors(quint16 vid, quint16 pid, const QByteArray& classDescriptor);
    static QByteArray hidPosReportDescriptor(); // usage page 0x8C
    static QByteArray keyboardReportDescriptor();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

class EmulatedUsbDevice {
public:
    // Answers to OUT data, for request/response devices: (IN endpoint, data) pairs to queue. Runs on
    // umockdev's thread with the device locked: it must not block or call back into the emulator.
    using Responder =
        std::function<QList<std::pair<quint8, QByteArray>>(quint8 endpoint, const QByteArray& out)>;
    void setResponder(Responder responder);
    // Data for the next IN transfer on this endpoint (0x81, 0x82, ...): completes a waiting transfer at once.
    void queueIn(quint8 endpoint, const QByteArray& data);
    // OUT data and control requests the driver sent, oldest first.
    QList<QByteArray> outTransfers() const;
    QList<QByteArray> controlRequests() const; // setup packet followed by OUT data
    // Another program holds the device (pcscd): claiming its interface fails with EBUSY.
    void setClaimBusy(bool busy);
    // The endpoint stalls (a transfer waiting on it at once, every later one) until the driver clears the
    // halt.
    void halt(quint8 endpoint);
    // A broken endpoint: it stalls, and clearing the halt succeeds but does not help.
    void haltForGood(quint8 endpoint);
    QList<quint8> clearedHalts() const;

    struct State;
    std::shared_ptr<State> state;
    QString syspath;
    QString devnode;
    UsbEmulator::Spec spec;
};
