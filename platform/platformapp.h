#pragma once

#include "fleet/fleetoptions.h"
#include "limits/servicelimits.h"
#include "notifications/smsoptions.h"
#include "payments/paymentgateway.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace ssc::platform {

class Database;
class KeyStore;
class PlatformServer;
struct PlatformServices;
class SmsSender;

struct PlatformOptions {
    QString databaseUrl; // sqlite file path / sqlite:… / postgresql://…
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    bool demo = false; // seed demo data and expose /api/v1/demo/*
    // Where the keys live (keys/keystore.h): file:DIR or a pkcs11: URI. The issuer master key of a file store
    // is issuerKeyFile when given (cardauth/issuerkey.h); made on first start.
    QString keyStore;
    QString issuerKeyFile;
    ServiceLimits limits; // timeouts, connection caps, rates, worker pool (docs/security.md, "Limits")
    // HTTPS: either certificate and key files, or a folder for a self-signed identity (made once, pinned by
    // terminals). Neither: plain HTTP, for loopback only.
    QString tlsCertificate;
    QString tlsKey;
    QString tlsDirectory;
    PaymentSettings payments; // the acquirer (docs/payments.md); none: no payments taken
    SmsOptions sms;     // the SMS gateway for review texts (docs/notifications.md); none: texts stay queued
    FleetOptions fleet; // versions told to terminals, when a terminal is silent (docs/operations.md, "Fleet")
};

// The assembled service: storage, services, routes, listening socket.
class PlatformApp {
public:
    ~PlatformApp();
    static std::unique_ptr<PlatformApp> start(const PlatformOptions& options, QString* error);

    quint16 port() const { return m_port; }
    bool tls() const { return !m_pin.isEmpty(); }
    QByteArray certificatePin() const { return m_pin; }
    Database& database() { return *m_db; }
    PlatformServer& server() { return *m_server; }
    // Connection draining (SIGTERM): answers "not ready" from now on, stops accepting connections, and calls
    // `drained` once the work in flight is answered, or after `limitMs` whatever is left.
    void drain(int limitMs, std::function<void()> drained);

private:
    PlatformApp() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<PlatformServices> m_services;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<SmsSender> m_sms;
    std::unique_ptr<QTimer> m_purge;   // retention (retention/retention.h): at start, then daily
    std::unique_ptr<QTimer> m_silence; // terminals gone silent become incidents (fleet/fleetstore.h)
    quint16 m_port = 0;
    QByteArray m_pin;
};

} // namespace ssc::platform
