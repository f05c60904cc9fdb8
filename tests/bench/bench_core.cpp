// Throughput of the core's hot paths: the ID check (every scan, every form field) and log masking (every
// log line). Prints one line per figure.
#include "identity/socialsecuritynumber.h"
#include "privacy/masking.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

template <typename F> void measure(const char* name, int iterations, F&& body)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype sink = 0;
    for (int i = 0; i < iterations; ++i)
        sink += body(i);
    const double ns = static_cast<double>(timer.nsecsElapsed()) / iterations;
    std::printf("%-44s %10.0f ns/op %12.0f op/s  (n=%d, sink=%lld)\n", name, ns, 1e9 / ns, iterations,
                static_cast<long long>(sink));
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
    measure("checkSocialSecurityNumber (mixed kinds)", iterations, [&](int i) {
        return ssc::checkSocialSecurityNumber(numbers[i % numbers.size()]).normalized.size();
    });
    measure("checkSocialSecurityNumber (valid 18)", iterations,
            [&](int) { return ssc::checkSocialSecurityNumber(numbers[0]).normalized.size(); });
    const QString line =
        QStringLiteral("resolved 11010519491231002X on terminal 7 in 12 ms, phone 13812345678");
    measure("maskNumbersInText (80-char log line)", iterations,
            [&](int) { return ssc::maskNumbersInText(line).size(); });
    measure("mask(IdNumber)", iterations,
            [&](int) { return ssc::mask(numbers[1], ssc::MaskKind::IdNumber).size(); });
    return 0;
}
