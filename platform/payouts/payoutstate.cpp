#include "payoutstate.h"

#include "http/apiresult.h"
#include "payouts/payoutreasons.h"
#include "storage/database.h"

namespace ssc::platform {

std::optional<QHash<QString, QJsonObject>> payoutsOf(Database& db, qint64 personId)
{
    auto q = db.run(
        QStringLiteral("SELECT p.receipt, p.state, p.amount_fen, p.account_masked, p.return_code, "
                       "b.value_date, p.attempt FROM payouts p LEFT JOIN payout_batches b ON b.batch = "
                       "p.batch WHERE p.person_id = ? ORDER BY p.instalment"),
        {personId});
    if (!q)
        return std::nullopt;
    QHash<QString, QJsonObject> byReceipt;
    while (q->next()) {
        const QString state = q->value(1).toString();
        QJsonObject payout{{QStringLiteral("state"), state},
                           {QStringLiteral("amountFen"), q->value(2).toLongLong()},
                           {QStringLiteral("account"), q->value(3).toString()},
                           {QStringLiteral("attempt"), q->value(6).toInt()}};
        if (state == u"paid")
            payout.insert(QStringLiteral("paidOn"), q->value(5).toString());
        if (state == u"returned") {
            const QString code = q->value(4).toString();
            payout.insert(QStringLiteral("returnCode"), code);
            payout.insert(QStringLiteral("returnReason"), bilingual(payouts::returnReasonText(code)));
        }
        byReceipt.insert(q->value(0).toString(), payout);
    }
    return byReceipt;
}

QString maskedPayoutAccount(const QString& account)
{
    return account.left(4) + QStringLiteral(" **** ") + account.right(4);
}

} // namespace ssc::platform
