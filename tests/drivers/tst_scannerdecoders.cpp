// The three ways a pedestal hands over a code, decoded without hardware: HID POS reports (multi-report
// codes), keyboard-wedge key reports, CDC serial lines; and every way they can go wrong.
#include "realpedestals.h"
#include "scannerreports.h"

#include "scanner/hidposreassembler.h"
#include "scanner/hidreportdescriptor.h"
#include "scanner/keyboardwedgedecoder.h"
#include "scanner/lineframer.h"
#include "usb/devicecatalog.h"

#include <QFile>

#include <QTest>

using namespace ssc;

class TestScannerDecoders : public QObject {
    Q_OBJECT
    const QByteArray ecard =
        QByteArrayLiteral("SSC1.AQEBVxhb7ul8Sl1mXYlYAEmM4QAAAABrC56QADw.uc7VuMa9nTo70ZTuWf0Xw_"
                          "0ZAhlPcUOknDBfy9DaMwLKo7uw5BZ8ydVZPTqGonxF03xIj3cAE5BFF7oWuC2jCw");

private slots:
    void hidPosMultiReportCode_data()
    {
        QTest::addColumn<bool>("honeywell");
        QTest::newRow("Honeywell") << true;
        QTest::newRow("Newland") << false;
    }

    void hidPosMultiReportCode()
    {
        QFETCH(bool, honeywell);
        HidPosReassembler r(honeywell ? HidPosReassembler::Layout::Honeywell
                                      : HidPosReassembler::Layout::Newland);
        const auto reports = scannerreports::hidPos(ecard, honeywell);
        QCOMPARE(reports.size(), 3); // 130 bytes: 56 + 56 + 18
        for (qsizetype i = 0; i + 1 < reports.size(); ++i)
            QCOMPARE(r.feed(reports[i], 10 * i).kind, ScanResult::Kind::Incomplete);
        const ScanResult result = r.feed(reports.last(), 30);
        QCOMPARE(result.kind, ScanResult::Kind::Code);
        QCOMPARE(result.data, ecard);
        QCOMPARE(result.symbology, honeywell ? QByteArray("]Q1") : QByteArray("\x31"));
        // And the next code starts clean.
        QCOMPARE(r.feed(scannerreports::hidPos("ABC", honeywell).first(), 40).data, QByteArray("ABC"));
    }

    void hidPosBadReports()
    {
        HidPosReassembler r(HidPosReassembler::Layout::Newland);
        QCOMPARE(r.feed(QByteArray(10, '\x02'), 0).kind, ScanResult::Kind::Unreadable); // short
        QByteArray wrongId = scannerreports::hidPos("X", false).first();
        wrongId[0] = 0x01;
        QCOMPARE(r.feed(wrongId, 0).kind, ScanResult::Kind::Unreadable);
        QByteArray tooLong = scannerreports::hidPos("X", false).first();
        tooLong[1] = static_cast<char>(200);
        QCOMPARE(r.feed(tooLong, 0).kind, ScanResult::Kind::Unreadable);
        QByteArray empty = scannerreports::hidPos("X", false).first();
        empty[1] = 0;
        QCOMPARE(r.feed(empty, 0).kind, ScanResult::Kind::Unreadable);
    }

    void hidPosHalfCodeIsDroppedAfterATimeout()
    {
        HidPosReassembler r(HidPosReassembler::Layout::Honeywell);
        const auto reports = scannerreports::hidPos(ecard, true);
        r.feed(reports[0], 0);
        QVERIFY(!r.expire(499));
        QString why;
        QVERIFY(r.expire(500, &why));
        QVERIFY(why.contains(u"half a code"));
        // A late continuation after the drop does not glue onto anything.
        r.feed(reports[1], 600);
        const ScanResult tail = r.feed(reports[2], 610);
        QCOMPARE(tail.kind, ScanResult::Kind::Code);
        QVERIFY(tail.data != ecard);
    }

    void hidPosOversizedCodeIsRefusedWhole()
    {
        HidPosReassembler r(HidPosReassembler::Layout::Newland);
        const auto reports = scannerreports::hidPos(QByteArray(5000, 'A'), false);
        int unreadable = 0;
        int codes = 0;
        for (const auto& report : reports) {
            const auto kind = r.feed(report, 0).kind;
            unreadable += kind == ScanResult::Kind::Unreadable;
            codes += kind == ScanResult::Kind::Code;
        }
        QCOMPARE(unreadable, 1);
        QCOMPARE(codes, 0);
        QCOMPARE(r.feed(scannerreports::hidPos("OK", false).first(), 0).data, QByteArray("OK")); // recovers
    }

