#pragma once

#include "scanner/hidposreassembler.h"
#include "scanner/keyboardlayouts.h"
#include "usbdeviceinfo.h"

#include <QList>
#include <QString>

namespace ssc {

// What a USB device is to the terminal: from the table of known devices
// (resources/devices/known-devices.json) or, for devices not in it, from its interface classes. The
// diagnostics page shows "seen, not supported" for the rest instead of silence.
struct DeviceMatch {
    enum class Kind { Scanner, CardReader, Unsupported };
    enum class Mode { None, HidPos, Keyboard, Cdc, Ccid };
    Kind kind = Kind::Unsupported;
    Mode mode = Mode::None;
    HidPosReassembler::Layout layout = HidPosReassembler::Layout::Newland;
    QString name;
    bool known = false; // from the table, not guessed
    bool checkUsagePage =
        false; // a HID device not in the table: a scanner only if its report descriptor says 0x8C
    int interfaceNumber = -1;
    quint8 inEndpoint = 0;
    quint8 outEndpoint = 0; // 0: none
    // Keyboard mode: the interface is a boot keyboard (HID subclass 1, protocol 1), so SET_PROTOCOL(boot)
    // makes its reports the fixed 8-byte boot format whatever its report descriptor says.
    bool bootKeyboard = false;
    // CDC mode: the communication interface (class 2, subclass 2, ACM) that takes SET_LINE_CODING and
    // SET_CONTROL_LINE_STATE; -1 where the device has only the data interface.
    int controlInterface = -1;
    quint32 baudRate = 9600; // CDC: known-devices.json "baud", else 9600 (8N1 always)
    KeyboardLayout keyboardLayout = KeyboardLayout::Us; // keyboard mode: known-devices.json "keyboardLayout"

    QString describe() const; // translated wording for people: "scanner", "seen, not supported"
    QString kindKey() const;  // stable key for JSON: scanner, card-reader, unsupported
};

class DeviceCatalog {
public:
    struct Entry {
        quint16 vendorId;
        quint16 productId;
        DeviceMatch::Kind kind;
        DeviceMatch::Mode mode;
        HidPosReassembler::Layout layout;
        QString name;
        quint32 baudRate = 9600;
        KeyboardLayout keyboardLayout = KeyboardLayout::Us;
    };

    static DeviceCatalog standard(); // the embedded table
    static DeviceCatalog fromJson(const QByteArray& json, QString* error = nullptr);

    DeviceMatch match(const UsbDeviceInfo& device) const;
    const QList<Entry>& entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

// The udev line that lets the terminal's user (group ssc-terminal) open a device, in the form of
// installer/udev/70-ssc-terminal.rules: named in the log when opening a device fails with EACCES (devices
// found by class have no line until someone adds one).
QString udevRuleFor(quint16 vendorId, quint16 productId);

// True when a HID report descriptor declares usage page 0x8C (Bar Code Scanner).
bool reportDescriptorIsBarcodeScanner(const QByteArray& reportDescriptor);

} // namespace ssc
