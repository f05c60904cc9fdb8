#pragma once

#include "forms/formdefinition.h"

#include <QDate>

namespace ssc {

// 失业登记: the three steps of the brief (basic information; unemployment; job seeking) with the fields and
// codes of rules.md §7. `today` decides how far back the unemployment date may go.
FormDefinition unemploymentRegistrationForm(QDate today);

} // namespace ssc
