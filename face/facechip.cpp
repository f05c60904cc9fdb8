#include "facechip.h"

#include "landmarkpredictor.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ssc::face {

FaceChip cutFaceChip(const QImage& picture, const Landmarks& points, int size, double padding)
{
    FaceChip chip;
    if (picture.isNull() || size <= 0)
        return chip;
    const std::array<double, 6> m = LandmarkPredictor::faceChipTransform(points, size, padding);
    chip.toChip = QTransform(m[0], m[3], m[1], m[4], m[2], m[5]);
    chip.scale = std::sqrt(std::abs(m[0] * m[4] - m[1] * m[3]));

    QImage source = picture.convertToFormat(QImage::Format_RGB888);
    cv::Mat mat(source.height(), source.width(), CV_8UC3, source.bits(), size_t(source.bytesPerLine()));
    cv::Mat affine = (cv::Mat_<double>(2, 3) << m[0], m[1], m[2], m[3], m[4], m[5]);
    // dlib samples a big face from an image pyramid (halving) rather than straight from full size, which
    // would alias: the same here, halving until the chip is at most twice smaller than what it is cut from.
    cv::Mat level = mat;
    double scale = chip.scale;
    while (scale < 0.5 && level.cols > 2 * size && level.rows > 2 * size) {
        cv::Mat smaller;
        cv::pyrDown(level, smaller);
        level = smaller;
        scale *= 2;
        cv::Mat linear = affine.colRange(0, 2);
        linear *= 2.0;
    }
    cv::Mat out;
    cv::warpAffine(level, out, affine, cv::Size(size, size), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(0, 0, 0));
    chip.image = QImage(out.data, out.cols, out.rows, int(out.step), QImage::Format_RGB888).copy();
    return chip;
}

} // namespace ssc::face