    void keyboardWedge()
    {
        KeyboardWedgeDecoder d;
        const QByteArray text = "SSC1.Ab-_/9:0";
        std::optional<ScanResult> last;
        qint64 t = 0;
        for (const auto& report : scannerreports::keyboard(text)) {
            const ScanResult r = d.feed(report, t += 2);
            if (r.kind != ScanResult::Kind::Incomplete)
                last = r;
        }
        QVERIFY(last);
        QCOMPARE(last->kind, ScanResult::Kind::Code);
        QCOMPARE(last->data, text);
    }

    void keyboardWedgeHeldKeyIsTypedOnce()
    {
        KeyboardWedgeDecoder d;
        QByteArray a(8, '\0');
        a[2] = 0x04;
        d.feed(a, 0);
        d.feed(a, 1); // still held
        QByteArray enter(8, '\0');
        enter[2] = 0x28;
        QCOMPARE(d.feed(enter, 2).data, QByteArray("a"));
    }

    void keyboardWedgeStallsAndGarbage()
    {
        KeyboardWedgeDecoder d;
        auto reports = scannerreports::keyboard("abc");
        reports.removeLast(); // no Enter release...
        reports.removeLast(); // ...and no Enter
        for (const auto& report : reports)
            d.feed(report, 0);
        QString why;
        QVERIFY(d.expire(600, &why));
        QVERIFY(why.contains(u"without Enter"));
        QCOMPARE(d.feed(QByteArray(3, 'x'), 700).kind, ScanResult::Kind::Unreadable);
        // A key with no ASCII meaning (F1 = 0x3a) makes the whole code unreadable.
        QByteArray f1(8, '\0');
        f1[2] = 0x3a;
        d.feed(f1, 800);
        QByteArray enter(8, '\0');
        enter[2] = 0x28;
        QCOMPARE(d.feed(enter, 801).kind, ScanResult::Kind::Unreadable);
    }

