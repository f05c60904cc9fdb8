#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

namespace ssc::platform {

// A receipt names the day it was filed (R20261129-ACAC330E7B7A: the platform's local date,
// submissionsapi.cpp), and a row filed under it was made within seconds of it. The milliseconds such a row's
// `created_at` can hold: that day with a day's margin each side, whatever the platform's time zone. Given
// with the receipt to a query of a table partitioned by month (certification_attempts, docs/scaling.md
// "Partitions"), it lets PostgreSQL read the one or two months the span touches instead of every attached
// month's receipt index.
struct ReceiptSpan {
    qint64 fromMs = 0;
    qint64 untilMs = 0; // exclusive

    // "receipt = ? AND created_at >= ? AND created_at < ?", with the bindings that go with it.
    static QString condition();
    QVariantList bindings(const QString& receipt) const;
};

// Empty when `receipt` is not one of ours (no date after the R): no row can have it.
std::optional<ReceiptSpan> receiptSpan(const QString& receipt);

} // namespace ssc::platform
