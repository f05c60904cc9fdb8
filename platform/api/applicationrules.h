#pragma once

#include "forms/formdefinition.h"
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

// At a counter or on a home visit, the clerk files for the citizen: the filing must carry the one-time
// confirmation the citizen gave with their own code or card (confirmationsapi.cpp). nullopt: fine (or a
// kiosk).
std::optional<ApiResult> confirmationRefusal(PlatformServices& services, RequestContext& context,
                                             const CitizenSessions::Session& session);
// Marks the confirmation used, inside the filing's transaction; false when it was used meanwhile.
bool useConfirmation(PlatformServices& services, RequestContext& context);

// The masked bank account of the session's card, offered as the benefit's first account; empty when none.
QString cardAccountOffered(PlatformServices& services, const CitizenSessions::Session& session);

// The person's phone on file, whole and masked as the login answer sent it (empty strings when none);
// nullopt when the database cannot be read.
struct PhoneOnFile {
    QString whole;
    QString masked;
};
std::optional<PhoneOnFile> phoneOnFile(PlatformServices& services, const CitizenSessions::Session& session);
// The values with every field prefilled from the phone and left at its masked form given the whole number:
// the terminal never held it, the application still carries it.
QJsonObject withPhoneOnFile(const FormDefinition& definition, QJsonObject values, const PhoneOnFile& phone);

} // namespace ssc::platform
