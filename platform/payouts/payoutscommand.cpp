#include "payoutscommand.h"

#include "payoutbatches.h"

#include <QDateTime>

namespace ssc::platform {

int runPayoutsCommand(const QStringList& args, Database& db, const QString& out, const QString& date,
                      QDate today, QString* report, QString* error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (args.value(0) == u"export" && args.size() == 1 && !out.isEmpty()) {
        const QDate valueDate = date.isEmpty() ? today : QDate::fromString(date, Qt::ISODate);
        if (!valueDate.isValid() || valueDate < today) {
            *error = QStringLiteral("--date is the day the bank pays, YYYY-MM-DD, today or later");
            return 2;
        }
        return exportPayouts(db, out, valueDate, now, report, error);
    }
    if (args.value(0) == u"import-return" && args.size() == 2)
        return importPayoutReturn(db, args[1], now, report, error);
    *error =
        QStringLiteral("usage: payouts export --out FILE [--date YYYY-MM-DD] | payouts import-return FILE "
                       "(docs/operations.md)");
    return 2;
}

} // namespace ssc::platform
