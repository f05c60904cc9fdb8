// Fuzz target: the card's Answer To Reset, as any card in the slot may send it, through the ATR parser and
// the historical bytes' card capabilities.
#include "cardreader/atr.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString problem;
    const auto atr = ssc::parseAtr(bytes, &problem);
    if (atr.has_value() == !problem.isEmpty())
        std::abort(); // an ATR, or the reason there is none
    if (atr) {
        if (atr->historical.size() > 15 || atr->protocols.isEmpty() || bytes.size() > 33)
            std::abort();
        if (atr->ifsc == 0 || atr->ifsc == 0xFF || atr->bwi > 15 || atr->cwi > 15)
            std::abort();
        if (!atr->checksumPresent && !atr->checksumOk)
            std::abort();
        (void)atr->fi();
        (void)atr->di();
    }
    (void)ssc::cardCapabilities(bytes);
    return 0;
}
