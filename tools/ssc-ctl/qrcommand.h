#pragma once

#include "commandcontext.h"

namespace ssc::ctl {

// ssc-ctl qr decode IMAGE...: what the terminal's own QR pipeline reads from each image, one line per image
// (the text, or why nothing was read); exit 1 when any image gave nothing.
int runQr(CommandContext& context);

} // namespace ssc::ctl
