#include "card.h"

#include "i18n/translator.h"

namespace ssc {

QString Card::shownRegionName() const
{
    return currentLanguage() == englishLanguage && !regionNameEn.isEmpty() ? regionNameEn : regionName;
}

} // namespace ssc
