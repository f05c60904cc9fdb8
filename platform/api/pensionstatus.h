#pragma once

#include "services.h"

namespace ssc::platform {

// A person's pension certification as GET /me/pension-certification answers it: for the person served, or for
// a parent bound through the family service.
ApiResult pensionCertificationOf(PlatformServices& services, qint64 personId);

} // namespace ssc::platform
