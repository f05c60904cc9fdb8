#include "framereader.h"

#include "framelooks.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>

namespace ssc {
namespace {

QImage smoothed(const QImage& grey)
{
    return grey.scaled(grey.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// 3x3 mean: sensor noise in dim light.
QImage denoised(const QImage& grey)
{
    QImage out(grey.size(), QImage::Format_Grayscale8);
    const int w = grey.width();
    const int h = grey.height();
    for (int y = 0; y < h; ++y) {
        const uchar* above = grey.constScanLine(std::max(y - 1, 0));
        const uchar* line = grey.constScanLine(y);
        const uchar* below = grey.constScanLine(std::min(y + 1, h - 1));
        uchar* o = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int l = std::max(x - 1, 0);
            const int r = std::min(x + 1, w - 1);
            o[x] = uchar((above[l] + above[x] + above[r] + line[l] + line[x] + line[r] + below[l] + below[x] +
                          below[r]) /
                         9);
        }
    }
    return out;
}

// Unsharp mask: original + 2 x (original - 3x3 mean), clamped.
QImage sharpened(const QImage& grey)
{
    const QImage mean = denoised(grey);
    QImage out(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        const uchar* blurred = mean.constScanLine(y);
        uchar* o = out.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            o[x] = uchar(std::clamp(3 * line[x] - 2 * blurred[x], 0, 255));
    }
    return out;
}

// Contrast stretched so the 2nd percentile becomes black and the 98th white.
QImage stretched(const QImage& grey)
{
    std::array<int, 256> histogram{};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 total = qint64(grey.width()) * grey.height();
    int low = 0;
    int high = 255;
    qint64 seen = 0;
    for (int v = 0; v < 256; ++v)
        if ((seen += histogram[size_t(v)]) >= total / 50) {
            low = v;
            break;
        }
    seen = 0;
    for (int v = 255; v >= 0; --v)
        if ((seen += histogram[size_t(v)]) >= total / 50) {
            high = v;
            break;
        }
    if (high <= low)
        return grey;
    std::array<uchar, 256> map{};
    for (int v = 0; v < 256; ++v)
        map[size_t(v)] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    QImage out(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* in = grey.constScanLine(y);
        uchar* o = out.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            o[x] = map[in[x]];
    }
    return out;
}

// The neighbourhood of the code, made `factor` times larger (not when it is most of the frame already: a code
// that large needs no help being seen, and the decode would cost several frames' worth).
QImage close(const QImage& grey, double factor)
{
    const QRect around = framelooks::codeNeighbourhood(grey);
    const QImage patch = around.isEmpty() ? grey : grey.copy(around);
    const bool large = qint64(patch.width()) * patch.height() * 2 > qint64(grey.width()) * grey.height();
    return large ? patch : framelooks::scaled(patch, factor);
}

} // namespace

QImage FrameReader::prepared(const QImage& grey, Strategy strategy)
{
    switch (strategy) {
    case Strategy::Plain:
    case Strategy::Histogram:
        return grey;
    case Strategy::Close:
        return framelooks::unsharp(close(grey, 1.5), 1.5, 1.0);
    case Strategy::DimClose:
        return framelooks::smoothed(close(grey, 1.0), 1.0);
    case Strategy::ThresholdClose:
        return framelooks::thresholded(framelooks::smoothed(close(grey, 2.0), 1.5), 41, 3);
    case Strategy::SharpenedClose:
        return framelooks::unsharp(close(grey, 1.0), 1.5, 1.0);
    case Strategy::Smoothed:
        return smoothed(grey);
    case Strategy::Sharpened:
        return sharpened(grey);
    case Strategy::Stretched:
        return stretched(denoised(grey));
    }
    return grey;
}

namespace {

QrDecoder::Binarizer binarizerFor(FrameReader::Strategy strategy)
{
    switch (strategy) {
    case FrameReader::Strategy::Histogram:
    case FrameReader::Strategy::DimClose:
        return QrDecoder::Binarizer::GlobalHistogram;
    case FrameReader::Strategy::ThresholdClose:
        return QrDecoder::Binarizer::AlreadyBinary;
    default:
        return QrDecoder::Binarizer::LocalAverage;
    }
}

// "Damaged" (a code was seen) says more than "nothing there": the better of two failures.
bool better(const QrReading& next, const QrReading& best)
{
    return next.found() ||
           (next.problem == QrReading::Problem::Damaged && best.problem == QrReading::Problem::NoCode);
}

// The further ways a live frame gets, one a frame, in this order.
constexpr FrameReader::Strategy inTurn[] = {FrameReader::Strategy::Histogram, FrameReader::Strategy::DimClose,
                                            FrameReader::Strategy::ThresholdClose,
                                            FrameReader::Strategy::SharpenedClose};

} // namespace

QrReading FrameReader::read(const QImage& frame, Strategy strategy, const QRect& regionOfInterest)
{
    if (frame.isNull())
        return QrDecoder::decode(frame);
    QElapsedTimer timer;
    timer.start();
    QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    if (regionOfInterest.isValid())
        grey = grey.copy(regionOfInterest.intersected(grey.rect()));
    QrReading reading = QrDecoder::decode(prepared(grey, strategy), {}, binarizerFor(strategy));
    reading.microseconds = timer.nsecsElapsed() / 1000;
    return reading;
}

QrReading FrameReader::readAll(const QImage& frame, const QRect& regionOfInterest)
{
    QrReading best = read(frame, Strategy::Plain, regionOfInterest);
    qint64 spent = best.microseconds;
    for (int s = 1; s < strategyCount && !best.found(); ++s) {
        QrReading next = read(frame, Strategy(s), regionOfInterest);
        spent += next.microseconds;
        if (better(next, best))
            best = next;
    }
    best.microseconds = spent;
    return best;
}

QrReading FrameReader::readFrame(const QImage& frame, quint64 frameNumber, const QRect& regionOfInterest)
{
    // Cheap first: one plain call reads a phone held well, in about a millisecond.
    QrReading best = read(frame, Strategy::Plain, regionOfInterest);
    if (best.found() || best.problem == QrReading::Problem::NoImage)
        return best;
    qint64 spent = best.microseconds;
    const auto tryWay = [&](Strategy way) {
        QrReading next = read(frame, way, regionOfInterest);
        spent += next.microseconds;
        if (better(next, best))
            best = next;
    };
    tryWay(Strategy::Close);
    // The further way costs as much again: every frame where a code was seen (a finder pattern, "damaged"),
    // every other frame where none was (an empty view costs two and a half decodes a frame, not three).
    if (!best.found() && (best.problem == QrReading::Problem::Damaged || frameNumber % 2 == 0))
        tryWay(inTurn[(frameNumber / 2) % std::size(inTurn)]);
    best.microseconds = spent; // the frame's whole cost, whichever way answered
    return best;
}

} // namespace ssc
