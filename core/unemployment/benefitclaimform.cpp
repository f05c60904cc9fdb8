#include "benefitclaimform.h"

#include "forms/fieldbuilders.h"

namespace ssc {
namespace {

TranslatableText t(const char* source, QStringList args = {})
{
    return {"BenefitClaimForm", source, std::move(args)};
}

} // namespace

bool bankCardNumberValid(const QString& digits)
{
    if (digits.size() < 16 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits[i].isDigit())
            return false;
        int d = digits[i].digitValue();
        if (doubled && (d *= 2) > 9)
            d -= 9;
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool isUnemploymentClaimKind(const QString& kind)
{
    return kind == u"unemployment-benefit" || kind == u"unemployment-subsidy" ||
           kind == u"migrant-one-off-allowance" || kind == u"temporary-living-allowance";
}

FormDefinition unemploymentBenefitForm(const QString& maskedCardAccount)
{
    return *unemploymentClaimForm(QStringLiteral("unemployment-benefit"), maskedCardAccount);
}

std::optional<FormDefinition> unemploymentClaimForm(const QString& kind, const QString& maskedCardAccount)
{
    if (!isUnemploymentClaimKind(kind))
        return std::nullopt;
    using namespace forms;
    FormField account = field(QStringLiteral("account"),
                              t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Where should the benefit be paid?")),
                              FieldKind::Choice);
    if (!maskedCardAccount.isEmpty())
        account.choices.append(
            {QStringLiteral("card"),
             t(QT_TRANSLATE_NOOP("BenefitClaimForm", "My social security card's bank account (%1)"),
               {maskedCardAccount})});
    account.choices.append({QStringLiteral("other"),
                            t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Another bank card in my own name"))});
    FormField bank = shownWhenEquals(
        field(QStringLiteral("bank"), t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Bank")), FieldKind::Choice),
        QStringLiteral("account"), QStringLiteral("other"));
    const std::pair<const char*, const char*> banks[] = {
        {"icbc", QT_TRANSLATE_NOOP("BenefitClaimForm", "Industrial and Commercial Bank of China")},
        {"abc", QT_TRANSLATE_NOOP("BenefitClaimForm", "Agricultural Bank of China")},
        {"boc", QT_TRANSLATE_NOOP("BenefitClaimForm", "Bank of China")},
        {"ccb", QT_TRANSLATE_NOOP("BenefitClaimForm", "China Construction Bank")},
        {"bocom", QT_TRANSLATE_NOOP("BenefitClaimForm", "Bank of Communications")},
        {"psbc", QT_TRANSLATE_NOOP("BenefitClaimForm", "Postal Savings Bank of China")},
        {"cmb", QT_TRANSLATE_NOOP("BenefitClaimForm", "China Merchants Bank")},
        {"rural", QT_TRANSLATE_NOOP("BenefitClaimForm", "Rural commercial bank or credit union")}};
    for (const auto& [key, name] : banks)
        bank.choices.append({QString::fromLatin1(key), t(name)});
    FormField number = shownWhenEquals(field(QStringLiteral("accountNumber"),
                                             t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Bank card number")),
                                             FieldKind::Digits),
                                       QStringLiteral("account"), QStringLiteral("other"));
    number.maxLength = 19;
    number.masked = MaskKind::BankAccount; // 6217***********4567 on the review
    number.rule = [](const QString& value, const FormValues&) {
        return bankCardNumberValid(value)
                   ? TranslatableText{}
                   : t(QT_TRANSLATE_NOOP(
                         "BenefitClaimForm",
                         "A bank card number has 16 to 19 digits; one of these seems wrong."));
    };
    FormField phone = field(QStringLiteral("phone"), t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Mobile phone")),
                            FieldKind::Phone);
    phone.prefillFrom = QStringLiteral("phone");
    FormField seeking =
        field(QStringLiteral("seekingWork"),
              t(QT_TRANSLATE_NOOP("BenefitClaimForm",
                                  "Looking for work, and ready to take suitable work or training?")),
              FieldKind::YesNo);
    seeking.rule = [](const QString& value, const FormValues&) {
        return value == u"yes"
                   ? TranslatableText{}
                   : t(QT_TRANSLATE_NOOP("BenefitClaimForm",
                                         "The benefit is paid while you look for work. If you "
                                         "cannot work now, ask at the counter what else can help."));
    };
    // The benefit and the subsidy are paid while the person looks for work; the farmer-workers' allowances
    // are paid once (or for up to 3 months) without that condition.
    const bool whileSeeking = kind == u"unemployment-benefit" || kind == u"unemployment-subsidy";
    QList<FormField> contact{phone};
    if (whileSeeking)
        contact.append(seeking);
    TranslatableText title = t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Unemployment benefit"));
    if (kind == u"unemployment-subsidy")
        title = t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Unemployment subsidy"));
    else if (kind == u"migrant-one-off-allowance")
        title = t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Migrant worker's one-off living allowance"));
    else if (kind == u"temporary-living-allowance")
        title = t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Temporary living allowance"));
    const TranslatableText commitment =
        whileSeeking
            ? t(QT_TRANSLATE_NOOP(
                  "BenefitClaimForm",
                  "I confirm that I am unemployed and looking for work, that the account is in "
                  "my own name, and that I will report at once when I find work, join the "
                  "army, settle abroad or start drawing a pension. Benefit paid after that "
                  "must be returned."))
            : t(QT_TRANSLATE_NOOP("BenefitClaimForm",
                                  "I confirm that I am unemployed, that the account is in my own name and "
                                  "that what I tell is true. An allowance paid on untrue information must be "
                                  "returned."));
    return FormDefinition{
        kind,
        title,
        {{t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Where it is paid")), {account, bank, number}},
         {whileSeeking ? t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Contact and looking for work"))
                       : t(QT_TRANSLATE_NOOP("BenefitClaimForm", "Contact")),
          contact}},
        commitment};
}

} // namespace ssc
