#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>

// Latencies of one kind of request, in ms, and their percentiles as the benchmarks print them.
struct LatencyFigures {
    QList<double> ms;
    void add(const QElapsedTimer& timer) { ms.append(double(timer.nsecsElapsed()) / 1e6); }
    double at(double share)
    {
        std::sort(ms.begin(), ms.end());
        return ms.isEmpty() ? 0
                            : ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(share * double(ms.size()))));
    }
    void print(const char* what)
    {
        std::printf("  %-34s p50 %6.2f ms   p95 %6.2f ms\n", what, at(0.5), at(0.95));
    }
};
