#pragma once

#include "facemeasurement.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>

namespace ssc::face {

// Turns camera frames into FaceMeasurements, one frame at a time, on the thread that calls it (the pipeline
// keeps it off the GUI thread). Faces are detected (OpenCV's LBP cascade) on a half-size frame every few
// frames and whenever the face was lost; in between the face is tracked: the predictor is run on the box of
// the previous frame's landmarks, which costs ~2 ms instead of ~10. Not thread-safe: one analyser per camera.
class FaceAnalyzer {
public:
    struct Settings {
        int detectEvery = 8;         // frames between detections while a face is tracked
        double detectionScale = 0.5; // the detector looks at the frame this size
        int minimumFacePixels = 80;  // smallest face (full-size pixels) worth detecting
        Oval oval;
        QString landmarkModel; // empty: LandmarkPredictor::defaultModelPath()
        QString cascade;       // empty: Debian's opencv-data lbpcascade_frontalface.xml
    };

    FaceAnalyzer();
    explicit FaceAnalyzer(Settings settings);
    ~FaceAnalyzer();

    // Loads the detector and the landmark model (~0.6 s). Called by the first analyse() if not before.
    bool load(QString* error);
    QString loadError() const { return m_loadError; }

    FaceMeasurement analyse(const QImage& frame, qint64 atMs);
    // The 68 landmarks of the face known to be in `box` (a cropped face: no detection); nullopt when the
    // models cannot be loaded.
    std::optional<Landmarks> landmarksIn(const QImage& image, const QRectF& box);
    // Forget the face being tracked (a new person, or the camera restarted).
    void reset();

    const Settings& settings() const { return m_settings; }

private:
    struct Impl;
    Settings m_settings;
    std::unique_ptr<Impl> m_impl;
    QString m_loadError;
};

} // namespace ssc::face
