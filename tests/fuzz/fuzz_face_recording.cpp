// A read-aloud recording reaches the platform from a terminal, i.e. as outside bytes: decoding it for the
// clerk must survive anything (docs/face.md, "Evidence").
#include "evidencerecording.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)ssc::face::EvidenceRecording::frames(bytes, 30);
    return 0;
}
