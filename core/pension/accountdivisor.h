#pragma once

#include "retirementage.h"

#include <optional>

namespace ssc {

// 计发月数 (国发〔2005〕38号; rules.md §5): the months a personal account balance is divided by at the age of
// retirement, from 233 at 40 to 56 at 70. Ages with months (since the 2025 reform) lie between two table
// ages and are interpolated linearly: 60 years 1 month → 138.4. Empty outside 40..70.
std::optional<double> accountDivisorMonths(AgeInMonths age);

} // namespace ssc
