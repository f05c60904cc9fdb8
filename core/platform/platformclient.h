#pragma once

#include "domain/terminalmode.h"
#include "platformresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace ssc {

struct PlatformConfig {
    QUrl baseUrl; // http(s)://host:port
    QString terminalId;
    QString terminalSecret;
    TerminalMode mode = TerminalMode::Kiosk;
    int timeoutMs = 8000;               // per attempt
    int maxAttempts = 3;                // for calls that are safe to repeat
    QByteArray pinnedCertificateSha256; // https: the platform certificate's SHA-256 (DER); TLS errors are
                                        // accepted only for exactly this certificate
};

// The terminal's one way to the platform (docs/api.md). Asynchronous; every call ends in exactly one
// callback. Retries only what is safe to repeat: GET, DELETE, and POST with an idempotency key. An e-card
// resolve is never retried (a code is single use: a blind retry would answer "already used").
class PlatformClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const PlatformResult&)>;

    explicit PlatformClient(PlatformConfig config, QObject* parent = nullptr);

    // `receiver`, when given, bounds the callback's life: if it is destroyed before the answer arrives, the
    // answer is dropped (a screen closed at logout must not be called back).
    void get(const QString& path, Callback done, const QObject* receiver = nullptr);
    void post(const QString& path, const QJsonObject& body, Callback done,
              const QByteArray& idempotencyKey = {}, const QObject* receiver = nullptr);
    void remove(const QString& path, Callback done, const QObject* receiver = nullptr);
    // Ends a citizen session that is not the current one (a second person's, resolved while someone else was
    // being served and then not taken): DELETE /api/v1/sessions/current carrying that session's token.
    void endCitizenSession(const QString& token, Callback done);

    // Sent with every call while set (X-SSC-Citizen-Session, X-SSC-Staff-Session); cleared at logout.
    void setCitizenSession(const QString& token) { m_citizenSession = token.toLatin1(); }
    void setStaffSession(const QString& token) { m_staffSession = token.toLatin1(); }
    void clearSessions();

    const PlatformConfig& config() const { return m_config; }
    // Calls made and not answered yet (a call being retried counts once): zero once every screen's look-up
    // has its answer, what tests wait for instead of a fixed time.
    int callsWaiting() const { return m_callsWaiting; }

private:
    struct Call {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray idempotencyKey;
        bool repeatable = false;
        int attempt = 0;
        Callback done;
        QPointer<const QObject> receiver;
        bool bound = false;
        QByteArray citizenSession; // set: sent instead of the current citizen session
    };
    void send(std::shared_ptr<Call> call);
    void finish(std::shared_ptr<Call> call, QNetworkReply* reply, bool pinFailed);
    void answer(const std::shared_ptr<Call>& call, const PlatformResult& result);
    QNetworkRequest request(const Call& call) const;

    PlatformConfig m_config;
    QNetworkAccessManager m_network;
    QByteArray m_citizenSession;
    QByteArray m_staffSession;
    int m_callsWaiting = 0;
};

} // namespace ssc
