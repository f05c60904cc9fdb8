// The staff diagnostics page with devices emulated on USB: every device listed with what the terminal makes
// of it, "seen, not supported" included, and the list follows unplugging.
#include "emulatedcardreader.h"
#include "emulatedslotreader.h"
#include "filepermissions.h"
#include "usbemulator.h"

#include "camera/camerascanner.h"
#include "camera/cameraservice.h"
#include "camera/framesource.h"
#include "cardreader/cardreadermanager.h"
#include "printservice.h"

#include "diagnosticsscreen.h"
#include "i18n/translator.h"
#include "theme.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestDiagnostics : public QObject {
    Q_OBJECT
private slots:
    // No device at all: no empty table that looks like a page that failed to load, but a line that says so
    // and what to do, marked as a warning by its icon; each part's line has its tone.
    void noDeviceIsSaidInWords()
    {
        QVERIFY(useLanguage(chineseLanguage));
        UsbEmulator emulator;
        UsbContext usb;
        const DeviceCatalog catalog = DeviceCatalog::standard();
        DiagnosticsScreen screen(&usb, catalog, nullptr);
        screen.resize(1280, 700);
        screen.show();
        QCOMPARE(screen.deviceRows(), 0);
        QVERIFY(screen.findChild<QTableWidget*>()->isHidden());
        const auto* states = screen.findChild<StatusLines*>(QStringLiteral("deviceStates"));
        QVERIFY(states);
        QVERIFY2(states->lines().first().text.contains(u"未找到"), qPrintable(screen.deviceStateText()));
        QCOMPARE(states->lines().first().tone, design::Tone::Warning);
        for (const StatusLines::Line& line : states->lines())
            if (line.text.contains(u"读卡器"))
                QCOMPARE(line.tone, design::Tone::Warning); // none connected
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY2(screen.deviceStateText().contains(u"No USB devices found"),
                     qPrintable(screen.deviceStateText()));
        QVERIFY(useLanguage(chineseLanguage));
    }

    void devicesAndWhatTheyAre()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        UsbEmulator emulator;
        const QByteArray report = UsbEmulator::hidPosReportDescriptor();
        emulator.add(
            {2, UsbEmulator::hidPosDescriptors(0x0c2e, 0x0b87, static_cast<int>(report.size())), report});
        QByteArray vendor = UsbEmulator::cdcDescriptors(0x1234, 0x4321);
        vendor[18 + 9 + 5] = char(0xff); // a vendor-specific interface
        EmulatedUsbDevice* unknown = emulator.add({3, vendor, {}});
        EmulatedCardReader reader(emulator, 5);
        UsbContext usb;
        const DeviceCatalog catalog = DeviceCatalog::standard();
        CardReaderManager cards(usb);
        CameraScanner scanner;
        CameraService camera(
            CameraService::Setting::On,
            [] {
                return std::make_unique<ImageFrames>(
                    QStringList{QStringLiteral(SSC_FIXTURES_DIR "/camera/still-empty.png")}, 15, true);
            },
            [] { return true; }, scanner);
        PrintService printer(QStringLiteral("/nonexistent/cups.sock"), QStringLiteral("Hall"));
        DiagnosticsScreen screen(&usb, catalog, nullptr);
        screen.setDevices(&cards, &camera, &printer);
        screen.resize(1280, 700);
        screen.show();
        QTRY_COMPARE_WITH_TIMEOUT(screen.deviceRows(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cards.readerCount(), 1, 5000);
        reader.insert(EmulatedCard{});
        QTRY_VERIFY_WITH_TIMEOUT(cards.cardPresent(), 5000);
        screen.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(screen.deviceStateText().contains(u"打印服务没有响应"), 5000);
        QVERIFY2(screen.deviceStateText().contains(u"已插卡"), qPrintable(screen.deviceStateText()));
        for (const StatusLines::Line& line :
             screen.findChild<StatusLines*>(QStringLiteral("deviceStates"))->lines()) {
            if (line.text.contains(u"打印服务没有响应"))
                QCOMPARE(line.tone, design::Tone::Error); // a problem drawn as one, not only said
            if (line.text.contains(u"已插卡"))
                QCOMPARE(line.tone, design::Tone::Success);
        }
        QVERIFY(screen.deviceStateText().contains(u"摄像头"));
        QStringList kinds;
        for (int row = 0; row < 3; ++row)
            kinds << screen.deviceText(row, 0) + u' ' + screen.deviceText(row, 2);
        QVERIFY2(kinds.contains(QStringLiteral("0c2e:0b87 扫码墩")), qPrintable(kinds.join(u'|')));
        QVERIFY(kinds.contains(QStringLiteral("1234:4321 已连接，暂不支持")));
        QVERIFY(screen.platformText().contains(u"未配置"));
        if (const QString dir = qEnvironmentVariable("SSC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            screen.grab().save(dir + QStringLiteral("/diagnostics-zh_CN.png"));
            QVERIFY(useLanguage(englishLanguage));
            QTRY_VERIFY(screen.deviceStateText().contains(u"a card is inserted"));
            QVERIFY(screen.deviceStateText().contains(u"printing service is not answering"));
            QTest::qWait(50); // let the buttons take their new labels' sizes
            screen.grab().save(dir + QStringLiteral("/diagnostics-en.png"));
            QVERIFY(useLanguage(chineseLanguage));
        }
        emulator.unplug(unknown);
        QTRY_COMPARE_WITH_TIMEOUT(screen.deviceRows(), 2, 5000);

        // A camera that fails (a file Qt Multimedia cannot play, reporting its error as a camera does): its
        // reason shows on the open page.
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.mp4")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(64 * 1024, 'x'));
        broken.close();
        CameraService failing(
            CameraService::Setting::Auto,
            [path = broken.fileName()] { return std::make_unique<VideoFileFrames>(path, true); },
            [] { return true; }, scanner);
        screen.setDevices(&cards, &failing, &printer);
        screen.refresh();
        QVERIFY2(screen.deviceStateText().contains(u"摄像头：已连接"), qPrintable(screen.deviceStateText()));
        QVERIFY(failing.photo().isNull()); // a face screen asking for a picture opens it
        QTRY_VERIFY2_WITH_TIMEOUT(screen.deviceStateText().contains(u"摄像头无法工作"),
                                  qPrintable(screen.deviceStateText()), 10000);
    }

    // A desk reader with three slots (ACS ACR1281U): the page says which holds the citizen's card and which
    // the terminal's PSAM, and that a reader without a PSAM cannot open a third-generation card's protected
    // files.
    void aReaderWithSeveralSlotsSaysWhatEachHolds()
    {
        QVERIFY(useLanguage(chineseLanguage));
        UsbEmulator emulator;
        EmulatedSlotReader reader(emulator, EmulatedSlotReader::acsAcr1281uDescriptors());
        UsbContext usb;
        CardReaderManager cards(usb);
        DiagnosticsScreen screen(&usb, DeviceCatalog::standard(), nullptr);
        screen.setDevices(&cards, nullptr, nullptr);
        screen.resize(1280, 700);
        screen.show();
        QTRY_COMPARE_WITH_TIMEOUT(cards.readerCount(), 1, 5000);
        screen.refresh();
        QVERIFY2(screen.deviceStateText().contains(u"读卡器 072f:2224，共 3 个卡槽：未插卡；无 PSAM"),
                 qPrintable(screen.deviceStateText()));
        reader.insertPsam(0);
        // Told a PSAM only once its answer is read: until then slot 0 holds "a card" (CI saw the card-present
        // check pass on that and the text read too early).
        QTRY_VERIFY_WITH_TIMEOUT(cards.slotsDescription().contains(u"终端 PSAM 在 0 号卡槽"), 5000);
        reader.insertCard(2, EmulatedCard{});
        QTRY_VERIFY_WITH_TIMEOUT(cards.slotsDescription().contains(u"卡片在 2 号卡槽"), 5000);
        screen.refresh();
        QVERIFY2(screen.deviceStateText().contains(u"卡片在 2 号卡槽；终端 PSAM 在 0 号卡槽"),
                 qPrintable(screen.deviceStateText()));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY2(
            screen.deviceStateText().contains(
                u"Card reader 072f:2224, 3 slots: the card in slot 2; the terminal's PSAM in slot 0."),
            qPrintable(screen.deviceStateText()));
        QVERIFY(useLanguage(chineseLanguage));
    }

    // A pedestal found by class (usage page 0x8C; its vendor and product in no udev rule) whose node the
    // terminal's user may not open: the page gives the exact line to add. Readable, the advice goes.
    void aPedestalTheUserMayNotOpenGetsItsUdevLine()
    {
        QVERIFY(useLanguage(chineseLanguage));
        UsbEmulator emulator;
        const QByteArray report = UsbEmulator::hidPosReportDescriptor();
        EmulatedUsbDevice* pedestal = emulator.add(
            {7, UsbEmulator::hidPosDescriptors(0x1234, 0x5678, static_cast<int>(report.size())), report});
        const QString node = qEnvironmentVariable("UMOCKDEV_DIR") + pedestal->devnode;
        QVERIFY2(QFile::exists(node), qPrintable(node));
        QVERIFY(QFile::setPermissions(node, QFileDevice::Permissions()));
        QVERIFY(overrideFilePermissions(false)); // this thread asks whether the node opens
        auto restore = qScopeGuard([&] { overrideFilePermissions(true); });
        UsbContext usb;
        const DeviceCatalog catalog = DeviceCatalog::standard();
        DiagnosticsScreen screen(&usb, catalog, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(screen.deviceRows(), 1, 5000);
        QCOMPARE(screen.deviceText(0, 2), QStringLiteral("扫码墩（按设备类别识别）")); // found by class
        screen.refresh();
        const QString line = udevRuleFor(0x1234, 0x5678);
        QVERIFY2(screen.deviceStateText().contains(line) &&
                     screen.deviceStateText().contains(u"扫码器 1234:5678"),
                 qPrintable(screen.deviceStateText()));
        QVERIFY(QFile::setPermissions(node, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther));
        screen.refresh();
        QVERIFY2(!screen.deviceStateText().contains(line), qPrintable(screen.deviceStateText()));
    }
};

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
