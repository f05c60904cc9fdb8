#include "notifier.h"

#include "acquirerstore.h"
#include "payments/paysignature.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>

namespace ssc::paydemo {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 pauseAfter(int attempts)
{
    return std::min<qint64>(500LL << std::min(attempts, 7), 60000);
}

} // namespace

Notifier::Notifier(AcquirerStore& store, QByteArray key, qint64 firstDelayMs, QObject* parent)
    : QObject(parent), m_store(store), m_key(std::move(key)), m_firstDelayMs(firstDelayMs)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::sendDue);
}

void Notifier::sendDue()
{
    // A payment's first notification waits firstDelayMs (a test's way to let the merchant ask first).
    for (const auto& n : m_store.dueNotifications(now() - (m_firstDelayMs)))
        if (!m_inFlight.contains(n.merchantOrderNo))
            send(n.merchantOrderNo, QUrl(n.notifyUrl), QJsonDocument(n.body).toJson(QJsonDocument::Compact),
                 n.attempts);
}

void Notifier::send(const QString& merchantOrderNo, const QUrl& url, const QByteArray& body, int attempts)
{
    using payments::PaySignature;
    const PaySignature s = PaySignature::sign(m_key, "POST", url.path().toUtf8(), body, now());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(PaySignature::timestampHeader, s.timestamp);
    request.setRawHeader(PaySignature::nonceHeader, s.nonce);
    request.setRawHeader(PaySignature::signatureHeader, s.signature);
    request.setTransferTimeout(5000);
    m_inFlight.insert(merchantOrderNo);
    QNetworkReply* reply = m_network.post(request, body);
    // The demo platform's certificate is self-signed; the demo acquirer only ever notifies this computer.
    if (url.host() == u"127.0.0.1" || url.host() == u"localhost")
        reply->ignoreSslErrors();
    connect(reply, &QNetworkReply::finished, this, [this, reply, merchantOrderNo, attempts] {
        reply->deleteLater();
        m_inFlight.remove(merchantOrderNo);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200 && answer.value(QStringLiteral("code")).toString() == u"SUCCESS") {
            m_store.notificationAcknowledged(merchantOrderNo, now());
            return;
        }
        qWarning("notification of %s not acknowledged (HTTP %d, %s); try %d again later",
                 qUtf8Printable(merchantOrderNo), status, qUtf8Printable(reply->errorString()), attempts + 2);
        m_store.notificationFailed(merchantOrderNo, now() + pauseAfter(attempts) - m_firstDelayMs);
    });
}

} // namespace ssc::paydemo
