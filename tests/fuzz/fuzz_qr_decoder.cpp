// Fuzz target: arbitrary bytes as a camera frame's grey plane (and as an image file) through the QR decoder,
// and through every way the camera looks at a frame (FrameReader::readAll: the code's neighbourhood found by
// OpenCV, enlarged, thresholded). Nothing may crash; whatever is read is text.
#include "camera/framereader.h"
#include "camera/qrdecoder.h"

#include <QImage>

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size >= 64) {
        const int width = 64;
        const int height = static_cast<int>(size / 64);
        QImage frame(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y)
            std::memcpy(frame.scanLine(y), data + static_cast<size_t>(y) * 64, 64);
        const ssc::QrReading reading = ssc::QrDecoder::decode(frame);
        if (reading.found() && !reading.reason().isEmpty())
            std::abort();
        const ssc::QrReading every = ssc::FrameReader::readAll(frame);
        if (every.found() && !every.reason().isEmpty())
            std::abort();
    }
    // The same bytes as a file an operator hands to `ssc-ctl qr decode`.
    const QImage file = QImage::fromData(data, static_cast<int>(size));
    (void)ssc::QrDecoder::decode(file);
    return 0;
}
