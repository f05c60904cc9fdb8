#pragma once

#include "services.h"
#include "unemployment/otherbenefits.h"

#include <optional>

namespace ssc::platform {

// A person's unemployment insurance from contribution_months and benefit_payments: months paid (by whom),
// the latest unbroken run, the first month, 失业保险金 paid out, and the province of the latest month (the
// region whose policy applies). The registration, pension and standing claims are the caller's to fill.
struct InsuredRecord {
    InsuredHistory history;
    QString province;
};
std::optional<InsuredRecord> insuredRecord(PlatformServices& services, qint64 personId);

} // namespace ssc::platform
