#pragma once

#include "forms/formdefinition.h"
#include "pensionestimate.h"

#include <QJsonObject>

#include <optional>

namespace ssc {

// The pension estimate's questions in the brief's steps ("选参保类型", "填缴费情况", then the wages), with
// choices where the brief offers a few (the contribution index, the growth rates) and typing only for
// amounts and years. Nothing is filed: the answers go to estimatePension on the terminal.
struct EstimatePerson {
    YearMonth born;
    bool female = false;
};

FormDefinition pensionEstimateForm(const EstimatePerson& person);

// What the platform's estimate basis (GET /me/pension/estimate-basis) fills in, with the usual guesses for
// the rest (no deemed years, 2% growth a year); the person changes any of it.
FormValues estimateValuesFromBasis(const QJsonObject& basis);

// The answers as the estimate's input; nullopt while something is missing.
std::optional<PensionEstimateInput> estimateInputFrom(const FormValues& values, const EstimatePerson& person,
                                                      YearMonth now);

} // namespace ssc
