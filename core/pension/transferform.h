#pragma once

#include "forms/formdefinition.h"

namespace ssc {

// 社保转移申请: the brief's second step ("办转移"), asked at the new place (转入地): where the relation is
// and where the person pays in now, both chosen from the provinces, the employer there and a phone number,
// then the commitment. The platform checks the pair against the person's insured places on filing.
// `from` and `to` (two-digit provinces) narrow the choices to the person's own places, as the platform's
// check found them; empty: every province (what the platform checks a filing against).
FormDefinition pensionTransferForm(const QStringList& from = {}, const QString& to = {});

} // namespace ssc
