#include "facematcher.h"

#include "descriptorfacematcher.h"
#include "stillfacefinder.h"

#include <opencv2/face.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ssc::face {
namespace {

constexpr int cropSize = 64;

QPointF eyeCentre(const Landmarks& p, size_t first)
{
    QPointF sum;
    for (size_t i = first; i < first + 6; ++i)
        sum += p[i];
    return sum / 6.0;
}

cv::Mat toGrey(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(grey.height(), grey.width(), CV_8U, const_cast<uchar*>(grey.constBits()),
                   size_t(grey.bytesPerLine()))
        .clone();
}

} // namespace

std::unique_ptr<FaceMatcher> makeFaceMatcher()
{
    return std::make_unique<DescriptorFaceMatcher>();
}

LbphFaceMatcher::LbphFaceMatcher(double threshold)
    : m_finder(std::make_unique<StillFaceFinder>()), m_threshold(threshold)
{
    m_finder->load(&m_loadError); // one landmark model for detected and for given boxes
}

LbphFaceMatcher::~LbphFaceMatcher() = default;

QImage LbphFaceMatcher::alignedFace(const QImage& image, const QRectF& box)
{
    if (image.isNull())
        return {};
    const auto found = m_finder->landmarks(image, box);
    if (!found)
        return {};
    const Landmarks& points = *found;
    const cv::Mat grey = toGrey(image);
    // Eyes level, 24 px apart, a third of the way down: the same face lands on the same pixels.
    const QPointF left = eyeCentre(points, 36), right = eyeCentre(points, 42);
    const double angle = std::atan2(right.y() - left.y(), right.x() - left.x()) * 180.0 / M_PI;
    const double scale = 24.0 / std::max(1.0, std::hypot(right.x() - left.x(), right.y() - left.y()));
    const QPointF middle = (left + right) / 2;
    cv::Mat rotation =
        cv::getRotationMatrix2D(cv::Point2f(float(middle.x()), float(middle.y())), angle, scale);
    rotation.at<double>(0, 2) += cropSize / 2.0 - middle.x();
    rotation.at<double>(1, 2) += cropSize * 0.36 - middle.y();
    cv::Mat crop;
    cv::warpAffine(grey, crop, rotation, cv::Size(cropSize, cropSize), cv::INTER_AREA, cv::BORDER_REPLICATE);
    cv::equalizeHist(crop, crop);
    return QImage(crop.data, crop.cols, crop.rows, int(crop.step), QImage::Format_Grayscale8).copy();
}

FaceComparison LbphFaceMatcher::compare(const QImage& probe, const QImage& reference,
                                        const QRectF& referenceBox)
{
    FaceComparison result;
    const QImage probeFace = alignedFace(probe);
    const QImage referenceFace = alignedFace(reference, referenceBox);
    result.probeHasFace = !probeFace.isNull();
    result.referenceHasFace = !referenceFace.isNull();
    if (!result.probeHasFace || !result.referenceHasFace)
        return result;
    auto recognizer = cv::face::LBPHFaceRecognizer::create(1, 8, 8, 8);
    recognizer->train(std::vector<cv::Mat>{toGrey(referenceFace)}, std::vector<int>{0});
    int label = -1;
    double distance = 0;
    recognizer->predict(toGrey(probeFace), label, distance);
    result.distance = distance;
    result.samePerson = distance <= m_threshold;
    return result;
}

} // namespace ssc::face
