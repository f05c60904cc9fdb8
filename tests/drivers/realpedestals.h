#pragma once

#include <QByteArray>

// Pedestals emulated from the USB descriptors of real devices, byte for byte as published (device descriptor,
// then the configuration descriptor with everything under it, wire order). The source of each is next to it,
// and so is every byte that is ours because the public dump does not show it.
namespace realpedestals {

// HID POS: Symbol Technologies 05e0:0600 "Symbol Bar Code Scanner" (usb.ids: 05e0 Symbol Technologies), from
// the `lsusb -v` dump in unix.stackexchange question 106927 "USB barcode scanner configuration" (mirrored at
// https://sobrelinux.info/questions/866048/usb-barcode-scanner-configuration): bcdUSB 2.00, EP0 64 bytes,
// bcdDevice 0.01, wTotalLength 34, bmAttributes 0xa0, 500 mA, one HID interface 0/0 (no boot protocol), HID
// 1.10 with a 40-byte report descriptor, interrupt IN 0x81 of 64 bytes, bInterval 3. No OUT endpoint.
inline QByteArray symbolHidPos()
{
    return QByteArray::fromHex("12010002000000"
                               "40"
                               "e005"
                               "0006"
                               "0100"
                               "010203"
                               "01") +
           QByteArray::fromHex("09022200010108a0fa") + // iConfiguration 8 "Bus Powered"
           QByteArray::fromHex("090400000103000000") + QByteArray::fromHex("092110010001222800") +
           QByteArray::fromHex("07058103400003");
}
// Its report descriptor is "** UNAVAILABLE **" in the dump (the kernel's usbhid held the device). This one is
// the HID POS Usage Tables 1.02 §3 shape with the 64-byte input report (ID 2, length, 61 data bytes, flag)
// that the Access-IS LSR118 manual (appendix B.1) documents for a HID POS bar code scanner.
inline QByteArray hidPosReport()
{
    return QByteArray::fromHex("058c0902a1018502150026ff007508953f8102c0");
}

// Keyboard with a report ID: the 2D reader 0581:020c (usb.ids: 0581 Racal Data Group) of
// https://github.com/felis/USB_Host_Shield_2.0/issues/582, dumped with USB_desc and USBHID_desc: USB 1.10,
// EP0 64, bcdDevice 00.01, no strings, wTotalLength 0x22, bmAttributes 0xa0, MaxPower 0x65, one interface
// 03/01/01 (a boot keyboard), HID 1.10 with a 0x6a-byte report descriptor, interrupt IN 0x81 of 64 bytes.
inline QByteArray racalKeyboard()
{
    return QByteArray::fromHex("12011001000000"
                               "40"
                               "8105"
                               "0c02"
                               "0100"
                               "000000"
                               "01") +
           QByteArray::fromHex("09022200010100a065") + QByteArray::fromHex("090400000103010100") +
           QByteArray::fromHex("092110010001226a00") + QByteArray::fromHex("07058103400001");
}
// Its report descriptor in report protocol: Report ID 3, modifiers, a reserved byte and a key array of ONE
// key, so its input reports are 4 bytes (why the boot-keyboard library of that issue, reading fixed 8-byte
// reports, got nothing). The first 58 bytes are as published; the excerpt stops inside the LED Output item,
// so the last 9 bytes (that Output, its 3-bit padding, End Collection) are ours, and the device's other 39
// declared bytes are not known.
inline QByteArray racalKeyboardReport()
{
    return QByteArray::fromHex("05010906a10105078503"
                               "19e029e7150025017501950881029501750881039501"
                               "7508150025e7050719002990810085039505750105081901"
                               "2905") +
           QByteArray::fromHex("9102950175039101c0");
}

// CDC-ACM: Honeywell 0c2e:0b61 in its USB serial emulation mode (known-devices.json). No public full dump of
// a scanner in CDC mode was found; the interfaces are the ones Linux's cdc-acm needs and that CDC PSTN 1.2
// §5.3 prescribes for an ACM function, in the order `lsusb -v` shows for ACM devices: communication interface
// 0 (class 2, subclass 2, protocol 1 AT-commands) with Header (CDC 1.10), Call Management (no call
// management, data interface 1), ACM (bmCapabilities 0x02: line coding and control line state) and Union
// (master 0, slave 1) functional descriptors and an 8-byte interrupt IN 0x83; data interface 1 (class 0x0a)
// with bulk IN 0x82 and bulk OUT 0x02 of 64 bytes. Device class 2 as CDC devices declare it.
inline QByteArray honeywellCdc()
{
    return QByteArray::fromHex("12010002020000"
                               "40"
                               "2e0c"
                               "610b"
                               "0001"
                               "010203"
                               "01") +
           QByteArray::fromHex("090243000201008032") + QByteArray::fromHex("090400000102020100") +
           QByteArray::fromHex("0524001001") + QByteArray::fromHex("0524010001") +
           QByteArray::fromHex("04240202") + QByteArray::fromHex("0524060001") +
           QByteArray::fromHex("0705830308000a") + QByteArray::fromHex("09040100020a000000") +
           QByteArray::fromHex("07058202400000") + QByteArray::fromHex("07050202400000");
}

} // namespace realpedestals
