#pragma once

#include "commandcontext.h"

namespace ssc::ctl {

// The back office's side of applications, simulated for demos and tests (a platform started with --demo):
//   ssc-ctl review approve RECEIPT [--platform URL] [--pin SHA256]
//   ssc-ctl review return RECEIPT REASON [--platform URL] [--pin SHA256]
// so the terminal's status pages can show approved and returned applications. Exit 1 when the platform
// refuses (no application waiting under that receipt).
int runReview(CommandContext& context);

} // namespace ssc::ctl
