// A certification recording reaches the platform from a terminal, i.e. as outside bytes: decoding it, and the
// platform's own analysis of what decodes (docs/face.md, "The platform decides"), must survive anything.
#include "evidencerecording.h"
#include "recordinganalysis.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<QImage> frames = ssc::face::EvidenceRecording::frames(bytes, 30);
    // The times as a terminal would send them; the frames as they decoded (any size, any content).
    QList<qint64> times;
    for (qsizetype i = 0; i < frames.size(); ++i)
        times.append(i * 66);
    static ssc::face::RecordingAnalysis analysis;
    (void)analysis.analyse(frames, times, ssc::face::CertificationMethod::Actions,
                           {ssc::face::LivenessAction::Blink, ssc::face::LivenessAction::Nod},
                           frames.value(0));
    return 0;
}
