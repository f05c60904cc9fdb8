#include "estimateform.h"

#include "forms/fieldbuilders.h"

#include <cmath>

namespace ssc {
namespace {

TranslatableText t(const char* source, QStringList args = {})
{
    return {"PensionEstimateForm", source, std::move(args)};
}

// A whole number of years (or months) from 0 to `most`.
FormField count(const QString& key, const TranslatableText& label, int most)
{
    FormField f = forms::field(key, label, FieldKind::Digits);
    f.maxLength = 2;
    f.prefillFrom = key;
    f.rule = [most](const QString& value, const FormValues&) {
        return value.toInt() > most
                   ? t(QT_TRANSLATE_NOOP("PensionEstimateForm", "At most %1."), {QString::number(most)})
                   : TranslatableText{};
    };
    return f;
}

FormField choice(const QString& key, const TranslatableText& label,
                 std::initializer_list<std::pair<const char*, const char*>> choices)
{
    FormField f = forms::field(key, label, FieldKind::Choice);
    f.prefillFrom = key;
    for (const auto& [value, text] : choices)
        f.choices.append({QString::fromLatin1(value), t(text)});
    return f;
}

FormField money(const QString& key, const TranslatableText& label)
{
    FormField f = forms::field(key, label, FieldKind::Money);
    f.prefillFrom = key;
    return f;
}

const double indexChoices[] = {0.6, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0};

QString yuan(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2);
}

RetirementGroup groupOf(const FormValues& values, const EstimatePerson& person)
{
    if (!person.female)
        return RetirementGroup::Man;
    return values.value(QStringLiteral("post")) == u"worker" ? RetirementGroup::WomanWorker
                                                             : RetirementGroup::WomanCadre;
}

} // namespace

