#pragma once

#include <QImage>
#include <QString>

namespace ssc {

// A QR code (ZXing's writer) as a black-on-white image with a quiet zone, `moduleSize` pixels per module.
QImage renderQrCode(const QString& text, int moduleSize = 8);

} // namespace ssc
