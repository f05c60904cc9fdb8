#pragma once

#include "i18n/translatabletext.h"

#include <QString>
#include <QStringList>

namespace ssc::payouts {

// The bank's reasons for returning a payout, as its return file codes them (docs/operations.md, "Paying
// benefits"): the words the citizen's progress shows. A code not in this list is refused on import, so every
// returned payout can be explained.
const QStringList& returnReasonCodes();
bool knownReturnReason(const QString& code);
TranslatableText returnReasonText(const QString& code); // empty for an unknown code

} // namespace ssc::payouts
