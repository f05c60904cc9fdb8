#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QString>

namespace ssc {

// What one frame or picture gave: the text of a QR code, or why there was none. The same decoder serves the
// camera pipeline and `ssc-ctl qr decode`, so an operator sees exactly what the kiosk sees.
struct QrReading {
    enum class Problem { None, NoImage, NoCode, Damaged };
    Problem problem = Problem::NoCode;
    QString text;
    qint64 microseconds = 0;

    bool found() const { return problem == Problem::None; }
    QString reason() const; // translated; empty when found
};

// ZXing-C++ on the grey plane: QR only, no rotation or downscale retries (QR is found at any angle anyway;
// FrameReader scales itself where it helps), optionally inside a region of interest (where the code is held).
class QrDecoder {
    Q_DECLARE_TR_FUNCTIONS(QrDecoder)
public:
    // How ZXing turns grey into black and white: its local average (the default, uneven light), its global
    // histogram (one threshold: moiré beats that fool local averages), or none (the picture is black and
    // white already, FrameReader thresholded it).
    enum class Binarizer { LocalAverage, GlobalHistogram, AlreadyBinary };

    static QrReading decode(const QImage& frame, const QRect& regionOfInterest = {},
                            Binarizer binarizer = Binarizer::LocalAverage);
    static QrReading decodeFile(const QString& path);
    friend struct QrReading;
};

} // namespace ssc
