#pragma once

#include "i18n/translatabletext.h"
#include "rightsrecord.h"

namespace ssc {

// The names a rights record uses, untranslated until shown: the terminal's printed record and screens show
// them in the screen's language (RecordTexts), the platform's verification page in the page's language.
TranslatableText insuranceWords(const QString& key, RecordVariant variant); // empty for an unknown key
TranslatableText accountWords(const QString& key);                          // pension | medical
TranslatableText variantWords(RecordVariant variant);

} // namespace ssc
