#include "payoutaccountform.h"

#include "forms/fieldbuilders.h"
#include "unemployment/benefitclaimform.h"

namespace ssc::payouts {
namespace {

TranslatableText t(const char* source)
{
    return {"PayoutAccountForm", source, {}};
}

} // namespace

FormDefinition payoutAccountForm()
{
    using forms::field;
    FormField number =
        field(QStringLiteral("accountNumber"), t(QT_TRANSLATE_NOOP("PayoutAccountForm", "Bank card number")),
              FieldKind::Digits);
    number.maxLength = 19;
    number.masked = MaskKind::BankAccount; // 6217***********4567 on the review
    number.help = t(QT_TRANSLATE_NOOP("PayoutAccountForm",
                                      "A debit card of a bank in mainland China, in your own name: the bank "
                                      "sends the money back when the name on the account is another's."));
    number.rule = [](const QString& value, const FormValues&) {
        return bankCardNumberValid(value)
                   ? TranslatableText{}
                   : t(QT_TRANSLATE_NOOP(
                         "PayoutAccountForm",
                         "A bank card number has 16 to 19 digits; one of these seems wrong."));
    };
    return FormDefinition{
        QStringLiteral("payout-account"),
        t(QT_TRANSLATE_NOOP("PayoutAccountForm", "Pay it to another bank card")),
        {{t(QT_TRANSLATE_NOOP("PayoutAccountForm", "The card to pay it to")), {number}}},
        t(QT_TRANSLATE_NOOP(
            "PayoutAccountForm",
            "I confirm that this bank card is in my own name and that the payment the bank sent "
            "back is to be paid to it."))};
}

} // namespace ssc::payouts
