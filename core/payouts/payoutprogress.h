#pragma once

#include <QJsonObject>
#include <QString>

namespace ssc::payouts {

// What the citizen's progress says of a claim's payout, in the installed language, from the platform's
// "payout" object (docs/api.md, "Applications"): "已发放 1,234.00 元 到 6217 **** 4567 (2026-12-05)",
// "退回: 账户已销户 — 请提供本人名下的另一张银行卡重新发放", or that it is on its way; a monthly benefit says
// first how many of its months are paid ("已发放 3 / 18 个月；最近一笔 2,286.00 元 于 2026-12-05 发到 6217
// **** 4567") or why it stopped ("已停发：已办理就业登记（已发放 3 / 18 个月）；…"), "paid" said once. Empty
// for no payout.
QString payoutProgressText(const QJsonObject& payout);

} // namespace ssc::payouts
