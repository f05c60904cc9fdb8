// When the camera runs and who gets its frames (CameraService), with a real emulated pedestal on USB
// (umockdev) and the recorded video standing in for the camera: a kiosk with a pedestal still gets pictures
// for face certification, on demand, and reads no codes by camera; without one it reads codes; a source that
// fails is closed and its problem kept. Then the camera's own path: the modes a camera offers, and frames
// delivered as QVideoFrames to the QVideoSink the capture session feeds (Qt sees no camera on the test
// machines, docs/testing.md "The camera").
#include "hardframes.h"
#include "usbemulator.h"
#include "videoframes.h"

#include "camera/cameramode.h"
#include "camera/camerascanner.h"
#include "camera/cameraservice.h"
#include "camera/framesource.h"
#include "camera/qrimage.h"
#include "scanner/scannermanager.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QCameraDevice>
#include <QFile>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace ssc;

namespace {

// How long a test waits for the camera. Each wait ends as soon as its thing happens, so a long one costs
// nothing when all is well; it is long because CI runs this test under ThreadSanitizer beside the face tests
// on two cores, where a video frame takes many times longer to decode and read (a 10 s wait once ran out).
constexpr int patientMs = 60000;

QString fixture(const char* name)
{
    return QStringLiteral(SSC_FIXTURES_DIR "/camera/") + QLatin1String(name);
}

CameraService::SourceFactory video(const QString& path)
{
    return [path] { return std::make_unique<VideoFileFrames>(path, true); };
}

// Asks for a picture 15 times a second, as the face screen does, until one comes.
QImage pictureWithin(CameraService& camera, int ms)
{
    QImage picture;
    (void)QTest::qWaitFor(
        [&] {
            picture = camera.photo();
            if (picture.isNull())
                QTest::qWait(66);
            return !picture.isNull();
        },
        ms);
    return picture;
}

} // namespace

