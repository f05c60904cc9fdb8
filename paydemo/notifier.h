#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ssc::paydemo {

class AcquirerStore;

// Tells the merchant that an order was paid, as acquirers do: a signed POST to the order's notify URL, again
// and again with growing pauses (0.5 s doubling to a minute) until the merchant answers 200 {"code":
// "SUCCESS"}. The merchant must expect a notification twice, late, or after it has asked itself.
class Notifier : public QObject {
    Q_OBJECT
public:
    Notifier(AcquirerStore& store, QByteArray key, qint64 firstDelayMs, QObject* parent = nullptr);
    void start() { m_timer.start(); }

private:
    void sendDue();
    void send(const QString& merchantOrderNo, const QUrl& url, const QByteArray& body, int attempts);

    AcquirerStore& m_store;
    QByteArray m_key;
    qint64 m_firstDelayMs;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QSet<QString> m_inFlight;
};

} // namespace ssc::paydemo
