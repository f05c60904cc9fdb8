#include "checkcharacter.h"

#include <algorithm>
#include <array>

namespace ssc {

QChar mod11CheckCharacter(QStringView first17Digits)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checkCharacters[] = "10X98765432";
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17Digits[i].unicode() - u'0') * weights[static_cast<size_t>(i)];
    return QChar::fromLatin1(checkCharacters[sum % 11]);
}

bool isProvinceCode(int code)
{
    // GB/T 2260 province-level codes: north, north-east, east, centre and south, south-west, north-west,
    // then Taiwan and the residence-permit codes for Hong Kong, Macau and Taiwan.
    static constexpr std::array<int, 35> provinces{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                   35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                   53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::ranges::find(provinces, code) != provinces.end();
}

} // namespace ssc
