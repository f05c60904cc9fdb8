#include "payoutstate.h"

#include "http/apiresult.h"
#include "payouts/payoutreasons.h"
#include "payouts/payoutstops.h"
#include "storage/database.h"

namespace ssc::platform {

std::optional<QHash<QString, QJsonObject>> payoutsOf(Database& db, qint64 personId)
{
    auto q = db.run(
        QStringLiteral(
            "SELECT p.receipt, p.state, p.amount_fen, p.account_masked, p.return_code, "
            "b.value_date, p.attempt, p.instalment FROM payouts p LEFT JOIN payout_batches b ON b.batch = "
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
                           {QStringLiteral("attempt"), q->value(6).toInt()},
                           {QStringLiteral("instalment"), q->value(7).toInt()}};
        if (state == u"paid")
            payout.insert(QStringLiteral("paidOn"), q->value(5).toString());
        if (state == u"returned") {
            const QString code = q->value(4).toString();
            payout.insert(QStringLiteral("returnCode"), code);
            payout.insert(QStringLiteral("returnReason"), bilingual(payouts::returnReasonText(code)));
        }
        // The latest instalment, unless an earlier one stands returned: that one asks the citizen for a card.
        const QString receipt = q->value(0).toString();
        if (state == u"returned" ||
            byReceipt.value(receipt).value(QStringLiteral("state")).toString() != u"returned")
            byReceipt.insert(receipt, payout);
    }
    q->finish();
    // The claim's plan (monthly benefits): the months decided, those paid so far and why it stopped.
    auto plans =
        db.run(QStringLiteral("SELECT pp.receipt, pp.instalments, pp.stop_code, (SELECT COUNT(*) FROM "
                              "payouts p WHERE p.receipt = pp.receipt AND p.state = 'paid') FROM "
                              "payout_plans pp WHERE pp.person_id = ?"),
               {personId});
    if (!plans)
        return std::nullopt;
    while (plans->next()) {
        const auto found = byReceipt.find(plans->value(0).toString());
        if (found == byReceipt.end())
            continue;
        found->insert(QStringLiteral("instalments"), plans->value(1).toInt());
        found->insert(QStringLiteral("paidInstalments"), plans->value(3).toInt());
        if (const QString stop = plans->value(2).toString(); !stop.isEmpty()) {
            found->insert(QStringLiteral("stopCode"), stop);
            found->insert(QStringLiteral("stopReason"), bilingual(payouts::stopReasonText(stop)));
        }
    }
    return byReceipt;
}

QString maskedPayoutAccount(const QString& account)
{
    return account.left(4) + QStringLiteral(" **** ") + account.right(4);
}

} // namespace ssc::platform
