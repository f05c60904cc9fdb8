#include "refundrules.h"

namespace ssc::payments {

const QStringList& RefundRules::reasons()
{
    static const QStringList keys{QStringLiteral("paid-twice"), QStringLiteral("wrong-grade"),
                                  QStringLiteral("wrong-item"), QStringLiteral("wrong-person")};
    return keys;
}

RefundRules::Verdict RefundRules::check(const QString& status, int year, const QString& reason, QDate today)
{
    if (status == u"paid-twice")
        return Verdict::Allowed; // whatever the reason: the year was paid by another order
    if (status != u"paid")
        return Verdict::NotPaid;
    if (reason == u"paid-twice")
        return Verdict::NotPaidTwice;
    // The medical contribution collected from September counts for the next year: still open then.
    return year >= today.year() ? Verdict::Allowed : Verdict::YearClosed;
}

bool RefundRules::refundable(const QString& status, int year, QDate today)
{
    return check(status, year, QStringLiteral("wrong-grade"), today) == Verdict::Allowed;
}

} // namespace ssc::payments
