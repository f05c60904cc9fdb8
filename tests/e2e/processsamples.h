#pragma once

#include <QString>

#include <vector>

// What a long run costs the process, read from /proc/self: resident memory, open file descriptors,
// threads. Sampled once per cycle by the soak test.
struct ProcessSample {
    qint64 rssKb = 0;
    qint64 heapKb = 0; // in use by malloc (mallinfo2): no page-level noise, tells a leak from fragmentation
    int fileDescriptors = 0;
    int threads = 0;
};

ProcessSample sampleThisProcess();

// The growth rule (docs/reliability.md, "Soak"). The first 10 % of the cycles are warm-up (caches, fonts,
// the connection pool, glibc's arenas settle); then the *early* window, cycles 10-30 %, is compared with the
// *late* window, the last 20 %. Resident memory by the windows' medians (one sample's noise — a buffer freed
// a moment later — moves a median little); descriptors and threads by the windows' maxima, since a leak is
// one more at every later moment, while transient ones (a connection being replaced) show in both windows
// alike. Descriptors with one of tolerance: the network's connection pool may open one more connection to the
// platform late in a run (a moment with one more request in flight than any before) and keep it; a leak of
// one descriptor in 350 logins or faster is still caught.
struct GrowthReport {
    double rssEarlyKb = 0, rssLateKb = 0; // medians
    double rssSlopeKbPerCycle = 0;        // least squares over every cycle after the warm-up
    double heapSlopeKbPerCycle = 0;       // the same for the heap in use (a figure, not judged)
    int fdsEarly = 0, fdsLate = 0;        // maxima
    static constexpr int fdTolerance = 1;
    int threadsEarly = 0, threadsLate = 0; // maxima
    qint64 rssToleranceKb = 0;
    bool grew() const;
    QString describe() const; // the figures, one line
};

GrowthReport growthOf(const std::vector<ProcessSample>& samples, qint64 rssToleranceKb);
