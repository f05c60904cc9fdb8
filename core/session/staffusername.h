#pragma once

#include <QString>

#include <variant>

namespace ssc {

// A staff user name has one spelling (docs/security.md, "Staff sign-in"): what is typed is taken in Unicode
// compatibility form (NFKC: a full-width ｃｌｅｒｋ０１ from a Chinese input method is clerk01) and
// case-folded (Clerk01 is clerk01), never trimmed. Spaces before or after are refused with a clear message
// instead of being silently dropped, so "clerk01 " is not quietly clerk01. The platform stores and looks up
// the normal form; the terminal sends what was typed.
enum class StaffUsernameProblem { Empty, SurroundingSpace, TooLong, ControlCharacter };

std::variant<QString, StaffUsernameProblem> normalizeStaffUsername(const QString& typed);

} // namespace ssc
