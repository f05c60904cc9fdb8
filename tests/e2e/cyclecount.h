#pragma once

#include <QtGlobal>

#include <algorithm>

// How many cycles a long test runs: its default, or the number in the environment variable `name` for a
// longer (or shorter) run by hand, never fewer than `least`.
inline int cycleCount(const char* name, int fallback, int least)
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue(name, &ok);
    return ok ? std::max(asked, least) : fallback;
}
