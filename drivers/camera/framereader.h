#pragma once

#include "qrdecoder.h"

#include <QImage>
#include <QRect>

namespace ssc {

// Reading a QR code from camera frames of a phone screen (docs/hardware.md, "The camera"). A live camera's
// frame gets, cheapest first, until one reads:
//   Plain  — one ZXing call on the frame (about a millisecond: a phone held well is read here);
//   Close  — where the code most likely is (framelooks::codeNeighbourhood: the patch of strong fine texture),
//            1.5 times larger and unsharp-masked: the one way that reads most hard phone frames;
//   one further way, in turn from frame to frame — on every frame where a code was seen (a finder pattern:
//   "damaged"), on every other one where none was, so an empty view costs two or three decodes a frame and a
//   presentation of a few frames gets every way (a reflection or a beat that spoils one frame has moved by
//   the next):
//   Histogram      — the whole frame, ZXing's global-histogram binarizer: moiré beats
//   DimClose       — the neighbourhood smoothed (Gaussian, sigma 1), global histogram: dim light, noise
//   ThresholdClose — the neighbourhood twice as large, smoothed, local mean threshold: moiré and dim
//   SharpenedClose — the neighbourhood unsharp-masked at its size: blur
// The order was chosen on one seed of tests/drivers/phoneframes.h's presentations and is reported on another.
// A still image (ssc-ctl qr decode) gets every way at once, and also the older whole-frame ones:
//   Smoothed  — half size with a smooth filter: removes moiré stripes and sensor noise, shrinks blur
//   Sharpened — unsharp mask (amount 2): restores edges of a slightly out-of-focus code
//   Stretched — 3x3 mean, then contrast stretched between the 2nd and 98th percentile
class FrameReader {
public:
    enum class Strategy {
        Plain,
        Close,
        Histogram,
        DimClose,
        ThresholdClose,
        SharpenedClose,
        Smoothed,
        Sharpened,
        Stretched
    };
    static constexpr int strategyCount = 9;

    // Everything on one image: plain first, then each other way until one reads.
    static QrReading readAll(const QImage& frame, const QRect& regionOfInterest = {});
    // One frame of a stream: Plain, Close, then the further way whose turn it is (frameNumber picks it).
    static QrReading readFrame(const QImage& frame, quint64 frameNumber, const QRect& regionOfInterest = {});
    static QrReading read(const QImage& frame, Strategy strategy, const QRect& regionOfInterest = {});

    // The image a way hands to ZXing, for tests.
    static QImage prepared(const QImage& grey, Strategy strategy);
};

} // namespace ssc
