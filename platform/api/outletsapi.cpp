// GET /api/v1/outlets: service outlets and channels by region (public: visitors may ask too).
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace ssc::platform {
namespace {

const QStringList kinds{QStringLiteral("cross-province"), QStringLiteral("instant-replacement"),
                        QStringLiteral("online-channel"), QStringLiteral("ecard-channel"),
                        QStringLiteral("transfer-agency")};

ApiResult outlets(PlatformServices& services, RequestContext& context)
{
    const QUrlQuery query(context.url);
    const QString region = query.queryItemValue(QStringLiteral("region"));
    const QString kind = query.queryItemValue(QStringLiteral("kind"));
    if (!kind.isEmpty() && !kinds.contains(kind))
        return ApiResult::error(400, QStringLiteral("bad_kind"), messages::badOutletKind(), {},
                                {{QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)}});
    auto regions =
        services.db.run(QStringLiteral("SELECT DISTINCT region_code, region_name, region_name_en FROM "
                                       "service_outlets ORDER BY region_code"));
    if (!regions)
        return storageError();
    QJsonArray regionList;
    while (regions->next())
        regionList.append(QJsonObject{{QStringLiteral("code"), regions->value(0).toString()},
                                      {QStringLiteral("name"), bilingualPair(regions->value(1).toString(),
                                                                             regions->value(2).toString())}});
    regions->finish();
    QJsonArray list;
    if (!region.isEmpty()) {
        const QString select =
            QStringLiteral("SELECT kind, name, address, phone, hours, name_en, address_en, "
                           "hours_en FROM service_outlets WHERE region_code = ?");
        auto rows = kind.isEmpty() ? services.db.run(select + QStringLiteral(" ORDER BY id"), {region})
                                   : services.db.run(select + QStringLiteral(" AND kind = ? ORDER BY id"),
                                                     {region, kind});
        if (!rows)
            return storageError();
        while (rows->next())
            list.append(QJsonObject{
                {QStringLiteral("kind"), rows->value(0).toString()},
                {QStringLiteral("name"), bilingualPair(rows->value(1).toString(), rows->value(5).toString())},
                {QStringLiteral("address"),
                 bilingualPair(rows->value(2).toString(), rows->value(6).toString())},
                {QStringLiteral("phone"), rows->value(3).toString()},
                {QStringLiteral("hours"),
                 bilingualPair(rows->value(4).toString(), rows->value(7).toString())}});
    }
    return ApiResult::ok({{QStringLiteral("regions"), regionList}, {QStringLiteral("outlets"), list}});
}

} // namespace

void registerOutletsApi(Router& router, PlatformServices& s)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/outlets"), Router::Access::Terminal,
               [&s](RequestContext& c) { return outlets(s, c); });
}

} // namespace ssc::platform