FormDefinition pensionEstimateForm(const EstimatePerson& person)
{
    FormStep insured{t(QT_TRANSLATE_NOOP("PensionEstimateForm", "How you are insured")), {}};
    insured.fields.append(choice(
        QStringLiteral("insuredAs"), t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Insured as")),
        {{"employee", QT_TRANSLATE_NOOP("PensionEstimateForm", "An employee of an enterprise")},
         {"flexible", QT_TRANSLATE_NOOP("PensionEstimateForm", "Self-employed or in flexible employment")}}));
    if (person.female)
        insured.fields.append(choice(
            QStringLiteral("post"), t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Post")),
            {{"cadre", QT_TRANSLATE_NOOP("PensionEstimateForm",
                                         "Managerial or technical (retirement at 55 before the reform)")},
             {"worker", QT_TRANSLATE_NOOP("PensionEstimateForm",
                                          "Production or service (retirement at 50 before the reform)")}}));
    insured.fields.append(choice(
        QStringLiteral("retireAt"), t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Planned retirement")),
        {{"statutory", QT_TRANSLATE_NOOP("PensionEstimateForm", "At the statutory retirement age")},
         {"earliest",
          QT_TRANSLATE_NOOP("PensionEstimateForm", "As early as allowed (up to 3 years earlier)")},
         {"latest", QT_TRANSLATE_NOOP("PensionEstimateForm", "3 years later, agreed with the employer")}}));

    FormStep paid{t(QT_TRANSLATE_NOOP("PensionEstimateForm", "What has been paid")), {}};
    paid.fields.append(count(QStringLiteral("yearsPaid"),
                             t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Years paid so far")), 50));
    paid.fields.append(count(QStringLiteral("monthsPaid"),
                             t(QT_TRANSLATE_NOOP("PensionEstimateForm", "And months beyond those years")),
                             11));
    paid.fields.append(
        count(QStringLiteral("deemedYears"),
              t(QT_TRANSLATE_NOOP("PensionEstimateForm",
                                  "Deemed years: years worked before contributions began (usually 0)")),
              45));
    if (person.born.year < 1983) // could have paid between 1992 and 1998
        paid.fields.append(count(QStringLiteral("years1992To98"),
                                 t(QT_TRANSLATE_NOOP("PensionEstimateForm",
                                                     "Of those, years paid from October 1992 to June 1998")),
                                 6));
    FormField index = forms::field(
        QStringLiteral("averageIndex"),
        t(QT_TRANSLATE_NOOP("PensionEstimateForm",
                            "Your wage over the years against the local average (the contribution index)")),
        FieldKind::Choice);
    index.prefillFrom = index.key;
    const char* indexLabels[] = {
        QT_TRANSLATE_NOOP("PensionEstimateForm", "0.6: well below the average"),
        QT_TRANSLATE_NOOP("PensionEstimateForm", "0.8: below the average"),
        QT_TRANSLATE_NOOP("PensionEstimateForm", "1.0: about the average"),
        QT_TRANSLATE_NOOP("PensionEstimateForm", "1.2: above the average"),
        QT_TRANSLATE_NOOP("PensionEstimateForm", "1.5: well above the average"),
        QT_TRANSLATE_NOOP("PensionEstimateForm", "2.0: twice the average"),
        QT_TRANSLATE_NOOP("PensionEstimateForm", "3.0: three times the average (the most counted)")};
    for (size_t i = 0; i < std::size(indexChoices); ++i)
        index.choices.append({QString::number(indexChoices[i], 'f', 1), t(indexLabels[i])});
    paid.fields.append(index);
    paid.fields.append(
        money(QStringLiteral("accountBalance"),
              t(QT_TRANSLATE_NOOP("PensionEstimateForm",
                                  "Personal account balance at the end of last year (yuan)"))));

    FormStep wages{t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Wages")), {}};
    wages.fields.append(
        money(QStringLiteral("monthlyWage"),
              t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Monthly contribution wage this year (yuan)"))));
    wages.fields.append(
        money(QStringLiteral("averageWage"),
              t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Local monthly average wage of last year (yuan)"))));
    const std::initializer_list<std::pair<const char*, const char*>> growth = {
        {"0", QT_TRANSLATE_NOOP("PensionEstimateForm", "None")},
        {"2", QT_TRANSLATE_NOOP("PensionEstimateForm", "2% a year")},
        {"4", QT_TRANSLATE_NOOP("PensionEstimateForm", "4% a year")},
        {"6", QT_TRANSLATE_NOOP("PensionEstimateForm", "6% a year")}};
    wages.fields.append(
        choice(QStringLiteral("wageGrowth"),
               t(QT_TRANSLATE_NOOP("PensionEstimateForm", "How the contribution wage may grow")), growth));
    wages.fields.append(
        choice(QStringLiteral("averageWageGrowth"),
               t(QT_TRANSLATE_NOOP("PensionEstimateForm", "How the local average wage may grow")), growth));

    // The brief's 指标解释, behind each field's "?".
    const std::pair<const char*, const char*> helps[] = {
        {"yearsPaid",
         QT_TRANSLATE_NOOP(
             "PensionEstimateForm",
             "Your rights record shows the years you have paid and the account balance at the end of "
             "last year. Paid in several places not yet transferred? Add them up.")},
        {"deemedYears", QT_TRANSLATE_NOOP("PensionEstimateForm",
                                          "Usually the years you worked without a break before the pension "
                                          "insurance began where you worked.")},
        {"years1992To98",
         QT_TRANSLATE_NOOP("PensionEstimateForm",
                           "Years paid in the first years of the reform. They add a transitional "
                           "pension.")},
        {"averageIndex",
         QT_TRANSLATE_NOOP(
             "PensionEstimateForm",
             "Compare your wage with the local average wage over the years: about the same every "
             "year is 1; higher, choose more than 1; lower, less than 1.")},
        {"accountBalance",
         QT_TRANSLATE_NOOP("PensionEstimateForm",
                           "On your rights record: the personal account balance at the end of "
                           "last year.")},
        {"monthlyWage",
         QT_TRANSLATE_NOOP("PensionEstimateForm",
                           "Not sure? Use last year's monthly contribution base from your rights "
                           "record.")},
        {"averageWage",
         QT_TRANSLATE_NOOP("PensionEstimateForm",
                           "Published every year by the local statistics office; already filled in "
                           "where we have it.")}};
    for (FormStep* step : {&paid, &wages})
        for (FormField& f : step->fields)
            for (const auto& [key, help] : helps)
                if (f.key == QLatin1String(key))
                    f.help = t(help);

    FormDefinition form;
    form.kind = QStringLiteral("pension-estimate");
    form.title = t(QT_TRANSLATE_NOOP("PensionEstimateForm", "Pension estimate"));
    form.steps = {insured, paid, wages};
    return form;
}

FormValues estimateValuesFromBasis(const QJsonObject& basis)
{
    FormValues values{{QStringLiteral("insuredAs"), QStringLiteral("employee")},
                      {QStringLiteral("post"), QStringLiteral("cadre")},
                      {QStringLiteral("retireAt"), QStringLiteral("statutory")},
                      {QStringLiteral("deemedYears"), QStringLiteral("0")},
                      {QStringLiteral("years1992To98"), QStringLiteral("0")},
                      {QStringLiteral("wageGrowth"), QStringLiteral("2")},
                      {QStringLiteral("averageWageGrowth"), QStringLiteral("2")}};
    const int months = basis.value(QStringLiteral("monthsPaid")).toInt();
    if (basis.contains(QStringLiteral("monthsPaid"))) {
        values.insert(QStringLiteral("yearsPaid"), QString::number(months / 12));
        values.insert(QStringLiteral("monthsPaid"), QString::number(months % 12));
    }
    if (basis.contains(QStringLiteral("accountBalanceCents")))
        values.insert(QStringLiteral("accountBalance"),
                      yuan(basis.value(QStringLiteral("accountBalanceCents")).toInteger()));
    const qint64 base = basis.value(QStringLiteral("monthlyBaseCents")).toInteger();
    const qint64 average = basis.value(QStringLiteral("averageWageCents")).toInteger();
    if (base > 0)
        values.insert(QStringLiteral("monthlyWage"), yuan(base));
    if (average > 0)
        values.insert(QStringLiteral("averageWage"), yuan(average));
    if (base > 0 && average > 0) { // the brief: the index is roughly one's wage against the average
        const double ratio = double(base) / double(average);
        double nearest = indexChoices[0];
        for (double c : indexChoices)
            if (std::abs(c - ratio) < std::abs(nearest - ratio))
                nearest = c;
        values.insert(QStringLiteral("averageIndex"), QString::number(nearest, 'f', 1));
    }
    return values;
}

std::optional<PensionEstimateInput> estimateInputFrom(const FormValues& values, const EstimatePerson& person,
                                                      YearMonth now)
{
    for (const char* key :
         {"insuredAs", "retireAt", "yearsPaid", "monthsPaid", "deemedYears", "averageIndex", "accountBalance",
          "monthlyWage", "averageWage", "wageGrowth", "averageWageGrowth"})
        if (values.value(QString::fromLatin1(key)).isEmpty())
            return std::nullopt;
    const auto number = [&values](const char* key) {
        return values.value(QString::fromLatin1(key)).toDouble();
    };
    PensionEstimateInput in;
    in.insuredAs =
        values.value(QStringLiteral("insuredAs")) == u"flexible" ? InsuredAs::Flexible : InsuredAs::Employee;
    in.group = groupOf(values, person);
    in.born = person.born;
    in.now = now;
    const RetirementAge age = statutoryRetirement(in.group, person.born);
    const QString when = values.value(QStringLiteral("retireAt"));
    in.retirementAge = when == u"earliest" ? age.earliestFlexibleAge
                       : when == u"latest" ? age.latestFlexibleAge
                                           : age.statutoryAge;
    in.yearsPaid = number("yearsPaid") + number("monthsPaid") / 12.0;
    in.deemedYears = number("deemedYears");
    in.yearsPaid1992To98 = number("years1992To98");
    in.averageIndex = number("averageIndex");
    in.accountBalanceYuan = number("accountBalance");
    in.monthlyWageYuan = number("monthlyWage");
    in.localAverageWageYuan = number("averageWage");
    in.wageGrowth = number("wageGrowth") / 100.0;
    in.averageWageGrowth = number("averageWageGrowth") / 100.0;
    return in;
}

} // namespace ssc
