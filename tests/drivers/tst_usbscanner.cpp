// The real libusb code against emulated pedestals (umockdev): HID POS codes spread over several reports,
// keyboard wedge, CDC serial, a plain keyboard that must not become a scanner, garbage, and unplug/replug.
#include "realpedestals.h"
#include "scannerreports.h"
#include "usbemulator.h"

#include "scanner/scannermanager.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace ssc;

class TestUsbScanner : public QObject {
    Q_OBJECT
    const QByteArray ecard =
        QByteArrayLiteral("SSC1.AQEBVxhb7ul8Sl1mXYlYAEmM4QAAAABrC56QADw.uc7VuMa9nTo70ZTuWf0Xw_"
                          "0ZAhlPcUOknDBfy9DaMwLKo7uw5BZ8ydVZPTqGonxF03xIj3cAE5BFF7oWuC2jCw");

    struct Rig {
        UsbEmulator emulator;
        std::unique_ptr<UsbContext> context;
        std::unique_ptr<ScannerManager> scanners;
        void start(UsbContext::Discovery discovery = UsbContext::Discovery::Hotplug,
                   const DeviceCatalog& catalog = DeviceCatalog::standard())
        {
            context = std::make_unique<UsbContext>(discovery);
            scanners = std::make_unique<ScannerManager>(*context, catalog);
        }
    };

private slots:
    void initTestCase()
    {
        const UsbEmulator probe; // the preload library reports itself once a testbed exists
        QVERIFY2(UsbEmulator::inMockEnvironment(),
                 "run under LD_PRELOAD=libumockdev-preload.so.0 (ctest does)");
    }

