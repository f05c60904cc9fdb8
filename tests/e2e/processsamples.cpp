#include "processsamples.h"

#include <QDir>
#include <QFile>

#include <malloc.h>

#include <algorithm>

ProcessSample sampleThisProcess()
{
    ProcessSample sample;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
            if (line.startsWith("VmRSS:"))
                sample.rssKb = value.split(' ').value(0).toLongLong();
            else if (line.startsWith("Threads:"))
                sample.threads = value.toInt();
        }
    const struct mallinfo2 heap = mallinfo2();
    sample.heapKb = qint64((heap.uordblks + heap.hblkhd) / 1024);
    // Less one: the listing's own descriptor of /proc/self/fd.
    sample.fileDescriptors =
        int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size()) -
        1;
    return sample;
}

namespace {

template <typename Value>
std::vector<Value> column(const std::vector<ProcessSample>& s, std::size_t from, std::size_t to,
                          Value ProcessSample::*field)
{
    std::vector<Value> values;
    for (std::size_t i = from; i < to && i < s.size(); ++i)
        values.push_back(s[i].*field);
    return values;
}

double median(std::vector<qint64> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? double(values[mid]) : (double(values[mid - 1]) + double(values[mid])) / 2;
}

int maximum(const std::vector<int>& values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

double slope(const std::vector<qint64>& values)
{
    const double n = double(values.size());
    if (n < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = double(i), y = double(values[i]);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

} // namespace

GrowthReport growthOf(const std::vector<ProcessSample>& samples, qint64 rssToleranceKb)
{
    const std::size_t n = samples.size();
    const std::size_t warmUp = n / 10, earlyEnd = n * 3 / 10, lateStart = n - n / 5;
    GrowthReport r;
    r.rssToleranceKb = rssToleranceKb;
    r.rssEarlyKb = median(column(samples, warmUp, earlyEnd, &ProcessSample::rssKb));
    r.rssLateKb = median(column(samples, lateStart, n, &ProcessSample::rssKb));
    r.rssSlopeKbPerCycle = slope(column(samples, warmUp, n, &ProcessSample::rssKb));
    r.heapSlopeKbPerCycle = slope(column(samples, warmUp, n, &ProcessSample::heapKb));
    r.fdsEarly = maximum(column(samples, warmUp, earlyEnd, &ProcessSample::fileDescriptors));
    r.fdsLate = maximum(column(samples, lateStart, n, &ProcessSample::fileDescriptors));
    r.threadsEarly = maximum(column(samples, warmUp, earlyEnd, &ProcessSample::threads));
    r.threadsLate = maximum(column(samples, lateStart, n, &ProcessSample::threads));
    return r;
}

bool GrowthReport::grew() const
{
    return rssLateKb - rssEarlyKb > double(rssToleranceKb) || fdsLate > fdsEarly + fdTolerance ||
           threadsLate > threadsEarly;
}

QString GrowthReport::describe() const
{
    // In MB with one decimal: the log handler would mask a run of six digits as if it were a person's number.
    const auto mb = [](double kb) { return QString::number(kb / 1024, 'f', 1); };
    return QStringLiteral("RSS median %1 -> %2 MB (%3 MB, tolerance %4 MB; slope %5 kB/cycle, heap in use "
                          "%10 kB/cycle), "
                          "descriptors max %6 -> %7, threads max %8 -> %9")
        .arg(mb(rssEarlyKb), mb(rssLateKb), mb(rssLateKb - rssEarlyKb), mb(double(rssToleranceKb)))
        .arg(rssSlopeKbPerCycle, 0, 'f', 2)
        .arg(fdsEarly)
        .arg(fdsLate)
        .arg(threadsEarly)
        .arg(threadsLate)
        .arg(heapSlopeKbPerCycle, 0, 'f', 2);
}
