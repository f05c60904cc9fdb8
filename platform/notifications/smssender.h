#pragma once

#include "smsoptions.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

namespace ssc::platform {

class Database;

// Sends the outbox's texts (outbox.h) through Kannel's smsbox, on the serving thread without ever waiting:
// each text is one asynchronous GET /cgi-bin/sendsms, and its answer is handled when it comes
// (docs/notifications.md). A text is claimed in the database before it is sent, so two platform instances
// sharing the database never send the same text. A refused or unanswered send is retried after
// firstRetryMs, doubled each time, until `attempts` are spent: then the text is "failed" for the staff list.
// A number that got perNumberPerHour texts in the last hour waits until the oldest of them is an hour old.
class SmsSender : public QObject {
    Q_OBJECT
public:
    // `deliveryReports`: this platform's own base URL as Kannel reaches it (the dlr-url's start).
    SmsSender(Database& db, SmsOptions options, QUrl deliveryReports, QObject* parent = nullptr);

    // Looks for due texts soon (after a decision queued one); coalesced, never inside the caller's request.
    void wake();
    int inFlight() const { return m_inFlight; }

private:
    void sendDue();
    struct Due {
        qint64 id = 0;
        QString body;
        QString token;
        int attempts = 0;
        QString phone;
    };
    // False when the number had its hour's texts: the text is moved to when it may go.
    bool withinRate(const Due& text, qint64 now);
    void send(const Due& text);
    void sent(qint64 id, int attempts);
    void sendFailed(qint64 id, int attempts, const QString& why);

    Database& m_db;
    SmsOptions m_options;
    QUrl m_deliveryReports;
    QNetworkAccessManager m_network;
    QTimer m_poll;
    bool m_woken = false;
    int m_inFlight = 0;
};

} // namespace ssc::platform
