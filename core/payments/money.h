#pragma once

#include <QString>

#include <optional>

namespace ssc::payments {

// Amounts are whole fen (分) everywhere: stored, sent and added as integers, never as floating point
// (docs/payments.md). This turns 40000 into "400.00", and -150 into "-1.50".
QString yuanText(qint64 fen);
// "400.00" or "400" (yuan, at most two decimals) to fen; nullopt for anything else.
std::optional<qint64> fenFromYuanText(const QString& text);

} // namespace ssc::payments
