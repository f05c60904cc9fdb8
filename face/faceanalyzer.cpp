#include "faceanalyzer.h"

#include "facegeometry.h"
#include "landmarkpredictor.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace ssc::face {
namespace {

QString defaultCascade()
{
    return QStringLiteral("/usr/share/opencv4/lbpcascades/lbpcascade_frontalface.xml");
}

cv::Rect toCv(const QRectF& box, const cv::Size& bounds)
{
    const cv::Rect rect(int(std::floor(box.left())), int(std::floor(box.top())), int(std::ceil(box.width())),
                        int(std::ceil(box.height())));
    return rect & cv::Rect(0, 0, bounds.width, bounds.height);
}

QRectF around(const QPointF* first, int count, double grow)
{
    double left = first->x(), right = left, top = first->y(), bottom = top;
    for (int i = 1; i < count; ++i) {
        left = std::min(left, first[i].x());
        right = std::max(right, first[i].x());
        top = std::min(top, first[i].y());
        bottom = std::max(bottom, first[i].y());
    }
    const double dx = (right - left) * grow / 2, dy = (bottom - top) * grow / 2;
    return QRectF(QPointF(left - dx, top - dy), QPointF(right + dx, bottom + dy));
}

struct Colour {
    double y = 0, cr = 0, cb = 0;
    bool valid = false;
};

Colour meanColour(const cv::Mat& ycrcb, const QRectF& region)
{
    const cv::Rect rect = toCv(region, ycrcb.size());
    if (rect.area() < 16)
        return {};
    const cv::Scalar mean = cv::mean(ycrcb(rect));
    return {mean[0], mean[1], mean[2], true};
}

// How unlike the forehead's skin a region is: 0 like skin (its own shading allowed), 1 clearly something
// else. The eyes are naturally darker than the forehead (brows, lashes, shadow: ~0.6-0.8 of its light) and
// the lips redder; dark glasses fall to ~0.3 and masks or scarves move the colour far from any skin.
double unlikeSkin(const Colour& region, const Colour& skin, double naturalDarkening)
{
    if (!region.valid || !skin.valid || skin.y < 1)
        return 0;
    const double darkening = std::max(0.0, 1.0 - region.y / skin.y - naturalDarkening);
    const double brightening = std::max(0.0, region.y / skin.y - 1.25);
    const double chroma = std::hypot(region.cr - skin.cr, region.cb - skin.cb);
    const double score = darkening * 2.5 + brightening * 1.5 + std::max(0.0, chroma - 8.0) / 16.0;
    return std::clamp(score, 0.0, 1.0);
}

cv::Mat facePatch(const cv::Mat& grey, const QRectF& box)
{
    const cv::Rect rect = toCv(box, grey.size());
    cv::Mat patch;
    if (rect.area() > 0)
        cv::resize(grey(rect), patch, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    return patch;
}

// Mean grey difference of two face patches: a blink or a turn changes a few levels, the face leaving the
// picture (or the lights going off) tens.
double patchChange(const cv::Mat& before, const cv::Mat& after)
{
    if (before.empty() || after.empty())
        return 255;
    return cv::norm(before, after, cv::NORM_L1) / double(before.total());
}

constexpr double lostTrackChange = 30;

} // namespace

struct FaceAnalyzer::Impl {
    cv::CascadeClassifier detector;
    LandmarkPredictor predictor;
    bool loaded = false;
    bool tracking = false;
    int sinceDetection = 0;
    int lastFaceCount = 0;
    Landmarks previous{};
    cv::Mat previousPatch; // the face at 32x32 grey, to notice a tracked face that is no longer there
};

FaceAnalyzer::FaceAnalyzer() : FaceAnalyzer(Settings{}) {}

FaceAnalyzer::FaceAnalyzer(Settings settings)
    : m_settings(std::move(settings)), m_impl(std::make_unique<Impl>())
{}

FaceAnalyzer::~FaceAnalyzer() = default;

bool FaceAnalyzer::load(QString* error)
{
    if (m_impl->loaded)
        return true;
    const QString cascade = m_settings.cascade.isEmpty() ? defaultCascade() : m_settings.cascade;
    QString problem;
    if (!QFileInfo(cascade).isReadable() || !m_impl->detector.load(cascade.toStdString()))
        problem = QStringLiteral("face detector not found or unreadable: %1").arg(cascade);
    else
        m_impl->predictor.load(m_settings.landmarkModel.isEmpty() ? LandmarkPredictor::defaultModelPath()
                                                                  : m_settings.landmarkModel,
                               &problem);
    m_loadError = problem;
    m_impl->loaded = problem.isEmpty();
    if (error)
        *error = problem;
    return m_impl->loaded;
}

void FaceAnalyzer::reset()
{
    m_impl->tracking = false;
    m_impl->sinceDetection = 0;
    m_impl->lastFaceCount = 0;
}

std::optional<Landmarks> FaceAnalyzer::landmarksIn(const QImage& image, const QRectF& box)
{
    if (image.isNull() || (!m_impl->loaded && !load(nullptr)))
        return std::nullopt;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat mat(grey.height(), grey.width(), CV_8U, const_cast<uchar*>(grey.constBits()),
                      size_t(grey.bytesPerLine()));
    return m_impl->predictor.predict(mat, box);
}

FaceMeasurement FaceAnalyzer::analyse(const QImage& frame, qint64 atMs)
{
    QElapsedTimer timer;
    timer.start();
    FaceMeasurement m;
    m.atMs = atMs;
    m.frameSize = frame.size();
    if (frame.isNull() || (!m_impl->loaded && !load(nullptr)))
        return m;

    const QImage rgbImage = frame.convertToFormat(QImage::Format_RGB888);
    const cv::Mat rgb(rgbImage.height(), rgbImage.width(), CV_8UC3, const_cast<uchar*>(rgbImage.constBits()),
                      size_t(rgbImage.bytesPerLine()));
    cv::Mat grey;
    cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);

