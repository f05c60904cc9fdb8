#pragma once

// QVideoFrames as a camera delivers them (NV12, YUYV), made from a grey picture: the luma is the picture, the
// chroma neutral. For the camera path's tests and bench_camera.
#include <QImage>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace videoframes {

inline QVideoFrame fromGrey(const QImage& picture, QVideoFrameFormat::PixelFormat format)
{
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = grey.width();
    const int h = grey.height();
    if (format == QVideoFrameFormat::Format_NV12) {
        for (int y = 0; y < h; ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(w));
        for (int y = 0; y < (h + 1) / 2; ++y)
            std::memset(frame.bits(1) + y * frame.bytesPerLine(1), 128, size_t(w));
    } else if (format == QVideoFrameFormat::Format_YUYV) {
        for (int y = 0; y < h; ++y) {
            uchar* line = frame.bits(0) + y * frame.bytesPerLine(0);
            const uchar* in = grey.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                line[2 * x] = in[x];
                line[2 * x + 1] = 128;
            }
        }
    }
    frame.unmap();
    return frame;
}

} // namespace videoframes
