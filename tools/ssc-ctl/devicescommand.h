#pragma once

#include "commandcontext.h"

namespace ssc::ctl {

// ssc-ctl devices: every USB device the terminal sees, and what it makes of it (scanner, card reader, or seen
// but not supported), then the platform's reachability. For operators: "the pedestal is plugged in, why no
// scans?".
int runDevices(CommandContext& context);

} // namespace ssc::ctl
