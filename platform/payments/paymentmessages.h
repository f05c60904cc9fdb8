#pragma once

#include "api/messages.h"

// The payment routes' texts (docs/payments.md), bilingual like every API text (api/messages.h).
namespace ssc::platform::messages {

SSC_API_TEXT(paymentsClosed, QT_TRANSLATE_NOOP("PlatformApi", "Payments cannot be taken here at the moment."))
SSC_API_TEXT(paymentsClosedAdvice,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Please pay at a bank or in the e-card app, or ask at the counter."))
SSC_API_TEXT(unknownPaymentItem, QT_TRANSLATE_NOOP("PlatformApi", "There is no such item to pay."))
SSC_API_TEXT(noPaymentAmounts,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This cannot be paid here yet: the region has not set its amounts."))
SSC_API_TEXT(notAPaymentGrade,
             QT_TRANSLATE_NOOP("PlatformApi", "That amount is not one of the amounts this item allows."))
SSC_API_TEXT(alreadyPaidThisYear,
             QT_TRANSLATE_NOOP("PlatformApi", "This contribution is already paid for %1."))
SSC_API_TEXT(alreadyPaidAdvice, QT_TRANSLATE_NOOP("PlatformApi", "Nothing more is needed for this year."))
SSC_API_TEXT(noSuchOrder, QT_TRANSLATE_NOOP("PlatformApi", "There is no such payment of yours."))
SSC_API_TEXT(acquirerUnreachable,
             QT_TRANSLATE_NOOP("PlatformApi", "The payment service did not answer. Nothing was charged."))
SSC_API_TEXT(acquirerUnreachableAdvice, QT_TRANSLATE_NOOP("PlatformApi", "Please try again in a minute."))
SSC_API_TEXT(orderNotAwaiting,
             QT_TRANSLATE_NOOP("PlatformApi", "This payment is no longer waiting to be paid."))
SSC_API_TEXT(paymentCodeInvalid,
             QT_TRANSLATE_NOOP("PlatformApi", "That is not a payment code. Nothing was charged."))
SSC_API_TEXT(paymentCodeInvalidAdvice,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Open the payment code in the e-card app and hold it to the scanner again."))
SSC_API_TEXT(paymentDeclined,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The payment was declined by your account. Nothing was charged."))
SSC_API_TEXT(paymentDeclinedAdvice,
             QT_TRANSLATE_NOOP("PlatformApi", "Please pay another way, or ask your bank."))
SSC_API_TEXT(orderExpired,
             QT_TRANSLATE_NOOP("PlatformApi", "The time to pay this order has run out. Nothing was charged."))
SSC_API_TEXT(refundNeedsClerk, QT_TRANSLATE_NOOP("PlatformApi", "Refunds are made by a clerk at a counter."))
SSC_API_TEXT(notRefundable,
             QT_TRANSLATE_NOOP("PlatformApi", "Only a paid order can be refunded, and only once."))
SSC_API_TEXT(unknownRefundReason,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Choose why the payment is refunded: paid twice, wrong grade, wrong item or "
                               "paid for the wrong person."))
SSC_API_TEXT(notPaidTwice,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This payment is the only one for its year: it was not paid twice."))
SSC_API_TEXT(refundYearClosed,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The year this payment was for has ended: it can no longer be refunded here."))
SSC_API_TEXT(refundYearClosedAdvice,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Please ask the social insurance office about the year's account."))
SSC_API_TEXT(
    refundNeedsCitizen,
    QT_TRANSLATE_NOOP("PlatformApi",
                      "This payment was paid once: it is refunded only with the person who paid at the "
                      "counter."))
SSC_API_TEXT(unknownReceiptCode, QT_TRANSLATE_NOOP("PlatformApi", "No receipt has this verification code."))

} // namespace ssc::platform::messages
