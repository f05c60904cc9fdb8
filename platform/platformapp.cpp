#include "platformapp.h"

#include "auth/audit.h"

#include "api/services.h"
#include "auth/terminalauth.h"
#include "cardauth/issuerkey.h"
#include "demo/demoaveragewages.h"
#include "demo/democertificates.h"
#include "demo/democontributiongrades.h"
#include "demo/demodata.h"
#include "demo/demoenglishnames.h"
#include "demo/demolookups.h"
#include "demo/demooutlets.h"
#include "demo/demopensions.h"
#include "demo/demorecords.h"
#include "demo/demovisits.h"
#include "fleet/fleetstore.h"
#include "http/platformserver.h"
#include "http/selfsignedcertificate.h"
#include "keys/dataseal.h"
#include "keys/keystore.h"
#include "logging/logging.h"
#include "notifications/smssender.h"
#include "payments/paymentrefund.h"
#include "retention/retention.h"
#include "storage/database.h"
#include "storage/partitions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace ssc::platform {

PlatformApp::~PlatformApp() = default;

void PlatformApp::drain(int limitMs, std::function<void()> drained)
{
    m_services->draining = true;
    m_server->stopListening();
    qCInfo(lcCore) << "draining: no new connections; waiting for" << m_server->workInFlight()
                   << "heavy requests in flight";
    // Polled on the serving thread, where every request's answer is written: once no heavy work is left,
    // one more turn lets the answers just written leave their sockets before the process does.
    auto* poll = new QTimer(m_server.get());
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    auto idleTurns = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [this, poll, started, idleTurns, limitMs, drained] {
        *idleTurns = m_server->workInFlight() == 0 ? *idleTurns + 1 : 0;
        if (*idleTurns < 3 && started->elapsed() < limitMs)
            return;
        if (m_server->workInFlight() > 0)
            qCWarning(lcCore) << "drain limit reached with" << m_server->workInFlight()
                              << "requests in flight";
        poll->stop();
        poll->deleteLater();
        drained();
    });
    poll->start(100);
}

