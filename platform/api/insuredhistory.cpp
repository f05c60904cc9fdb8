#include "insuredhistory.h"

#include "storage/database.h"

namespace ssc::platform {

std::optional<InsuredRecord> insuredRecord(PlatformServices& services, qint64 personId)
{
    auto months = services.db.run(
        QStringLiteral("SELECT year, month, personal_cents, province_code FROM contribution_months WHERE "
                       "person_id = ? AND insurance = 'unemployment' AND mark IN ('paid', 'transferred') "
                       "ORDER BY year, month"),
        {personId});
    if (!months)
        return std::nullopt;
    InsuredRecord r;
    InsuredHistory& h = r.history;
    int previous = -1; // the month index of the row before; two provinces in one month count once
    while (months->next()) {
        const int year = months->value(0).toInt();
        const int month = months->value(1).toInt();
        const int index = year * 12 + month - 1;
        if (index == previous)
            continue;
        if (!h.firstInsured.isValid())
            h.firstInsured = QDate(year, month, 1);
        ++h.paidMonths;
        h.personalPaidMonths += months->value(2).toLongLong() > 0 ? 1 : 0;
        h.continuousMonths = index == previous + 1 ? h.continuousMonths + 1 : 1;
        r.province = months->value(3).toString();
        previous = index;
    }
    months->finish();
    auto paidOut = services.db.run(
        QStringLiteral("SELECT COALESCE(SUM(months), 0) FROM benefit_payments WHERE person_id = ? AND "
                       "insurance = 'unemployment' AND kind = ?"),
        {personId, QStringLiteral("失业保险金")});
    if (!paidOut || !paidOut->next())
        return std::nullopt;
    h.benefitMonthsReceived = paidOut->value(0).toInt();
    return r;
}

} // namespace ssc::platform