    Impl& s = *m_impl;
    const bool hadFace = s.tracking;
    bool haveFace = false;
    if (s.tracking && s.sinceDetection < m_settings.detectEvery) {
        const QRectF before = landmarkBox(s.previous);
        const Landmarks points = s.predictor.predict(grey, before);
        const QRectF after = landmarkBox(points);
        const double sizeRatio = after.width() / std::max(1.0, before.width());
        const QPointF shift = after.center() - before.center();
        // A face does not halve or double, jump half its width, or change its look entirely in one frame:
        // otherwise the track is lost (the predictor always finds some shape, even on an empty wall).
        if (sizeRatio > 0.75 && sizeRatio < 1.33 && std::hypot(shift.x(), shift.y()) < before.width() / 2 &&
            patchChange(s.previousPatch, facePatch(grey, after)) < lostTrackChange) {
            m.landmarks = points;
            haveFace = true;
            ++s.sinceDetection;
        }
    }
    if (!haveFace) {
        m.detected = true;
        cv::Mat small;
        cv::resize(grey, small, cv::Size(), m_settings.detectionScale, m_settings.detectionScale,
                   cv::INTER_AREA);
        cv::equalizeHist(small, small);
        std::vector<cv::Rect> faces;
        const int minimum = int(m_settings.minimumFacePixels * m_settings.detectionScale);
        s.detector.detectMultiScale(small, faces, 1.1, 3, 0, cv::Size(minimum, minimum));
        s.lastFaceCount = int(faces.size());
        s.sinceDetection = 0;
        if (!faces.empty()) {
            // The largest face is the person being certified; the others only count.
            const cv::Rect largest =
                *std::max_element(faces.begin(), faces.end(),
                                  [](const cv::Rect& a, const cv::Rect& b) { return a.area() < b.area(); });
            const double up = 1.0 / m_settings.detectionScale;
            const QRectF box(largest.x * up, largest.y * up, largest.width * up, largest.height * up);
            // The cascade's box is not the box the predictor was trained on: fit once, then again on the box
            // of the points found, the same box tracking uses, so detected and tracked frames agree.
            const Landmarks rough = s.predictor.predict(grey, box);
            m.landmarks = s.predictor.predict(grey, landmarkBox(rough));
            haveFace = true;
        }
    }
    m.faceCount = s.lastFaceCount;
    s.tracking = haveFace;
    if (!haveFace) {
        m.faceCount = 0;
        m.analysisMicros = int(timer.nsecsElapsed() / 1000);
        return m;
    }

