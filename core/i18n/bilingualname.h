#pragma once

#include "translatabletext.h"

namespace ssc {

// A name that is data rather than a message (a city, a district): no translation file holds it, so it carries
// both forms, "中文\x1fEnglish", and TranslatableText shows the one of the language asked for (Chinese for
// any language but English). `both` must outlive the text (it is not copied).
inline constexpr const char* bilingualContext = "@bilingual";
inline TranslatableText bilingualName(const char* both)
{
    return {bilingualContext, both, {}};
}

} // namespace ssc
