#include "paymentreceipt.h"

#include "payments/money.h"
#include "receiptdocument.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ssc {

PrintableDocument paymentReceipt(const QJsonObject& order, const QString& itemLabel)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("PaymentReceipt", text); };
    const QString paidBy = order.value(QStringLiteral("paidBy")).toString() == u"payment-code"
                               ? tr("payment code shown to the scanner")
                               : tr("e-card cashier");
    const QStringList blocks{
        tr("Paid for: %1").arg(itemLabel),
        tr("Amount: %1").arg(payments::moneyText(order.value(QStringLiteral("amountFen")).toInteger())),
        tr("Paid at: %1 (%2)")
            .arg(QDateTime::fromMSecsSinceEpoch(order.value(QStringLiteral("paidAt")).toInteger())
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 paidBy),
        tr("Transaction: %1").arg(order.value(QStringLiteral("transactionId")).toString()),
        tr("Verification code: %1 (the social insurance office confirms it is genuine)")
            .arg(order.value(QStringLiteral("verificationCode")).toString()),
    };
    return buildReceiptDocument(tr("Receipt for a contribution paid"), blocks,
                                order.value(QStringLiteral("orderNo")).toString());
}

} // namespace ssc
