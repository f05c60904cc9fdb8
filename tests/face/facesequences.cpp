#include "facesequences.h"

#include "evidencerecording.h"
#include "faceanalyzer.h"
#include "facegeometry.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QHash>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>
#include <functional>
#include <memory>
#include <mutex>
#include <numbers>

namespace ssc::face::fixtures {
namespace {

constexpr int frameWidth = 640;
constexpr int frameHeight = 480;
constexpr double faceWidthPixels = 190; // about 0.6 of the oval: a person at arm's length from a kiosk

cv::Mat toMat(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                   size_t(rgb.bytesPerLine()))
        .clone();
}

QImage toImage(const cv::Mat& rgb)
{
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

Landmarks landmarksOf(const cv::Mat& rgb)
{
    // Full-size detection: the photo's face is smaller than a kiosk camera's.
    static FaceAnalyzer analyzer{[] {
        FaceAnalyzer::Settings settings;
        settings.detectionScale = 1.0;
        settings.minimumFacePixels = 60;
        return settings;
    }()};
    analyzer.reset();
    return analyzer.analyse(toImage(rgb), 0).landmarks;
}

cv::Point2f at(const QPointF& p)
{
    return cv::Point2f(float(p.x()), float(p.y()));
}

// The photo moved and scaled so the face sits in the oval, on the photo's own background.
const cv::Mat& basePortrait()
{
    static const cv::Mat base = [] {
        cv::Mat bgr = cv::imread(photoPath().toStdString(), cv::IMREAD_COLOR);
        cv::Mat photo;
        cv::cvtColor(bgr, photo, cv::COLOR_BGR2RGB);
        const QRectF box = landmarkBox(landmarksOf(photo));
        const double scale = faceWidthPixels / box.width();
        const cv::Point2d target(frameWidth * 0.5, frameHeight * 0.5);
        const cv::Matx23d move(scale, 0, target.x - box.center().x() * scale, 0, scale,
                               target.y - box.center().y() * scale);
        cv::Mat framed;
        cv::warpAffine(photo, framed, move, cv::Size(frameWidth, frameHeight), cv::INTER_AREA,
                       cv::BORDER_REPLICATE);
        return framed;
    }();
    return base;
}

const Landmarks& baseLandmarks()
{
    static const Landmarks points = landmarksOf(basePortrait());
    return points;
}

// Sensor noise, different in every frame (a camera never shows the same frame twice), same in every run.
QImage withNoise(const cv::Mat& rgb, int frameIndex, double sigma = 2.0)
{
    cv::Mat noise(rgb.size(), CV_16SC3);
    cv::RNG rng(uint64(1000 + frameIndex));
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat wide, out;
    rgb.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(out, CV_8UC3);
    return toImage(out);
}

Sequence build(const QString& name, int count, const std::function<cv::Mat(int, double)>& frameAt)
{
    // Each build of a sequence gets noise of its own, and sequences of different names too (a blink's first
    // frame, eyes open, is the same picture as a still frame), so sequences put one after the other never
    // share a frame: the platform takes a frame seen twice for a replay, as a camera never repeats one. The
    // same sequences built in the same order give the same frames.
    static std::mutex lock;
    static QHash<QString, int> builds;
    int round = 0;
    {
        const std::lock_guard guard(lock);
        round = int(builds.size()) * 1000 + builds.value(name); // a new name: its own thousand
        if (builds.contains(name))
            round = builds.value(name);
        builds.insert(name, round + 1);
    }
    Sequence sequence{name, {}, 15};
    for (int i = 0; i < count; ++i) {
        const double t = count > 1 ? double(i) / (count - 1) : 0.0;
        sequence.frames.append(withNoise(frameAt(i, t), i + 1000 * round));
    }
    return sequence;
}

// 0 → 1 → 0 over the sequence, holding the peak for a while: an action done and undone.
double there_and_back(double t)
{
    const double up = std::clamp((t - 0.15) / 0.3, 0.0, 1.0);
    const double down = std::clamp((0.85 - t) / 0.3, 0.0, 1.0);
    const double s = std::min(up, down);
    return s * s * (3 - 2 * s);
}

// Eyelids lowered by `amount` (0 open, 1 shut): the eye's opening painted over with the lid's skin, the
// lashes a dark line where the lids meet.
cv::Mat withEyesClosed(const cv::Mat& base, double amount)
{
    cv::Mat out = base.clone();
    if (amount <= 0)
        return out;
    const Landmarks& p = baseLandmarks();
    for (size_t first : {size_t(36), size_t(42)}) {
        std::vector<cv::Point> eye;
        for (size_t i = 0; i < 6; ++i)
            eye.push_back(at(p[first + i]));
        const cv::Rect box = cv::boundingRect(eye);
        const int grow = std::max(2, box.height / 2);
        // The skin just under the eye: the colour of a lowered lid (above it the brows would darken it).
        const cv::Rect lidArea(box.x, box.y + box.height + grow, box.width, std::max(2, box.height / 2));
        const cv::Scalar lid = cv::mean(base(lidArea & cv::Rect(0, 0, base.cols, base.rows)));
        cv::Mat mask = cv::Mat::zeros(base.size(), CV_8U);
        cv::fillConvexPoly(mask, eye, 255);
        cv::dilate(mask, mask,
                   cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(grow * 2 + 1, grow + 1)));
        cv::Mat painted = out.clone();
        painted.setTo(lid, mask);
        const cv::Point left = at(p[first]), right = at(p[first + 3]);
        const cv::Point middle((left.x + right.x) / 2, int(std::max(p[first + 4].y(), p[first + 5].y())) - 1);
        cv::polylines(painted, std::vector<std::vector<cv::Point>>{{left, middle, right}}, false,
                      cv::Scalar(40, 30, 30), 2, cv::LINE_AA);
        cv::GaussianBlur(mask, mask, cv::Size(7, 7), 0);
        cv::Mat alpha;
        mask.convertTo(alpha, CV_32F, amount / 255.0);
        for (int y = 0; y < out.rows; ++y)
            for (int x = 0; x < out.cols; ++x) {
                const float a = alpha.at<float>(y, x);
                if (a <= 0)
                    continue;
                cv::Vec3b& o = out.at<cv::Vec3b>(y, x);
                const cv::Vec3b& n = painted.at<cv::Vec3b>(y, x);
                for (int c = 0; c < 3; ++c)
                    o[c] = cv::saturate_cast<uchar>(o[c] * (1 - a) + n[c] * a);
            }
    }
    return out;
}

// The head rotated with depth: an ellipsoid head with a nose, so near points (the nose) move more than far
// ones (the cheeks), as in a real turn, and unlike a flat photo tilted. Yaw turns about the vertical axis,
// pitch about the horizontal one.
cv::Mat rotatedHead(const cv::Mat& base, double yawDegrees, double pitchDegrees)
{
    const Landmarks& p = baseLandmarks();
    const QRectF box = landmarkBox(p);
    const double cx = box.center().x(), cy = box.center().y() - box.height() * 0.1;
    const double a = box.width() * 0.62, b = box.height() * 0.75, depth = box.width() * 0.45;
    const QPointF nose = p[30];
    const double noseRadius = box.width() * 0.16, noseHeight = box.width() * 0.18;
    auto z = [&](double x, double y) {
        const double u = (x - cx) / a, v = (y - cy) / b;
        const double head = 1 - u * u - v * v;
        if (head <= 0)
            return 0.0;
        const double nx = (x - nose.x()) / noseRadius, ny = (y - nose.y()) / (noseRadius * 1.8);
        return depth * std::sqrt(head) + noseHeight * std::exp(-(nx * nx + ny * ny));
    };
    const double yaw = yawDegrees * std::numbers::pi / 180, pitch = pitchDegrees * std::numbers::pi / 180;
    cv::Mat mapX(base.size(), CV_32F), mapY(base.size(), CV_32F);
    for (int v = 0; v < base.rows; ++v)
        for (int u = 0; u < base.cols; ++u) {
            // Find the source point that lands on (u, v): x' = cx + (x-cx) cos + z sin, solved by iteration.
            double x = u, y = v;
            for (int k = 0; k < 4; ++k) {
                const double depthHere = z(x, y);
                x = cx + (u - cx - depthHere * std::sin(yaw)) / std::cos(yaw);
                y = cy + (v - cy - depthHere * std::sin(pitch)) / std::cos(pitch);
            }
            mapX.at<float>(v, u) = float(x);
            mapY.at<float>(v, u) = float(y);
        }
    cv::Mat out;
    cv::remap(base, out, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

// The jaw dropped by `amount` of the mouth's width: the chin and lower lip move down, the opening is dark.
cv::Mat withMouthOpen(const cv::Mat& base, double amount)
{
    if (amount <= 0)
        return base.clone();
    const Landmarks& p = baseLandmarks();
    const double lipLine = (p[62].y() + p[66].y()) / 2;
    const double cx = (p[60].x() + p[64].x()) / 2;
    const double mouthHalf = (p[54].x() - p[48].x()) / 2;
    const double jawHalf = (p[13].x() - p[3].x()) / 2;
    const double chin = p[8].y();
    const double drop = amount * mouthHalf * 2;
    cv::Mat mapX(base.size(), CV_32F), mapY(base.size(), CV_32F);
    for (int v = 0; v < base.rows; ++v)
        for (int u = 0; u < base.cols; ++u) {
            const double across =
                std::clamp(1 - (std::abs(u - cx) - mouthHalf) / (jawHalf - mouthHalf), 0.0, 1.0);
            const double below = v < lipLine ? 0.0 : std::clamp((chin + 2 * drop - v) / drop, 0.0, 1.0);
            const double shift = drop * across * std::min(1.0, below);
            double source = v - shift;
            if (v >= lipLine && source < lipLine)
                source = lipLine - 1; // the gap the jaw leaves: painted as the open mouth below
            mapX.at<float>(v, u) = float(u);
            mapY.at<float>(v, u) = float(source);
        }
    cv::Mat out;
    cv::remap(base, out, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::ellipse(out, cv::Point2d(cx, lipLine + drop / 2), cv::Size(int(mouthHalf * 0.8), int(drop / 2)), 0, 0,
                360, cv::Scalar(70, 25, 30), cv::FILLED, cv::LINE_AA);
    return out;
}

cv::Mat scaledAbout(const cv::Mat& base, double scale, cv::Point2d to)
{
    const cv::Point2d from(frameWidth * 0.5, frameHeight * 0.5);
    const cv::Matx23d move(scale, 0, to.x - from.x * scale, 0, scale, to.y - from.y * scale);
    cv::Mat out;
    cv::warpAffine(base, out, move, base.size(), cv::INTER_AREA, cv::BORDER_REPLICATE);
    return out;
}

} // namespace

QString photoPath()
{
    return QStringLiteral(SSC_FIXTURES_DIR "/faces/astronaut.png");
}

QImage portrait()
{
    return withNoise(basePortrait(), 0);
}

QImage photoOnFile()
{
    const QImage photo(photoPath());
    return photo.copy(QRect(110, 0, 300, 360)); // head and shoulders, as an ID photo
}

QStringList otherPeople()
{
    const QDir dir(QStringLiteral(SSC_FIXTURES_DIR "/faces/lfw"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QImage asPhotoOnFile(const QImage& lfwFace)
{
    return lfwFace.scaled(100, 100, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage lfwStyleCrop(const QImage& photo)
{
    const QRectF box = landmarkBox(landmarksOf(toMat(photo)));
    const QRectF tight = box.adjusted(box.width() * 0.05, -box.height() * 0.05, -box.width() * 0.05, 0);
    return photo.copy(tight.toRect())
        .convertToFormat(QImage::Format_Grayscale8)
        .scaled(25, 25, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QRectF otherPersonBox()
{
    return QRectF(8, 12, 84,
                  88); // the crop is the face from the brows to the chin; the box is the predictor's
}

Sequence still(int count)
{
    return build(QStringLiteral("still"), count, [](int, double) { return basePortrait(); });
}

Sequence blink()
{
    return build(QStringLiteral("blink"), 15,
                 [](int, double t) { return withEyesClosed(basePortrait(), there_and_back(t)); });
}

Sequence eyesClosed(int count)
{
    return build(QStringLiteral("eyes-closed"), count,
                 [](int, double) { return withEyesClosed(basePortrait(), 1); });
}

Sequence headTurn(double peakDegrees)
{
    return build(QStringLiteral("head-turn"), 24, [=](int, double t) {
        return rotatedHead(basePortrait(), peakDegrees * there_and_back(t), 0);
    });
}

Sequence nod(double peakDegrees)
{
    return build(QStringLiteral("nod"), 24, [=](int, double t) {
        return rotatedHead(basePortrait(), 0, peakDegrees * there_and_back(t));
    });
}

Sequence mouthOpen()
{
    return build(QStringLiteral("mouth-open"), 18,
                 [](int, double t) { return withMouthOpen(basePortrait(), 0.3 * there_and_back(t)); });
}

Sequence lookingUp(int count)
{
    // Tilts the head back over the first third and holds it there.
    return build(QStringLiteral("looking-up"), count,
                 [](int, double t) { return rotatedHead(basePortrait(), 0, -26 * std::min(1.0, t * 3)); });
}

Sequence secondFace()
{
    const cv::Mat& base = basePortrait();
    const QRectF box = landmarkBox(baseLandmarks()).adjusted(-40, -70, 40, 30);
    const cv::Rect faceArea = cv::Rect(int(box.x()), int(box.y()), int(box.width()), int(box.height())) &
                              cv::Rect(0, 0, base.cols, base.rows);
    cv::Mat other;
    cv::flip(base(faceArea), other, 1);
    cv::resize(other, other, cv::Size(), 0.62, 0.62, cv::INTER_AREA);
    return build(QStringLiteral("second-face"), 30, [=](int, double t) {
        cv::Mat frame = base.clone();
        const int x = int(frameWidth - other.cols * std::min(1.0, t * 1.6) * 1.05);
        const cv::Rect into(x, 40, std::min(other.cols, frameWidth - x), other.rows);
        if (into.width > 0)
            other(cv::Rect(0, 0, into.width, into.height)).copyTo(frame(into));
        return frame;
    });
}

Sequence dark(int count)
{
    cv::Mat dim;
    basePortrait().convertTo(dim, -1, 0.2, 0);
    return build(QStringLiteral("dark"), count, [=](int, double) { return dim; });
}

Sequence blurred(int count)
{
    cv::Mat soft;
    cv::GaussianBlur(basePortrait(), soft, cv::Size(0, 0), 4.0);
    return build(QStringLiteral("blurred"), count, [=](int, double) { return soft; });
}

Sequence maskOverMouth(int count)
{
    const Landmarks& p = baseLandmarks();
    cv::Mat masked = basePortrait().clone();
    std::vector<cv::Point> mask;
    for (size_t i = 2; i <= 14; ++i)
        mask.push_back(at(p[i]) + cv::Point2f(0, i == 8 ? 8.0f : 0.0f));
    mask.push_back(at(p[29]) + cv::Point2f(0, -4));
    cv::fillPoly(masked, std::vector<std::vector<cv::Point>>{mask}, cv::Scalar(150, 200, 225), cv::LINE_AA);
    return build(QStringLiteral("mask"), count, [=](int, double) { return masked; });
}

Sequence darkGlasses(int count)
{
    const Landmarks& p = baseLandmarks();
    cv::Mat glasses = basePortrait().clone();
    const double unit = eyeCornerDistance(p);
    for (size_t first : {size_t(36), size_t(42)}) {
        const QPointF centre = (p[first] + p[first + 3]) / 2;
        cv::ellipse(glasses, at(centre), cv::Size(int(unit * 0.24), int(unit * 0.17)), 0, 0, 360,
                    cv::Scalar(20, 22, 25), cv::FILLED, cv::LINE_AA);
    }
    cv::line(glasses, at(p[39]), at(p[42]), cv::Scalar(20, 22, 25), 3, cv::LINE_AA);
    return build(QStringLiteral("dark-glasses"), count, [=](int, double) { return glasses; });
}

Sequence offCentre(int count)
{
    const cv::Mat moved = scaledAbout(basePortrait(), 1.0, cv::Point2d(frameWidth * 0.86, frameHeight * 0.5));
    return build(QStringLiteral("off-centre"), count, [=](int, double) { return moved; });
}

Sequence tooFar(int count)
{
    const cv::Mat far = scaledAbout(basePortrait(), 0.5, cv::Point2d(frameWidth * 0.5, frameHeight * 0.46));
    return build(QStringLiteral("too-far"), count, [=](int, double) { return far; });
}

Sequence tooClose(int count)
{
    const cv::Mat near = scaledAbout(basePortrait(), 1.8, cv::Point2d(frameWidth * 0.5, frameHeight * 0.5));
    return build(QStringLiteral("too-close"), count, [=](int, double) { return near; });
}

Sequence shaking(int count)
{
    return build(QStringLiteral("shaking"), count, [](int i, double) {
        const double x = frameWidth * 0.5 + (i % 2 == 0 ? -14 : 14);
        return scaledAbout(basePortrait(), 1.0, cv::Point2d(x, frameHeight * 0.5));
    });
}

Sequence noFace(int count)
{
    const cv::Mat empty(frameHeight, frameWidth, CV_8UC3, cv::Scalar(120, 128, 135));
    return build(QStringLiteral("no-face"), count, [=](int, double) { return empty; });
}

Sequence printedPhoto(int count)
{
    // The photo on paper (a white border), held in front of a wall and tilted back and forth as a hand would:
    // a flat picture, so every movement is a plane's (a homography), and its eyes never close.
    const cv::Mat& base = basePortrait();
    cv::Mat paper;
    cv::copyMakeBorder(base, paper, 24, 24, 24, 24, cv::BORDER_CONSTANT, cv::Scalar(245, 245, 240));
    const cv::Mat wall(frameHeight, frameWidth, CV_8UC3, cv::Scalar(90, 96, 100));
    return build(QStringLiteral("printed-photo"), count, [=](int, double t) {
        const double tilt =
            std::sin(t * 2 * std::numbers::pi) * 0.18; // the sheet turned about its vertical axis
        const float w = float(paper.cols), h = float(paper.rows);
        const std::vector<cv::Point2f> from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        const float squeeze = float(h * std::abs(tilt) * 0.5);
        const float left = tilt > 0 ? squeeze : 0, right = tilt > 0 ? 0 : squeeze;
        const float scale = 0.9f, ox = (frameWidth - w * scale) / 2, oy = (frameHeight - h * scale) / 2;
        const std::vector<cv::Point2f> to = {{ox, oy + left * scale},
                                             {ox + w * scale, oy + right * scale},
                                             {ox + w * scale, oy + (h - right) * scale},
                                             {ox, oy + (h - left) * scale}};
        cv::Mat frame = wall.clone();
        cv::warpPerspective(paper, frame, cv::getPerspectiveTransform(from, to), frame.size(),
                            cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
        return frame;
    });
}

QList<QImage> framesOf(const QList<Sequence>& sequences)
{
    QList<QImage> frames;
    for (const Sequence& s : sequences)
        frames.append(s.frames);
    return frames;
}

Sequence performing(LivenessAction action)
{
    switch (action) {
    case LivenessAction::Blink:
        return blink();
    case LivenessAction::Nod:
        return nod();
    case LivenessAction::TurnHead:
        return headTurn();
    case LivenessAction::OpenMouth:
        return mouthOpen();
    }
    return still();
}

QList<Sequence> doingWhatIsAsked(quint32 seed)
{
    QRandomGenerator random(seed);
    return doing(LivenessCheck::randomActions(random, 2));
}

QList<Sequence> doing(const QList<LivenessAction>& actions)
{
    QList<Sequence> sequences = {still(12)};
    for (LivenessAction action : actions)
        sequences += {performing(action), still(6)};
    sequences.append(still(20));
    return sequences;
}

std::function<QImage()> cameraShowing(QList<QImage> frames)
{
    auto next = std::make_shared<qsizetype>(0);
    return
        [frames = std::move(frames), next] { return frames.value(std::min((*next)++, frames.size() - 1)); };
}

QImage someoneElse()
{
    QImage frame(640, 480, QImage::Format_RGB32);
    frame.fill(QColor(120, 128, 135));
    QPainter painter(&frame);
    painter.drawImage(QRect(220, 110, 200, 200), QImage(otherPeople().value(3)));
    return frame;
}

Recording recorded(const QList<QImage>& frames)
{
    EvidenceRecording recording(15, EvidenceRecording::certificationSize,
                                EvidenceRecording::certificationQuality);
    if (!recording.start(nullptr))
        return {};
    for (qsizetype i = 0; i < frames.size(); ++i)
        recording.add(frames[i], qint64(i) * 1000 / 15);
    const QList<qint64> times = recording.times();
    return {recording.finish(), times};
}

bool writeAll(const QString& directory)
{
    const QList<Sequence> all = {still(),         blink(),       eyesClosed(),  headTurn(), nod(),
                                 mouthOpen(),     lookingUp(),   secondFace(),  dark(),     blurred(),
                                 maskOverMouth(), darkGlasses(), offCentre(),   tooFar(),   tooClose(),
                                 shaking(),       noFace(),      printedPhoto()};
    for (const Sequence& sequence : all) {
        const QDir dir(directory + QLatin1Char('/') + sequence.name);
        if (!QDir().mkpath(dir.path()))
            return false;
        for (int i = 0; i < sequence.frames.size(); ++i)
            if (!sequence.frames[i].save(
                    dir.filePath(QStringLiteral("%1.png").arg(i, 3, 10, QLatin1Char('0')))))
                return false;
    }
    return true;
}

} // namespace ssc::face::fixtures
