#include "retirementcommand.h"

#include "pension/retirementage.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <optional>

namespace ssc::ctl {
namespace {

class RetirementText {
    Q_DECLARE_TR_FUNCTIONS(RetirementCommand)
public:
    static QString age(AgeInMonths age)
    {
        if (age.remainderMonths() == 0)
            return tr("%1 years", "age").arg(age.years());
        return tr("%1 years %2 months", "age").arg(age.years()).arg(age.remainderMonths());
    }

    static QString years(double value)
    {
        return tr("%1 years", "length of contributions").arg(value, 0, 'g', 3);
    }

    static QStringList lines(const RetirementAge& r)
    {
        return {
            tr("statutory retirement age: %1 (originally %2, delayed by %3 months)")
                .arg(age(r.statutoryAge), age(r.originalAge))
                .arg(r.delayMonths),
            tr("retirement month: %1").arg(r.retirementMonth.toString()),
            tr("minimum contribution for a monthly pension: %1").arg(years(r.minimumContributionYears)),
            tr("flexible retirement: from %1 (%2) at the earliest, to %3 (%4) at the latest by agreement")
                .arg(age(r.earliestFlexibleAge), r.earliestFlexibleMonth.toString(), age(r.latestFlexibleAge),
                     r.latestFlexibleMonth.toString()),
        };
    }

    static QString wrongSex() { return tr("--sex must be male or female"); }
    static QString wrongGroup()
    {
        return tr("--group must be worker (women originally retiring at 50) or cadre "
                  "(women originally retiring at 55)");
    }
    static QString groupNeeded() { return tr("for women, --group worker or --group cadre is required"); }
    static QString wrongBorn() { return tr("--born must be a month written YYYY-MM, for example 1971-04"); }
};

QJsonObject ageJson(AgeInMonths age)
{
    return {{QStringLiteral("years"), age.years()}, {QStringLiteral("months"), age.remainderMonths()}};
}

QJsonObject toJson(const RetirementAge& r)
{
    return {
        {QStringLiteral("born"), r.born.toString()},
        {QStringLiteral("originalAge"), ageJson(r.originalAge)},
        {QStringLiteral("delayMonths"), r.delayMonths},
        {QStringLiteral("statutoryAge"), ageJson(r.statutoryAge)},
        {QStringLiteral("retirementMonth"), r.retirementMonth.toString()},
        {QStringLiteral("minimumContributionYears"), r.minimumContributionYears},
        {QStringLiteral("earliestFlexibleAge"), ageJson(r.earliestFlexibleAge)},
        {QStringLiteral("earliestFlexibleMonth"), r.earliestFlexibleMonth.toString()},
        {QStringLiteral("latestFlexibleAge"), ageJson(r.latestFlexibleAge)},
        {QStringLiteral("latestFlexibleMonth"), r.latestFlexibleMonth.toString()},
    };
}

} // namespace

int runRetirement(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption sexOption(QStringLiteral("sex"), QStringLiteral("male|female"),
                                       QStringLiteral("sex"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("worker|cadre"),
                                         QStringLiteral("group"));
    const QCommandLineOption bornOption(QStringLiteral("born"), QStringLiteral("YYYY-MM"),
                                        QStringLiteral("month"));
    parser.addOptions({sexOption, groupOption, bornOption});
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(parser.positionalArguments().join(u' '));

    const QString sex = parser.value(sexOption);
    const QString group = parser.value(groupOption);
    if (sex != u"male" && sex != u"female")
        return context.usageError(RetirementText::wrongSex());
    if (parser.isSet(groupOption) && group != u"worker" && group != u"cadre")
        return context.usageError(RetirementText::wrongGroup());
    if (sex == u"female" && !parser.isSet(groupOption))
        return context.usageError(RetirementText::groupNeeded());
    const std::optional<YearMonth> born = YearMonth::parse(parser.value(bornOption));
    if (!born)
        return context.usageError(RetirementText::wrongBorn());

    const RetirementGroup retirementGroup = sex == u"male"      ? RetirementGroup::Man
                                            : group == u"cadre" ? RetirementGroup::WomanCadre
                                                                : RetirementGroup::WomanWorker;
    const RetirementAge result = statutoryRetirement(retirementGroup, *born);
    if (context.json())
        context.printJson(toJson(result));
    else
        for (const QString& line : RetirementText::lines(result))
            context.print(line);
    return Ok;
}

} // namespace ssc::ctl
