#include "qrimage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <exception>

namespace ssc {

QImage renderQrCode(const QString& text, int moduleSize)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    // ZXing's writer assumes ISO-8859-1 and throws on anything else ("Unexpected charcode"): text beyond it
    // (a receipt's Chinese name) is written as UTF-8, announced by an ECI, as phone cameras read it.
    const bool latin1 = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 256; });
    if (!latin1)
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    ZXing::BitMatrix matrix;
    try {
        matrix = writer.encode(text.toStdWString(), 0, 0); // smallest size: one pixel a module
    } catch (const std::exception&) {
        return {}; // too long for a QR code: no picture rather than a crash
    }
    QImage image(matrix.width() * moduleSize, matrix.height() * moduleSize, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            if (matrix.get(x, y))
                for (int dy = 0; dy < moduleSize; ++dy)
                    std::fill_n(image.scanLine(y * moduleSize + dy) + x * moduleSize, moduleSize, uchar(0));
    return image;
}

} // namespace ssc
