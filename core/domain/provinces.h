#pragma once

#include "i18n/translatabletext.h"

#include <QList>
#include <QString>

namespace ssc {

// The 31 provincial-level divisions of the mainland (GB/T 2260: the first two digits of every region code),
// for pickers where a form asks for a place: chosen, never typed.
struct Province {
    const char* code; // "11" … "65"
    TranslatableText name;
};
const QList<Province>& provinces();
// The province of a six-digit region code ("440300" → "44"); empty when it is not one of the 31.
QString provinceOfRegion(const QString& regionCode);
// The province's name in the language of the moment ("440000" or "44" → 广东省 / Guangdong); empty when
// unknown.
QString provinceName(const QString& regionCode);

} // namespace ssc
