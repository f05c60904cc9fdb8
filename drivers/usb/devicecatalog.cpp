#include "devicecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ssc {
namespace {

constexpr quint8 classCdcControl = 0x02;
constexpr quint8 subclassAcm = 0x02;
constexpr quint8 classHid = 0x03;
constexpr quint8 classCdcData = 0x0A;
constexpr quint8 classCcid = 0x0B;

DeviceMatch::Mode modeFromKey(const QString& key)
{
    if (key == u"hid-pos")
        return DeviceMatch::Mode::HidPos;
    if (key == u"keyboard")
        return DeviceMatch::Mode::Keyboard;
    if (key == u"cdc")
        return DeviceMatch::Mode::Cdc;
    if (key == u"ccid")
        return DeviceMatch::Mode::Ccid;
    return DeviceMatch::Mode::None;
}

// The interface and endpoints a mode reads from.
bool pickInterface(const UsbDeviceInfo& device, DeviceMatch& match)
{
    for (const UsbInterfaceInfo& iface : device.interfaces) {
        const bool wanted = (match.mode == DeviceMatch::Mode::HidPos && iface.interfaceClass == classHid) ||
                            (match.mode == DeviceMatch::Mode::Keyboard && iface.interfaceClass == classHid) ||
                            (match.mode == DeviceMatch::Mode::Cdc && iface.interfaceClass == classCdcData) ||
                            (match.mode == DeviceMatch::Mode::Ccid && iface.interfaceClass == classCcid);
        if (!wanted)
            continue;
        for (const UsbEndpointInfo& e : iface.endpoints) {
            const bool usable =
                match.mode == DeviceMatch::Mode::Cdc ? e.isBulk() : (e.isInterrupt() || e.isBulk());
            if (usable && e.isIn() && match.inEndpoint == 0)
                match.inEndpoint = e.address;
            else if (usable && !e.isIn() && match.outEndpoint == 0)
                match.outEndpoint = e.address;
        }
        if (match.inEndpoint != 0) {
            match.interfaceNumber = iface.number;
            match.bootKeyboard = iface.subclass == 1 && iface.protocol == 1;
            if (match.mode == DeviceMatch::Mode::Cdc)
                for (const UsbInterfaceInfo& control : device.interfaces)
                    if (control.interfaceClass == classCdcControl && control.subclass == subclassAcm) {
                        match.controlInterface = control.number;
                        break;
                    }
            return true;
        }
    }
    return false;
}

} // namespace

DeviceCatalog DeviceCatalog::standard()
{
    QFile file(QStringLiteral(":/devices/known-devices.json"));
    return fromJson(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
}

DeviceCatalog DeviceCatalog::fromJson(const QByteArray& json, QString* error)
{
    DeviceCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return catalog;
    }
    for (const QJsonValue& value : document.object().value(QStringLiteral("devices")).toArray()) {
        const QJsonObject o = value.toObject();
        bool vidOk = false;
        bool pidOk = false;
        const auto vid = static_cast<quint16>(o.value(QStringLiteral("vid")).toString().toUInt(&vidOk, 16));
        const auto pid = static_cast<quint16>(o.value(QStringLiteral("pid")).toString().toUInt(&pidOk, 16));
        const DeviceMatch::Mode mode = modeFromKey(o.value(QStringLiteral("mode")).toString());
        if (!vidOk || !pidOk || mode == DeviceMatch::Mode::None)
            continue;
        catalog.m_entries << Entry{
            vid,
            pid,
            o.value(QStringLiteral("kind")).toString() == u"cardreader" ? DeviceMatch::Kind::CardReader
                                                                        : DeviceMatch::Kind::Scanner,
            mode,
            o.value(QStringLiteral("layout")).toString() == u"honeywell"
                ? HidPosReassembler::Layout::Honeywell
                : HidPosReassembler::Layout::Newland,
            o.value(QStringLiteral("name")).toString(),
            static_cast<quint32>(o.value(QStringLiteral("baud")).toInt(9600)),
            keyboardLayoutFromKey(o.value(QStringLiteral("keyboardLayout")).toString())};
    }
    return catalog;
}

