#include "fleetwatch.h"

#include "platform/platformclient.h"

namespace ssc {

FleetWatch::FleetWatch(PlatformClient& platform, QObject* parent) : QObject(parent), m_platform(platform)
{
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &FleetWatch::lookNow);
    m_timer.start();
}

void FleetWatch::lookNow()
{
    if (m_waiting)
        return;
    m_waiting = true;
    m_platform.get(
        QStringLiteral("/api/v1/staff/fleet"),
        [this](const PlatformResult& result) {
            m_waiting = false;
            if (!result.ok())
                return;
            const QList<QJsonObject> fresh =
                m_incidents.news(result.body.value(QStringLiteral("terminals")).toArray());
            if (!fresh.isEmpty())
                emit newIncidents(fresh);
        },
        this);
}

} // namespace ssc
