#include "platformclient.h"

#include "logging/logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace ssc {
namespace {

bool matchesPin(const QSslCertificate& certificate, const QByteArray& pin)
{
    return !pin.isEmpty() &&
           QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex() == pin.toLower();
}

bool transient(const PlatformResult& result)
{
    return result.noAnswer() || (result.kind == PlatformResult::Kind::Refused && result.status == 503);
}

// Plain HTTP carries the terminal's secret readably: only to this computer itself (a demo, a test).
bool insecureTransport(const QUrl& url)
{
    if (url.scheme() == u"https")
        return false;
    const QString host = url.host();
    return host != u"localhost" && !QHostAddress(host).isLoopback();
}

} // namespace

PlatformClient::PlatformClient(PlatformConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config))
{}

void PlatformClient::clearSessions()
{
    m_citizenSession.clear();
    m_staffSession.clear();
}

void PlatformClient::get(const QString& path, Callback done, const QObject* receiver)
{
    send(std::make_shared<Call>(
        Call{"GET", path, {}, {}, true, 0, std::move(done), receiver, receiver != nullptr, {}}));
}

void PlatformClient::remove(const QString& path, Callback done, const QObject* receiver)
{
    send(std::make_shared<Call>(
        Call{"DELETE", path, {}, {}, true, 0, std::move(done), receiver, receiver != nullptr, {}}));
}

void PlatformClient::endCitizenSession(const QString& token, Callback done)
{
    send(std::make_shared<Call>(Call{"DELETE",
                                     QStringLiteral("/api/v1/sessions/current"),
                                     {},
                                     {},
                                     true,
                                     0,
                                     std::move(done),
                                     nullptr,
                                     false,
                                     token.toLatin1()}));
}

void PlatformClient::post(const QString& path, const QJsonObject& body, Callback done,
                          const QByteArray& idempotencyKey, const QObject* receiver)
{
    send(std::make_shared<Call>(Call{"POST",
                                     path,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact),
                                     idempotencyKey,
                                     !idempotencyKey.isEmpty(),
                                     0,
                                     std::move(done),
                                     receiver,
                                     receiver != nullptr,
                                     {}}));
}

QNetworkRequest PlatformClient::request(const Call& call) const
{
    // The path may carry a query ("/api/v1/outlets?region=110000"): resolve it, do not paste it into the
    // path.
    QNetworkRequest r(m_config.baseUrl.resolved(QUrl(call.path)));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Authorization",
                   "Bearer " + m_config.terminalId.toUtf8() + ':' + m_config.terminalSecret.toUtf8());
    r.setRawHeader("X-SSC-Terminal-Mode", terminalModeKey(m_config.mode).toLatin1());
    if (!call.citizenSession.isEmpty())
        r.setRawHeader("X-SSC-Citizen-Session", call.citizenSession);
    else if (!m_citizenSession.isEmpty())
        r.setRawHeader("X-SSC-Citizen-Session", m_citizenSession);
    if (!m_staffSession.isEmpty())
        r.setRawHeader("X-SSC-Staff-Session", m_staffSession);
    if (!call.idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", call.idempotencyKey);
    r.setTransferTimeout(m_config.timeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

void PlatformClient::send(std::shared_ptr<Call> call)
{
    if (call->attempt++ == 0)
        ++m_callsWaiting;
    if (insecureTransport(m_config.baseUrl)) {
        qCWarning(lcCore) << call->method << call->path
                          << "not sent: the platform address is plain HTTP to another computer";
        PlatformResult result;
        result.kind = PlatformResult::Kind::InsecureTransport;
        result.errorCode = QStringLiteral("insecure_transport");
        // Answered from the event loop, as every other call is: callers never get called back re-entrantly.
        QTimer::singleShot(0, this, [this, call, result] { answer(call, result); });
        return;
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request(*call), call->method, call->body);
    auto pinFailed = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::sslErrors, reply,
            [this, reply, pinFailed](const QList<QSslError>& errors) {
                // A self-signed platform certificate is accepted only when it is the pinned one.
                if (!errors.isEmpty() &&
                    matchesPin(errors.front().certificate(), m_config.pinnedCertificateSha256))
                    reply->ignoreSslErrors(errors);
                else
                    *pinFailed = true;
            });
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, pinFailed] {
        if (!m_config.pinnedCertificateSha256.isEmpty() &&
            !matchesPin(reply->sslConfiguration().peerCertificate(), m_config.pinnedCertificateSha256)) {
            *pinFailed = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply, pinFailed] { finish(call, reply, *pinFailed); });
}

void PlatformClient::finish(std::shared_ptr<Call> call, QNetworkReply* reply, bool pinFailed)
{
    reply->deleteLater();
    PlatformResult result;
    result.attempts = call->attempt;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (pinFailed) {
        result.kind = PlatformResult::Kind::CertificateMismatch;
        result.errorCode = QStringLiteral("certificate");
    } else if (result.status == 0) {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError ||
                             reply->error() == QNetworkReply::TimeoutError;
        result.kind = timeout ? PlatformResult::Kind::TimedOut : PlatformResult::Kind::Unreachable;
        result.errorCode = timeout ? QStringLiteral("timeout") : QStringLiteral("unreachable");
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(data);
        result.body = document.object();
        if (result.status == 204 || (result.status < 300 && document.isObject())) {
            result.kind = PlatformResult::Kind::Ok;
        } else if (result.status >= 400 && result.body.value(QStringLiteral("error")).isObject()) {
            result.kind = PlatformResult::Kind::Refused;
            result.errorCode = result.body.value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("code"))
                                   .toString();
        } else {
            result.kind = PlatformResult::Kind::BadAnswer;
            result.errorCode = QStringLiteral("bad_answer");
        }
    }
    if (call->repeatable && transient(result) && call->attempt < m_config.maxAttempts) {
        const int backoffMs = 200 << (call->attempt - 1);
        qCInfo(lcCore) << call->method << call->path << "failed with" << result.errorCode << "- retrying in"
                       << backoffMs << "ms";
        QTimer::singleShot(backoffMs, this, [this, call] { send(call); });
        return;
    }
    if (!result.ok())
        qCWarning(lcCore) << call->method << call->path << "->" << result.status << result.errorCode;
    answer(call, result);
}

void PlatformClient::answer(const std::shared_ptr<Call>& call, const PlatformResult& result)
{
    --m_callsWaiting; // before the callback, which may ask again
    if (call->bound && !call->receiver)
        return; // whoever asked is gone
    call->done(result);
}

} // namespace ssc
