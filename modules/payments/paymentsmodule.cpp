#include "paymentsmodule.h"

#include "moduleapi/servicemodule.h"
#include "paymentscreen.h"

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
}

} // namespace ssc
