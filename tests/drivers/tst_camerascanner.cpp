// The camera pipeline without a camera: recorded frames (still images and a video file in
// tests/fixtures/camera) and frames made from a clean code with what a kiosk camera sees (hardframes.h) go
// through the same reader and worker thread the camera feeds.
#include "hardframes.h"

#include "camera/camerascanner.h"
#include "camera/framereader.h"
#include "camera/framesource.h"
#include "camera/qrimage.h"

#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace ssc;

class TestCameraScanner : public QObject {
    Q_OBJECT
    QString expected;

    static QString fixture(const char* name)
    {
        return QStringLiteral(SSC_FIXTURES_DIR "/camera/") + QLatin1String(name);
    }

private slots:
    void initTestCase()
    {
        QFile file(fixture("expected.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        expected = QString::fromLatin1(file.readAll()).trimmed();
    }

    void recordedStillsAreRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("moiré") << "still-moire.jpg";
        QTest::newRow("dim and noisy") << "still-dim.jpg";
        QTest::newRow("tilted, 1280x720") << "still-tilt.png";
    }

    void recordedStillsAreRead()
    {
        QFETCH(QString, file);
        const QrReading reading = FrameReader::readAll(QImage(fixture(qPrintable(file))));
        QVERIFY2(reading.found(), qPrintable(reading.reason()));
        QCOMPARE(reading.text, expected);
    }

    void anEmptyFrameHasNoCode()
    {
        const QrReading reading = FrameReader::readAll(QImage(fixture("still-empty.png")));
        QCOMPARE(reading.problem, QrReading::Problem::NoCode);
        QCOMPARE(FrameReader::readAll(QImage()).problem, QrReading::Problem::NoImage);
    }

    void theExtraWaysReadMoreHardFramesThanOnePlainCall()
    {
        const QImage qr = renderQrCode(expected, 4);
        int plain = 0;
        int all = 0;
        int wrong = 0;
        for (auto trouble : {hardframes::Trouble::Blur, hardframes::Trouble::Moire, hardframes::Trouble::Dim,
                             hardframes::Trouble::Glare, hardframes::Trouble::Tilt})
            for (int seed = 1; seed <= 8; ++seed) {
                const QImage frame =
                    hardframes::frame(qr, QSize(640, 480), trouble, quint32(seed), (seed - 1) / 7.0);
                const QrReading one = FrameReader::read(frame, FrameReader::Strategy::Plain);
                const QrReading every = FrameReader::readAll(frame);
                plain += one.found();
                all += every.found();
                wrong += (one.found() && one.text != expected) + (every.found() && every.text != expected);
            }
        qInfo("hard frames read: plain %d of 40, with the extra ways %d of 40", plain, all);
        QCOMPARE(wrong, 0);
        QVERIFY(all >= plain + 4); // clearly more: at least one in ten of the hard frames
    }

    void eachExtraWayKeepsTheImageItsSize()
    {
        QImage grey(64, 48, QImage::Format_Grayscale8);
        grey.fill(100);
        QCOMPARE(FrameReader::prepared(grey, FrameReader::Strategy::Sharpened).size(), grey.size());
        QCOMPARE(FrameReader::prepared(grey, FrameReader::Strategy::Stretched).size(), grey.size());
        QCOMPARE(FrameReader::prepared(grey, FrameReader::Strategy::Smoothed).size(), QSize(32, 24));
    }

    void stillImagesThroughTheWorkerGiveOneCode()
    {
        // Each still is offered once the worker has read the one before, so none is dropped however slow the
        // build (a sanitizer's is several times slower than a camera's 20 frames a second); dropping is
        // framesArriveFasterThanTheyAreReadAreDropped's test.
        CameraScanner scanner;
        QSignalSpy codes(&scanner, &CodeScanner::codeScanned);
        for (const char* still :
             {"still-empty.png", "still-moire.jpg", "still-dim.jpg", "still-moire.jpg", "still-empty.png"}) {
            const quint64 readBefore = scanner.framesRead();
            const QImage frame(fixture(still));
            QVERIFY2(!frame.isNull(), still);
            scanner.offer(frame);
            QTRY_COMPARE_WITH_TIMEOUT(scanner.framesRead(), readBefore + 1, 30000);
        }
        QCOMPARE(scanner.framesDropped(), quint64(0));
        QCOMPARE(codes.count(), 1); // the same phone held up for several frames: one login
        QCOMPARE(codes.first().first().toString(), expected);
    }

    void stillImagesFromAFolderArriveAsFrames()
    {
        ImageFrames frames({fixture("still-empty.png"), fixture("still-moire.jpg")}, 20);
        QSignalSpy offered(&frames, &FrameSource::frameReady);
        QSignalSpy finished(&frames, &FrameSource::finished);
        QString error;
        QVERIFY2(frames.start(&error), qPrintable(error));
        QVERIFY(finished.wait(5000));
        QCOMPARE(offered.count(), 2);
        QCOMPARE(offered.at(1).first().value<CameraFrame>().size(),
                 QImage(fixture("still-moire.jpg")).size());
    }

    void aRecordedVideoIsReadAsTheCameraWouldBe()
    {
        CameraScanner scanner;
        VideoFileFrames video(fixture("phone-at-pedestal.mp4"));
        scanner.attach(&video);
        QSignalSpy codes(&scanner, &CodeScanner::codeScanned);
        QString error;
        QVERIFY2(video.start(&error), qPrintable(error));
        // Long: under ThreadSanitizer beside the face tests on two cores a frame takes many times longer to
        // read. The wait ends with the first code, so it costs nothing when all is well.
        QTRY_VERIFY2_WITH_TIMEOUT(
            !codes.isEmpty(), qPrintable(QStringLiteral("frames offered: %1").arg(scanner.framesOffered())),
            60000);
        QCOMPARE(codes.first().first().toString(), expected);
        QVERIFY(scanner.framesOffered() > 5);
        QString missing;
        VideoFileFrames none(fixture("no-such-video.mp4"));
        QVERIFY(!none.start(&missing));
        QVERIFY(!missing.isEmpty());
    }

    void framesArriveFasterThanTheyAreReadAreDropped()
    {
        CameraScanner scanner;
        const QImage frame =
            hardframes::frame(renderQrCode(expected, 4), QSize(1280, 720), hardframes::Trouble::None);
        for (int i = 0; i < 30; ++i)
            scanner.offer(frame); // no event loop in between: the worker is busy after the first
        QTRY_COMPARE(scanner.framesRead(), quint64(1));
        QCOMPARE(scanner.framesOffered(), quint64(30));
        QCOMPARE(scanner.framesDropped(), quint64(29));
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camerascanner.moc"
