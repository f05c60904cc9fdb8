#pragma once

#include <cstdio>

// What a benchmark's smoke run in ctest checks: not its figures (they depend on the machine), but that each
// measurement really ran. A measurement that could not run (a server that did not start, a model that did not
// load, nothing read, fewer rounds than asked) is named on stderr, and the run ends with exit status 1
// instead of printing empty figures and passing.
class BenchRun {
public:
    // Passes `measured` through; when false, says which measurement did not run.
    bool require(bool measured, const char* what)
    {
        if (!measured) {
            std::fprintf(stderr, "not measured: %s\n", what);
            m_failed = true;
        }
        return measured;
    }
    int exitCode() const { return m_failed ? 1 : 0; }

private:
    bool m_failed = false;
};