DeviceMatch DeviceCatalog::match(const UsbDeviceInfo& device) const
{
    DeviceMatch match;
    for (const Entry& e : m_entries) {
        if (e.vendorId == device.vendorId && e.productId == device.productId) {
            match = {e.kind, e.mode, e.layout, e.name, true, false, -1, 0, 0};
            match.baudRate = e.baudRate;
            match.keyboardLayout = e.keyboardLayout;
            if (!pickInterface(device, match))
                return {DeviceMatch::Kind::Unsupported,
                        DeviceMatch::Mode::None,
                        e.layout,
                        e.name,
                        true,
                        false,
                        -1,
                        0,
                        0};
            return match;
        }
    }
    // Not in the table: by class. A CCID reader is a reader; a HID device is a candidate scanner, confirmed
    // only by the usage page in its report descriptor (a plain keyboard must never become a scanner).
    for (const UsbInterfaceInfo& iface : device.interfaces) {
        if (iface.interfaceClass == classCcid) {
            match = {DeviceMatch::Kind::CardReader,
                     DeviceMatch::Mode::Ccid,
                     {},
                     QStringLiteral("CCID card reader"),
                     false,
                     false,
                     -1,
                     0,
                     0};
            if (pickInterface(device, match))
                return match;
        }
        if (iface.interfaceClass == classHid && iface.protocol == 0) {
            match = {DeviceMatch::Kind::Scanner,
                     DeviceMatch::Mode::HidPos,
                     HidPosReassembler::Layout::Newland,
                     QStringLiteral("HID POS scanner"),
                     false,
                     true,
                     -1,
                     0,
                     0};
            if (pickInterface(device, match))
                return match;
        }
    }
    return {};
}

QString DeviceMatch::describe() const
{
    switch (kind) {
    case Kind::Scanner:
        return known ? QCoreApplication::translate("DeviceMatch", "scanner")
                     : QCoreApplication::translate("DeviceMatch", "scanner (found by class)");
    case Kind::CardReader:
        return known ? QCoreApplication::translate("DeviceMatch", "card reader")
                     : QCoreApplication::translate("DeviceMatch", "card reader (found by class)");
    case Kind::Unsupported:
        break;
    }
    return QCoreApplication::translate("DeviceMatch", "seen, not supported");
}

QString DeviceMatch::kindKey() const
{
    return kind == Kind::Scanner      ? QStringLiteral("scanner")
           : kind == Kind::CardReader ? QStringLiteral("card-reader")
                                      : QStringLiteral("unsupported");
}

QString udevRuleFor(quint16 vendorId, quint16 productId)
{
    return QStringLiteral(R"(SUBSYSTEM=="usb", ATTR{idVendor}=="%1", ATTR{idProduct}=="%2", MODE="0660", )"
                          R"(GROUP="ssc-terminal", TAG+="uaccess")")
        .arg(vendorId, 4, 16, QChar(u'0'))
        .arg(productId, 4, 16, QChar(u'0'));
}

bool reportDescriptorIsBarcodeScanner(const QByteArray& descriptor)
{
    // Short items: prefix byte (tag, type, size), then 0, 1, 2 or 4 data bytes. Usage Page is global tag
    // 0x04.
    for (qsizetype i = 0; i < descriptor.size();) {
        const auto prefix = static_cast<quint8>(descriptor[i]);
        if (prefix == 0xFE) { // long item: size in the next byte
            if (i + 1 >= descriptor.size())
                return false;
            i += 3 + static_cast<quint8>(descriptor[i + 1]);
            continue;
        }
        const int size = (prefix & 0x03) == 3 ? 4 : (prefix & 0x03);
        if (i + size >= descriptor.size())
            return false; // the item's data runs past the end
        if ((prefix & 0xFC) == 0x04 && size > 0) {
            quint32 page = 0;
            for (int b = size - 1; b >= 0; --b)
                page = (page << 8) | static_cast<quint8>(descriptor[i + 1 + b]);
            if (page == 0x8C)
                return true;
        }
        i += 1 + size;
    }
    return false;
}

} // namespace ssc
