#include "heartbeatclient.h"

#include "logging/logging.h"
#include "platform/platformclient.h"

#include <QJsonArray>

namespace ssc::fleet {

QJsonObject TerminalReport::toJson() const
{
    QJsonArray deviceList;
    for (const Device& d : devices)
        deviceList.append(QJsonObject{{QStringLiteral("kind"), d.kind},
                                      {QStringLiteral("name"), d.name},
                                      {QStringLiteral("working"), d.working}});
    QJsonObject json{{QStringLiteral("devices"), deviceList}, {QStringLiteral("outboxDepth"), outboxDepth}};
    if (printer)
        json.insert(QStringLiteral("printer"),
                    QJsonObject{{QStringLiteral("queue"), printer->queue},
                                {QStringLiteral("reachable"), printer->reachable},
                                {QStringLiteral("reasons"), QJsonArray::fromStringList(printer->reasons)}});
    if (!lastError.isEmpty())
        json.insert(QStringLiteral("lastError"), lastError);
    if (freeDiskMb >= 0)
        json.insert(QStringLiteral("freeDiskMb"), freeDiskMb);
    return json;
}

HeartbeatClient::HeartbeatClient(PlatformClient& platform, QString version, QObject* parent)
    : QObject(parent), m_platform(platform), m_version(std::move(version))
{
    m_timer.setInterval(std::chrono::seconds(60));
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatClient::send);
}

void HeartbeatClient::start()
{
    m_timer.start();
    send();
}

void HeartbeatClient::update(const TerminalReport& report)
{
    if (report == m_report)
        return;
    m_report = report;
    if (m_timer.isActive())
        send();
}

void HeartbeatClient::send()
{
    if (m_inFlight) {
        m_again = true; // one more when this one is answered, with the report as it is then
        return;
    }
    m_inFlight = true;
    m_again = false;
    QJsonObject body = m_report.toJson();
    body.insert(QStringLiteral("version"), m_version);
    body.insert(QStringLiteral("apiVersion"), apiVersionsSpoken().constLast());
    body.insert(QStringLiteral("compatibility"), compatibilityKey(m_compatibility));
    // No idempotency key: a heartbeat lost is not retried; the next one says the same and more.
    m_platform.post(
        QStringLiteral("/api/v1/terminals/heartbeat"), body,
        [this](const PlatformResult& result) { received(result.ok(), result.body); }, {}, this);
}

void HeartbeatClient::received(bool ok, const QJsonObject& body)
{
    m_inFlight = false;
    if (ok) {
        ++m_answered;
        m_platformApi = body.value(QStringLiteral("apiVersion")).toInt();
        m_minimum = body.value(QStringLiteral("minimumTerminalVersion")).toString();
        const int seconds = body.value(QStringLiteral("heartbeatSeconds")).toInt();
        if (seconds > 0 && m_timer.intervalAsDuration() != std::chrono::seconds(seconds))
            m_timer.setInterval(std::chrono::seconds(seconds));
        const Compatibility now = judge(m_platformApi, m_minimum, m_version);
        if (now != m_compatibility) {
            m_compatibility = now;
            qCWarning(lcCore).noquote()
                << "platform compatibility:" << compatibilityKey(now) << "(platform API" << m_platformApi
                << "minimum terminal" << m_minimum << ")";
            m_again = true; // the platform hears of it at once
            emit compatibilityChanged(now);
        }
    }
    emit answered(ok);
    if (m_again && m_timer.isActive())
        send();
}

} // namespace ssc::fleet
