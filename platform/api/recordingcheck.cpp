#include "recordingcheck.h"

#include "evidencerecording.h"
#include "keys/dataseal.h"
#include "messages.h"
#include "storage/database.h"
#include "wavaudio.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <mutex>

namespace ssc::platform {
namespace {

// One matcher for the process: its model takes ~75 MB and 0.5 s to load, so it is loaded once, when the first
// recording arrives, and used by one request at a time.
face::FaceComparison compareWithPhoto(const QImage& frame, const QImage& photo)
{
    static std::mutex lock;
    static std::unique_ptr<face::FaceMatcher> matcher;
    const std::lock_guard guard(lock);
    if (!matcher)
        matcher = face::makeFaceMatcher();
    return matcher->compare(frame, photo);
}

// One analyser for the process, like the matcher (its landmark model is as large).
face::RecordingAnalysis::Report analyseRecording(const QList<QImage>& frames, const QList<qint64>& times,
                                                 face::CertificationMethod method,
                                                 const QList<face::LivenessAction>& actions,
                                                 const QImage& photo)
{
    static std::mutex lock;
    static std::unique_ptr<face::RecordingAnalysis> analysis;
    const std::lock_guard guard(lock);
    if (!analysis)
        analysis = std::make_unique<face::RecordingAnalysis>();
    return analysis->analyse(frames, times, method, actions, photo);
}

std::optional<QByteArray> decoded(const QString& text, qsizetype largest)
{
    if (text.isEmpty())
        return QByteArray();
    const auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() > largest)
        return std::nullopt;
    return result.decoded;
}

} // namespace

std::optional<QList<qint64>> frameTimes(const RequestContext& context)
{
    const QJsonValue value = context.body.value(QStringLiteral("frameTimes"));
    if (!value.isArray() || value.toArray().size() > largestFrameCount)
        return std::nullopt;
    QList<qint64> times;
    for (const QJsonValue& t : value.toArray()) {
        if (!t.isDouble() || t.toDouble() != double(t.toInteger()) || t.toInteger() < 0 ||
            (!times.isEmpty() && t.toInteger() < times.last()))
            return std::nullopt;
        times.append(t.toInteger());
    }
    return times;
}

std::optional<QImage> photoOnFile(PlatformServices& services, qint64 personId)
{
    auto photo =
        services.db.run(QStringLiteral("SELECT photo FROM person_photos WHERE person_id = ?"), {personId});
    if (!photo)
        return std::nullopt;
    QImage image;
    if (photo->next()) {
        const auto opened =
            dataseal::open(services.keys, photo->value(0).toByteArray(),
                           dataseal::place("person_photos", "photo", QString::number(personId)));
        if (!opened)
            return std::nullopt;
        image = QImage::fromData(*opened);
    }
    photo->finish();
    return image;
}

Analysed analyse(const AnalysisInput& in)
{
    Analysed out;
    const auto recording = decoded(in.recordingBase64, largestRecording);
    const auto sound = decoded(in.soundBase64, largestRecording);
    if (!recording || !sound) {
        out.refused =
            ApiResult::error(400, QStringLiteral("attachment_encoding"), messages::evidenceEncoding());
        return out;
    }
    out.recording = *recording;
    out.sound = *sound;
    out.recordingSha256 =
        QString::fromLatin1(QCryptographicHash::hash(out.recording, QCryptographicHash::Sha256).toHex());
    // Its sound, when the terminal has a microphone: a well-formed 16-bit PCM WAV or nothing.
    if (!out.sound.isEmpty() && !face::readWav(out.sound)) {
        out.refused =
            ApiResult::error(422, QStringLiteral("recording_unreadable"), messages::recordingUnreadable());
        return out;
    }
    const QList<QImage> frames = face::EvidenceRecording::frames(out.recording, largestFrameCount + 1);
    if (frames.size() < shortestRecordingFrames) {
        out.refused =
            ApiResult::error(422, QStringLiteral("recording_unreadable"), messages::recordingUnreadable());
        return out;
    }
    if (frames.size() != in.times.size()) {
        out.refused = ApiResult::error(400, QStringLiteral("recording_times"), messages::recordingTimes());
        return out;
    }
    if (!in.challenge)
        return out;
    out.report =
        analyseRecording(frames, in.times, in.method,
                         in.method == face::CertificationMethod::Actions ? in.challenge->actions
                                                                         : QList<face::LivenessAction>{},
                         in.photo);
    if (out.report->verdict == face::RecordingVerdict::Passed && !in.photo.isNull())
        out.comparison = compareWithPhoto(out.report->bestFrame, in.photo);
    return out;
}

