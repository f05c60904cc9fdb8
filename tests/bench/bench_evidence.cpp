// What checking an evidence file costs the terminal and the platform (docs/performance.md): a phone photo
// decoded in full, a PDF scanned for active content, an archive of photos unpacked in memory, and a zip bomb
// refused. Prints one line per figure.
#include "benchrun.h"
#include "evidencecheck.h"
#include "evidencefiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

int measure(const char* name, const QString& fileName, const QByteArray& bytes, int iterations)
{
    QElapsedTimer timer;
    timer.start();
    int accepted = 0;
    for (int i = 0; i < iterations; ++i)
        accepted += ssc::checkEvidence(fileName, bytes).accepted;
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6 / iterations;
    std::printf("%-46s %9.2f ms/file  %8.1f MB/s  (%lld bytes, accepted %d/%d)\n", name, ms,
                static_cast<double>(bytes.size()) / 1e6 / (ms / 1e3), static_cast<long long>(bytes.size()),
                accepted, iterations);
    return accepted;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int iterations = 20;
    if (argc == 3 && std::strcmp(argv[1], "--iterations") == 0)
        iterations = std::atoi(argv[2]);
    using namespace evidencefiles;
    BenchRun run;
    run.require(iterations > 0, "an iteration count above zero");
    // A check that refused the good files (or took the bomb) measured a failure path, not the check.
    const QByteArray photo = jpeg(4000, 3000); // a 12-megapixel phone photo
    run.require(measure("photo 4000x3000 JPEG (decoded in full)", QStringLiteral("p.jpg"), photo,
                        iterations) == iterations,
                "the photo accepted");
    run.require(measure("PDF 2 MB (read by qpdf, every object)", QStringLiteral("c.pdf"),
                        pdf("<< /Padding (" + QByteArray(2 << 20, ' ') + ") >>"), iterations) == iterations,
                "the PDF accepted");
    QList<Entry> entries;
    for (int i = 0; i < 5; ++i)
        entries.append({QStringLiteral("%1.jpg").arg(i), jpeg(1600, 1200)});
    run.require(measure("ZIP of five 1600x1200 photos", QStringLiteral("e.zip"), zip(entries), iterations) ==
                    iterations,
                "the ZIP accepted");
    run.require(measure("zip bomb (64 MB of zeros, refused)", QStringLiteral("b.zip"),
                        zip({{QStringLiteral("z.pdf"), QByteArray(64 << 20, '\0')}}), iterations) == 0,
                "the zip bomb refused");
    return run.exitCode();
}
