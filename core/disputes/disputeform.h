#pragma once

#include "disputes/limitation.h"
#include "forms/formdefinition.h"

namespace ssc {

// 劳动人事争议调解申请: the applicant's contact details, the employer (with its unified social credit code
// checked at the field), what the dispute is about (the categories of rules.md §9), what is claimed and why,
// and the evidence. The brief's advice — "your details, the employer's details, what happened and what you
// ask for, all clearly" — is the order of the steps.
FormDefinition disputeForm(QDate today);

// The arbitration deadline for what the form holds (pay owed during an employment that continues runs from
// the end of the employment; otherwise one year from when the dispute arose); nullopt while the dates are
// not filled in.
std::optional<LimitationCheck> disputeLimitation(const FormValues& values, QDate today);

} // namespace ssc
