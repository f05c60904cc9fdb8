// Fuzz target: bytes from a card reader's bulk and interrupt endpoints through the CCID parsers.
#include "cardreader/ccidmessage.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString problem;
    const auto reply = ssc::ccid::parseReply(bytes, &problem);
    if (reply.has_value() == !problem.isEmpty())
        std::abort(); // a reply, or the reason there is none
    if (reply && reply->data.size() != bytes.size() - ssc::ccid::headerSize)
        std::abort();
    (void)ssc::ccid::parseSlotChange(bytes);
    if (const auto d = ssc::ccid::parseClassDescriptor(bytes); d && d->maxMessageLength < 15)
        std::abort();
    return 0;
}
