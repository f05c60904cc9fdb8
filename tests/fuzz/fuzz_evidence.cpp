// Evidence files arrive from citizens' phones and USB sticks: the checker must survive any bytes, under any
// of the names it treats differently (docs/testing.md, "Fuzzing").
#include "evidencecheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ssc::EvidenceLimits limits;
    limits.maxUnpackedBytes = 4 * 1024 * 1024; // keeps each run short; the logic is the same
    for (const char* name : {"evidence.zip", "photo.jpg", "photo.png", "contract.pdf"})
        (void)ssc::checkEvidence(QString::fromLatin1(name), bytes, limits);
    return 0;
}
