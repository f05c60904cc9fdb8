#pragma once

#include "facemeasurement.h"

#include <QString>

#include <array>
#include <memory>

namespace cv {
class Mat;
}

namespace ssc::face {

// dlib's 68-point shape predictor, alone in its own file: dlib's headers take ~13 s to compile and stay out
// of everything else. The model (/usr/share/dlib, ~100 MB, 0.6 s to load) is read by the process's first call
// of load() for its path, on whatever thread certification starts on, never at start-up; later predictors,
// on any thread, share that copy.
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

    // dlib's face chip (get_face_chip_details, then get_mapping_to_chip): the similarity transform that takes
    // the landmarks onto dlib's mean face in a `size` x `size` chip with `padding` (a share of the face)
    // around it, as the 2x3 matrix [a b c; d e f] mapping image pixels to chip pixels. What dlib's face
    // recognition network was trained on: 150 px, padding 0.25.
    static std::array<double, 6> faceChipTransform(const Landmarks& points, int size, double padding);

    struct Model;

private:
    std::shared_ptr<const Model> m_model;
};

} // namespace ssc::face
