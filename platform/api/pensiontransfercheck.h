#pragma once

#include "pension/pensiontransfer.h"
#include "services.h"

#include <optional>
#include <variant>

namespace ssc::platform {

// Each province the person paid pension contributions in (two-digit codes): first and last month paid, the
// months of its latest account year (they include the years before the records began), and whether its
// relation has moved on (a later place shows months transferred in). Empty optional: the database failed.
std::optional<QList<InsuredPlace>> insuredPlacesOf(PlatformServices& services, qint64 personId);

// The person as the transfer rules see them (household registration from the number, pension, insured places
// from the contribution records), the rules' answer, and the employer where they pay now.
struct TransferSituation {
    TransferPerson person;
    TransferCheck check;
    QString employer;
};
std::variant<TransferSituation, ApiResult> transferSituationOf(PlatformServices& services, qint64 personId);

// A pension-transfer filing refused when the rules say no or its places are not the person's: nullopt when
// fine.
std::optional<ApiResult> transferRefusal(PlatformServices& services, qint64 personId,
                                         const QJsonObject& values);

} // namespace ssc::platform
