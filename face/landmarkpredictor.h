#pragma once

#include "facemeasurement.h"

#include <QString>

#include <memory>

namespace cv {
class Mat;
}

namespace ssc::face {

// dlib's 68-point shape predictor, alone in its own file: dlib's headers take ~13 s to compile and stay out
// of everything else. The model (/usr/share/dlib, ~100 MB, 0.6 s to load) is loaded by the first call of
// load(), on whatever thread certification starts on, never at start-up.
class LandmarkPredictor {
public:
    LandmarkPredictor();
    ~LandmarkPredictor();
    LandmarkPredictor(const LandmarkPredictor&) = delete;
    LandmarkPredictor& operator=(const LandmarkPredictor&) = delete;

    static QString defaultModelPath();
    bool load(const QString& modelPath, QString* error);
    bool isLoaded() const;

    // The 68 points of the face in `box` of the 8-bit grey image `grey` (the box need not be exact: the
    // predictor fits the face it finds around it).
    Landmarks predict(const cv::Mat& grey, const QRectF& box) const;

private:
    struct Model;
    std::unique_ptr<Model> m_model;
};

} // namespace ssc::face
