// GET /api/v1/health: reachability, version, storage, the API version spoken and the oldest terminal served;
// GET /api/v1/health/live: the process serves; GET /api/v1/health/ready: it should be sent requests (its
// database answers and it is not shutting down). No authentication: load balancers call them
// (docs/operations.md, "Several instances").
#include "fleet/compatibility.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ssc::platform {

namespace {
// The services no terminal can offer now, so a home screen says so on the tile rather than after a tap:
// payments without an acquirer configured (docs/payments.md).
QJsonArray closedServices(const PlatformServices& s)
{
    QJsonArray closed;
    if (!s.payments.enabled())
        closed.append(QStringLiteral("payments"));
    return closed;
}
} // namespace

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
                        {QStringLiteral("time"), PlatformServices::nowMs()},
                        {QStringLiteral("closedServices"), closedServices(s)}});
               });
    // Live touches nothing but the serving thread: a balancer or a supervisor restarts only what hangs.
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/health/live"), Router::Access::Public,
               [](RequestContext&) {
                   return ApiResult::ok({{QStringLiteral("status"), QStringLiteral("live")}});
               });
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/health/ready"),
               Router::Access::Public, [&s](RequestContext&) {
                   if (s.draining)
                       return ApiResult::error(503, QStringLiteral("draining"), messages::shuttingDown());
                   if (s.db.schemaVersion() == 0)
                       return storageError();
                   return ApiResult::ok({{QStringLiteral("status"), QStringLiteral("ready")}});
               });
}

} // namespace ssc::platform
