#pragma once

#include <QString>

namespace ssc {

// The kinds of social security number (社会保障号码) a person can hold; see docs/identity-numbers.md.
enum class IdKind {
    Unknown,
    ResidentId,                  // 18-character citizen ID, GB 11643-1999
    FirstGenerationResidentId,   // 15-digit ID from before 1999, upgraded to 18 characters
    HongKongResident,            // residence permit for Hong Kong residents, address code 810000
    MacauResident,               // residence permit for Macau residents, address code 820000
    TaiwanResident,              // residence permit for Taiwan residents, address code 830000
    ForeignPermanentResident,    // foreigner's permanent residence ID, 2023 format: 18 characters, leading 9
    ForeignPermanentResidentOld, // foreigner's permanent residence ID, 2004 format: 3 letters + 12 digits
    NationalRule,                // coded "by national unified rules": not public, checked for shape only
};

enum class Sex { Unknown, Male, Female };

// Stable machine names, used in JSON and logs ("resident-id", ...).
QString idKindKey(IdKind kind);
// The kind as a clerk reads it, translated ("居民身份证号码").
QString idKindDisplayName(IdKind kind);

QString sexKey(Sex sex);
QString sexDisplayName(Sex sex);

} // namespace ssc
