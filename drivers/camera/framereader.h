#pragma once

#include "qrdecoder.h"

#include <QImage>
#include <QRect>

namespace ssc {

// Reading a QR code from camera frames of a phone screen (docs/hardware.md, "The camera"). A live camera's
// frame gets, cheapest first, until one reads:
//   Plain               — one ZXing call on the frame (about a millisecond: a phone held well is read here);
//   AdaptiveClose       — where the code most likely is (framelooks::codeNeighbourhood: the patch of strong
//   fine
//                         texture, found once a frame), twice as large (bicubic), then black and white by a
//                         Gaussian-weighted local threshold (31 pixels, offset 3): codes of 1.3–4 camera
//                         pixels a module, glare and moiré beats that ZXing's own 8x8-block binarizer gets
//                         wrong;
//   SmoothAdaptiveClose — the same neighbourhood smoothed first (Gaussian, sigma 0.8: moiré and noise), 1.5
//                         times as large, threshold over 45 pixels: dim and striped codes;
//   one further way, in turn from frame to frame — on every frame where a code was seen (a finder pattern:
//   "damaged"), on every other one where none was (a reflection or a beat that spoils one frame has moved by
//   the next):
//   Histogram      — the whole frame, ZXing's global-histogram binarizer: moiré beats
//   Close          — the neighbourhood 1.5 times larger and unsharp-masked: blur
// The ways, their parameters and order were chosen on tuning seeds (1 and 3) of tests/drivers/phoneframes.h's
// presentations and are reported on the held-out seed 2 (docs/performance.md). A neighbourhood is enlarged to
// at most twice a 640x480 frame's pixels (a code that large is seen without help, and the cost stays bounded
// at 1280x720). A still image (ssc-ctl qr decode) gets every way at once, and also the older ones:
//   DimClose       — the neighbourhood smoothed (Gaussian, sigma 1), global histogram: dim light, noise
//   ThresholdClose — the neighbourhood twice as large, smoothed, local mean threshold: moiré and dim
//   SharpenedClose — the neighbourhood unsharp-masked at its size: blur
//   Smoothed  — half size with a smooth filter: removes moiré stripes and sensor noise, shrinks blur
//   Sharpened — unsharp mask (amount 2): restores edges of a slightly out-of-focus code
//   Stretched — 3x3 mean, then contrast stretched between the 2nd and 98th percentile
class FrameReader {
public:
    enum class Strategy {
        Plain,
        Close,
        AdaptiveClose,
        SmoothAdaptiveClose,
        Histogram,
        DimClose,
        ThresholdClose,
        SharpenedClose,
        Smoothed,
        Sharpened,
        Stretched
    };
    static constexpr int strategyCount = 11;

    // Everything on one image: plain first, then each other way until one reads.
    static QrReading readAll(const QImage& frame, const QRect& regionOfInterest = {});
    // One frame of a stream: Plain, the two adaptive ways, then the further way whose turn it is (frameNumber
    // picks it).
    static QrReading readFrame(const QImage& frame, quint64 frameNumber, const QRect& regionOfInterest = {});
    static QrReading read(const QImage& frame, Strategy strategy, const QRect& regionOfInterest = {});

    // The image a way hands to ZXing, for tests.
    static QImage prepared(const QImage& grey, Strategy strategy);

    class Looked; // a frame's grey picture and its code's neighbourhood, shared by the ways of one frame

private:
    static QImage prepared(Looked& frame, Strategy strategy);
    static QrReading read(Looked& frame, Strategy strategy);
};

} // namespace ssc
