#pragma once

#include "facemeasurement.h"

namespace ssc::face {

// Measures read off the 68 landmarks alone: plain arithmetic, unit-tested on hand-made points.
struct HeadPose {
    double yaw = 0;
    double pitch = 0;
    double roll = 0;
};

double eyeAspectRatio(const Landmarks& points);   // mean of both eyes
double mouthAspectRatio(const Landmarks& points); // inner lips
QRectF landmarkBox(const Landmarks& points);
double eyeCornerDistance(const Landmarks& points); // outer corners, the face's own length unit
bool insideOval(const Landmarks& points, const QSizeF& frameSize, const Oval& oval);
// Mean movement of the points from `before` to `after`, as a share of the eye-corner distance.
double landmarkMotion(const Landmarks& before, const Landmarks& after);
// Head pose from six landmarks and a generic head model (solvePnP), for a camera whose focal length is about
// the frame's width (webcams and kiosk cameras: 60-70 degrees across).
HeadPose headPose(const Landmarks& points, const QSizeF& frameSize);

} // namespace ssc::face
