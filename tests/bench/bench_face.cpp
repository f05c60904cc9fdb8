// Per-frame analysis time of the face pipeline at 640x480 on one core: detection frames and tracked frames
// apart, and the mean of both as the camera would see them (docs/performance.md). Figures only, no asserts.
//   bench_face [--frames N]
#include "faceanalyzer.h"
#include "facesequences.h"

#include <opencv2/core/utility.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace ssc::face;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int frames = 600;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--frames")); at > 0 && at + 1 < args.size())
        frames = std::max(20, args[at + 1].toInt());
    cv::setNumThreads(1); // one core: the other runs the screen and the camera

    // A person blinking, turning and nodding: the mix of a real certification.
    QList<QImage> clip;
    for (const fixtures::Sequence& s :
         {fixtures::still(), fixtures::blink(), fixtures::headTurn(), fixtures::nod()})
        clip.append(s.frames);

    FaceAnalyzer analyzer;
    QElapsedTimer load;
    load.start();
    analyzer.load(nullptr);
    std::printf("models loaded in %.0f ms\n", double(load.elapsed()));

    QList<int> detected, tracked;
    for (int i = 0; i < frames; ++i) {
        const FaceMeasurement m = analyzer.analyse(clip[i % clip.size()], i * 33);
        (m.detected ? detected : tracked).append(m.analysisMicros);
    }
    auto report = [](const char* what, QList<int> micros) {
        if (micros.isEmpty())
            return;
        std::sort(micros.begin(), micros.end());
        double sum = 0;
        for (int us : micros)
            sum += us;
        std::printf("%-16s %5lld frames  mean %6.2f ms  median %6.2f ms  p95 %6.2f ms\n", what,
                    static_cast<long long>(micros.size()), sum / double(micros.size()) / 1000.0,
                    micros[micros.size() / 2] / 1000.0, micros[micros.size() * 95 / 100] / 1000.0);
    };
    report("detection", detected);
    report("tracked", tracked);
    QList<int> all = detected + tracked;
    report("all frames", all);
    double sum = 0;
    for (int us : all)
        sum += us;
    std::printf("frames per second one core could analyse: %.0f\n", 1e6 / (sum / double(all.size())));
    return 0;
}
