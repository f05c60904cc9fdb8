#pragma once

#include "fleetincidents.h"

#include <QObject>
#include <QTimer>

namespace ssc {

class PlatformClient;

// While a hall manager is signed in at a counter, looks at the hall's terminals every 30 seconds (GET
// /staff/fleet) and says when an incident is new, so the counter can alert the manager on whatever screen is
// open (docs/operations.md, "Fleet"). Asynchronous; an unanswered look-up is simply the next one's to make.
class FleetWatch : public QObject {
    Q_OBJECT
public:
    explicit FleetWatch(PlatformClient& platform, QObject* parent = nullptr);
    void lookNow();

signals:
    void newIncidents(const QList<QJsonObject>& incidents); // {"name", "code", "subject"}

private:
    PlatformClient& m_platform;
    FleetIncidents m_incidents;
    QTimer m_timer;
    bool m_waiting = false;
};

} // namespace ssc
