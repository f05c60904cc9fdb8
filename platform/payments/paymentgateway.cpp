#include "paymentgateway.h"

#include "payments/paysignature.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ssc::platform {

PaymentGateway::Answer PaymentGateway::call(const QByteArray& method, const QString& path,
                                            const QJsonObject& body) const
{
    using payments::PaySignature;
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QUrl url = m_settings.acquirerUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    const PaySignature s = PaySignature::sign(m_settings.merchantKey, method, url.path().toUtf8(), bytes,
                                              QDateTime::currentMSecsSinceEpoch());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(PaySignature::timestampHeader, s.timestamp);
    request.setRawHeader(PaySignature::nonceHeader, s.nonce);
    request.setRawHeader(PaySignature::signatureHeader, s.signature);
    request.setTransferTimeout(timeoutMs);
    // The network manager of this worker thread (the serving thread's is not ours to use), kept for the
    // thread's life: a new one for each call costs about 30 ms of set-up, and keeps no connection open.
    thread_local QNetworkAccessManager network;
    QNetworkReply* reply = method == "GET" ? network.get(request) : network.post(request, bytes);
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    Answer answer;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    answer.reached = status.isValid();
    answer.status = status.toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

PaymentGateway::Answer PaymentGateway::createOrder(const QString& orderNo, qint64 amountFen,
                                                   const QString& subject, qint64 expiresAt) const
{
    return call("POST", QStringLiteral("/v1/orders"),
                {{QStringLiteral("merchantOrderNo"), orderNo},
                 {QStringLiteral("amountFen"), amountFen},
                 {QStringLiteral("subject"), subject},
                 {QStringLiteral("notifyUrl"), m_settings.notifyUrl.toString()},
                 {QStringLiteral("expiresAt"), expiresAt}});
}

PaymentGateway::Answer PaymentGateway::queryOrder(const QString& orderNo) const
{
    return call("GET", QStringLiteral("/v1/orders/") + orderNo, {});
}

PaymentGateway::Answer PaymentGateway::payWithCode(const QString& orderNo, const QString& authCode) const
{
    return call("POST", QStringLiteral("/v1/orders/%1/micropay").arg(orderNo),
                {{QStringLiteral("authCode"), authCode}});
}

PaymentGateway::Answer PaymentGateway::refund(const QString& orderNo, const QString& refundNo,
                                              qint64 amountFen) const
{
    return call("POST", QStringLiteral("/v1/refunds"),
                {{QStringLiteral("merchantOrderNo"), orderNo},
                 {QStringLiteral("refundNo"), refundNo},
                 {QStringLiteral("amountFen"), amountFen}});
}

} // namespace ssc::platform
