#include "facegeometry.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/core.hpp>

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ssc::face {
namespace {

double distance(const QPointF& a, const QPointF& b)
{
    return QLineF(a, b).length();
}

// (|p1-p5| + |p2-p4|) / (2 |p0-p3|) over the six points of one eye, starting at `first`.
double oneEye(const Landmarks& p, size_t first)
{
    const double width = distance(p[first], p[first + 3]);
    if (width <= 0)
        return 0;
    return (distance(p[first + 1], p[first + 5]) + distance(p[first + 2], p[first + 4])) / (2 * width);
}

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

} // namespace

double eyeAspectRatio(const Landmarks& points)
{
    return (oneEye(points, 36) + oneEye(points, 42)) / 2;
}

double mouthAspectRatio(const Landmarks& p)
{
    const double width = distance(p[60], p[64]);
    if (width <= 0)
        return 0;
    return (distance(p[61], p[67]) + distance(p[62], p[66]) + distance(p[63], p[65])) / (3 * width);
}

QRectF landmarkBox(const Landmarks& points)
{
    double left = points[0].x(), right = left, top = points[0].y(), bottom = top;
    for (const QPointF& point : points) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

double eyeCornerDistance(const Landmarks& points)
{
    return distance(points[36], points[45]);
}

bool insideOval(const Landmarks& points, const QSizeF& frameSize, const Oval& oval)
{
    const double cx = oval.centre.x() * frameSize.width(), cy = oval.centre.y() * frameSize.height();
    const double rx = oval.radii.width() * frameSize.width(), ry = oval.radii.height() * frameSize.height();
    if (rx <= 0 || ry <= 0)
        return false;
    // The outline of the face: jaw and brows. The brows stand in for the forehead, which has no landmark.
    for (size_t i = 0; i <= 26; ++i) {
        const double dx = (points[i].x() - cx) / rx, dy = (points[i].y() - cy) / ry;
        if (dx * dx + dy * dy > 1.0)
            return false;
    }
    return true;
}

double landmarkMotion(const Landmarks& before, const Landmarks& after)
{
    const double unit = eyeCornerDistance(after);
    if (unit <= 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < before.size(); ++i)
        sum += distance(before[i], after[i]);
    return sum / double(before.size()) / unit;
}

HeadPose headPose(const Landmarks& p, const QSizeF& frameSize)
{
    // A generic head in millimetres, in camera-like axes (x right, y down, z away from the camera), nose tip
    // at the origin: a face looking straight at the camera gives the identity rotation.
    static const std::vector<cv::Point3d> model = {
        {0.0, 0.0, 0.0},      // 30 nose tip
        {0.0, 63.6, 12.5},    // 8 chin
        {-43.3, -32.7, 26.0}, // 36 outer corner of the person's right eye (image left)
        {43.3, -32.7, 26.0},  // 45 outer corner of the left eye
        {-28.9, 28.9, 24.1},  // 48 mouth corner
        {28.9, 28.9, 24.1},   // 54 mouth corner
    };
    const std::vector<cv::Point2d> image = {
        {p[30].x(), p[30].y()}, {p[8].x(), p[8].y()},   {p[36].x(), p[36].y()},
        {p[45].x(), p[45].y()}, {p[48].x(), p[48].y()}, {p[54].x(), p[54].y()},
    };
    const double focal = frameSize.width();
    const cv::Matx33d camera(focal, 0, frameSize.width() / 2, 0, focal, frameSize.height() / 2, 0, 0, 1);
    // Start from a face looking at the camera at the distance its eye corners say: the iterative solver then
    // settles on the pose near it, not on the mirror solution of a head facing away (six points allow both).
    const double eyes = std::max(1.0, eyeCornerDistance(p));
    const double depth = focal * 86.6 / eyes;
    cv::Vec3d rotation(0, 0, 0);
    cv::Vec3d translation((p[30].x() - frameSize.width() / 2) * depth / focal,
                          (p[30].y() - frameSize.height() / 2) * depth / focal, depth);
    HeadPose pose;
    if (!cv::solvePnP(model, image, camera, cv::noArray(), rotation, translation, true,
                      cv::SOLVEPNP_ITERATIVE))
        return pose;
    cv::Matx33d r;
    cv::Rodrigues(rotation, r);
    // R = Rz(roll) * Ry(yaw) * Rx(pitch).
    pose.pitch = degrees(std::atan2(r(2, 1), r(2, 2)));
    pose.yaw = degrees(std::asin(std::clamp(-r(2, 0), -1.0, 1.0)));
    pose.roll = degrees(std::atan2(r(1, 0), r(0, 0)));
    return pose;
}

} // namespace ssc::face
