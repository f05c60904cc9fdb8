#include "accountdivisor.h"

#include <array>

namespace ssc {
namespace {

constexpr int firstAge = 40;
// Ages 40..70. 47 is 208 in the State Council's table (some copies print 207).
constexpr std::array<int, 31> divisorByAge = {233, 230, 226, 223, 220, 216, 212, 208, 204, 199, 195,
                                              190, 185, 180, 175, 170, 164, 158, 152, 145, 139, 132,
                                              125, 117, 109, 101, 93,  84,  75,  65,  56};
constexpr int lastAge = firstAge + int(divisorByAge.size()) - 1;

} // namespace

std::optional<double> accountDivisorMonths(AgeInMonths age)
{
    if (age.months < firstAge * 12 || age.months > lastAge * 12)
        return std::nullopt;
    const int index = age.years() - firstAge;
    const double here = divisorByAge[size_t(index)];
    if (age.remainderMonths() == 0)
        return here;
    const double next = divisorByAge[size_t(index) + 1];
    return here + (next - here) * age.remainderMonths() / 12.0;
}

} // namespace ssc
