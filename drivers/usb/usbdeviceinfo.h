#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace ssc {

struct UsbEndpointInfo {
    quint8 address = 0;    // bit 7 set: IN
    quint8 attributes = 0; // bits 0-1: 0 control, 1 isochronous, 2 bulk, 3 interrupt
    quint16 maxPacketSize = 0;
    bool isIn() const { return (address & 0x80) != 0; }
    bool isInterrupt() const { return (attributes & 0x03) == 3; }
    bool isBulk() const { return (attributes & 0x03) == 2; }
};

struct UsbInterfaceInfo {
    int number = 0;
    quint8 interfaceClass = 0; // 0x03 HID, 0x0A CDC data, 0x02 CDC control, 0x0B CCID
    quint8 subclass = 0;
    quint8 protocol = 0; // HID: 1 boot keyboard
    QList<UsbEndpointInfo> endpoints;
};

// A USB device as enumeration sees it, without opening it.
struct UsbDeviceInfo {
    quint8 bus = 0;
    quint8 address = 0;
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint8 deviceClass = 0;
    QList<UsbInterfaceInfo> interfaces;

    QString key() const { return QStringLiteral("%1-%2").arg(bus).arg(address); }
    QString vidPid() const
    {
        return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QChar(u'0')).arg(productId, 4, 16, QChar(u'0'));
    }
};

} // namespace ssc

Q_DECLARE_METATYPE(ssc::UsbDeviceInfo)
