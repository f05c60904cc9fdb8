#include "framelooks.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace ssc::framelooks {
namespace {

// The QImage's own pixels, not copied.
cv::Mat view(const QImage& grey)
{
    return cv::Mat(grey.height(), grey.width(), CV_8U, const_cast<uchar*>(grey.constBits()),
                   size_t(grey.bytesPerLine()));
}

QImage blankLike(const QImage& grey, QSize size = {})
{
    return QImage(size.isValid() ? size : grey.size(), QImage::Format_Grayscale8);
}

} // namespace

QRect codeNeighbourhood(const QImage& grey)
{
    if (grey.width() < 16 || grey.height() < 16)
        return {};
    cv::Mat half, gx, gy, energy;
    cv::resize(view(grey), half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    cv::Sobel(half, gx, CV_16S, 1, 0);
    cv::Sobel(half, gy, CV_16S, 0, 1);
    cv::add(cv::abs(gx), cv::abs(gy), energy, cv::noArray(), CV_32F);
    // Averaged over about a module's neighbourhood: a code's many edges add up, a phone's or a frame's
    // single outline does not.
    cv::boxFilter(energy, energy, -1, cv::Size(9, 9));
    double strongest = 0;
    cv::Point at;
    cv::minMaxLoc(energy, nullptr, &strongest, nullptr, &at);
    if (strongest < 24) // no edge worth the name: a flat or empty picture
        return {};
    const cv::Mat busy = energy > 0.35 * strongest;
    cv::Mat labels, stats, centroids;
    cv::connectedComponentsWithStats(busy, labels, stats, centroids, 8, CV_32S);
    const int label = labels.at<int>(at);
    const QRect patch(stats.at<int>(label, cv::CC_STAT_LEFT) * 2, stats.at<int>(label, cv::CC_STAT_TOP) * 2,
                      stats.at<int>(label, cv::CC_STAT_WIDTH) * 2,
                      stats.at<int>(label, cv::CC_STAT_HEIGHT) * 2);
    const int mx = patch.width() / 4 + 8;
    const int my = patch.height() / 4 + 8;
    return patch.adjusted(-mx, -my, mx, my).intersected(grey.rect());
}

QImage scaled(const QImage& grey, double factor)
{
    QImage out = blankLike(grey, (QSizeF(grey.size()) * factor).toSize());
    cv::Mat dst = view(out);
    cv::resize(view(grey), dst, dst.size(), 0, 0, factor < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

QImage enlarged(const QImage& grey, double factor)
{
    QImage out = blankLike(grey, (QSizeF(grey.size()) * factor).toSize());
    cv::Mat dst = view(out);
    cv::resize(view(grey), dst, dst.size(), 0, 0, cv::INTER_CUBIC);
    return out;
}

QImage unsharp(const QImage& grey, double sigma, double amount)
{
    cv::Mat blurred;
    cv::GaussianBlur(view(grey), blurred, cv::Size(), sigma);
    QImage out = blankLike(grey);
    cv::Mat dst = view(out);
    cv::addWeighted(view(grey), 1 + amount, blurred, -amount, 0, dst);
    return out;
}

QImage smoothed(const QImage& grey, double sigma)
{
    QImage out = blankLike(grey);
    cv::Mat dst = view(out);
    cv::GaussianBlur(view(grey), dst, cv::Size(), sigma);
    return out;
}

namespace {

QImage adaptive(const QImage& grey, int method, int block, int offset)
{
    QImage out = blankLike(grey);
    cv::Mat dst = view(out);
    cv::adaptiveThreshold(view(grey), dst, 255, method, cv::THRESH_BINARY, block | 1, offset);
    return out;
}

} // namespace

QImage thresholded(const QImage& grey, int block, int offset)
{
    return adaptive(grey, cv::ADAPTIVE_THRESH_MEAN_C, block, offset);
}

QImage gaussianThresholded(const QImage& grey, int block, int offset)
{
    return adaptive(grey, cv::ADAPTIVE_THRESH_GAUSSIAN_C, block, offset);
}

} // namespace ssc::framelooks
