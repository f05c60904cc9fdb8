#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace ssc::platform {

// Where the platform takes payments (docs/payments.md): the acquirer's address, the merchant key both sides
// sign with, and the address the acquirer notifies. No URL: the platform takes no payments and says so.
struct PaymentSettings {
    QUrl acquirerUrl;
    QByteArray merchantKey;
    QUrl notifyUrl; // empty: http(s)://127.0.0.1:<port>/api/v1/payments/notify, filled in at start
    bool enabled() const { return acquirerUrl.isValid() && !acquirerUrl.isEmpty() && !merchantKey.isEmpty(); }
};

// The platform's client of the acquirer's interface: signed calls, blocking, for a worker thread (a
// handler's Deferred work) only — never the serving thread, which must keep answering while an acquirer is
// slow. Each call is idempotent at the acquirer (order and refund numbers), so a retry after a lost answer
// changes nothing twice.
class PaymentGateway {
public:
    explicit PaymentGateway(PaymentSettings settings) : m_settings(std::move(settings)) {}

    struct Answer {
        bool reached = false; // false: no HTTP answer (refused, reset, timed out)
        int status = 0;
        QJsonObject json;
        QString code() const { return json.value(QStringLiteral("code")).toString(); }
    };
    Answer createOrder(const QString& orderNo, qint64 amountFen, const QString& subject,
                       qint64 expiresAt) const;
    Answer queryOrder(const QString& orderNo) const;
    Answer payWithCode(const QString& orderNo, const QString& authCode) const;
    Answer refund(const QString& orderNo, const QString& refundNo, qint64 amountFen) const;

    static constexpr int timeoutMs = 10000;

private:
    Answer call(const QByteArray& method, const QString& path, const QJsonObject& body) const;
    PaymentSettings m_settings;
};

} // namespace ssc::platform
