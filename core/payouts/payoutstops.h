#pragma once

#include "i18n/translatabletext.h"

#include <QString>
#include <QStringList>

namespace ssc::payouts {

// Why the monthly instalments of a claim (失业保险金, 失业补助金) stopped before the months the approval
// decided (docs/forms-rules.md, "Paying the benefits"; 社会保险法 §51, 失业保险条例 §15, and the subsidy's
// events, subsidyStopEvents): the words the citizen's progress shows after "已停发：". The codes the office
// records from what it learns (`ssc-platform payouts stop-event`) are recordedStopEvents(); the platform
// finds the others in its own data: `employed_and_insured` (a month of unemployment insurance paid again),
// `pension_started` (retirement recorded), `registration_ended` (no unemployment registration stands).
const QStringList& recordedStopEvents();
bool knownStopCode(const QString& code);
TranslatableText stopReasonText(const QString& code); // empty for an unknown code

} // namespace ssc::payouts
