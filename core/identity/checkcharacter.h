#pragma once

#include <QChar>
#include <QStringView>

namespace ssc {

// ISO 7064 MOD 11-2 check character over the first 17 digits of an 18-character number
// (GB 11643-1999): weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexes "10X98765432".
// The caller guarantees 17 ASCII digits.
QChar mod11CheckCharacter(QStringView first17Digits);

// True for the two-digit province-level address codes in use (GB/T 2260), including
// 71 (Taiwan) and 81/82/83 (Hong Kong, Macau, Taiwan residence permits).
bool isProvinceCode(int code);

} // namespace ssc
