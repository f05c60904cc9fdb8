// GET /api/v1/health: reachability, version, storage, the API version spoken and the oldest terminal served
// (no authentication: load balancers call it).
#include "fleet/compatibility.h"
#include "services.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace ssc::platform {

void registerHealthApi(Router& router, PlatformServices& s)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/health"), Router::Access::Public,
               [&s](RequestContext&) {
                   const int schema = s.db.schemaVersion();
                   if (schema == 0)
                       return storageError();
                   return ApiResult::ok(
                       {{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                        {QStringLiteral("database"), s.db.dialectName()},
                        {QStringLiteral("schemaVersion"), schema},
                        {QStringLiteral("demo"), s.demo},
                        {QStringLiteral("apiVersion"), fleet::platformApiVersion},
                        {QStringLiteral("minimumTerminalVersion"), s.fleet.minimumTerminalVersion},
                        {QStringLiteral("time"), PlatformServices::nowMs()}});
               });
}

} // namespace ssc::platform