class TestCameraService : public QObject {
    Q_OBJECT
    QString expected;

private slots:
    void initTestCase()
    {
        const UsbEmulator probe;
        QVERIFY2(UsbEmulator::inMockEnvironment(),
                 "run under LD_PRELOAD=libumockdev-preload.so.0 (ctest does)");
        QFile file(fixture("expected.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        expected = QString::fromLatin1(file.readAll()).trimmed();
    }

    void aKioskWithAPedestalStillGetsPicturesForTheFace()
    {
        UsbEmulator emulator;
        const QByteArray report = UsbEmulator::hidPosReportDescriptor();
        emulator.add(
            {2, UsbEmulator::hidPosDescriptors(0x0c2e, 0x0b87, static_cast<int>(report.size())), report});
        UsbContext usb;
        ScannerManager pedestals(usb, DeviceCatalog::standard());
        QTRY_COMPARE_WITH_TIMEOUT(pedestals.scannerCount(), 1, patientMs);

        CameraScanner scanner;
        CameraService camera(
            CameraService::Setting::Auto, video(fixture("phone-at-pedestal.mp4")), [] { return true; },
            scanner);
        camera.scanWithoutPedestal(&pedestals, 100);
        QTest::qWait(300); // past the pedestal's grace: the pedestal reads the codes
        QVERIFY(!camera.isRunning());
        QVERIFY(!camera.isScanning());
        QVERIFY(camera.available());

        // Face certification asks for pictures: the camera opens, and pictures come.
        const QImage picture = pictureWithin(camera, patientMs);
        QVERIFY2(!picture.isNull(), qPrintable(camera.problem()));
        QVERIFY(camera.isRunning());
        QVERIFY(camera.framesSeen() > 0);
        QVERIFY(picture.width() >= 320);
        // ...and none of them is read for codes: the pedestal does that.
        QTest::qWait(300);
        QVERIFY(!camera.isScanning());
        QCOMPARE(scanner.framesOffered(), quint64(0));

        // Nobody asks any more (the face screen closed): the camera closes.
        camera.setIdleCloseMs(200);
        QSignalSpy running(&camera, &CameraService::runningChanged);
        QVERIFY(running.wait(patientMs));
        QVERIFY(!camera.isRunning());
    }

    void withoutAPedestalTheCameraReadsCodesUntilOneComes()
    {
        UsbEmulator emulator;
        UsbContext usb;
        ScannerManager pedestals(usb, DeviceCatalog::standard());
        CameraScanner scanner;
        QSignalSpy codes(&scanner, &CodeScanner::codeScanned);
        CameraService camera(
            CameraService::Setting::Auto, video(fixture("phone-at-pedestal.mp4")), [] { return true; },
            scanner);
        camera.scanWithoutPedestal(&pedestals, 100);
        QTRY_VERIFY_WITH_TIMEOUT(camera.isScanning(), patientMs);
        QVERIFY(camera.isRunning());
        // Not codes.wait(): the code may already have come while the line above waited, and the same code is
        // not said again while it stays in view.
        QTRY_VERIFY_WITH_TIMEOUT(!codes.isEmpty(), patientMs);
        QCOMPARE(codes.first().first().toString(), expected);

        // A pedestal plugged in takes over: the camera stops reading codes, and closes when idle.
        camera.setIdleCloseMs(200);
        const QByteArray report = UsbEmulator::hidPosReportDescriptor();
        emulator.add(
            {2, UsbEmulator::hidPosDescriptors(0x0c2e, 0x0b87, static_cast<int>(report.size())), report});
        QTRY_COMPARE_WITH_TIMEOUT(pedestals.scannerCount(), 1, patientMs);
        QTRY_VERIFY_WITH_TIMEOUT(!camera.isScanning(), patientMs);
        QTRY_VERIFY_WITH_TIMEOUT(!camera.isRunning(), patientMs);
        const quint64 offered = scanner.framesOffered();
        QVERIFY(!pictureWithin(camera, patientMs).isNull()); // pictures still come on demand
        QCOMPARE(scanner.framesOffered(), offered);
    }

    void offMeansNoPicturesAndNoCodes()
    {
        CameraScanner scanner;
        CameraService camera(
            CameraService::Setting::Off, video(fixture("phone-at-pedestal.mp4")), [] { return true; },
            scanner);
        camera.scanWithoutPedestal(nullptr, 0);
        QVERIFY(!camera.available());
        QVERIFY(camera.photo().isNull());
        QTest::qWait(200);
        QVERIFY(!camera.isRunning());
        QCOMPARE(CameraService::parseSetting(QStringLiteral("off")), CameraService::Setting::Off);
        QCOMPARE(CameraService::parseSetting(QStringLiteral("on")), CameraService::Setting::On);
        QCOMPARE(CameraService::parseSetting(QStringLiteral("")), CameraService::Setting::Auto);
    }

    void noCameraPresentMeansNoPictures()
    {
        CameraScanner scanner;
        CameraService camera(
            CameraService::Setting::Auto, video(fixture("phone-at-pedestal.mp4")), [] { return false; },
            scanner);
        QVERIFY(!camera.available());
        QVERIFY(camera.photo().isNull());
        QVERIFY(!camera.isRunning());
    }

    void aSourceThatFailsIsClosedAndItsProblemKept()
    {
        // A file that is not a video: Qt Multimedia's player reports an error once it tries to play it.
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.mp4"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x'));
        file.close();
        CameraScanner scanner;
        CameraService camera(
            CameraService::Setting::Auto, video(broken), [] { return true; }, scanner);
        QSignalSpy problems(&camera, &CameraService::problemChanged);
        QVERIFY(camera.photo().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!camera.problem().isEmpty(), patientMs);
        QVERIFY(!camera.isRunning());
        QCOMPARE(problems.count(), 1);
        qInfo("the failing source's problem: %s", qPrintable(camera.problem()));
        // Asked again at once, it is not re-opened 15 times a second; a missing file is refused at start.
        QVERIFY(camera.photo().isNull());
        QVERIFY(!camera.isRunning());
        CameraService missing(
            CameraService::Setting::Auto, video(dir.filePath(QStringLiteral("none.mp4"))),
            [] { return true; }, scanner);
        QVERIFY(missing.photo().isNull());
        QVERIFY(missing.problem().contains(u"none.mp4"));
    }

    void theModeForReadingCodes()
    {
        using F = QVideoFrameFormat;
        // What a common USB camera offers: MJPEG at every size at 30, YUYV only small at 30 or large at 10.
        const QList<CameraMode> uvc{{{1920, 1080}, F::Format_Jpeg, 30}, {{1280, 720}, F::Format_Jpeg, 30},
                                    {{640, 480}, F::Format_Jpeg, 30},   {{1920, 1080}, F::Format_YUYV, 5},
                                    {{1280, 720}, F::Format_YUYV, 10},  {{640, 480}, F::Format_YUYV, 30}};
        QCOMPARE(chooseCameraMode(uvc), 5); // smooth first, then no decode: YUYV 640x480 at 30
        const QList<CameraMode> good{{{640, 480}, F::Format_NV12, 30},
                                     {{1280, 720}, F::Format_NV12, 30},
                                     {{1920, 1080}, F::Format_NV12, 30},
                                     {{1280, 720}, F::Format_XRGB8888, 30}};
        QCOMPARE(chooseCameraMode(good), 1); // NV12 at 1280x720
        const QList<CameraMode> colourOnly{{{1920, 1080}, F::Format_XRGB8888, 30},
                                           {{1280, 800}, F::Format_XRGB8888, 30}};
        QCOMPARE(chooseCameraMode(colourOnly), 1); // nearest 1280x720
        QCOMPARE(chooseCameraMode({}), -1);
    }

    void theFocusAndExposureForReadingCodes()
    {
        using C = QCamera;
        const auto offers = [](QList<C::FocusMode> focus, QList<C::ExposureMode> exposure) {
            return chooseCameraControls([focus](C::FocusMode m) { return focus.contains(m); },
                                        [exposure](C::ExposureMode m) { return exposure.contains(m); });
        };
        // A phone is held close: near focus where offered, else plain auto focus; barcode exposure where
        // offered.
        const CameraControls full =
            offers({C::FocusModeAuto, C::FocusModeAutoNear, C::FocusModeAutoFar, C::FocusModeManual},
                   {C::ExposureAuto, C::ExposureBarcode, C::ExposureSports});
        QVERIFY(full.focusChosen && full.exposureChosen);
        QCOMPARE(full.focus, C::FocusModeAuto);
        QCOMPARE(full.exposure, C::ExposureBarcode);
        QCOMPARE(describeCameraControls(full),
                 QStringLiteral("focus FocusModeAuto, exposure ExposureBarcode"));
        // What Qt 6.4's GStreamer backend says of a V4L2 USB camera (no GstPhotography): focus auto only,
        // exposure auto or manual.
        const CameraControls usb = offers({C::FocusModeAuto}, {C::ExposureAuto, C::ExposureManual});
        QVERIFY(usb.focusChosen);
        QCOMPARE(usb.focus, C::FocusModeAuto);
        QVERIFY(!usb.exposureChosen); // the camera's own automatic exposure stays
        // Near focus only where plain auto is not offered; a camera offering nothing keeps its own settings.
        QCOMPARE(offers({C::FocusModeAutoNear, C::FocusModeManual}, {}).focus, C::FocusModeAutoNear);
        const CameraControls fixed = offers({}, {});
        QVERIFY(!fixed.focusChosen && !fixed.exposureChosen);
        QVERIFY(describeCameraControls(fixed).contains(u"not offered"));
    }

    void theLumaOfAVideoFrameIsTakenAsItIs()
    {
        QImage grey(64, 48, QImage::Format_Grayscale8);
        for (int y = 0; y < grey.height(); ++y)
            for (int x = 0; x < grey.width(); ++x)
                grey.scanLine(y)[x] = uchar((x * 4 + y * 3) % 256);
        for (auto format : {QVideoFrameFormat::Format_NV12, QVideoFrameFormat::Format_YUYV}) {
            const CameraFrame frame(videoframes::fromGrey(grey, format));
            QVERIFY(frame.isVideo());
            QCOMPARE(frame.size(), grey.size());
            QCOMPARE(frame.grey(), grey);
            QCOMPARE(frame.toImage().size(), grey.size()); // the colour picture, for a photo
        }
    }

    void theCameraPathFromTheCaptureSessionsSink()
    {
        const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
        qInfo("cameras Qt sees here: %d", int(cameras.size()));
        CameraFrames frames;
        QString error;
        if (cameras.isEmpty()) {
            QVERIFY(!frames.start(&error));
            QVERIFY(!error.isEmpty());
        } else { // a machine with a camera: the real device, frames must come
            QSignalSpy delivered(&frames, &FrameSource::frameReady);
            QVERIFY2(frames.start(&error), qPrintable(error));
            QVERIFY(delivered.wait(patientMs));
            frames.stop();
        }
        // The frames the capture session hands its sink, as QVideoFrames, on the camera's own path on:
        // CameraFrames -> CameraScanner -> the worker mapping the frame and reading its luma.
        CameraScanner scanner;
        scanner.attach(&frames);
        QSignalSpy delivered(&frames, &FrameSource::frameReady);
        QSignalSpy codes(&scanner, &CodeScanner::codeScanned);
        const QImage scene =
            hardframes::frame(renderQrCode(expected, 4), QSize(1280, 720), hardframes::Trouble::None);
        for (int i = 0; i < 10 && codes.isEmpty(); ++i) {
            frames.videoSink()->setVideoFrame(videoframes::fromGrey(scene, QVideoFrameFormat::Format_NV12));
            QTest::qWait(100);
        }
        QVERIFY(!delivered.isEmpty());
        QVERIFY(delivered.first().first().value<CameraFrame>().isVideo()); // not converted on the way
        QTRY_VERIFY_WITH_TIMEOUT(!codes.isEmpty(), patientMs);
        QCOMPARE(codes.first().first().toString(), expected);
    }
};

QTEST_MAIN(TestCameraService)
#include "tst_cameraservice.moc"
