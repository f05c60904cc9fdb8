#pragma once

#include "commandcontext.h"

namespace ssc::ctl {

// The phone app's side, for demos and tests (needs a platform started with --demo):
//   ssc-ctl ecard mint PERSON [--region CODE] [--platform URL] [--pin SHA256]     prints a fresh e-card code
//   ssc-ctl ecard qr PERSON OUT.png [--region CODE] [--platform URL] [--pin SHA256]  writes it as a QR image
// PERSON is a demo key (zhang-wei) or a social security number. The platform address and pin default to the
// terminal's settings (platform/url, platform/certificatePin).
int runECard(CommandContext& context);

} // namespace ssc::ctl
