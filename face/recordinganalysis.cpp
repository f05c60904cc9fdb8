#include "recordinganalysis.h"

#include <QHash>
#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ssc::face {
namespace {

constexpr int patchSize = 24;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double range(const QList<double>& values)
{
    if (values.isEmpty())
        return 0;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    return *high - *low;
}

// `image` drawn through `transform` into a small grey picture (only the target's pixels are computed).
QImage drawnGrey(const QImage& image, const QTransform& transform, QSize size)
{
    QImage target(size, QImage::Format_RGB32);
    target.fill(Qt::black);
    QPainter painter(&target);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(transform);
    painter.drawImage(QPointF(0, 0), image);
    painter.end();
    return target.convertToFormat(QImage::Format_Grayscale8);
}

// The face's box as a small grey patch with its mean taken away: two frames of the same face a moment apart
// differ little, a cut to another recording (another person, another place) much.
QList<double> facePatch(const QImage& frame, const QRectF& box)
{
    QTransform t;
    t.scale(patchSize / box.width(), patchSize / box.height());
    t.translate(-box.left(), -box.top());
    const QImage grey = drawnGrey(frame, t, QSize(patchSize, patchSize));
    QList<double> values;
    double sum = 0;
    for (int y = 0; y < patchSize; ++y)
        for (int x = 0; x < patchSize; ++x) {
            values.append(grey.constScanLine(y)[x]);
            sum += values.last();
        }
    for (double& v : values)
        v -= sum / double(values.size());
    return values;
}

double meanDifference(const QList<double>& a, const QList<double>& b)
{
    double total = 0;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        total += std::abs(a[i] - b[i]);
    return a.isEmpty() ? 0 : total / double(a.size());
}

double meanDifference(const QImage& a, const QImage& b)
{
    double total = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            total += std::abs(int(a.constScanLine(y)[x]) - int(b.constScanLine(y)[x]));
    return total / double(a.width() * a.height());
}

QImage thumbnail(const QImage& image)
{
    return image.scaled(64, 48, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

// Frames exactly equal to an earlier one (not the one just before: a camera may hand the same frame twice).
struct Repeats {
    int distinct = 0;
    int longestRun = 0;
};

Repeats repeatsOf(const QList<QImage>& frames)
{
    QHash<size_t, int> firstSeen;
    Repeats repeats;
    int run = 0;
    for (int i = 0; i < frames.size(); ++i) {
        const QImage& f = frames[i];
        const size_t hash = qHashBits(f.constBits(), size_t(f.sizeInBytes()));
        const auto seen = firstSeen.constFind(hash);
        const bool repeat = seen != firstSeen.constEnd() && *seen < i - 1 &&
                            qHashBits(frames[i - 1].constBits(), size_t(frames[i - 1].sizeInBytes())) != hash;
        run = repeat ? run + 1 : 0;
        repeats.longestRun = std::max(repeats.longestRun, run);
        if (seen == firstSeen.constEnd())
            firstSeen.insert(hash, i);
    }
    repeats.distinct = int(firstSeen.size());
    return repeats;
}

// Whether the actions were done in this order (each after the one before, each in its time).
bool doneInOrder(const QList<FaceMeasurement>& measured, const QList<LivenessAction>& actions,
                 const LivenessSettings& settings)
{
    LivenessCheck check(actions, settings);
    for (const FaceMeasurement& m : measured)
        if (check.feed(m) == LivenessCheck::State::Passed)
            return true;
    return false;
}

} // namespace

RecordingAnalysis::RecordingAnalysis() : RecordingAnalysis(Settings{}) {}

RecordingAnalysis::RecordingAnalysis(Settings settings)
    : m_settings(settings), m_analyzer([&settings] {
          FaceAnalyzer::Settings s = settings.analyzer;
          s.detectEvery = settings.detectEvery;
          return s;
      }())
{}

RecordingAnalysis::~RecordingAnalysis() = default;

QString RecordingAnalysis::code(RecordingVerdict verdict)
{
    switch (verdict) {
    case RecordingVerdict::Passed:
        return QStringLiteral("passed");
    case RecordingVerdict::NoFace:
        return QStringLiteral("no_face");
    case RecordingVerdict::FaceLeft:
        return QStringLiteral("face_left");
    case RecordingVerdict::SecondPerson:
        return QStringLiteral("second_person");
    case RecordingVerdict::FaceChanged:
        return QStringLiteral("face_changed");
    case RecordingVerdict::StillImage:
        return QStringLiteral("still_image");
    case RecordingVerdict::LoopedVideo:
        return QStringLiteral("looped_video");
    case RecordingVerdict::PhotoReused:
        return QStringLiteral("photo_reused");
    case RecordingVerdict::NoBlink:
        return QStringLiteral("no_blink");
    case RecordingVerdict::WrongOrder:
        return QStringLiteral("wrong_order");
    case RecordingVerdict::ActionNotSeen:
        return QStringLiteral("action_not_seen");
    case RecordingVerdict::NotSpoken:
        return QStringLiteral("not_spoken");
    case RecordingVerdict::TooShort:
        return QStringLiteral("too_short");
    }
    return {};
}

RecordingAnalysis::Report RecordingAnalysis::analyse(const QList<QImage>& frames,
                                                     const QList<qint64>& timesMs, CertificationMethod method,
                                                     const QList<LivenessAction>& actions,
                                                     const QImage& photoOnFile)
{
    Report report;
    report.frames = int(frames.size());
    if (frames.isEmpty() || timesMs.size() != frames.size())
        return report;
    report.durationMs = timesMs.last() - timesMs.first();
    const auto verdict = [&report](RecordingVerdict v) {
        report.verdict = v;
        return report;
    };

    // Replays first: they need no face analysis. The same picture sent again and again, or a stretch of
    // frames repeating an earlier stretch exactly (a camera's sensor noise never repeats).
    const Repeats repeats = repeatsOf(frames);
    if (repeats.distinct <= std::max(2, int(frames.size()) / 10))
        return verdict(RecordingVerdict::StillImage);
    if (repeats.longestRun >= m_settings.loopRun)
        return verdict(RecordingVerdict::LoopedVideo);

    // The photo on file put in the recording as frames (stretched to the frame, as a forger's tool would).
    report.photoDistance = 255;
    if (!photoOnFile.isNull()) {
        const QImage photoThumbnail = thumbnail(photoOnFile);
        for (const QImage& frame : frames)
            report.photoDistance =
                std::min(report.photoDistance, meanDifference(thumbnail(frame), photoThumbnail));
        if (report.photoDistance < m_settings.photoReuse)
            return verdict(RecordingVerdict::PhotoReused);
    }

    m_analyzer.reset();
    QList<FaceMeasurement> measured;
    QList<double> previousPatch;
    qint64 lastFaceAt = timesMs.first();
    int crowdedDetections = 0;
    std::optional<int> best;
    QList<int> withFace;
    for (int i = 0; i < frames.size(); ++i) {
        const FaceMeasurement m = m_analyzer.analyse(frames[i], timesMs[i]);
        if (m.detected && m.faceCount > 1 && ++crowdedDetections >= 2)
            return verdict(RecordingVerdict::SecondPerson);
        if (!m.hasLandmarks) {
            if (m.atMs - lastFaceAt > m_settings.longestGapMs)
                return verdict(measured.isEmpty() && i == frames.size() - 1 ? RecordingVerdict::NoFace
                                                                            : RecordingVerdict::FaceLeft);
            previousPatch.clear(); // after a moment without a face, the next one is compared afresh
            continue;
        }
        lastFaceAt = m.atMs;
        const QList<double> patch = facePatch(frames[i], m.faceBox);
        if (!previousPatch.isEmpty() && meanDifference(patch, previousPatch) > m_settings.largestPatchChange)
            return verdict(RecordingVerdict::FaceChanged);
        previousPatch = patch;
        measured.append(m);
        withFace.append(i);
    }
    report.framesWithFace = int(measured.size());
    if (measured.isEmpty())
        return verdict(RecordingVerdict::NoFace);
    if (timesMs.last() - lastFaceAt > m_settings.longestGapMs)
        return verdict(RecordingVerdict::FaceLeft);

    QList<double> yaw, pitch, eyes, mouth;
    for (const FaceMeasurement& m : std::as_const(measured)) {
        yaw.append(m.yaw);
        pitch.append(m.pitch);
        eyes.append(m.eyeAspectRatio);
        mouth.append(m.mouthAspectRatio);
    }
    // The best frame: the sharpest one facing the camera as the person mostly does, eyes open.
    const double baseYaw = median(yaw), basePitch = median(pitch), baseEyes = median(eyes);
    for (qsizetype k = 0; k < measured.size(); ++k) {
        const FaceMeasurement& m = measured[k];
        const bool steady = std::abs(m.yaw - baseYaw) < 8 && std::abs(m.pitch - basePitch) < 8 &&
                            m.eyeAspectRatio >= 0.85 * baseEyes && m.faceCount <= 1;
        if (steady && (!best || m.sharpness > measured[*best].sharpness))
            best = int(k);
    }
    if (!best)
        best = 0;
    report.bestFrame = frames[withFace[*best]];
    if (range(yaw) < m_settings.stillPose && range(pitch) < m_settings.stillPose &&
        range(eyes) < m_settings.stillEyes && range(mouth) < m_settings.stillMouth)
        return verdict(RecordingVerdict::StillImage);

    if (method == CertificationMethod::ReadAloud) {
        ReadAloudCheck reading(m_settings.readAloud);
        for (const FaceMeasurement& m : std::as_const(measured))
            reading.feed(m, Guidance::Ready);
        switch (reading.finish(timesMs.last())) {
        case ReadAloudCheck::State::Complete:
            return verdict(RecordingVerdict::Passed);
        case ReadAloudCheck::State::NotSpoken:
            return verdict(RecordingVerdict::NotSpoken);
        case ReadAloudCheck::State::Incomplete:
            return verdict(RecordingVerdict::FaceLeft);
        case ReadAloudCheck::State::TooShort:
        case ReadAloudCheck::State::Recording:
            return verdict(RecordingVerdict::TooShort);
        }
    }
    if (doneInOrder(measured, actions, m_settings.liveness))
        return verdict(RecordingVerdict::Passed);
    if (!doneInOrder(measured, {LivenessAction::Blink}, m_settings.liveness))
        return verdict(RecordingVerdict::NoBlink);
    QList<LivenessAction> order = actions;
    std::sort(order.begin(), order.end());
    do {
        if (order != actions && doneInOrder(measured, order, m_settings.liveness))
            return verdict(RecordingVerdict::WrongOrder);
    } while (std::next_permutation(order.begin(), order.end()));
    return verdict(RecordingVerdict::ActionNotSeen);
}

} // namespace ssc::face
