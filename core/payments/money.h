#pragma once

#include <QString>

#include <optional>

namespace ssc::payments {

// Amounts are whole fen (分) everywhere: stored, sent and added as integers, never as floating point
// (docs/payments.md). This turns 40000 into "400.00", and -150 into "-1.50".
QString yuanText(qint64 fen);
// The same with thousands separated: 215200 → "2,152.00" (the printed record's figures).
QString groupedYuanText(qint64 fen);
// An amount as every screen says it, one format everywhere: "2,152.00 元" in Chinese, "¥2,152.00" in English.
QString moneyText(qint64 fen);
// "400.00" or "400" (yuan, at most two decimals) to fen; nullopt for anything else.
std::optional<qint64> fenFromYuanText(const QString& text);

} // namespace ssc::payments
