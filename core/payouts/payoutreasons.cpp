#include "payoutreasons.h"

#include <QtGlobal>

namespace ssc::payouts {
namespace {

struct Reason {
    const char* code;
    const char* words;
};

// The common causes of a failed 代发 credit.
constexpr Reason reasons[] = {
    {"R01", QT_TRANSLATE_NOOP("PayoutReturn", "the account has been closed")},
    {"R02", QT_TRANSLATE_NOOP("PayoutReturn", "the account holder's name does not match")},
    {"R03", QT_TRANSLATE_NOOP("PayoutReturn", "there is no such account")},
    {"R04", QT_TRANSLATE_NOOP("PayoutReturn", "the account is frozen")},
    {"R05", QT_TRANSLATE_NOOP("PayoutReturn", "the account cannot receive this credit")},
};

} // namespace

const QStringList& returnReasonCodes()
{
    static const QStringList codes = [] {
        QStringList all;
        for (const Reason& r : reasons)
            all.append(QString::fromLatin1(r.code));
        return all;
    }();
    return codes;
}

bool knownReturnReason(const QString& code)
{
    return returnReasonCodes().contains(code);
}

TranslatableText returnReasonText(const QString& code)
{
    for (const Reason& r : reasons)
        if (code == QLatin1String(r.code))
            return {"PayoutReturn", r.words, {}};
    return {};
}

} // namespace ssc::payouts
