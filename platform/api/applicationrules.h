#pragma once

#include "services.h"

#include <QDate>

#include <optional>

namespace ssc::platform {

// What a kind of application needs beyond its form's rules, checked on filing: who may register as
// unemployed, whether the benefit is due and not claimed already, whether the evidence named is the
// applicant's own. nullopt: fine.
std::optional<ApiResult> applicationRefusal(PlatformServices& services,
                                            const CitizenSessions::Session& session, const QString& kind,
                                            const QJsonObject& values, QDate today);

// The masked bank account of the session's card, offered as the benefit's first account; empty when none.
QString cardAccountOffered(PlatformServices& services, const CitizenSessions::Session& session);

} // namespace ssc::platform
