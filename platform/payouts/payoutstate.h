#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// How a person's payouts stand, by the receipt of the claim they pay (the latest instalment, or the latest
// the bank returned while one stands returned: the one the citizen is asked to act on), as the progress API
// carries them (docs/api.md, "Applications"): {"state": "due"|"batched"|"paid"|"returned", "amountFen",
// "account" (masked: "6217 **** 4567"), "attempt" (2 and up: paid again after a return), "paidOn" (the bank's
// value date) | "returnCode" and "returnReason" (zh_CN and en), "instalment" (its number); with the claim's
// plan: "instalments" (the months decided, 1 for a one-off sum), "paidInstalments" (paid so far), and once
// the monthly benefit stopped "stopCode" and "stopReason" (zh_CN and en)}. nullopt when the database fails.
std::optional<QHash<QString, QJsonObject>> payoutsOf(Database& db, qint64 personId);

// An account number as payouts store it for display ("6217 **** 4567"): the first four and the last four
// digits, enough for the person to recognise their card, never the whole number.
QString maskedPayoutAccount(const QString& account);

} // namespace ssc::platform
