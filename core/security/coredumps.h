#pragma once

namespace ssc {

// Keeps the terminal's memory out of core dumps. A crash while a citizen is served would otherwise write
// the whole address space — the person's name, ID and card numbers, the session token, a PIN being checked —
// into a file the kernel names and nobody wipes (docs/privacy.md, "Memory and crashes").
//
// Both locks are set, because either alone leaves a way out: RLIMIT_CORE 0 (soft and hard, so no child and
// no later code can raise it) stops core files, but not a core_pattern pipe such as systemd-coredump or
// apport, which the kernel feeds whatever the limit; PR_SET_DUMPABLE 0 stops the kernel from dumping at all,
// pipes included, and also keeps other processes of the same user from reading the memory through ptrace or
// /proc/<pid>/mem (the process itself still can). Called first thing in main(), before any person data
// exists. Returns false when a lock could not be set (the reason is in errno).
bool keepMemoryOutOfCoreDumps();

} // namespace ssc