    const Landmarks& p = m.landmarks;
    m.hasLandmarks = true;
    m.faceBox = landmarkBox(p);
    m.faceWidthShare = m.faceBox.width() / (2 * m_settings.oval.radii.width() * m.frameSize.width());
    m.insideOval = insideOval(p, m.frameSize, m_settings.oval);
    const HeadPose pose = headPose(p, m.frameSize);
    m.yaw = pose.yaw;
    m.pitch = pose.pitch;
    m.roll = pose.roll;
    m.eyeAspectRatio = eyeAspectRatio(p);
    m.mouthAspectRatio = mouthAspectRatio(p);
    m.motion = hadFace ? landmarkMotion(s.previous, p) : 0.0;
    s.previous = p;
    s.previousPatch = facePatch(grey, m.faceBox);

    const cv::Rect faceRect = toCv(m.faceBox, grey.size());
    if (faceRect.area() > 0) {
        cv::Scalar mean, deviation;
        cv::meanStdDev(grey(faceRect), mean, deviation);
        m.brightness = mean[0];
        m.contrast = deviation[0];
        cv::Mat scaled, laplacian;
        const double scale = 160.0 / faceRect.width;
        cv::resize(grey(faceRect), scaled, cv::Size(), scale, scale,
                   scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        cv::Laplacian(scaled, laplacian, CV_64F);
        cv::meanStdDev(laplacian, mean, deviation);
        m.sharpness = deviation[0] * deviation[0];
    }

    // Covered eyes, nose or mouth: their colour against the forehead's (the one part of the face that stays
    // uncovered by glasses, masks and hands over the mouth).
    const QRectF region =
        m.faceBox.adjusted(-m.faceBox.width() * 0.1, -m.faceBox.height() * 0.4, m.faceBox.width() * 0.1, 0);
    const cv::Rect colourRect = toCv(region, rgb.size());
    if (colourRect.area() > 0) {
        cv::Mat ycrcb;
        cv::cvtColor(rgb(colourRect), ycrcb, cv::COLOR_RGB2YCrCb);
        const QPointF origin(colourRect.x, colourRect.y);
        auto local = [&](QRectF r) { return r.translated(-origin); };
        const double unit = eyeCornerDistance(p);
        const double browTop = std::min({p[19].y(), p[24].y()});
        const Colour skin = meanColour(ycrcb, local(QRectF(QPointF(p[19].x(), browTop - unit * 0.3),
                                                           QPointF(p[24].x(), browTop - unit * 0.08))));
        const Colour eyes[] = {meanColour(ycrcb, local(around(&p[36], 6, 0.3))),
                               meanColour(ycrcb, local(around(&p[42], 6, 0.3)))};
        const Colour mouth = meanColour(ycrcb, local(around(&p[48], 12, 0.1)));
        const Colour nose = meanColour(ycrcb, local(around(&p[31], 5, 0.2)));
        m.eyesCovered = std::max(unlikeSkin(eyes[0], skin, 0.45), unlikeSkin(eyes[1], skin, 0.45));
        m.mouthCovered = std::max(unlikeSkin(mouth, skin, 0.35), unlikeSkin(nose, skin, 0.35));
    }
    m.analysisMicros = int(timer.nsecsElapsed() / 1000);
    return m;
}

} // namespace ssc::face
