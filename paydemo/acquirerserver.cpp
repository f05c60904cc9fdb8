#include "acquirerserver.h"

#include "acquirerstore.h"
#include "payments/paysignature.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace ssc::paydemo {
namespace {

using Outcome = AcquirerStore::Outcome;
using Status = QHttpServerResponse::StatusCode;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QHttpServerResponse answer(const QJsonObject& body, Status status = Status::Ok)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse failure(Status status, const char* code, const char* message)
{
    return answer(
        {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), QLatin1String(message)}},
        status);
}

QHttpServerResponse outcomeAnswer(Outcome outcome, const AcquirerStore::Order& order)
{
    switch (outcome) {
    case Outcome::Done:
        return answer(order.json());
    case Outcome::Unknown:
        return failure(Status::NotFound, "ORDER_NOT_EXIST", "no such order");
    case Outcome::Conflict:
        return failure(Status::Conflict, "PARAM_CONFLICT", "the order or refund exists with other values");
    case Outcome::Closed:
        return failure(Status::Conflict, "ORDER_CLOSED", "the order expired unpaid");
    case Outcome::AlreadyPaid:
        return failure(Status::Conflict, "ORDER_PAID", "the order is already paid");
    case Outcome::StorageFailed:
        break;
    }
    return failure(Status::InternalServerError, "SYSTEM_ERROR", "storage failed");
}

QJsonObject bodyOf(const QHttpServerRequest& request)
{
    return QJsonDocument::fromJson(request.body()).object();
}

// The demo cashier's password: what the citizen types in the e-card app to confirm (docs/payments.md).
const QString demoCashierPassword = QStringLiteral("246810");
// A payment code as the citizen's app shows it for staff to scan (被扫), in the demo's form: 18 digits
// starting 28. One ending 0000 is declined, so a refusal can be shown and tested.
const QRegularExpression paymentCodeShape(QStringLiteral("^28\\d{16}$"));

} // namespace

AcquirerServer::AcquirerServer(AcquirerStore& store, QByteArray key) : m_store(store), m_key(std::move(key))
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/v1/health"), Method::Get, [] {
        return answer({{QStringLiteral("code"), QStringLiteral("SUCCESS")}});
    });
    m_server.route(QStringLiteral("/v1/orders"), Method::Post,
                   [this](const QHttpServerRequest& r) { return createOrder(r); });
    m_server.route(
        QStringLiteral("/v1/orders/<arg>"), Method::Get,
        [this](const QString& number, const QHttpServerRequest& r) { return queryOrder(number, r); });
    m_server.route(
        QStringLiteral("/v1/orders/<arg>/micropay"), Method::Post,
        [this](const QString& number, const QHttpServerRequest& r) { return payWithCode(number, r); });
    m_server.route(QStringLiteral("/v1/refunds"), Method::Post,
                   [this](const QHttpServerRequest& r) { return refund(r); });
    m_server.route(QStringLiteral("/demo/cashier/pay"), Method::Post,
                   [this](const QHttpServerRequest& r) { return cashierPay(r); });
}

namespace {

// QHttpServer writes an answer's head and body apart; without TCP_NODELAY the body waits for the client's
// delayed ACK, some 30 ms an answer on loopback (the platform's own server sets it the same way:
// platform/http/guardedtcpserver.cpp).
class LowDelayTcpServer : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

quint16 AcquirerServer::listen(quint16 port)
{
    auto* tcp = new LowDelayTcpServer(&m_server);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return 0;
    }
    m_server.bind(tcp);
    return tcp->serverPort();
}

std::optional<QHttpServerResponse> AcquirerServer::unsigned_(const QHttpServerRequest& request) const
{
    using payments::PaySignature;
    PaySignature s{request.value(PaySignature::timestampHeader), request.value(PaySignature::nonceHeader),
                   request.value(PaySignature::signatureHeader)};
    const QByteArray method = request.method() == QHttpServerRequest::Method::Get ? "GET" : "POST";
    QString why;
    if (s.verify(m_key, method, request.url().path().toUtf8(), request.body(), now(), &why))
        return std::nullopt;
    qWarning("refused an unsigned call to %s: %s", qUtf8Printable(request.url().path()), qUtf8Printable(why));
    return failure(Status::Unauthorized, "SIGN_ERROR", "the signature does not match");
}

