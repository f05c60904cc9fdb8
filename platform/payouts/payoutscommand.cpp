#include "payoutscommand.h"

#include "monthlyinstalments.h"
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
    if (args.value(0) == u"monthly" && args.size() <= 2) {
        // A month named: an earlier month's run rehearsed (on a copy; a late run catches up by itself); never
        // one still to come.
        const QDate month = args.size() == 2 ? QDate::fromString(args[1] + QStringLiteral("-01"), Qt::ISODate)
                                             : QDate(today.year(), today.month(), 1);
        if (!month.isValid() || month > today) {
            *error = QStringLiteral("the month is YYYY-MM, this month or an earlier one");
            return 2;
        }
        return makeMonthlyInstalments(db, month, now, report, error);
    }
    if (args.value(0) == u"stop-event" && args.size() == 4)
        return recordStopEvent(db, args[1], args[2], QDate::fromString(args[3], Qt::ISODate), today, now,
                               report, error);
    *error = QStringLiteral(
        "usage: payouts export --out FILE [--date YYYY-MM-DD] | payouts import-return FILE | "
        "payouts monthly [YYYY-MM] | payouts stop-event SSN EVENT YYYY-MM-DD (docs/operations.md)");
    return 2;
}

} // namespace ssc::platform
