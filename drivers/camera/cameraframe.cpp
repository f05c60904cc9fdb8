#include "cameraframe.h"

#include <cstring>

namespace ssc {
namespace {

// Formats whose first plane is the 8-bit luma, row by row.
bool lumaPlaneFirst(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return true;
    default:
        return false;
    }
}

// The luma of a mapped frame, or a null image when the format has none to take as is.
QImage lumaOf(const QVideoFrame& mapped)
{
    const QVideoFrameFormat::PixelFormat format = mapped.pixelFormat();
    const int w = mapped.width();
    const int h = mapped.height();
    const uchar* bits = mapped.bits(0);
    const int stride = mapped.bytesPerLine(0);
    if (!bits || w <= 0 || h <= 0)
        return {};
    QImage grey(w, h, QImage::Format_Grayscale8);
    if (lumaPlaneFirst(format)) {
        for (int y = 0; y < h; ++y)
            std::memcpy(grey.scanLine(y), bits + qsizetype(y) * stride, size_t(w));
        return grey;
    }
    // Packed 4:2:2: Y U Y V (YUYV) or U Y V Y (UYVY), luma every other byte.
    int first = -1;
    if (format == QVideoFrameFormat::Format_YUYV)
        first = 0;
    else if (format == QVideoFrameFormat::Format_UYVY)
        first = 1;
    if (first < 0)
        return {};
    for (int y = 0; y < h; ++y) {
        const uchar* in = bits + qsizetype(y) * stride + first;
        uchar* out = grey.scanLine(y);
        for (int x = 0; x < w; ++x)
            out[x] = in[2 * x];
    }
    return grey;
}

} // namespace

QImage CameraFrame::toImage() const
{
    return m_video.isValid() ? m_video.toImage() : m_image;
}

QImage CameraFrame::grey() const
{
    if (!m_video.isValid())
        return m_image.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame = m_video; // shared; mapping needs a non-const handle
    if (frame.map(QVideoFrame::ReadOnly)) {
        QImage luma = lumaOf(frame);
        frame.unmap();
        if (!luma.isNull())
            return luma;
    }
    return frame.toImage().convertToFormat(QImage::Format_Grayscale8);
}

} // namespace ssc
