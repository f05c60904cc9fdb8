// Prints what the analyser measures on every frame of every fixture sequence, and writes the frames as PNGs:
// the tool for looking at the fixtures and for choosing thresholds (docs/face.md).
//   face_report [directory-for-pngs]
#include "faceanalyzer.h"
#include "facesequences.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ssc::face;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && !fixtures::writeAll(QString::fromLocal8Bit(argv[1])))
        std::fprintf(stderr, "could not write the frames\n");
    const QList<fixtures::Sequence> all = {
        fixtures::still(),       fixtures::blink(),     fixtures::eyesClosed(),    fixtures::headTurn(),
        fixtures::nod(),         fixtures::mouthOpen(), fixtures::lookingUp(),     fixtures::secondFace(),
        fixtures::dark(),        fixtures::blurred(),   fixtures::maskOverMouth(), fixtures::darkGlasses(),
        fixtures::offCentre(),   fixtures::tooFar(),    fixtures::shaking(),       fixtures::noFace(),
        fixtures::printedPhoto()};
    for (const fixtures::Sequence& sequence : all) {
        FaceAnalyzer analyzer;
        std::printf("== %s\n", qPrintable(sequence.name));
        std::printf("  #  n det  width oval    yaw  pitch   roll   ear   mar  light contr  sharp motion "
                    "eyesC mouthC   us\n");
        for (int i = 0; i < sequence.frames.size(); ++i) {
            const FaceMeasurement m = analyzer.analyse(sequence.frames[i], sequence.timeOfFrameMs(i));
            std::printf("%3d %2d %3d %6.2f %4d %6.1f %6.1f %6.1f %5.2f %5.2f %6.1f %5.1f %6.0f %6.3f %5.2f "
                        "%6.2f %5d\n",
                        i, m.faceCount, int(m.detected), m.faceWidthShare, int(m.insideOval), m.yaw, m.pitch,
                        m.roll, m.eyeAspectRatio, m.mouthAspectRatio, m.brightness, m.contrast, m.sharpness,
                        m.motion, m.eyesCovered, m.mouthCovered, m.analysisMicros);
        }
    }
    return 0;
}
