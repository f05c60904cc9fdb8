#include "framereader.h"

#include "framelooks.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cmath>

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

} // namespace

// A frame's grey picture and where its code most likely is, found once (about 0.3 ms at 640x480) and only
// when a way asks: the ways of one frame share it.
class FrameReader::Looked {
public:
    explicit Looked(QImage grey) : m_grey(std::move(grey)) {}
    const QImage& grey() const { return m_grey; }
    const QImage& neighbourhood()
    {
        if (!m_searched) {
            const QRect around = framelooks::codeNeighbourhood(m_grey);
            m_patch = around.isEmpty() ? m_grey : m_grey.copy(around);
            m_searched = true;
        }
        return m_patch;
    }

private:
    QImage m_grey;
    QImage m_patch;
    bool m_searched = false;
};

namespace {

enum class Scale { Linear, Cubic };
constexpr double maxEnlargedPixels = 2.0 * 640 * 480;

// The neighbourhood of the code, smoothed first where asked (`sigma`), made `factor` times larger (not when
// it is most of the frame already: a code that large needs no help being seen, and the decode would cost
// several frames' worth).
QImage close(FrameReader::Looked& frame, double factor, Scale scale = Scale::Linear, double sigma = 0)
{
    const QImage& patch = frame.neighbourhood();
    const QImage soft = sigma > 0 ? framelooks::smoothed(patch, sigma) : patch;
    const bool large =
        qint64(patch.width()) * patch.height() * 2 > qint64(frame.grey().width()) * frame.grey().height();
    if (large)
        return soft;
    // No larger than twice a 640x480 frame: a patch that big at 1280x720 holds a code of several pixels a
    // module already, and decoding it doubled would cost more than a frame's time (at 640x480 nothing is
    // capped).
    const double pixels = double(patch.width()) * patch.height();
    factor = std::min(factor, std::sqrt(maxEnlargedPixels / pixels));
    if (factor <= 1)
        return soft;
    return scale == Scale::Cubic ? framelooks::enlarged(soft, factor) : framelooks::scaled(soft, factor);
}

} // namespace

QImage FrameReader::prepared(const QImage& grey, Strategy strategy)
{
    Looked frame(grey);
    return prepared(frame, strategy);
}

QImage FrameReader::prepared(Looked& frame, Strategy strategy)
{
    const QImage& grey = frame.grey();
    switch (strategy) {
    case Strategy::Plain:
    case Strategy::Histogram:
        return grey;
    case Strategy::Close:
        return framelooks::unsharp(close(frame, 1.5), 1.5, 1.0);
    case Strategy::AdaptiveClose:
        return framelooks::gaussianThresholded(close(frame, 2.0, Scale::Cubic), 31, 3);
    case Strategy::SmoothAdaptiveClose:
        return framelooks::gaussianThresholded(close(frame, 1.5, Scale::Cubic, 0.8), 45, 3);
    case Strategy::DimClose:
        return close(frame, 1.0, Scale::Linear, 1.0);
    case Strategy::ThresholdClose:
        return framelooks::thresholded(framelooks::smoothed(close(frame, 2.0), 1.5), 41, 3);
    case Strategy::SharpenedClose:
        return framelooks::unsharp(close(frame, 1.0), 1.5, 1.0);
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
    case FrameReader::Strategy::AdaptiveClose:
    case FrameReader::Strategy::SmoothAdaptiveClose:
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

// The further ways a live frame gets, one a frame, in this order: those that read most of what the adaptive
// ways left on the tuning seeds (docs/performance.md).
constexpr FrameReader::Strategy inTurn[] = {FrameReader::Strategy::Histogram, FrameReader::Strategy::Close};

} // namespace

namespace {

QImage greyOf(const QImage& frame, const QRect& regionOfInterest)
{
    QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    return regionOfInterest.isValid() ? grey.copy(regionOfInterest.intersected(grey.rect())) : grey;
}

} // namespace

QrReading FrameReader::read(Looked& frame, Strategy strategy)
{
    QElapsedTimer timer;
    timer.start();
    QrReading reading = QrDecoder::decode(prepared(frame, strategy), {}, binarizerFor(strategy));
    reading.microseconds = timer.nsecsElapsed() / 1000;
    return reading;
}

QrReading FrameReader::read(const QImage& frame, Strategy strategy, const QRect& regionOfInterest)
{
    if (frame.isNull())
        return QrDecoder::decode(frame);
    Looked looked(greyOf(frame, regionOfInterest));
    return read(looked, strategy);
}

QrReading FrameReader::readAll(const QImage& frame, const QRect& regionOfInterest)
{
    if (frame.isNull())
        return QrDecoder::decode(frame);
    Looked looked(greyOf(frame, regionOfInterest));
    QrReading best = read(looked, Strategy::Plain);
    qint64 spent = best.microseconds;
    for (int s = 1; s < strategyCount && !best.found(); ++s) {
        QrReading next = read(looked, Strategy(s));
        spent += next.microseconds;
        if (better(next, best))
            best = next;
    }
    best.microseconds = spent;
    return best;
}

QrReading FrameReader::readFrame(const QImage& frame, quint64 frameNumber, const QRect& regionOfInterest)
{
    if (frame.isNull())
        return QrDecoder::decode(frame);
    Looked looked(greyOf(frame, regionOfInterest));
    // Cheap first: one plain call reads a phone held well, in about a millisecond.
    QrReading best = read(looked, Strategy::Plain);
    if (best.found())
        return best;
    qint64 spent = best.microseconds;
    const auto tryWay = [&](Strategy way) {
        if (best.found())
            return;
        QrReading next = read(looked, way);
        spent += next.microseconds;
        if (better(next, best))
            best = next;
    };
    tryWay(Strategy::AdaptiveClose);
    tryWay(Strategy::SmoothAdaptiveClose);
    // The further way costs as much again: every frame where a code was seen (a finder pattern, "damaged"),
    // every other frame where none was.
    if (best.problem == QrReading::Problem::Damaged || frameNumber % 2 == 0)
        tryWay(inTurn[(frameNumber / 2) % std::size(inTurn)]);
    best.microseconds = spent; // the frame's whole cost, whichever way answered
    return best;
}

} // namespace ssc
