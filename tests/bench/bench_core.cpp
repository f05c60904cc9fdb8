// Throughput of the core's hot paths: the ID check (every scan, every form field) and log masking (every
// log line). Prints one line per figure.
#include "benchrun.h"
#include "identity/socialsecuritynumber.h"
#include "privacy/masking.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

template <typename F> qsizetype measure(const char* name, int iterations, F&& body)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype sink = 0;
    for (int i = 0; i < iterations; ++i)
        sink += body(i);
    const double ns = static_cast<double>(timer.nsecsElapsed()) / iterations;
    std::printf("%-44s %10.0f ns/op %12.0f op/s  (n=%d, sink=%lld)\n", name, ns, 1e9 / ns, iterations,
                static_cast<long long>(sink));
    return sink;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int iterations = 200000;
    if (argc == 3 && std::strcmp(argv[1], "--iterations") == 0)
        iterations = std::atoi(argv[2]);

    const QStringList numbers{QStringLiteral("11010519491231002X"), QStringLiteral("440306199003071232"),
                              QStringLiteral("110105491231002"),    QStringLiteral("110105194912310021"),
                              QStringLiteral("USA318801010112"),    QStringLiteral("E12345678")};
    BenchRun run;
    run.require(iterations > 0, "an iteration count above zero");
    // Each body returns the length of what it computed: a sum of zero means nothing was computed.
    run.require(
        measure("checkSocialSecurityNumber (mixed kinds)", iterations,
                [&](int i) {
                    return ssc::checkSocialSecurityNumber(numbers[i % numbers.size()]).normalized.size();
                }) > 0,
        "checkSocialSecurityNumber (mixed kinds)");
    run.require(measure("checkSocialSecurityNumber (valid 18)", iterations,
                        [&](int) { return ssc::checkSocialSecurityNumber(numbers[0]).normalized.size(); }) >
                    0,
                "checkSocialSecurityNumber (valid 18)");
    const QString line =
        QStringLiteral("resolved 11010519491231002X on terminal 7 in 12 ms, phone 13812345678");
    run.require(measure("maskNumbersInText (80-char log line)", iterations,
                        [&](int) { return ssc::maskNumbersInText(line).size(); }) > 0,
                "maskNumbersInText");
    run.require(measure("mask(IdNumber)", iterations,
                        [&](int) { return ssc::mask(numbers[1], ssc::MaskKind::IdNumber).size(); }) > 0,
                "mask(IdNumber)");
    return run.exitCode();
}
