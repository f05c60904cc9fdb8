#pragma once

#include "printabledocument.h"

#include <QJsonObject>

namespace ssc {

// The receipt of a paid contribution on paper (docs/payments.md): what was paid for which year, the amount,
// when and how, the acquirer's transaction, and the verification code a verifier checks with the platform
// (GET /api/v1/payments/verify/{code}). The order number is the document number on every page.
PrintableDocument paymentReceipt(const QJsonObject& order, const QString& itemLabel);

} // namespace ssc
