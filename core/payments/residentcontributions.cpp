#include "residentcontributions.h"

#include <QtGlobal>

namespace ssc::payments {
namespace {

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day < birth.addYears(age))
        --age;
    return age;
}

} // namespace

QString ResidentContributions::key(ResidentItem item)
{
    return item == ResidentItem::Pension ? QStringLiteral("resident-pension")
                                         : QStringLiteral("resident-medical");
}

std::optional<ResidentItem> ResidentContributions::fromKey(const QString& key)
{
    for (ResidentItem item : {ResidentItem::Pension, ResidentItem::Medical})
        if (ResidentContributions::key(item) == key)
            return item;
    return std::nullopt;
}

TranslatableText ResidentContributions::name(ResidentItem item)
{
    if (item == ResidentItem::Pension)
        return {"ResidentContributions",
                QT_TRANSLATE_NOOP("ResidentContributions", "Residents' pension insurance"),
                {}};
    return {"ResidentContributions",
            QT_TRANSLATE_NOOP("ResidentContributions", "Residents' medical insurance"),
            {}};
}

int ResidentContributions::yearPaidFor(ResidentItem item, QDate today)
{
    if (item == ResidentItem::Medical && today.month() >= 9)
        return today.year() + 1;
    return today.year();
}

QList<qint64> ResidentContributions::demoGradesFen(ResidentItem item)
{
    if (item == ResidentItem::Medical)
        return {40000};
    return {10000, 20000, 30000, 40000, 50000, 60000, 70000, 80000, 90000, 100000, 150000, 200000};
}

std::optional<TranslatableText> ResidentContributions::refusal(ResidentItem item, const Payer& payer,
                                                               QDate today)
{
    if (item == ResidentItem::Medical)
        return std::nullopt; // everyone not insured as an employee may; the region checks that on its side
    if (payer.drawsPension)
        return TranslatableText{
            "ResidentContributions",
            QT_TRANSLATE_NOOP("ResidentContributions",
                              "You already receive a pension, so there is nothing more to pay."),
            {}};
    if (payer.employeePensionThisYear)
        return TranslatableText{"ResidentContributions",
                                QT_TRANSLATE_NOOP("ResidentContributions",
                                                  "Your employer pays your pension insurance this year, so "
                                                  "you are not in the residents' scheme."),
                                {}};
    const int age = payer.birthDate.isValid() ? ageOn(payer.birthDate, today) : 0;
    if (age < 16)
        return TranslatableText{
            "ResidentContributions",
            QT_TRANSLATE_NOOP("ResidentContributions", "The residents' pension is paid from the age of 16."),
            {}};
    return std::nullopt;
}

} // namespace ssc::payments
