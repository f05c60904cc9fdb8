#pragma once

#include "i18n/translatabletext.h"

#include <QString>

namespace ssc {

// 统一社会信用代码 (GB 32100-2015): the employer's 18-character code on a dispute application. Checked here
// so a mistyped code is told at the field, before anything is sent: the character set (digits and capitals
// without I, O, Z, S, V), the registering authority and kind (first two characters), the 6-digit region, and
// the check character (weights 3^i mod 31 over the first 17, check = 31 - sum mod 31).
struct CreditCodeCheck {
    bool valid = false;
    QString normalized;      // upper case, spaces removed
    TranslatableText reason; // empty when valid
};

CreditCodeCheck checkUnifiedSocialCreditCode(const QString& text);
// The check character for 17 characters of the code's alphabet, or a null QChar when one is not.
QChar creditCodeCheckCharacter(QStringView first17);

} // namespace ssc
