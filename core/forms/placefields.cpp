#include "placefields.h"

#include "domain/divisions.h"
#include "fieldbuilders.h"

namespace ssc::forms {
namespace {

QList<FieldChoice> choicesUnder(const QString& parent)
{
    QList<FieldChoice> choices;
    for (const Division& d : Divisions::instance().children(parent))
        choices.append({d.code, d.name});
    return choices;
}

} // namespace

PlaceFields placeFields(const QString& provinceKey, const QString& cityKey, const QString& districtKey,
                        const TranslatableText& cityLabel, const TranslatableText& districtLabel)
{
    // The district's list hangs under the city, or directly under a municipality.
    const auto districtParent = [provinceKey, cityKey](const FormValues& v) {
        const QString province = v.value(provinceKey);
        return Divisions::isMunicipality(province) ? province : v.value(cityKey);
    };
    FormField city = field(cityKey, cityLabel, FieldKind::Choice);
    city.choicesFrom = [provinceKey](const FormValues& v) { return choicesUnder(v.value(provinceKey)); };
    city.shownWhen = [provinceKey](const FormValues& v) {
        const QString province = v.value(provinceKey);
        return !province.isEmpty() && !Divisions::isMunicipality(province);
    };
    city.rule = [provinceKey](const QString& value, const FormValues& v) {
        return checkDivision(v.value(provinceKey), value);
    };
    FormField district = field(districtKey, districtLabel, FieldKind::Choice);
    district.choicesFrom = [districtParent](const FormValues& v) { return choicesUnder(districtParent(v)); };
    district.shownWhen = [districtParent](const FormValues& v) {
        return Divisions::instance().hasChildren(districtParent(v));
    };
    district.rule = [districtParent](const QString& value, const FormValues& v) {
        return checkDivision(districtParent(v), value);
    };
    return {city, district};
}

} // namespace ssc::forms
