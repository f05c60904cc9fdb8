#pragma once

#include <QImage>
#include <QRect>

// Ways of looking again at a camera frame's grey plane that ZXing alone does not try, each with OpenCV
// (its headers stay in the .cpp). FrameReader chooses among them; tests/drivers/phoneframes.h's held-out
// presentations measure them (docs/performance.md).
namespace ssc::framelooks {

// Where a code most likely is: the largest patch of strong fine texture (a QR code's modules), found on the
// half-size picture and given a quarter of its size as margin. Empty when the picture is flat. About 0.3 ms
// at 640x480; what follows then works on a few hundred pixels square instead of the whole frame.
QRect codeNeighbourhood(const QImage& grey);

QImage scaled(const QImage& grey, double factor);                // bilinear
QImage enlarged(const QImage& grey, double factor);              // bicubic: a module's edges stay steep
QImage unsharp(const QImage& grey, double sigma, double amount); // grey + amount x (grey - blurred)
QImage smoothed(const QImage& grey, double sigma);               // Gaussian
QImage thresholded(const QImage& grey, int block, int offset);   // local mean threshold: black or white
// Local Gaussian-weighted threshold: black or white. Where a module is two or three pixels wide (a code
// enlarged from 1.3–2 camera pixels a module) the weighting follows a glare's or a beat's slope closer than a
// flat mean and than ZXing's 8x8-block local average.
QImage gaussianThresholded(const QImage& grey, int block, int offset);

} // namespace ssc::framelooks
