#include "unifiedsocialcreditcode.h"

namespace ssc {
namespace {

constexpr char16_t alphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters
constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (alphabet[i] == c.unicode())
            return i;
    return -1;
}

TranslatableText text(const char* source)
{
    return {"CreditCode", source, {}};
}

// Registering authorities and the kinds each registers (GB 32100-2015, table 1); 9 is the market regulator.
bool knownAuthorityAndKind(QChar authority, QChar kind)
{
    const QString kinds = [authority] {
        switch (authority.unicode()) {
        case u'1':
            return QStringLiteral("129"); // organisation management: organs, institutions, …
        case u'5':
            return QStringLiteral("1239"); // civil affairs: social organisations, foundations, …
        case u'9':
            return QStringLiteral("123"); // market regulation: enterprises, sole traders, cooperatives
        case u'Y':
            return QStringLiteral("1"); // others (trade unions)
        default:
            return QStringLiteral("123456789"); // other authorities: any kind digit
        }
    }();
    return kinds.contains(kind);
}

} // namespace

QChar creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QChar(alphabet[check]);
}

CreditCodeCheck checkUnifiedSocialCreditCode(const QString& input)
{
    CreditCodeCheck result;
    QString code = input.toUpper();
    code.remove(u' ');
    code.remove(u'-');
    result.normalized = code;
    if (code.size() != 18) {
        result.reason = text(QT_TRANSLATE_NOOP(
            "CreditCode", "A unified social credit code has 18 characters; %1 were entered."));
        result.reason.args << QString::number(code.size());
        return result;
    }
    for (const QChar c : code)
        if (valueOf(c) < 0) {
            result.reason = text(QT_TRANSLATE_NOOP(
                "CreditCode",
                "The code uses digits and capital letters except I, O, Z, S and V; %1 is not one."));
            result.reason.args << QString(c);
            return result;
        }
    if (!knownAuthorityAndKind(code[0], code[1])) {
        result.reason = text(QT_TRANSLATE_NOOP(
            "CreditCode",
            "The first two characters are not a registering authority and kind of organisation."));
        return result;
    }
    for (int i = 2; i < 8; ++i)
        if (!code[i].isDigit()) {
            result.reason =
                text(QT_TRANSLATE_NOOP("CreditCode", "Characters 3 to 8 must be the region's six digits."));
            return result;
        }
    if (creditCodeCheckCharacter(QStringView(code).left(17)) != code[17]) {
        result.reason = text(QT_TRANSLATE_NOOP(
            "CreditCode",
            "The last character does not match the others: please check the code for a typing mistake."));
        return result;
    }
    result.valid = true;
    return result;
}

} // namespace ssc
