#include "platformapp.h"

#include "api/services.h"
#include "auth/terminalauth.h"
#include "demo/democertificates.h"
#include "demo/demodata.h"
#include "demo/demooutlets.h"
#include "http/platformserver.h"
#include "http/selfsignedcertificate.h"
#include "logging/logging.h"
#include "storage/database.h"

namespace ssc::platform {

PlatformApp::~PlatformApp() = default;

std::unique_ptr<PlatformApp> PlatformApp::start(const PlatformOptions& options, QString* error)
{
    std::unique_ptr<PlatformApp> app(new PlatformApp);
    app->m_db = Database::open(options.databaseUrl, error);
    if (!app->m_db)
        return nullptr;
    if (options.demo) {
        if (!seedDemoOutlets(*app->m_db)) {
            *error = QStringLiteral("demo outlets could not be seeded: ") + app->m_db->lastError();
            return nullptr;
        }
        const DemoSeedReport report = seedDemoData(*app->m_db);
        if (!report.alreadySeeded && report.people == 0) {
            *error = QStringLiteral("demo data could not be seeded: ") + app->m_db->lastError();
            return nullptr;
        }
        if (!report.alreadySeeded)
            qCInfo(lcCore) << "demo data seeded:" << report.people << "people," << report.cards << "cards";
        if (!seedDemoCertificates(*app->m_db)) {
            *error = QStringLiteral("demo certificates could not be seeded: ") + app->m_db->lastError();
            return nullptr;
        }
    }
    app->m_services = std::make_unique<PlatformServices>(*app->m_db, options.demo);
    Database* db = app->m_db.get();
    app->m_server = std::make_unique<PlatformServer>(
        [db](const QHttpServerRequest& request) { return authenticateTerminal(*db, request); },
        options.maxBodyBytes);
    app->m_server->setAfterRequest([db] { db->releaseQueries(); });
    Router& router = app->m_server->router();
    PlatformServices& services = *app->m_services;
    registerHealthApi(router, services);
    registerIdentityApi(router, services);
    registerLoginCodeApi(router, services);
    registerStaffApi(router, services);
    registerSubmissionsApi(router, services);
    registerOutletsApi(router, services);
    registerQualificationsApi(router, services);
    if (options.demo)
        registerDemoApi(router, services);
    std::optional<QSslConfiguration> tls;
    if (!options.tlsCertificate.isEmpty() || !options.tlsDirectory.isEmpty()) {
        const auto identity = options.tlsCertificate.isEmpty()
                                  ? selfSignedTlsIdentity(options.tlsDirectory, error)
                                  : loadTlsIdentity(options.tlsCertificate, options.tlsKey, error);
        if (!identity)
            return nullptr;
        tls = identity->configuration;
        app->m_pin = identity->pinSha256Hex;
    }
    app->m_port = app->m_server->listenOn(options.address, options.port, tls, error);
    if (app->m_port == 0)
        return nullptr;
    return app;
}

} // namespace ssc::platform
