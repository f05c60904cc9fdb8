#pragma once

#include "facemeasurement.h"

#include <QImage>
#include <QTransform>

namespace ssc::face {

// A face cut out the way dlib cuts faces for its face recognition network (dlib::get_face_chip_details and
// extract_image_chip): the similarity transform that best takes the inner landmarks (brows, lower lip and jaw
// left out) onto dlib's mean face, a square chip of `size` pixels with `padding` (a share of the face) on
// every side. The same face then lands on the same pixels whatever its position, size and roll in the
// picture.
struct FaceChip {
    static constexpr int networkSize = 150;
    static constexpr double networkPadding = 0.25;

    QImage image;      // RGB888, size x size
    QTransform toChip; // picture pixels -> chip pixels
    double scale = 0;  // chip pixels per picture pixel
};

FaceChip cutFaceChip(const QImage& picture, const Landmarks& points, int size = FaceChip::networkSize,
                     double padding = FaceChip::networkPadding);

} // namespace ssc::face
