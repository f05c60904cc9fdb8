#include "qrdecoder.h"

#include <QElapsedTimer>

// ZXing 1.4 returns text as UTF-8 std::string only with this (its next release makes it the default).
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

namespace ssc {

QString QrReading::reason() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NoImage:
        return QrDecoder::tr("the file is not an image this terminal can read");
    case Problem::Damaged:
        return QrDecoder::tr("a QR code was found but could not be read: damaged, blurred or partly covered");
    case Problem::NoCode:
        break;
    }
    return QrDecoder::tr("no QR code was found: hold the code flat, closer, and out of reflections");
}

QrReading QrDecoder::decode(const QImage& frame, const QRect& regionOfInterest, Binarizer binarizer)
{
    QrReading reading;
    if (frame.isNull()) {
        reading.problem = QrReading::Problem::NoImage;
        return reading;
    }
    QElapsedTimer timer;
    timer.start();
    QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    if (regionOfInterest.isValid())
        grey = grey.copy(regionOfInterest.intersected(grey.rect()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryRotate(false);
    hints.setTryDownscale(false);
    hints.setTryHarder(true);
    hints.setReturnErrors(true); // tell "damaged" from "nothing there"
    hints.setBinarizer(binarizer == Binarizer::GlobalHistogram ? ZXing::Binarizer::GlobalHistogram
                       : binarizer == Binarizer::AlreadyBinary ? ZXing::Binarizer::BoolCast
                                                               : ZXing::Binarizer::LocalAverage);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    reading.microseconds = timer.nsecsElapsed() / 1000;
    if (result.isValid()) {
        reading.problem = QrReading::Problem::None;
        reading.text = QString::fromStdString(result.text());
    } else if (result.format() != ZXing::BarcodeFormat::None) {
        reading.problem = QrReading::Problem::Damaged;
    }
    return reading;
}

QrReading QrDecoder::decodeFile(const QString& path)
{
    return decode(QImage(path));
}

} // namespace ssc
