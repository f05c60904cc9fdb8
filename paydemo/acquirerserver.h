#pragma once

#include <QHttpServer>
#include <QHttpServerResponse>

namespace ssc::paydemo {

class AcquirerStore;

// The demo acquirer's HTTP interface (docs/payments.md, "The payment service"): merchants' calls under /v1,
// each signed with the merchant's key; the cashier the citizen's e-card app opens (主扫) under /demo, where
// a phone would be.
class AcquirerServer {
public:
    AcquirerServer(AcquirerStore& store, QByteArray key);
    quint16 listen(quint16 port); // on 127.0.0.1; 0 when it cannot

private:
    // The 401 answer when the request is not signed with the merchant's key; nullopt when it is.
    std::optional<QHttpServerResponse> unsigned_(const QHttpServerRequest& request) const;
    QHttpServerResponse createOrder(const QHttpServerRequest& request);
    QHttpServerResponse queryOrder(const QString& number, const QHttpServerRequest& request);
    QHttpServerResponse payWithCode(const QString& number, const QHttpServerRequest& request);
    QHttpServerResponse refund(const QHttpServerRequest& request);
    QHttpServerResponse cashierPay(const QHttpServerRequest& request);

    AcquirerStore& m_store;
    QByteArray m_key;
    QHttpServer m_server;
};

} // namespace ssc::paydemo
