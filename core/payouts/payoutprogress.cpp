#include "payoutprogress.h"

#include "payments/money.h"
#include "payoutreasons.h"
#include "payoutstops.h"

#include <QCoreApplication>

namespace ssc::payouts {
namespace {

// The latest instalment: on its way, paid, or returned by the bank. One of a monthly plan (`ofAPlan`) follows
// "3 of 18 months paid": paid, it is "the latest", or the line says "paid" twice (已发放 … 已发放).
QString latestPayoutText(const QJsonObject& payout, bool ofAPlan)
{
    const QString state = payout.value(QStringLiteral("state")).toString();
    const QString amount = payments::moneyText(payout.value(QStringLiteral("amountFen")).toInteger());
    const QString account = payout.value(QStringLiteral("account")).toString();
    if (state == u"paid")
        return (ofAPlan ? QCoreApplication::translate("PayoutProgress", "the latest, %1, went to %2 on %3")
                        : QCoreApplication::translate("PayoutProgress", "Paid %1 to %2 (%3)"))
            .arg(amount, account, payout.value(QStringLiteral("paidOn")).toString());
    if (state == u"returned") {
        const TranslatableText reason =
            returnReasonText(payout.value(QStringLiteral("returnCode")).toString());
        return QCoreApplication::translate(
                   "PayoutProgress",
                   "Returned: %1 — give another bank card in your name to have it paid again")
            .arg(reason.isEmpty() ? QCoreApplication::translate("PayoutProgress", "the bank did not pay it")
                                  : reason.translated());
    }
    if (state == u"due" || state == u"batched") // the bank's run is the office's, not the citizen's concern
        return payout.value(QStringLiteral("attempt")).toInt() > 1
                   ? QCoreApplication::translate("PayoutProgress", "%1 to be paid again, to %2")
                         .arg(amount, account)
                   : QCoreApplication::translate("PayoutProgress", "%1 to be paid to %2")
                         .arg(amount, account);
    return {};
}

} // namespace

QString payoutProgressText(const QJsonObject& payout)
{
    const int instalments = payout.value(QStringLiteral("instalments")).toInt();
    const QString latest = latestPayoutText(payout, instalments > 1);
    if (instalments <= 1) // one sum, or a claim approved before the platform kept plans
        return latest;
    const QString months = QCoreApplication::translate("PayoutProgress", "%1 of %2 months paid")
                               .arg(payout.value(QStringLiteral("paidInstalments")).toInt())
                               .arg(instalments);
    const TranslatableText stop = stopReasonText(payout.value(QStringLiteral("stopCode")).toString());
    const QString plan = stop.isEmpty() ? months
                                        : QCoreApplication::translate("PayoutProgress", "Stopped: %1 (%2)")
                                              .arg(stop.translated(), months);
    // Then the latest instalment: when and where it was paid, or that it is on its way or returned.
    return latest.isEmpty() ? plan
                            : QCoreApplication::translate("PayoutProgress", "%1; %2").arg(plan, latest);
}

} // namespace ssc::payouts
