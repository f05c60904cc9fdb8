#pragma once

#include <QImage>
#include <QString>

namespace ssc {

// A QR code (ZXing's writer) as a black-on-white image with a quiet zone, `moduleSize` pixels per module.
// Any Unicode text (UTF-8 beyond Latin-1); a null image for a text too long for a QR code.
QImage renderQrCode(const QString& text, int moduleSize = 8);

} // namespace ssc