QHttpServerResponse AcquirerServer::createOrder(const QHttpServerRequest& request)
{
    if (auto refused = unsigned_(request))
        return std::move(*refused);
    const QJsonObject body = bodyOf(request);
    AcquirerStore::Order wanted;
    wanted.merchantOrderNo = body.value(QStringLiteral("merchantOrderNo")).toString();
    wanted.amountFen = body.value(QStringLiteral("amountFen")).toInteger();
    wanted.subject = body.value(QStringLiteral("subject")).toString();
    wanted.notifyUrl = body.value(QStringLiteral("notifyUrl")).toString();
    wanted.expiresAt = body.value(QStringLiteral("expiresAt")).toInteger();
    if (wanted.merchantOrderNo.isEmpty() || wanted.merchantOrderNo.size() > 64 || wanted.amountFen <= 0 ||
        wanted.subject.isEmpty() || !QUrl(wanted.notifyUrl).isValid() || wanted.expiresAt <= now())
        return failure(Status::BadRequest, "PARAM_ERROR",
                       "an order needs a number, amount, subject, notify "
                       "URL and a future expiry");
    AcquirerStore::Order made;
    return outcomeAnswer(m_store.create(wanted, now(), &made), made);
}

QHttpServerResponse AcquirerServer::queryOrder(const QString& number, const QHttpServerRequest& request)
{
    if (auto refused = unsigned_(request))
        return std::move(*refused);
    const auto order = m_store.find(number, now());
    return order ? answer(order->json()) : outcomeAnswer(Outcome::Unknown, {});
}

QHttpServerResponse AcquirerServer::payWithCode(const QString& number, const QHttpServerRequest& request)
{
    if (auto refused = unsigned_(request))
        return std::move(*refused);
    const QString code = bodyOf(request).value(QStringLiteral("authCode")).toString();
    if (!paymentCodeShape.match(code).hasMatch())
        return failure(Status::BadRequest, "AUTH_CODE_INVALID", "not a payment code");
    if (code.endsWith(QLatin1String("0000")))
        return failure(Status::PaymentRequired, "PAYER_DECLINED", "the payer's account declined");
    AcquirerStore::Order paid;
    return outcomeAnswer(m_store.pay(number, QStringLiteral("payment-code"), now(), &paid), paid);
}

QHttpServerResponse AcquirerServer::refund(const QHttpServerRequest& request)
{
    if (auto refused = unsigned_(request))
        return std::move(*refused);
    const QJsonObject body = bodyOf(request);
    const QString number = body.value(QStringLiteral("merchantOrderNo")).toString();
    const QString refundNo = body.value(QStringLiteral("refundNo")).toString();
    if (number.isEmpty() || refundNo.isEmpty())
        return failure(Status::BadRequest, "PARAM_ERROR", "a refund needs the order and a refund number");
    AcquirerStore::Order order;
    return outcomeAnswer(
        m_store.refund(number, refundNo, body.value(QStringLiteral("amountFen")).toInteger(), now(), &order),
        order);
}

QHttpServerResponse AcquirerServer::cashierPay(const QHttpServerRequest& request)
{
    const QJsonObject body = bodyOf(request);
    const auto order = m_store.findByQrCode(body.value(QStringLiteral("qrCode")).toString(), now());
    if (!order)
        return failure(Status::NotFound, "ORDER_NOT_EXIST", "this QR code is no order");
    if (body.value(QStringLiteral("password")).toString() != demoCashierPassword)
        return failure(Status::Forbidden, "PASSWORD_WRONG", "wrong payment password");
    AcquirerStore::Order paid;
    return outcomeAnswer(m_store.pay(order->merchantOrderNo, QStringLiteral("cashier"), now(), &paid), paid);
}

} // namespace ssc::paydemo
