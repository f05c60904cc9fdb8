#pragma once

#include "certificationchallenge.h"
#include "facematcher.h"
#include "recordinganalysis.h"
#include "services.h"

#include <QImage>
#include <QList>

#include <optional>

namespace ssc::platform {

// What the platform works out from a face recording a terminal sent (docs/face.md, "The platform decides"):
// shared by pension certification (pensionattemptsapi.cpp) and the face login (faceloginapi.cpp), so both
// believe the same checks — the recording decoded here, the liveness analysed here against the platform's
// own challenge, the best frame compared here with the photo on file. Nothing the terminal concluded is read.

constexpr qsizetype largestRecording = 10 * 1024 * 1024;
constexpr int largestFrameCount = 600;      // 40 s at 15 frames a second: longer than any challenge allows
constexpr int shortestRecordingFrames = 15; // a second: less shows nothing a person did
// The actions method: 6 frames to learn the person's face, then up to 8 s an action; read aloud: up to 12 s.
// A recording longer than the challenge could have taken was not made for it.
constexpr qint64 longestActionsMs = 4000 + 2 * 8000;
constexpr qint64 longestReadingMs = 4000 + 12000;

// What the serving thread read beforehand for the analysis.
struct AnalysisInput {
    QString recordingBase64;
    QString soundBase64;
    QList<qint64> times;
    face::CertificationMethod method = face::CertificationMethod::Actions;
    std::optional<face::CertificationChallenge> challenge; // absent: not usable, the caller will say why
    QImage photo;                                          // the photo on file; null when none
};

// What the worker pool works out from the upload alone (http/workerpool.h): no database, no session.
struct Analysed {
    std::optional<ApiResult> refused; // the upload itself cannot be used
    QByteArray recording;
    QByteArray sound;
    QString recordingSha256;
    std::optional<face::RecordingAnalysis::Report> report; // absent: the challenge could not be used
    std::optional<face::FaceComparison> comparison;        // absent: no passed recording or no photo
};

// The frames' times of the body's "frameTimes": whole milliseconds from the first frame, never going back;
// nullopt when not so.
std::optional<QList<qint64>> frameTimes(const RequestContext& context);
// The person's photo on file, opened (a null image when there is none); nullopt when the database failed or
// the photo does not open (a fault, not a person without a photo).
std::optional<QImage> photoOnFile(PlatformServices& services, qint64 personId);
// Decodes and analyses the recording, then compares its best frame with the photo on file. Runs on a worker
// thread (one analyser and one matcher for the process, used one request at a time).
Analysed analyse(const AnalysisInput& in);
// 422 recording_outside_window when the recording lasted longer than the method allows or, at a kiosk or
// counter (record-by equal to expiry), longer than the challenge had existed; nullopt when it fits.
std::optional<ApiResult> outsideWindow(const AnalysisInput& in, qint64 issuedAtMs, bool recordByIsExpiry,
                                       qint64 nowMs);

// What the face says once the recording passed or failed: "passed" with the distance, or the code of why
// not (a liveness verdict's code, "photo_mismatch", "no_photo_on_file"); nullopt when the matcher could not
// decide (its model missing or damaged: the storage answer, never "mismatch").
struct FaceOutcome {
    QString code;
    std::optional<double> distance;
    bool passed() const { return code == u"passed"; }
};
std::optional<FaceOutcome> faceOutcome(const Analysed& analysed, bool photoOnFile);
// The words for an outcome's code, bilingual (the liveness reasons, the photo's, certification's own).
TranslatableText outcomeMessage(const QString& outcome);

} // namespace ssc::platform
