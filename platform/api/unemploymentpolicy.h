#pragma once

#include "unemployment/otherbenefits.h"

namespace ssc::platform {

// The region's unemployment policy (docs/unemployment-benefits.md, "What the region sets"), by the province
// code of the person's latest unemployment insurance (最后参保地): its 失业保险金 standard, its minimum
// living standard and the windows of the subsidy and the temporary allowance. The demo opens every window.
UnemploymentPolicy unemploymentPolicy(const QString& provinceCode);

} // namespace ssc::platform
