#include "qrimage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace ssc {

QImage renderQrCode(const QString& text, int moduleSize)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    const ZXing::BitMatrix matrix =
        writer.encode(text.toStdWString(), 0, 0); // smallest size: one pixel a module
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
