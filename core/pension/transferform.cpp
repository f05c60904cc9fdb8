#include "transferform.h"

#include "domain/provinces.h"
#include "forms/fieldbuilders.h"

namespace ssc {
namespace {

TranslatableText t(const char* source)
{
    return {"PensionTransferForm", source, {}};
}

FormField provinceChoice(const QString& key, const TranslatableText& label, const QStringList& only)
{
    FormField f = forms::field(key, label, FieldKind::Choice);
    for (const Province& p : provinces())
        if (only.isEmpty() || only.contains(QLatin1String(p.code)))
            f.choices.append({QString::fromLatin1(p.code), p.name});
    f.prefillFrom = key;
    return f;
}

} // namespace

FormDefinition pensionTransferForm(const QStringList& from, const QString& to)
{
    using namespace forms;
    FormField out = provinceChoice(
        QStringLiteral("transferOut"),
        t(QT_TRANSLATE_NOOP("PensionTransferForm", "Where the pension relation is now")), from);
    FormField in =
        provinceChoice(QStringLiteral("transferIn"),
                       t(QT_TRANSLATE_NOOP("PensionTransferForm", "New place of work and insurance")),
                       to.isEmpty() ? QStringList() : QStringList{to});
    in.rule = [](const QString& value, const FormValues& all) {
        return value == all.value(QStringLiteral("transferOut"))
                   ? t(QT_TRANSLATE_NOOP("PensionTransferForm",
                                         "A transfer goes from one province to another."))
                   : TranslatableText{};
    };
    FormField employer =
        field(QStringLiteral("employer"), t(QT_TRANSLATE_NOOP("PensionTransferForm", "The new employer")),
              FieldKind::Text);
    employer.maxLength = 60;
    employer.prefillFrom = QStringLiteral("employer");
    FormField phone = field(QStringLiteral("phone"),
                            t(QT_TRANSLATE_NOOP("PensionTransferForm", "Mobile phone")), FieldKind::Phone);
    phone.prefillFrom = QStringLiteral("phone");

    FormDefinition form;
    form.kind = QStringLiteral("pension-transfer");
    form.title = t(QT_TRANSLATE_NOOP("PensionTransferForm", "Pension relation transfer"));
    form.steps = {{t(QT_TRANSLATE_NOOP("PensionTransferForm", "From where to where")), {out, in}},
                  {t(QT_TRANSLATE_NOOP("PensionTransferForm", "Employer and phone")), {employer, phone}}};
    form.commitment =
        t(QT_TRANSLATE_NOOP("PensionTransferForm", "I confirm that what I have given is true. I understand "
                                                   "that the new place reviews the application, and "
                                                   "that the old place then moves my contribution record and "
                                                   "funds; each step takes up to 15 working days."));
    return form;
}

} // namespace ssc