std::optional<ApiResult> outsideWindow(const AnalysisInput& in, qint64 issuedAtMs, bool recordByIsExpiry,
                                       qint64 nowMs)
{
    const QList<qint64>& times = in.times; // one per frame, and at least 15 frames: never empty here
    const qint64 longest =
        in.method == face::CertificationMethod::Actions ? longestActionsMs : longestReadingMs;
    const qint64 duration = times.last() - times.first();
    // At a kiosk or counter the recording cannot be longer than the challenge has existed either.
    if (duration > longest || (recordByIsExpiry && duration > nowMs - issuedAtMs))
        return ApiResult::error(422, QStringLiteral("recording_outside_window"),
                                messages::recordingOutsideWindow());
    return std::nullopt;
}

std::optional<FaceOutcome> faceOutcome(const Analysed& analysed, bool photoOnFile)
{
    if (!analysed.report) // the challenge was usable now but not when the analysis began
        return std::nullopt;
    if (analysed.report->verdict != face::RecordingVerdict::Passed)
        return FaceOutcome{face::RecordingAnalysis::code(analysed.report->verdict), {}};
    if (!photoOnFile || !analysed.comparison)
        return FaceOutcome{QStringLiteral("no_photo_on_file"), {}};
    const face::FaceComparison& comparison = *analysed.comparison;
    if (!comparison.error.isEmpty()) // the matcher's model is missing or damaged: nothing can be decided
        return std::nullopt;
    if (!comparison.referenceHasFace)
        return FaceOutcome{QStringLiteral("no_photo_on_file"), {}};
    if (!comparison.probeHasFace || !comparison.samePerson)
        return FaceOutcome{QStringLiteral("photo_mismatch"), comparison.distance};
    return FaceOutcome{QStringLiteral("passed"), comparison.distance};
}

TranslatableText outcomeMessage(const QString& outcome)
{
    static const QHash<QString, TranslatableText (*)()> messagesByOutcome = {
        {QStringLiteral("certified"), messages::certificationRecorded},
        {QStringLiteral("under_review"), messages::certificationUnderReview},
        {QStringLiteral("photo_mismatch"), messages::photoMismatch},
        {QStringLiteral("no_photo_on_file"), messages::noPhotoOnFile},
        {QStringLiteral("already_certified"), messages::alreadyCertified},
        {QStringLiteral("rejected"), messages::certificationRejected},
        {QStringLiteral("wrong_order"), messages::wrongOrder},
        {QStringLiteral("no_blink"), messages::noBlink},
        {QStringLiteral("action_not_seen"), messages::actionNotSeen},
        {QStringLiteral("face_left"), messages::faceLeft},
        {QStringLiteral("no_face"), messages::noFaceInRecording},
        {QStringLiteral("second_person"), messages::secondPerson},
        {QStringLiteral("face_changed"), messages::faceChanged},
        {QStringLiteral("still_image"), messages::stillImage},
        {QStringLiteral("looped_video"), messages::loopedVideo},
        {QStringLiteral("photo_reused"), messages::photoReused},
        {QStringLiteral("not_spoken"), messages::digitsNotRead},
        {QStringLiteral("too_short"), messages::readingTooShort},
    };
    const auto found = messagesByOutcome.constFind(outcome);
    return found != messagesByOutcome.constEnd() ? (*found)() : messages::livenessNotPassed();
}

} // namespace ssc::platform
