#include "paymentsmodule.h"

#include "moduleapi/servicemodule.h"
#include "paymentscreen.h"
#include "refundsscreen.h"

namespace ssc {

void registerPaymentsModule(ModuleRegistry& registry)
{
    registry.add({QStringLiteral("payments"),
                  {"PaymentsModule", QT_TRANSLATE_NOOP("PaymentsModule", "Pay contributions"), {}},
                  {"PaymentsModule",
                   QT_TRANSLATE_NOOP("PaymentsModule", "Residents' pension and medical insurance, by phone"),
                   {}},
                  QStringLiteral(":/icons/payment.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter},
                  true,
                  [](const ModuleContext& context) { return new PaymentScreen(context); }});
    // A clerk's task at a counter, no citizen needed: the hall's payments made twice, refunded.
    registry.add(
        {QStringLiteral("payment-refunds"),
         {"PaymentsModule", QT_TRANSLATE_NOOP("PaymentsModule", "Refunds to make"), {}},
         {"PaymentsModule",
          QT_TRANSLATE_NOOP("PaymentsModule", "Contributions paid twice in this hall, refunded to the payer"),
          {}},
         QStringLiteral(":/icons/payment.svg"),
         {TerminalMode::Counter},
         false,
         [](const ModuleContext& context) { return new RefundsScreen(context); },
         {QStringLiteral("clerk")}});
}

} // namespace ssc
