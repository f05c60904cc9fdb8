#pragma once

#include "idkind.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ssc {

// Why a number was refused; each has a message a clerk can act on (IdCheck::reason()).
enum class IdProblem {
    None,
    Empty,
    BadCharacter,         // args: character, position (1-based)
    BadLength,            // args: length
    BadLastCharacter,     // args: character
    BadProvinceCode,      // args: the two digits
    BadPermitAddressCode, // args: the six digits
    NoSuchDate,           // args: YYYYMMDD as written
    FutureBirthDate,      // args: YYYYMMDD
    BirthBefore1900,      // args: YYYYMMDD
    BadCheckCharacter,    // args: expected, found
    NotRecognised,        // no strict kind fits, and the caller did not allow national-rule numbers
    BadNationalRuleShape, // args: length
};

struct IdCheckOptions {
    // The caller knows the person holds no resident ID (HK/MO/TW without a citizen number, foreigners by
    // passport): only then may a number fall back to the lenient "national unified rules" kind.
    bool personHasNoResidentId = false;
    // "Today" for the not-in-the-future check; injectable for tests.
    QDate today = QDate::currentDate();
};

// The outcome of checking one social security number. Plain value, no widgets.
class IdCheck {
    Q_DECLARE_TR_FUNCTIONS(IdCheck)
public:
    bool valid = false;
    IdKind kind = IdKind::Unknown;
    QString input;      // what was given, after trimming and width normalisation
    QString normalized; // canonical form: 18 characters for resident-ID-shaped kinds (15-digit IDs upgraded)
    Sex sex = Sex::Unknown;
    QDate birthDate;         // null where the number does not carry one
    bool formatOnly = false; // true for kinds whose check digit or content rules are not public
    IdProblem problem = IdProblem::None;
    QStringList problemArgs;

    // Translated, actionable: "check character should be X, not 3". Empty when valid.
    QString reason() const;
};

// Checks a social security number against every kind in docs/identity-numbers.md. Surrounding blanks,
// inner spaces, full-width digits and a lower-case x are accepted as a clerk types them.
IdCheck checkSocialSecurityNumber(QStringView input, const IdCheckOptions& options = {});

// The 18-character form of a valid 15-digit first-generation ID: "19" after the address code, plus the
// check character. The caller guarantees 15 ASCII digits.
QString upgradeFirstGenerationId(QStringView fifteenDigits);

} // namespace ssc
