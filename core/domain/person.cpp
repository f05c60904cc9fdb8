#include "person.h"

#include <algorithm>

namespace ssc {

QList<Card> Person::cardsWithUsableECard() const
{
    QList<Card> usable;
    std::ranges::copy_if(cards, std::back_inserter(usable),
                         [](const Card& c) { return c.givesUsableECard(); });
    return usable;
}

std::optional<Card> Person::cardInRegion(QStringView regionCode) const
{
    const auto found = std::ranges::find_if(cards, [&](const Card& c) { return c.regionCode == regionCode; });
    if (found == cards.end())
        return std::nullopt;
    return *found;
}

int Person::ageOn(QDate day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace ssc
