// Fuzz target: the bytes a client sends before its body, as the connection guard reads them
// (platform/http/requesthead.h).
#include "http/requesthead.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray block(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto head = ssc::platform::RequestHead::parse(block);
    if (!head)
        return 0;
    // A parsed head has a method and a path starting with '/', never a query; a length is never negative.
    if (head->method.isEmpty() || !head->path.startsWith('/') || head->path.contains('?'))
        std::abort();
    if (const auto length = head->contentLength(); length && *length < 0)
        std::abort();
    return 0;
}
