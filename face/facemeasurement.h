#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <array>

namespace ssc::face {

// The 68 points of the iBUG 300-W scheme (dlib's shape predictor): jaw 0-16, brows 17-26, nose 27-35,
// eyes 36-47, mouth 48-67. In pixels of the frame that was analysed.
using Landmarks = std::array<QPointF, 68>;

// The on-screen oval the person is asked to keep their face in, as a share of the frame (0..1 each way).
// Drawn by the certification screen with the same numbers, so "inside the oval" means what the person sees.
struct Oval {
    QPointF centre{0.5, 0.46};
    QSizeF radii{0.24, 0.40};
};

// What one camera frame shows of a face: everything the guidance and the liveness challenges decide on.
// Plain numbers, no images: they travel between threads and into tests and logs (never a picture).
struct FaceMeasurement {
    qint64 atMs = 0;       // when the frame was taken (source time), for timeouts and rates
    QSizeF frameSize;      // pixels
    int faceCount = 0;     // faces found at the latest detection (tracked frames carry it on)
    bool detected = false; // this frame ran the detector (otherwise the face was tracked)
    bool hasLandmarks = false;
    Landmarks landmarks{};       // valid when hasLandmarks
    QRectF faceBox;              // the landmarks' bounding box, pixels
    double faceWidthShare = 0;   // face width / oval width: ~0.55-0.95 is a good distance
    bool insideOval = false;     // every jaw, brow and chin point inside the oval
    double yaw = 0;              // degrees: + turned to the person's left (the image's right)
    double pitch = 0;            // degrees: + chin down (looking down), - looking up
    double roll = 0;             // degrees: + head tilted clockwise in the image
    double eyeAspectRatio = 0;   // mean of both eyes: ~0.3 open, < 0.2 closed (Soukupová & Čech 2016)
    double mouthAspectRatio = 0; // inner lips: ~0 closed, > 0.4 open wide
    double brightness = 0;       // mean grey of the face, 0-255
    double contrast = 0;         // standard deviation of that grey
    double sharpness = 0;        // variance of the Laplacian of the face at 160 px wide: < ~40 is blurred
    double motion = 0;       // landmark movement since the previous frame, share of the eye-corner distance
    double eyesCovered = 0;  // 0..1: how unlike skin the eye regions look (dark glasses, a hand)
    double mouthCovered = 0; // 0..1: how unlike skin the nose and mouth look (a mask, a scarf, a hand)
    int analysisMicros = 0;  // time spent on this frame
};

} // namespace ssc::face
