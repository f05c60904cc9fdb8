// The reference face matcher's distances on the test images (docs/face.md, "Matching"): the same person (the
// photo on file against camera frames built from it, moving and lit as at a kiosk) and other people (100
// faces of the LFW subset shipped by scikit-image, as photos on file). Prints every distance's distribution
// and the error rates at the threshold.
//   face_match_report [threshold]
#include "facematcher.h"
#include "facesequences.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>

using namespace ssc::face;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const double threshold =
        argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : LbphFaceMatcher::defaultThreshold;
    LbphFaceMatcher matcher(threshold);
    const QImage onFile = fixtures::photoOnFile();
    QList<QImage> probes;
    for (const fixtures::Sequence& s : {fixtures::still(6), fixtures::blink(), fixtures::headTurn(),
                                        fixtures::nod(), fixtures::mouthOpen()})
        probes.append(s.frames);

    QList<double> genuine, impostor;
    for (const QImage& probe : probes) {
        const FaceComparison c = matcher.compare(probe, onFile);
        if (c.probeHasFace && c.referenceHasFace)
            genuine.append(c.distance);
    }
    // The same person's photo made as poor as the others' (25x25 grey, enlarged): whether "other" is far only
    // because those photos are small.
    QList<double> genuineSmall;
    const QImage small = fixtures::asPhotoOnFile(fixtures::lfwStyleCrop(onFile));
    for (const QImage& probe : probes) {
        const FaceComparison c = matcher.compare(probe, small, fixtures::otherPersonBox());
        if (c.probeHasFace && c.referenceHasFace)
            genuineSmall.append(c.distance);
    }
    const QStringList others = fixtures::otherPeople();
    for (const QString& path : others) {
        const QImage face(path);
        for (int i = 0; i < probes.size(); i += 8) {
            const FaceComparison c =
                matcher.compare(probes[i], fixtures::asPhotoOnFile(face), fixtures::otherPersonBox());
            if (c.probeHasFace && c.referenceHasFace)
                impostor.append(c.distance);
        }
    }
    auto describe = [](const char* what, QList<double> d) {
        std::sort(d.begin(), d.end());
        if (d.isEmpty())
            return std::printf("%s: none\n", what), void();
        std::printf("%-10s %4lld pairs  min %6.1f  p5 %6.1f  median %6.1f  p95 %6.1f  max %6.1f\n", what,
                    static_cast<long long>(d.size()), d.first(), d[d.size() * 5 / 100], d[d.size() / 2],
                    d[d.size() * 95 / 100], d.last());
    };
    describe("same", genuine);
    describe("same 25px", genuineSmall);
    describe("other", impostor);
    const auto rejected =
        std::count_if(genuine.begin(), genuine.end(), [&](double d) { return d > threshold; });
    const auto accepted =
        std::count_if(impostor.begin(), impostor.end(), [&](double d) { return d <= threshold; });
    std::printf(
        "threshold %.1f: same person refused %lld of %lld (%.1f%%), another accepted %lld of %lld (%.2f%%)\n",
        threshold, static_cast<long long>(rejected), static_cast<long long>(genuine.size()),
        100.0 * double(rejected) / double(std::max<qsizetype>(1, genuine.size())),
        static_cast<long long>(accepted), static_cast<long long>(impostor.size()),
        100.0 * double(accepted) / double(std::max<qsizetype>(1, impostor.size())));
    return 0;
}
