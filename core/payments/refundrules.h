#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ssc::payments {

// Which of a person's paid contributions a clerk may refund, and for which reason (docs/payments.md,
// "Refunds"). The platform decides with it; the terminal shows the reasons the platform takes.
//   - an order paid twice (the year was already paid) is refunded at any time: it paid for nothing;
//   - an order paid once "in error" (wrong grade, wrong item, paid for the wrong person) only while the year
//     it paid for has not ended: after that the year is closed and the contribution stays on the record;
//   - a refunded order is never refunded again, an unpaid one never.
class RefundRules {
public:
    // The fixed list of reasons, as keys: "paid-twice", then the "in error" ones.
    static const QStringList& reasons();
    static bool isReason(const QString& key) { return reasons().contains(key); }

    enum class Verdict {
        Allowed,
        NotPaid,      // not paid, or refunded already (a retry is answered by the caller)
        NotPaidTwice, // "paid-twice" given for an order that paid its year once
        YearClosed,   // paid once, in error, for a year that has ended
    };
    // `status` and `year` as PaymentLedger::Order holds them; `reason` one of reasons().
    static Verdict check(const QString& status, int year, const QString& reason, QDate today);
    // Whether an order can still be refunded for some reason today (what a clerk's list offers).
    static bool refundable(const QString& status, int year, QDate today);
};

} // namespace ssc::payments
