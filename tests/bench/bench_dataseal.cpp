// Encryption at rest (keys/dataseal.h): sealing and opening a blob the size of what the platform stores (a
// 40 KB face frame, a 1 MB recording, a 10 MB evidence file) with the key-file store. Prints figures
// (docs/performance.md); never asserts on time.
//   bench_dataseal [--iterations N]
#include "benchrun.h"
#include "keys/dataseal.h"
#include "keys/keystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace ssc::platform;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--iterations"));
    const int iterations = at >= 0 ? args.value(at + 1).toInt() : 50;
    BenchRun run;
    QTemporaryDir dir;
    QString error;
    const auto keys =
        openKeyStore(QStringLiteral("file:") + dir.filePath(QStringLiteral("keys")), {}, &error);
    if (!run.require(keys && keys->ensureDataWrappingKey(&error), "a key-file store"))
        return run.exitCode();
    std::printf("blob          seal ms   open ms   MB/s (seal)\n");
    for (const qsizetype size : {qsizetype(40) * 1024, qsizetype(1024) * 1024, qsizetype(10) * 1024 * 1024}) {
        QByteArray plain(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(plain.data()), size / 4);
        const QByteArray place = dataseal::place("evidence", "content", QStringLiteral("E0123456789ABCDEF"));
        QElapsedTimer timer;
        timer.start();
        std::optional<QByteArray> sealed;
        for (int i = 0; i < iterations; ++i)
            sealed = dataseal::seal(*keys, plain, place);
        const double sealMs = double(timer.nsecsElapsed()) / 1e6 / iterations;
        timer.restart();
        std::optional<QByteArray> opened;
        for (int i = 0; i < iterations && sealed; ++i)
            opened = dataseal::open(*keys, *sealed, place);
        const double openMs = double(timer.nsecsElapsed()) / 1e6 / iterations;
        if (!run.require(sealed && opened == plain, "a seal and open round trip"))
            continue;
        std::printf("%7lld kB  %8.3f  %8.3f   %8.0f\n", static_cast<long long>(size / 1024), sealMs, openMs,
                    double(size) / 1048576.0 / (sealMs / 1000.0));
    }
    return run.exitCode();
}
