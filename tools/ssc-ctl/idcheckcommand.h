#pragma once

#include "commandcontext.h"

namespace ssc::ctl {

// ssc-ctl id check [--no-resident-id] NUMBER... | -   (one result line per number; "-" reads standard input)
int runIdCheck(CommandContext& context);

} // namespace ssc::ctl
