#pragma once

#include <QString>

namespace ssc {

// What a crash leaves instead of a core dump (docs/privacy.md, "Memory and crashes"): a short text file
// `crash-<unix time>.txt` in `folder` (the log directory) with the signal, the version and the call stack as
// addresses and function names: the code that failed, never the memory it worked on, so no person data.
// Support reads it with the log of the same session. The handler only makes async-signal-safe calls (open,
// write, backtrace_symbols_fd on its own stack), then lets the signal end the process as before (no core:
// core/security/coredumps.h). Installed for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT; false when the
// folder cannot be made or a handler not installed.
bool writeCrashReportsTo(const QString& folder, const QString& version);

} // namespace ssc