    void cdcLines()
    {
        LineFramer f;
        QVERIFY(f.feed("SSC1.abc", 0).isEmpty());
        const auto results = f.feed(".def\r\nSECOND\nTHIRD\r", 10);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].data, QByteArray("SSC1.abc.def"));
        QCOMPARE(results[1].data, QByteArray("SECOND"));
        QCOMPARE(results[2].data, QByteArray("THIRD"));
        QVERIFY(f.feed("\n", 20).isEmpty()); // the LF of a CR LF, nothing more
    }

    void cdcOverflowAndStall()
    {
        LineFramer f;
        const auto big = f.feed(QByteArray(5000, 'x') + '\n', 0);
        QCOMPARE(big.size(), 1);
        QCOMPARE(big[0].kind, ScanResult::Kind::Unreadable);
        f.feed("half", 100);
        QVERIFY(f.expire(700));
        QCOMPARE(f.feed("whole\n", 800)[0].data, QByteArray("whole"));
    }

    // Key positions written out by hand from the layouts (not from the decoder's tables), for the characters
    // of an e-card code: letters, digits, '.', '-', '_' and the ':' '/' of other codes.
    static ScanResult typeKeys(KeyboardWedgeDecoder& decoder, const QList<std::pair<bool, quint8>>& keys)
    {
        qint64 now = 0;
        for (const auto& [shift, usage] : keys) {
            QByteArray down(8, '\0');
            down[0] = shift ? char(0x02) : char(0);
            down[2] = static_cast<char>(usage);
            decoder.feed(down, now);
            decoder.feed(QByteArray(8, '\0'), now);
            ++now;
        }
        QByteArray enter(8, '\0');
        enter[2] = 0x28;
        return decoder.feed(enter, now);
    }

    void keyboardLayouts()
    {
        // German QWERTZ: "Zy1.-_:/" is Shift+(US y), (US z), 1, '.', (US /), Shift+(US /), Shift+'.',
        // Shift+7.
        KeyboardWedgeDecoder german(KeyboardLayout::German);
        ScanResult r = typeKeys(german, {{true, 0x1c},
                                         {false, 0x1d},
                                         {false, 0x1e},
                                         {false, 0x37},
                                         {false, 0x38},
                                         {true, 0x38},
                                         {true, 0x37},
                                         {true, 0x24}});
        QCOMPARE(r.kind, ScanResult::Kind::Code);
        QCOMPARE(r.data, QByteArray("Zy1.-_:/"));
        // French AZERTY: "aQzWm1.-_" is (US q), Shift+(US a), (US w), Shift+(US z), (US ;), Shift+1,
        // Shift+(US ,), 6 and 8 unshifted.
        KeyboardWedgeDecoder french(KeyboardLayout::French);
        r = typeKeys(french, {{false, 0x14},
                              {true, 0x04},
                              {false, 0x1a},
                              {true, 0x1d},
                              {false, 0x33},
                              {true, 0x1e},
                              {true, 0x36},
                              {false, 0x23},
                              {false, 0x25}});
        QCOMPARE(r.kind, ScanResult::Kind::Code);
        QCOMPARE(r.data, QByteArray("aQzWm1.-_"));
        // The same keys read as US are another text: the layout must match the pedestal's setting.
        KeyboardWedgeDecoder us;
        QCOMPARE(typeKeys(us, {{false, 0x14}, {false, 0x1a}, {false, 0x33}}).data, QByteArray("qw;"));
        // A key with no ASCII character on the layout (French 2 unshifted: é) makes the code unreadable.
        KeyboardWedgeDecoder accented(KeyboardLayout::French);
        QCOMPARE(typeKeys(accented, {{false, 0x1f}}).kind, ScanResult::Kind::Unreadable);
        // The layout comes from the device table.
        const DeviceCatalog catalog = DeviceCatalog::fromJson(
            R"json({"devices": [{"vid": "0581", "pid": "020c", "kind": "scanner", "mode": "keyboard",
            "keyboardLayout": "de", "name": "wedge"}]})json");
        UsbDeviceInfo device;
        device.vendorId = 0x0581;
        device.productId = 0x020c;
        device.interfaces = {{0, 0x03, 1, 1, {{0x81, 0x03, 64}}}};
        QCOMPARE(catalog.match(device).keyboardLayout, KeyboardLayout::German);
        QCOMPARE(DeviceCatalog::standard().match(device).keyboardLayout, KeyboardLayout::Us);
    }

    void keyboardReportDescriptors()
    {
        // The 0581:020c reader (realpedestals.h): ID 3, then modifiers, reserved and one key.
        const KeyboardReportInfo racal = parseKeyboardReportDescriptor(realpedestals::racalKeyboardReport());
        QVERIFY(racal.hasKeyboardInput);
        QCOMPARE(racal.reportId, quint8(3));
        QCOMPARE(racal.inputBytes, 3);
        // A Datalogic Gryphon GD4400's keyboard descriptor, as published in
        // https://github.com/felis/USB_Host_Shield_2.0/issues/669: no report ID, the boot report's 8 bytes.
        const KeyboardReportInfo gryphon = parseKeyboardReportDescriptor(
            QByteArray::fromHex("05010906a101050719e029e71500250175019508810295017508810195057501"
                                "05081901290591029501750391019506750815002 6ff00050719002aff008100c0"));
        QVERIFY(gryphon.hasKeyboardInput);
        QCOMPARE(gryphon.reportId, quint8(0));
        QCOMPARE(gryphon.inputBytes, 8);
        // A HID POS descriptor has no keyboard input; a truncated one is read as far as it goes.
        QVERIFY(!parseKeyboardReportDescriptor(realpedestals::hidPosReport()).hasKeyboardInput);
        QVERIFY(!parseKeyboardReportDescriptor(QByteArray::fromHex("0501090685")).hasKeyboardInput);
    }

    void theUdevAdviceIsTheShippedRuleLine()
    {
        // What the log tells an installer to add for a device found by class is exactly the form of the
        // lines installer/udev/70-ssc-terminal.rules ships (and tests/lint/check_udev_rules.sh reads).
        QFile rules(QStringLiteral(SSC_SOURCE_DIR "/installer/udev/70-ssc-terminal.rules"));
        QVERIFY(rules.open(QIODevice::ReadOnly));
        const QString shipped = QString::fromUtf8(rules.readAll());
        const DeviceCatalog catalog = DeviceCatalog::standard();
        QVERIFY(!catalog.entries().isEmpty());
        for (const DeviceCatalog::Entry& e : catalog.entries())
            QVERIFY2(shipped.contains(udevRuleFor(e.vendorId, e.productId) + u'\n'),
                     qPrintable(udevRuleFor(e.vendorId, e.productId)));
    }
};

QTEST_GUILESS_MAIN(TestScannerDecoders)
#include "tst_scannerdecoders.moc"
