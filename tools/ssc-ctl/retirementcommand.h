#pragma once

#include "commandcontext.h"

namespace ssc::ctl {

// ssc-ctl retirement --sex male|female [--group worker|cadre] --born YYYY-MM
int runRetirement(CommandContext& context);

} // namespace ssc::ctl
