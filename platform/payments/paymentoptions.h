#pragma once

#include "paymentgateway.h"

#include <QCommandLineParser>

#include <optional>

namespace ssc::platform {

// The command-line options of the acquirer (docs/operations.md, "Payments"): --payment-url,
// --payment-key-file (the merchant key, hex, 0600), --payment-notify-url. Without --payment-url the
// platform takes no payments and says so to terminals.
void addPaymentOptions(QCommandLineParser& parser);
std::optional<PaymentSettings> paymentSettingsFrom(const QCommandLineParser& parser, QString* error);

} // namespace ssc::platform
