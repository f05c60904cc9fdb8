#pragma once

#include "scanner/hidposreassembler.h"
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
    };

    static DeviceCatalog standard(); // the embedded table
    static DeviceCatalog fromJson(const QByteArray& json, QString* error = nullptr);

    DeviceMatch match(const UsbDeviceInfo& device) const;
    const QList<Entry>& entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

// True when a HID report descriptor declares usage page 0x8C (Bar Code Scanner).
bool reportDescriptorIsBarcodeScanner(const QByteArray& reportDescriptor);

} // namespace ssc
