// What a camera frame costs the GUI thread (docs/performance.md, "The camera's frames"): before, each frame
// was converted to a QImage where it arrived (QVideoFrame::toImage on the GUI thread) and then offered to the
// reader; now the QVideoFrame itself is offered and the worker maps it and takes its luma. Frames arrive at
// 30 a second, as from a camera; the figures are the time spent in the GUI thread's frame handler, and on the
// worker the time to get the grey picture it reads. Prints figures; asserts nothing about time.
#include "../drivers/hardframes.h"
#include "../drivers/videoframes.h"
#include "benchrun.h"
#include "latencyfigures.h"

#include "camera/cameraframe.h"
#include "camera/camerascanner.h"
#include "camera/qrimage.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTest>

using namespace ssc;

namespace {

struct Figures {
    LatencyFigures gui;
    quint64 read = 0;
    quint64 dropped = 0;
    bool settled = false; // every frame offered was read or dropped
};

// `frames` frames at 30 a second through a CameraScanner, each handled as `convertFirst` says.
Figures run(const QImage& scene, QVideoFrameFormat::PixelFormat format, bool convertFirst, int frames)
{
    Figures figures;
    CameraScanner scanner;
    for (int i = 0; i < frames; ++i) {
        // A new frame each time, as a camera delivers (a converted frame keeps its picture).
        const QVideoFrame frame = videoframes::fromGrey(scene, format);
        QElapsedTimer timer;
        timer.start();
        if (convertFirst)
            scanner.offer(CameraFrame(frame.toImage())); // before: converted where it arrived
        else
            scanner.offer(CameraFrame(frame)); // now: handed on as delivered
        figures.gui.add(timer);
        QTest::qWait(33);
    }
    figures.settled = QTest::qWaitFor(
        [&] { return scanner.framesRead() + scanner.framesDropped() == scanner.framesOffered(); });
    figures.read = scanner.framesRead();
    figures.dropped = scanner.framesDropped();
    return figures;
}

LatencyFigures greyCost(const QImage& scene, QVideoFrameFormat::PixelFormat format, bool convertFirst,
                        int frames)
{
    LatencyFigures figures;
    for (int i = 0; i < frames; ++i) {
        const QVideoFrame frame = videoframes::fromGrey(scene, format);
        QElapsedTimer timer;
        timer.start();
        const QImage grey = convertFirst ? frame.toImage().convertToFormat(QImage::Format_Grayscale8)
                                         : CameraFrame(frame).grey();
        figures.add(timer);
        if (grey.isNull())
            figures.ms.clear();
    }
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("frames per run"),
                                          QStringLiteral("n"), QStringLiteral("90"));
    parser.addOption(framesOption);
    parser.process(app);
    const int frames = std::max(2, parser.value(framesOption).toInt());
    BenchRun bench;
    const QImage qr =
        renderQrCode(QStringLiteral("SSC1.AQEBVxhb7ul8Sl1mXYlYAEmM4QAAAABrC56QADw.uc7VuMa9nTo70ZTuWf0X"), 4);
    std::printf(
        "Camera frames, %d a run at 30 a second: GUI thread's cost per frame; worker's cost of the grey "
        "picture\n",
        frames);
    for (const QSize size : {QSize(640, 480), QSize(1280, 720)})
        for (auto format : {QVideoFrameFormat::Format_NV12, QVideoFrameFormat::Format_YUYV}) {
            const QImage scene = hardframes::frame(qr, size, hardframes::Trouble::None);
            const char* name = format == QVideoFrameFormat::Format_NV12 ? "NV12" : "YUYV";
            std::printf("%dx%d %s\n", size.width(), size.height(), name);
            for (const bool before : {true, false}) {
                Figures f = run(scene, format, before, frames);
                bench.require(f.settled && f.gui.ms.size() == frames && f.read > 0,
                              "frames through the scanner");
                const QByteArray label = QByteArray(before ? "GUI, toImage then offer (before)"
                                                           : "GUI, offer the QVideoFrame (now)");
                f.gui.print(label.constData());
                std::printf("  %-34s %llu read, %llu dropped\n", "", static_cast<unsigned long long>(f.read),
                            static_cast<unsigned long long>(f.dropped));
                LatencyFigures grey = greyCost(scene, format, before, frames);
                bench.require(grey.ms.size() == frames, "the grey picture");
                grey.print(before ? "worker, grey via toImage (before)" : "worker, luma taken as is (now)");
            }
        }
    return bench.exitCode();
}
