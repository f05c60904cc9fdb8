#pragma once

#include "commandcontext.h"

namespace ssc::ctl {

// The hall's terminals from a command line (docs/ssc-ctl.md, "fleet"), as the hall manager's page shows them:
//   ssc-ctl fleet list --user MANAGER          every terminal of the hall, its state and what is wrong
//   ssc-ctl fleet outdated --user MANAGER      those that need an update
// Signs in as that manager (password on standard input) through this terminal's own credentials (a counter's
// platform/url, platform/terminalId, platform/terminalSecret), reads GET /staff/fleet and signs out. Exit 1
// when a terminal needs attention (list) or an update (outdated), or the platform refuses.
int runFleet(CommandContext& context);

} // namespace ssc::ctl
