#pragma once

#include "http/apiresult.h"

namespace ssc::platform {

// A refusal: its stable code, the message and what to do next, in both languages (docs/api.md, errors).
// Kept out of services.h so the handlers that refuse with it are the only ones it rebuilds.
inline ApiResult refusal(int status, const char* code, const TranslatableText& message,
                         const TranslatableText& advice = {})
{
    return ApiResult::error(status, QString::fromLatin1(code), message, advice);
}

} // namespace ssc::platform
