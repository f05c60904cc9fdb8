#pragma once

#include "qrdecoder.h"

#include <QImage>
#include <QRect>

namespace ssc {

// Reading a QR code from camera frames of a phone screen. One plain ZXing call (QrDecoder) is the fast path
// every frame gets; when it finds nothing, the frame is looked at again in the ways a camera frame of a
// screen goes wrong (docs/hardware.md, "Camera"):
//   Smoothed  — half size with a smooth filter: removes moiré stripes and sensor noise, shrinks blur
//   Sharpened — unsharp mask (amount 2): restores edges of a slightly out-of-focus code
//   Stretched — 3x3 mean, then contrast stretched between the 2nd and 98th percentile: dim light with sensor
//               noise, washed-out screens, moiré
// A live camera tries one extra way per frame, in turn (each frame stays within one or two decodes); a still
// image (ssc-ctl qr decode) tries them all at once.
class FrameReader {
public:
    enum class Strategy { Plain, Smoothed, Sharpened, Stretched };
    static constexpr int strategyCount = 4;

    // Everything on one image: plain first, then each other way until one reads.
    static QrReading readAll(const QImage& frame, const QRect& regionOfInterest = {});
    // One frame of a stream: plain, then the extra way whose turn it is (frameNumber picks it).
    static QrReading readFrame(const QImage& frame, quint64 frameNumber, const QRect& regionOfInterest = {});
    static QrReading read(const QImage& frame, Strategy strategy, const QRect& regionOfInterest = {});

    // The image transformations, for tests.
    static QImage prepared(const QImage& grey, Strategy strategy);
};

} // namespace ssc
