#pragma once

#include "formdefinition.h"

namespace ssc::forms {

// Where something happened, picked and never typed: after the province field `provinceKey`, a city (地级市,
// 州, 盟; skipped for 北京, 天津, 上海 and 重庆) and then a district or county, each from the divisions of
// the one chosen before it (domain/divisions.h). A city without districts (东莞) is the answer itself, so the
// second field is asked only where there is something to pick. The values are division codes; each field's
// rule is checkDivision, so the platform refuses a code outside the province or city with the reason.
struct PlaceFields {
    FormField city;
    FormField district;
};
PlaceFields placeFields(const QString& provinceKey, const QString& cityKey, const QString& districtKey,
                        const TranslatableText& cityLabel, const TranslatableText& districtLabel);

} // namespace ssc::forms
