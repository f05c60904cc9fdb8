#include "receiptspan.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ssc::platform {

QString ReceiptSpan::condition()
{
    return QStringLiteral("receipt = ? AND created_at >= ? AND created_at < ?");
}

QVariantList ReceiptSpan::bindings(const QString& receipt) const
{
    return {receipt, fromMs, untilMs};
}

std::optional<ReceiptSpan> receiptSpan(const QString& receipt)
{
    if (receipt.size() < 10 || receipt[0] != u'R' || receipt[9] != u'-')
        return std::nullopt;
    const QDate day = QDate::fromString(receipt.mid(1, 8), QStringLiteral("yyyyMMdd"));
    if (!day.isValid())
        return std::nullopt;
    // UTC midnight of the day before to UTC midnight two days after: every zone's local day lies inside.
    const QTimeZone utc = QTimeZone::utc();
    return ReceiptSpan{QDateTime(day.addDays(-1), QTime(0, 0), utc).toMSecsSinceEpoch(),
                       QDateTime(day.addDays(2), QTime(0, 0), utc).toMSecsSinceEpoch()};
}

} // namespace ssc::platform
