#pragma once

#include <QJsonObject>
#include <QString>

namespace ssc::payouts {

// What the citizen's progress says of a claim's payout, in the installed language, from the platform's
// "payout" object (docs/api.md, "Applications"): "已发放 1,234.00 元 到 6217 **** 4567 (2026-12-05)",
// "退回: 账户已销户 — 请提供本人名下的另一张银行卡重新发放", or that it is on its way. Empty for no payout.
QString payoutProgressText(const QJsonObject& payout);

} // namespace ssc::payouts
