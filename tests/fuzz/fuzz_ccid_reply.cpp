// Fuzz target: bytes from a card reader's bulk and interrupt endpoints through the CCID parsers and T=1's
// block decoder.
#include "cardreader/ccidmessage.h"
#include "cardreader/t1protocol.h"

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
    for (const auto& change : ssc::ccid::parseSlotChanges(bytes, 256))
        if (1 + change.slot / 4 >= bytes.size())
            std::abort(); // a slot's bits read from beyond the message
    // The data of a DataBlock from a TPDU reader: the card's T=1 block.
    QString why;
    const auto block = ssc::t1::decode(bytes, &why);
    if (block.has_value() == !why.isEmpty() || (block && ssc::t1::encode(*block) != bytes))
        std::abort(); // a block, or the reason there is none; a block re-encodes to its bytes

    if (const auto d = ssc::ccid::parseClassDescriptor(bytes); d && d->maxMessageLength < 15)
        std::abort();
    return 0;
}
