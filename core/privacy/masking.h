#pragma once

#include <QString>

namespace ssc {

// What a value is, which decides how much of it stays visible. Rules: docs/privacy.md.
enum class MaskKind {
    Name,        // 张三 → 张*, 张小明 → 张*明; John Smith → J*** S****
    IdNumber,    // 11010519491231002X → 11**************2X (no birth date, no sequence)
    CardNumber,  // A12345678 → A******78
    BankAccount, // 6217000010001234567 → 6217***********4567
    Phone,       // 13812345678 → 138****5678; landlines keep their last four digits
};

// The one masking function every screen and log line uses. Person data is shown masked by default;
// only an explicit, audited unmask (counter mode) shows it whole.
QString mask(QStringView value, MaskKind kind);

// Masks every number inside free text that could identify a person (runs of six or more digits,
// with a trailing X or a three-letter prefix): the log message handler runs every line through it.
QString maskNumbersInText(QStringView text);

} // namespace ssc
