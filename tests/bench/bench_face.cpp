// Per-frame analysis time of the face pipeline at 640x480 on one core: detection frames and tracked frames
// apart, and the mean of both as the camera would see them (docs/performance.md). Figures only, no asserts.
//   bench_face [--frames N]
#include "benchrun.h"
#include "descriptorfacematcher.h"
#include "faceanalyzer.h"
#include "facechip.h"
#include "facesequences.h"
#include "outbox/outbox.h"
#include "stillfacefinder.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/dnn.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ssc;
using namespace ssc::face;

namespace {

// Resident memory of this process, MB (Linux /proc).
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int frames = 600;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--frames")); at > 0 && at + 1 < args.size())
        frames = std::max(20, args[at + 1].toInt());
    cv::setNumThreads(1); // one core: the other runs the screen and the camera

    BenchRun run;
    FaceAnalyzer analyzer;
    QElapsedTimer load;
    load.start();
    QString loadError;
    if (!run.require(analyzer.load(&loadError), "the face analyser's models loaded"))
        return std::fprintf(stderr, "%s\n", qPrintable(loadError)), run.exitCode();
    std::printf("models loaded in %.0f ms\n", double(load.elapsed()));
    // The next certification's analyser: the landmark model read by the first is shared (LandmarkPredictor).
    {
        FaceAnalyzer next;
        load.restart();
        if (!run.require(next.load(&loadError), "a second analyser's models loaded"))
            return std::fprintf(stderr, "%s\n", qPrintable(loadError)), run.exitCode();
        std::printf("a second analyser's models loaded in %.0f ms\n", double(load.elapsed()));
    }

    // After the loads: building the frames reads the landmark model too.
    // A person blinking, turning and nodding: the mix of a real certification.
    QList<QImage> clip;
    for (const fixtures::Sequence& s :
         {fixtures::still(), fixtures::blink(), fixtures::headTurn(), fixtures::nod()})
        clip.append(s.frames);

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
    // Frames where no face was found at all are cheap: a run without one detection measured nothing.
    run.require(!detected.isEmpty(), "a face detected in the clip");
    report("detection", detected);
    report("tracked", tracked);
    QList<int> all = detected + tracked;
    report("all frames", all);
    double sum = 0;
    for (int us : all)
        sum += us;
    std::printf("frames per second one core could analyse: %.0f\n", 1e6 / (sum / double(all.size())));

    // The platform's matcher: loading its model (hash checked, network read; the landmark model is already in
    // this process), describing one face, and a comparison of a frame with the photo on file (both faces
    // found, cut and described each time).
    // The network's share of that: its file read, hashed and parsed as load() does.
    QElapsedTimer timer;
    timer.start();
    {
        const double rssBefore = residentMb();
        QFile file(DescriptorFaceMatcher::defaultModelPath());
        if (!file.open(QIODevice::ReadOnly))
            return std::fprintf(stderr, "no face model\n"), 1;
        const QByteArray bytes = file.readAll();
        const double readMs = double(timer.nsecsElapsed()) / 1e6;
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        const double hashMs = double(timer.nsecsElapsed()) / 1e6 - readMs;
        const cv::dnn::Net net = cv::dnn::readNetFromONNX(bytes.constData(), size_t(bytes.size()));
        std::printf(
            "network: %.0f MB file read in %.0f ms, SHA-256 %.0f ms, parsed in %.0f ms, +%.0f MB resident\n",
            double(bytes.size()) / 1048576.0, readMs, hashMs,
            double(timer.nsecsElapsed()) / 1e6 - readMs - hashMs, residentMb() - rssBefore);
    }
    DescriptorFaceMatcher matcher;
    const double before = residentMb();
    timer.restart();
    QString error;
    if (!matcher.load(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const QImage onFile = fixtures::photoOnFile();
    matcher.describe(onFile);
    std::printf("matcher: models loaded in %.0f ms, +%.0f MB resident after the first description (the "
                "network and the matcher's own landmark model)\n",
                loadMs, residentMb() - before);
    StillFaceFinder finder;
    const auto points = finder.landmarks(onFile);
    const QImage chip = points ? cutFaceChip(onFile, *points).image : QImage();
    run.require(!chip.isNull(), "a face chip cut from the photo on file");
    const int comparisons = std::max(5, frames / 60);
    int described = 0;
    timer.restart();
    for (int i = 0; i < comparisons; ++i)
        described += matcher.describe(clip[i % clip.size()]).has_value();
    std::printf("matcher: %.1f ms to describe a face in a frame (find, landmarks, chip, network)\n",
                double(timer.nsecsElapsed()) / 1e6 / comparisons);
    run.require(described > 0, "a face described in the clip");
    int chipsDescribed = 0;
    timer.restart();
    for (int i = 0; i < comparisons * 4; ++i)
        chipsDescribed += matcher.describeChip(chip).has_value();
    std::printf("matcher: %.1f ms the network alone on a 150x150 chip\n",
                double(timer.nsecsElapsed()) / 1e6 / (comparisons * 4));
    run.require(chipsDescribed == comparisons * 4, "every chip described");
    int compared = 0;
    timer.restart();
    for (int i = 0; i < comparisons; ++i) {
        const FaceComparison comparison = matcher.compare(clip[i % clip.size()], onFile);
        compared += comparison.probeHasFace && comparison.referenceHasFace;
    }
    std::printf("matcher: %.1f ms a comparison of a frame with the photo on file (%d)\n",
                double(timer.nsecsElapsed()) / 1e6 / comparisons, comparisons);

    // Field mode: keeping one attempt (frame and a 1 MB recording) encrypted and flushed to the disk.
    QTemporaryDir dir;
    Outbox outbox(dir.path(), "bench-secret");
    const QString recording(1024 * 1024, QLatin1Char('r'));
    timer.restart();
    const int kept = 20;
    run.require(compared > 0, "a frame compared with the photo on file");
    int keptNow = 0;
    for (int i = 0; i < kept; ++i) {
        OutboxItem item{{},
                        QStringLiteral("/api/v1/staff/people/1/pension-certification/attempts"),
                        {{QStringLiteral("recording"), recording}},
                        QByteArray("bench-") + QByteArray::number(i),
                        0,
                        {},
                        outboxServices::pensionCertification,
                        QStringLiteral("*")};
        keptNow += outbox.add(item, nullptr);
    }
    run.require(keptNow == kept, "every attempt kept in the outbox");
    std::printf("outbox: %.1f ms to keep a 1 MB attempt (encrypted, fsync, rename, fsync)\n",
                double(timer.nsecsElapsed()) / 1e6 / kept);
    return run.exitCode();
}
