// The platform's own analysis of a certification recording, on one core (docs/performance.md; the aim: a
// 5-second recording decided in 2 s or less): decoding the Motion-JPEG AVI, the face pipeline on every frame
// with the replay, continuity and liveness checks, and the comparison of the best frame with the photo on
// file. Figures only, no asserts.
//   bench_recording_analysis [--runs N]
#include "benchrun.h"
#include "evidencerecording.h"
#include "facematcher.h"
#include "facesequences.h"
#include "recordinganalysis.h"

#include <opencv2/core/utility.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace ssc::face;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args[at + 1].toInt());
    cv::setNumThreads(1); // the platform serves requests one at a time on one core

    // 5 s at 15 frames a second: a blink and a nod with still moments, as a terminal records a challenge.
    const QList<LivenessAction> actions{LivenessAction::Blink, LivenessAction::Nod};
    QList<QImage> frames = fixtures::framesOf(fixtures::doing(actions)).mid(0, 75);
    const fixtures::Recording recording = fixtures::recorded(frames);
    std::printf("recording: %lld frames, %.1f s, %.0f KB (%.1f KB a frame)\n",
                static_cast<long long>(recording.timesMs.size()), double(recording.timesMs.last()) / 1000.0,
                double(recording.avi.size()) / 1024.0,
                double(recording.avi.size()) / 1024.0 / double(recording.timesMs.size()));

    for (int quality : {50, 60, 75, 95}) {
        EvidenceRecording sized(15, EvidenceRecording::certificationSize, quality);
        sized.start(nullptr);
        for (const QImage& frame : frames.mid(0, 15))
            sized.add(frame);
        std::printf("  JPEG quality %d: %.1f KB a frame\n", quality,
                    double(sized.finish().size()) / 1024.0 / 15);
    }

    RecordingAnalysis analysis;
    const auto matcher = makeFaceMatcher();
    const QImage photo = fixtures::photoOnFile();
    QElapsedTimer load;
    load.start();
    BenchRun check;
    QString loadError;
    if (!check.require(analysis.load(&loadError), "the analysis models loaded"))
        return std::fprintf(stderr, "%s\n", qPrintable(loadError)), check.exitCode();
    matcher->compare(photo, photo);
    std::printf("models loaded in %.0f ms (once per platform process)\n", double(load.elapsed()));

    QList<double> decode, analyse, match, total;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<QImage> decoded = EvidenceRecording::frames(recording.avi);
        decode.append(double(timer.nsecsElapsed()) / 1e6);
        const auto report =
            analysis.analyse(decoded, recording.timesMs, CertificationMethod::Actions, actions, photo);
        analyse.append(double(timer.nsecsElapsed()) / 1e6 - decode.last());
        const FaceComparison comparison = matcher->compare(report.bestFrame, photo);
        match.append(double(timer.nsecsElapsed()) / 1e6 - decode.last() - analyse.last());
        total.append(double(timer.nsecsElapsed()) / 1e6);
        // An honest recording of the asked actions by the person on file: anything else means the bench timed
        // a refusal path, not the analysis a certification goes through.
        check.require(report.verdict == RecordingVerdict::Passed && comparison.samePerson,
                      "the recording analysed as passed and matched with the photo");
        if (run == 0)
            std::printf("verdict: %s, same person: %s\n", qPrintable(RecordingAnalysis::code(report.verdict)),
                        comparison.samePerson ? "yes" : "no");
    }
    auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    std::printf("decode %.0f ms  analyse %.0f ms  match %.0f ms  total %.0f ms (median of %d runs)\n",
                median(decode), median(analyse), median(match), median(total), runs);
    return check.exitCode();
}
