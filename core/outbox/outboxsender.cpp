#include "outboxsender.h"

#include "platform/platformclient.h"

namespace ssc {
namespace {

// The platform answered and will answer the same again: filed (2xx) or refused for what was sent (4xx, except
// "who are you" and "too many", which may pass later).
bool answeredForGood(const PlatformResult& result)
{
    if (result.ok())
        return true;
    return result.kind == PlatformResult::Kind::Refused && result.status >= 400 && result.status < 500 &&
           result.status != 401 && result.status != 408 && result.status != 429;
}

} // namespace

OutboxSender::OutboxSender(Outbox& outbox, PlatformClient& platform, QObject* parent)
    : QObject(parent), m_outbox(outbox), m_platform(platform)
{
    m_retry.setInterval(30000);
    connect(&m_retry, &QTimer::timeout, this, &OutboxSender::sendNow);
    m_retry.start();
}

void OutboxSender::sendNow()
{
    if (m_sending)
        return;
    m_sending = true;
    emit changed();
    sendNext();
}

void OutboxSender::sendNext()
{
    const QList<OutboxItem> items = m_outbox.pending();
    if (items.isEmpty()) {
        m_sending = false;
        m_lastProblem.reset();
        emit changed();
        return;
    }
    const OutboxItem item = items.first();
    m_platform.post(
        item.path, item.body,
        [this, id = item.id](const PlatformResult& result) {
            if (!answeredForGood(result)) {
                m_lastProblem = result; // kept: tried again later, with the same key
                m_sending = false;
                emit changed();
                return;
            }
            m_outbox.remove(id);
            emit itemAnswered(id, result);
            emit changed();
            sendNext();
        },
        item.idempotencyKey, this);
}

} // namespace ssc
