#include "pensiontransfer.h"

#include <algorithm>

namespace ssc {
namespace {

TranslatableText t(const char* source)
{
    return {"PensionTransfer", source, {}};
}

constexpr int tenYears = 120;

int ageInYearsAt(QDate born, YearMonth month)
{
    const int years = month.year - born.year();
    return month.month < born.month() ? years - 1 : years;
}

} // namespace

const InsuredPlace* currentPlace(const TransferPerson& person)
{
    const auto latest = std::max_element(
        person.places.begin(), person.places.end(),
        [](const InsuredPlace& a, const InsuredPlace& b) { return a.lastPaid < b.lastPaid; });
    return latest == person.places.end() ? nullptr : &*latest;
}

bool isTemporaryAccount(const TransferPerson& person, const InsuredPlace& place)
{
    if (place.province == person.householdProvince || !person.birthDate.isValid())
        return false;
    return ageInYearsAt(person.birthDate, place.firstPaid) >= (person.female ? 40 : 50);
}

TransferCheck checkTransfer(const TransferPerson& person)
{
    TransferCheck check;
    if (person.drawingPension) {
        check.code = QStringLiteral("drawing_pension");
        check.reason = t(QT_TRANSLATE_NOOP("PensionTransfer",
                                           "You already draw a pension: the relation stays where it is paid, "
                                           "wherever you live."));
        return check;
    }
    const InsuredPlace* now = currentPlace(person);
    if (!now) {
        check.code = QStringLiteral("not_insured");
        check.reason = t(QT_TRANSLATE_NOOP(
            "PensionTransfer", "You are not paying in anywhere at the moment. A transfer is asked for at "
                               "the place where you work and pay in, once you do."));
        return check;
    }
    check.to = *now;
    for (const InsuredPlace& p : person.places)
        if (p.province != now->province && !p.transferredOut)
            check.from.append(p);
    std::sort(check.from.begin(), check.from.end(),
              [](const InsuredPlace& a, const InsuredPlace& b) { return a.lastPaid > b.lastPaid; });
    if (person.places.size() == 1) {
        check.code = QStringLiteral("one_place");
        check.reason = t(QT_TRANSLATE_NOOP(
            "PensionTransfer", "You have paid in at one place only, so there is nothing to move. When you "
                               "work and pay in somewhere new, ask for the transfer there."));
        return check;
    }
    if (check.from.isEmpty()) {
        check.code = QStringLiteral("nothing_to_transfer");
        check.reason = t(QT_TRANSLATE_NOOP(
            "PensionTransfer", "Every earlier relation has already moved to where you pay in now, "
                               "so there is nothing more to move."));
        return check;
    }
    if (isTemporaryAccount(person, *now)) {
        check.code = QStringLiteral("temporary_account");
        check.reason = t(QT_TRANSLATE_NOOP(
            "PensionTransfer",
            "You were first insured here at 50 or over (women: 40), away from your household registration: "
            "this is a temporary account, and no relation can be moved into it. On retiring, it moves to "
            "where "
            "you will draw your pension."));
        return check;
    }
    check.possible = true;
    return check;
}

BenefitPlace benefitPlace(const TransferPerson& person)
{
    const InsuredPlace* now = currentPlace(person);
    if (!now || now->province == person.householdProvince)
        return {
            person.householdProvince,
            t(QT_TRANSLATE_NOOP("PensionTransfer", "your household registration, where your relation is"))};
    if (now->monthsPaid >= tenYears)
        return {now->province,
                t(QT_TRANSLATE_NOOP("PensionTransfer",
                                    "where your relation is, with 10 years or more paid there"))};
    const InsuredPlace* latestTen = nullptr;
    for (const InsuredPlace& p : person.places)
        if (&p != now && p.monthsPaid >= tenYears && (!latestTen || p.lastPaid > latestTen->lastPaid))
            latestTen = &p;
    if (latestTen)
        return {latestTen->province,
                t(QT_TRANSLATE_NOOP("PensionTransfer", "the latest place where you paid 10 years or more"))};
    return {person.householdProvince,
            t(QT_TRANSLATE_NOOP("PensionTransfer",
                                "your household registration: no place has 10 years paid yet"))};
}

} // namespace ssc