namespace {

// The demo's people first, then what hangs off them; every step is idempotent.
bool seedDemo(Database& db, QString* error)
{
    if (!seedDemoOutlets(db)) {
        *error = QStringLiteral("demo outlets could not be seeded: ") + db.lastError();
        return false;
    }
    db.releaseQueries(); // as between the steps below
    const DemoSeedReport report = seedDemoData(db);
    if (!report.alreadySeeded && report.people == 0) {
        *error = QStringLiteral("demo data could not be seeded: ") + db.lastError();
        return false;
    }
    if (!report.alreadySeeded)
        qCInfo(lcCore) << "demo data seeded:" << report.people << "people," << report.cards << "cards";
    const std::pair<const char*, bool (*)(Database&)> dependents[] = {
        {"certificates", seedDemoCertificates},
        {"rights records", seedDemoRecords},
        {"look-ups", seedDemoLookups},
        {"pensions", seedDemoPensions},
        {"average wages", seedDemoAverageWages},
        {"contribution amounts", seedDemoContributionGrades},
        {"home visits", seedDemoVisits},
        {"English names", nameDemoDataInEnglish}, // of what the steps above seeded
    };
    for (const auto& [what, seed] : dependents) {
        // No statement of an earlier step may still be reading: on SQLite it would hold this connection's
        // snapshot, and the first write after another instance's on the same file would be refused at once
        // ("database is locked", without the busy wait) — seen when a second instance started beside a first.
        db.releaseQueries();
        if (!seed(db)) {
            *error =
                QStringLiteral("demo %1 could not be seeded: %2").arg(QLatin1String(what), db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<PlatformApp> PlatformApp::start(const PlatformOptions& options, QString* error)
{
    const bool wantsTls = !options.tlsCertificate.isEmpty() || !options.tlsDirectory.isEmpty();
    // Terminal secrets and person data cross this socket: in the clear only on this computer itself. Checked
    // before anything is opened, so a refused start changes nothing.
    if (!wantsTls && !options.address.isLoopback()) {
        *error = QStringLiteral("refusing to serve plain HTTP on %1, which other computers can reach: give "
                                "--tls-cert and --tls-key (or --tls-dir), or listen on 127.0.0.1")
                     .arg(options.address.toString());
        return nullptr;
    }
    std::unique_ptr<PlatformApp> app(new PlatformApp);
    app->m_db = Database::open(options.databaseUrl, error);
    if (!app->m_db)
        return nullptr;
    if (options.demo && !seedDemo(*app->m_db, error))
        return nullptr;
    app->m_keys = openKeyStore(options.keyStore, options.issuerKeyFile, error);
    if (!app->m_keys || !ensureIssuerKey(*app->m_keys, error))
        return nullptr;
    const int sealed = dataseal::sealStoredInTheClear(*app->m_db, *app->m_keys, error);
    if (sealed < 0)
        return nullptr;
    if (sealed > 0)
        qCInfo(lcCore) << sealed << "faces, recordings and files stored in the clear are now sealed";
    const int filled = fillPersonsOfOlderRows(*app->m_db, error);
    if (filled < 0)
        return nullptr;
    if (filled > 0)
        qCInfo(lcCore) << filled << "audit rows from before the access log now name whose data they touched";
    // Retention is enforced by the service itself: at start and every day after (docs/privacy.md). The same
    // timer makes PostgreSQL's monthly partitions two months ahead (storage/partitions.h): a month's rows
    // find their partition made weeks before, the DEFAULT partition is only the safety net.
    app->m_purge = std::make_unique<QTimer>();
    app->m_purge->setInterval(std::chrono::hours(24));
    Database* purgeDb = app->m_db.get();
    const auto purge = [purgeDb] {
        QString purgeError;
        const auto report = purgeExpired(*purgeDb, QDateTime::currentMSecsSinceEpoch(), &purgeError);
        if (!report)
            qCWarning(lcCore) << "the retention purge stopped:" << purgeError;
        else if (report->total() > 0)
            qCInfo(lcCore).noquote() << "retention purge:" << report->text().trimmed().replace(u'\n', u';');
        if (purgeDb->dialect() != Database::Dialect::PostgreSQL)
            return;
        const auto made = ensurePartitions(*purgeDb, QDate::currentDate(), {}, &purgeError);
        if (!made)
            qCWarning(lcCore) << "the monthly partitions could not be made:" << purgeError;
        else if (!made->isEmpty())
            qCInfo(lcCore).noquote() << "partitions made:" << made->join(u' ');
    };
    QObject::connect(app->m_purge.get(), &QTimer::timeout, purge);
    purge();
    app->m_purge->start();
    app->m_services =
        std::make_unique<PlatformServices>(*app->m_db, options.demo, *app->m_keys, options.limits);
    app->m_services->fleet = options.fleet;
    // A terminal that stops reporting is an incident even when nobody has the fleet page open.
    app->m_silence = std::make_unique<QTimer>();
    app->m_silence->setInterval(
        std::chrono::milliseconds(std::min<qint64>(30000, options.fleet.silentAfterMs / 2 + 1)));
    QObject::connect(app->m_silence.get(), &QTimer::timeout, [purgeDb, fleet = options.fleet] {
        if (!FleetStore(*purgeDb, fleet.quietWindowMs)
                 .sweepSilent(QDateTime::currentMSecsSinceEpoch(), fleet.silentAfterMs))
            qCWarning(lcCore) << "the fleet's silence check failed:" << purgeDb->lastError();
    });
    app->m_silence->start();
    Database* db = app->m_db.get();
    app->m_server = std::make_unique<PlatformServer>(
        [db](const QByteArray& authorization, const QByteArray& mode, const QByteArray& citizenSession) {
            return authenticateTerminal(*db, authorization, mode, citizenSession,
                                        QDateTime::currentMSecsSinceEpoch());
        },
        options.limits);
    app->m_server->setAfterRequest([db] { db->releaseQueries(); });
    Router& router = app->m_server->router();
    PlatformServices& services = *app->m_services;
    registerHealthApi(router, services);
    registerIdentityApi(router, services);
    registerLoginCodeApi(router, services);
    registerStaffApi(router, services);
    registerSignInCountersApi(router, services);
    registerSubmissionsApi(router, services);
    registerOutletsApi(router, services);
    registerQualificationsApi(router, services);
    registerAccessLogApi(router, services);
    registerRevealApi(router, services);
    registerCardPinApi(router, services);
    registerCardResetApi(router, services);
    registerCardLossApi(router, services);
    registerCardReplacementApi(router, services);
    registerELicenceApi(router, services);
    registerRecordsApi(router, services);
    registerLookupsApi(router, services);
    registerApplicationsApi(router, services);
    registerBenefitApi(router, services);
    registerEvidenceApi(router, services);
    registerConfirmationsApi(router, services);
    registerPensionApi(router, services);
    registerPensionEstimateApi(router, services);
    registerPensionTransferApi(router, services);
    registerFamilyApi(router, services);
    registerPensionAttemptsApi(router, services);
    registerFaceLoginApi(router, services);
    registerStaffCertificationApi(router, services);
    registerFieldVisitsApi(router, services);
    registerPaymentsApi(router, services);
    registerPaymentRefundsApi(router, services);
    registerPaymentNotifyApi(router, services);
    registerNotificationsApi(router, services);
    registerFleetApi(router, services);
    if (options.demo)
        registerDemoApi(router, services);
    std::optional<QSslConfiguration> tls;
    if (wantsTls) {
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
    services.payments = options.payments;
    if (services.payments.notifyUrl.isEmpty())
        services.payments.notifyUrl =
            QUrl(QStringLiteral("%1://%2:%3/api/v1/payments/notify")
                     .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), options.address.toString())
                     .arg(app->m_port));
    // Delivery reports come back to this very listener unless the options say how Kannel reaches it.
    QUrl reports = options.sms.deliveryReports;
    if (reports.isEmpty())
        reports =
            QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(app->tls() ? u"https" : u"http").arg(app->m_port));
    app->m_sms = std::make_unique<SmsSender>(*app->m_db, options.sms, reports);
    services.smsGateway = options.sms.configured();
    SmsSender* sender = app->m_sms.get();
    services.textQueued = [sender] { sender->wake(); };
    if (!services.smsGateway)
        qCInfo(lcCore) << "no SMS gateway configured: review texts stay queued (docs/notifications.md)";
    return app;
}

} // namespace ssc::platform
