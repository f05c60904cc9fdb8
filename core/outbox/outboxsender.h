#pragma once

#include "outbox.h"
#include "platform/platformresult.h"

#include <QObject>
#include <QTimer>

namespace ssc {

class PlatformClient;

// Sends what waits in the outbox, oldest first, one at a time, with each item's own idempotency key: an item
// the platform answered (filed, or refused for good) leaves the outbox; one it could not be asked about (no
// network, no answer) stays, and sending stops until the next try (every 30 s, or when asked).
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(Outbox& outbox, PlatformClient& platform, QObject* parent = nullptr);

    void sendNow();
    bool isSending() const { return m_sending; }
    // The last try's problem when it stopped on one (no network…), in the language of the moment.
    std::optional<PlatformResult> lastProblem() const { return m_lastProblem; }
    Outbox& outbox() { return m_outbox; }

signals:
    void itemAnswered(const QString& id, const ssc::PlatformResult& answer);
    void changed(); // sending started or stopped, an item left

private:
    void sendNext();

    Outbox& m_outbox;
    PlatformClient& m_platform;
    QTimer m_retry;
    bool m_sending = false;
    std::optional<PlatformResult> m_lastProblem;
};

} // namespace ssc