    void hidPosCodeOverSeveralReportsAndABeep()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal = rig.emulator.add(
            {2,
             UsbEmulator::hidPosDescriptors(0x0c2e, 0x0b87,
                                            static_cast<int>(UsbEmulator::hidPosReportDescriptor().size())),
             UsbEmulator::hidPosReportDescriptor()});
        rig.start();
        QVERIFY(rig.context->isValid());
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        for (const QByteArray& report : scannerreports::hidPos(ecard, true))
            pedestal->queueIn(0x81, report);
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QString::fromLatin1(ecard));
        // Good read: the Honeywell beep went out on the OUT endpoint.
        QTRY_VERIFY(pedestal->outTransfers().contains(QByteArray::fromHex("fd0316070d")));
    }

    void anUnlistedHidPosScannerIsFoundByItsUsagePage()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal = rig.emulator.add(
            {3,
             UsbEmulator::hidPosDescriptors(0x1234, 0x5678,
                                            static_cast<int>(UsbEmulator::hidPosReportDescriptor().size())),
             UsbEmulator::hidPosReportDescriptor()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        pedestal->queueIn(0x81, scannerreports::hidPos("HELLO", false).first());
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QStringLiteral("HELLO"));
    }

    void anUnlistedHidDeviceThatIsNoScannerIsLeftAlone()
    {
        Rig rig;
        // Same interface shape, but its report descriptor is a keyboard's (usage page 1/7), not 0x8C.
        rig.emulator.add(
            {4,
             UsbEmulator::hidPosDescriptors(0x1234, 0x9999,
                                            static_cast<int>(UsbEmulator::keyboardReportDescriptor().size())),
             UsbEmulator::keyboardReportDescriptor()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.context->devices().size(), 1, 5000);
        QTest::qWait(200);
        QCOMPARE(rig.scanners->scannerCount(), 0);
    }

    void keyboardWedge()
    {
        Rig rig;
        EmulatedUsbDevice* wedge =
            rig.emulator.add({5, UsbEmulator::keyboardDescriptors(0x1eab, 0x0d10), {}});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        for (const QByteArray& report : scannerreports::keyboard("SSC1.abc-XYZ_09"))
            wedge->queueIn(0x81, report);
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QStringLiteral("SSC1.abc-XYZ_09"));
    }

    void cdcSerial()
    {
        Rig rig;
        EmulatedUsbDevice* serial = rig.emulator.add({6, UsbEmulator::cdcDescriptors(0x1eab, 0x1d06), {}});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        serial->queueIn(0x82, ecard.left(60));
        serial->queueIn(0x82, ecard.mid(60) + "\r\n");
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QString::fromLatin1(ecard));
    }

    void garbageIsUnreadableNotACrash()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal = rig.emulator.add(
            {7,
             UsbEmulator::hidPosDescriptors(0x1eab, 0x1a03,
                                            static_cast<int>(UsbEmulator::hidPosReportDescriptor().size())),
             UsbEmulator::hidPosReportDescriptor()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy unreadable(rig.scanners.get(), &CodeScanner::unreadable);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        QByteArray bad(64, '\xff');
        bad[0] = 0x02;
        pedestal->queueIn(0x81, bad);                   // length 255: impossible
        pedestal->queueIn(0x81, QByteArray(5, '\x02')); // a short report
        QTRY_COMPARE_WITH_TIMEOUT(unreadable.size(), 2, 5000);
        // Half a code, then silence: dropped as unreadable, nothing scanned.
        pedestal->queueIn(0x81, scannerreports::hidPos(ecard, false).first());
        QTRY_COMPARE_WITH_TIMEOUT(unreadable.size(), 3, 5000);
        QCOMPARE(codes.size(), 0);
        // And the pedestal still works.
        pedestal->queueIn(0x81, scannerreports::hidPos("AFTER", false).first());
        QVERIFY(codes.wait(5000));
    }

    void withoutHotplugTheRescanFindsPedestalsComeAndGo()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal = rig.emulator.add(
            {9,
             UsbEmulator::hidPosDescriptors(0x1eab, 0x1a03,
                                            static_cast<int>(UsbEmulator::hidPosReportDescriptor().size())),
             UsbEmulator::hidPosReportDescriptor()});
        rig.start(UsbContext::Discovery::Polling);
        QVERIFY(!rig.context->hotplugSupported());
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 3000);
        rig.emulator.unplug(pedestal);
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 0, 3000);
        rig.emulator.plug(pedestal);
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 3000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        pedestal->queueIn(0x81, scannerreports::hidPos("POLLED", false).first());
        QVERIFY(codes.wait(5000));
    }

    void sscCtlDevicesSaysWhatEachDeviceIs()
    {
        Rig rig;
        rig.emulator.add({11,
                          UsbEmulator::hidPosDescriptors(
                              0x0c2e, 0x0b87, static_cast<int>(UsbEmulator::hidPosReportDescriptor().size())),
                          UsbEmulator::hidPosReportDescriptor()});
        // A vendor-specific device (class 0xff): seen, not supported.
        QByteArray vendor = UsbEmulator::cdcDescriptors(0x1234, 0x4321);
        vendor[18 + 9 + 5] = char(0xff);
        rig.emulator.add({12, vendor, {}});
        QProcess ctl; // a separate process sees the emulated devices through the same preload and sysfs
        ctl.start(QStringLiteral(SSC_CTL_PATH), {QStringLiteral("--json"), QStringLiteral("devices")});
        QVERIFY(ctl.waitForFinished(20000));
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        const QJsonArray devices = answer[QStringLiteral("devices")].toArray();
        QCOMPARE(devices.size(), 2);
        // The camera and the printer are reported too (none here: no camera, and no CUPS queue configured).
        QVERIFY(answer[QStringLiteral("cameras")].isArray());
        QCOMPARE(answer[QStringLiteral("printer")].toObject()[QStringLiteral("ready")].toBool(), false);
        QVERIFY(!answer[QStringLiteral("printer")].toObject()[QStringLiteral("state")].toString().isEmpty());
        QMap<QString, QJsonObject> byUsb;
        for (const QJsonValue& d : devices)
            byUsb[d.toObject()[QStringLiteral("usb")].toString()] = d.toObject();
        QCOMPARE(byUsb[QStringLiteral("0c2e:0b87")][QStringLiteral("kind")].toString(),
                 QStringLiteral("scanner"));
        QCOMPARE(byUsb[QStringLiteral("0c2e:0b87")][QStringLiteral("known")].toBool(), true);
        QCOMPARE(byUsb[QStringLiteral("0c2e:0b87")][QStringLiteral("mode")].toString(),
                 QStringLiteral("hid-pos"));
        QCOMPARE(byUsb[QStringLiteral("1234:4321")][QStringLiteral("kind")].toString(),
                 QStringLiteral("unsupported"));
    }

    // --- Pedestals emulated from real devices' descriptors (realpedestals.h cites each) ---

    void symbolHidPosPedestalFoundByItsUsagePage()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal =
            rig.emulator.add({13, realpedestals::symbolHidPos(), realpedestals::hidPosReport()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        for (const QByteArray& report : scannerreports::hidPos(ecard, false))
            pedestal->queueIn(0x81, report);
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QString::fromLatin1(ecard));
    }

    void aStalledEndpointIsClearedAndReadingGoesOn()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal =
            rig.emulator.add({14, realpedestals::symbolHidPos(), realpedestals::hidPosReport()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy ready(rig.scanners.get(), &CodeScanner::readyChanged);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        pedestal->halt(0x81); // the waiting read stalls at once
        QTRY_COMPARE_WITH_TIMEOUT(pedestal->clearedHalts(), QList<quint8>{0x81}, 5000);
        for (const QByteArray& report : scannerreports::hidPos(ecard, false))
            pedestal->queueIn(0x81, report);
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QString::fromLatin1(ecard));
        QCOMPARE(ready.size(), 0); // never reported gone
        QCOMPARE(rig.scanners->scannerCount(), 1);
        // A second stall, later, is cleared as well: the count of stalls in a row starts again after data.
        pedestal->halt(0x81);
        QTRY_COMPARE_WITH_TIMEOUT(pedestal->clearedHalts().size(), 2, 5000);
        pedestal->queueIn(0x81, scannerreports::hidPos("AGAIN", false).first());
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.last().first().toString(), QStringLiteral("AGAIN"));
    }

    void anEndpointThatStaysStalledIsABrokenPedestal()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal =
            rig.emulator.add({19, realpedestals::symbolHidPos(), realpedestals::hidPosReport()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy ready(rig.scanners.get(), &CodeScanner::readyChanged);
        pedestal->haltForGood(0x81);
        // Three clears that do not help, then the pedestal is let go as an unplugged one is.
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 0, 5000);
        QCOMPARE(pedestal->clearedHalts().size(), 3);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toBool(), false);
        // Plugged in again (a new device to the bus), it works.
        rig.emulator.unplug(pedestal);
        rig.emulator.plug(pedestal);
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        pedestal->queueIn(0x81, scannerreports::hidPos("FIXED", false).first());
        QVERIFY(codes.wait(5000));
    }

    void keyboardWithReportIdGetsBootProtocolAndItsIdStripped()
    {
        Rig rig;
        EmulatedUsbDevice* wedge =
            rig.emulator.add({15, realpedestals::racalKeyboard(), realpedestals::racalKeyboardReport()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        // SET_PROTOCOL(boot): class request 0x0B to interface 0, wValue 0, no data.
        QTRY_VERIFY(wedge->controlRequests().contains(QByteArray::fromHex("210b000000000000")));
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        QSignalSpy unreadable(rig.scanners.get(), &CodeScanner::unreadable);
        // In report protocol (its descriptor): ID 3, modifiers, reserved, one key: 4 bytes a report.
        for (const QByteArray& boot : scannerreports::keyboard("SSC1.abc-XYZ_09"))
            wedge->queueIn(0x81, QByteArray(1, '\x03') + boot.first(3));
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QStringLiteral("SSC1.abc-XYZ_09"));
        // Where it honours SET_PROTOCOL(boot): plain 8-byte boot reports, no ID.
        for (const QByteArray& boot : scannerreports::keyboard("BOOT.42"))
            wedge->queueIn(0x81, boot);
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.last().first().toString(), QStringLiteral("BOOT.42"));
        // A report of another ID is not typing.
        wedge->queueIn(0x81, QByteArray::fromHex("05000028"));
        QTest::qWait(200);
        QCOMPARE(codes.size(), 2);
        QCOMPARE(unreadable.size(), 0);
    }

    void keyboardWithReportIdAndNoBootProtocol()
    {
        // The 0581:020c reader's descriptors changed to what the brief's other case looks like: an interface
        // without boot protocol (03/00/00) and a key array of six, so its reports are 9 bytes (ID 3 + 8).
        QByteArray descriptors = realpedestals::racalKeyboard();
        const QByteArray bootInterface = QByteArray::fromHex("090400000103010100");
        descriptors.replace(descriptors.indexOf(bootInterface), 9, QByteArray::fromHex("090400000103000000"));
        QByteArray report = realpedestals::racalKeyboardReport();
        const QByteArray oneKey = QByteArray::fromHex("95017508150025e7");
        report.replace(report.indexOf(oneKey), 2, QByteArray::fromHex("9506"));
        Rig rig;
        EmulatedUsbDevice* wedge = rig.emulator.add({20, descriptors, report});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        for (const QByteArray& boot : scannerreports::keyboard("SSC1.abc-XYZ_09"))
            wedge->queueIn(0x81, QByteArray(1, '\x03') + boot);
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QStringLiteral("SSC1.abc-XYZ_09"));
        // No SET_PROTOCOL to an interface that has no boot protocol.
        for (const QByteArray& request : wedge->controlRequests())
            QVERIFY(request.first(2) != QByteArray::fromHex("210b"));
    }

    void cdcPedestalGetsLineCodingAndDtrBeforeItIsRead()
    {
        Rig rig;
        EmulatedUsbDevice* serial = rig.emulator.add({16, realpedestals::honeywellCdc(), {}});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        // On the communication interface (wIndex 0): SET_LINE_CODING 9600 8N1, then DTR|RTS.
        const QByteArray lineCoding = QByteArray::fromHex("2120000000000700"
                                                          "80250000"
                                                          "000008");
        const QByteArray dtrRts = QByteArray::fromHex("2122030000000000");
        QTRY_VERIFY(serial->controlRequests().contains(dtrRts));
        const QList<QByteArray> control = serial->controlRequests();
        QVERIFY(control.contains(lineCoding));
        QVERIFY(control.indexOf(lineCoding) < control.indexOf(dtrRts));
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        serial->queueIn(0x82, ecard + "\r\n");
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.first().first().toString(), QString::fromLatin1(ecard));
    }

    void cdcLineCodingTakesTheRateOfTheDeviceTable()
    {
        Rig rig;
        EmulatedUsbDevice* serial = rig.emulator.add({17, realpedestals::honeywellCdc(), {}});
        const QByteArray table = R"json({"devices": [{"vid": "0c2e", "pid": "0b61", "kind": "scanner",
            "mode": "cdc", "baud": 115200, "name": "Honeywell scanner (serial)"}]})json";
        rig.start(UsbContext::Discovery::Hotplug, DeviceCatalog::fromJson(table));
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        const QByteArray lineCoding = QByteArray::fromHex("2120000000000700"
                                                          "00c20100"
                                                          "000008"); // 115200 8N1
        QTRY_VERIFY(serial->controlRequests().contains(lineCoding));
    }

    void sscCtlDevicesNamesTheMissingUdevRule()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal =
            rig.emulator.add({21, realpedestals::symbolHidPos(), realpedestals::hidPosReport()});
        rig.emulator.add({22, realpedestals::honeywellCdc(), {}});
        // The Symbol pedestal's node as a system without a udev rule for it leaves it: no one may open it.
        const QString node = qEnvironmentVariable("UMOCKDEV_DIR") + pedestal->devnode;
        QVERIFY2(QFile::exists(node), qPrintable(node));
        QVERIFY(QFile::setPermissions(node, QFileDevice::Permissions()));
        // Root would open it anyway: run ssc-ctl without the capability that overrides file permissions.
        QProcess ctl;
        const QStringList args{QStringLiteral("--json"), QStringLiteral("devices")};
        if (geteuid() == 0) {
            const QStringList capsh{QStringLiteral("--drop=cap_dac_override,cap_dac_read_search"),
                                    QStringLiteral("--"), QStringLiteral("-c"),
                                    QStringLiteral("exec \"$0\" \"$@\""), QStringLiteral(SSC_CTL_PATH)};
            ctl.start(QStringLiteral("capsh"), capsh + args);
        } else
            ctl.start(QStringLiteral(SSC_CTL_PATH), args);
        QVERIFY(ctl.waitForFinished(20000));
        QFile::setPermissions(node, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonArray devices = QJsonDocument::fromJson(ctl.readAllStandardOutput())
                                       .object()[QStringLiteral("devices")]
                                       .toArray();
        QMap<QString, QJsonObject> byUsb;
        for (const QJsonValue& d : devices)
            byUsb[d.toObject()[QStringLiteral("usb")].toString()] = d.toObject();
        QCOMPARE(byUsb.size(), 2);
        QCOMPARE(byUsb[QStringLiteral("05e0:0600")][QStringLiteral("udevRuleMissing")].toString(),
                 udevRuleFor(0x05e0, 0x0600));
        QVERIFY(
            !byUsb[QStringLiteral("0c2e:0b61")].contains(QStringLiteral("udevRuleMissing"))); // opens fine
    }

    void unplugDuringAScanAndReplug()
    {
        Rig rig;
        EmulatedUsbDevice* pedestal = rig.emulator.add(
            {8,
             UsbEmulator::hidPosDescriptors(0x1eab, 0x1a03,
                                            static_cast<int>(UsbEmulator::hidPosReportDescriptor().size())),
             UsbEmulator::hidPosReportDescriptor()});
        rig.start();
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 5000);
        QSignalSpy codes(rig.scanners.get(), &CodeScanner::codeScanned);
        pedestal->queueIn(0x81, scannerreports::hidPos(ecard, false).first()); // half a code...
        rig.emulator.unplug(pedestal);                                         // ...and the cable is pulled
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 0, 5000);
        QElapsedTimer replug;
        replug.start();
        rig.emulator.plug(pedestal);
        QTRY_COMPARE_WITH_TIMEOUT(rig.scanners->scannerCount(), 1, 2000); // works again within two seconds
        qInfo("replugged pedestal usable after %lld ms", replug.elapsed());
        for (const QByteArray& report : scannerreports::hidPos(ecard, false))
            pedestal->queueIn(0x81, report);
        QVERIFY(codes.wait(5000));
        QCOMPARE(codes.size(), 1); // the half code before the unplug never became a code
        QCOMPARE(codes.first().first().toString(), QString::fromLatin1(ecard));
    }
};

QTEST_GUILESS_MAIN(TestUsbScanner)
#include "tst_usbscanner.moc"
