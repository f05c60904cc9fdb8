#pragma once

#include "pension/pensiontransfer.h"
#include "services.h"

#include <optional>
#include <variant>

namespace ssc::platform {

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
