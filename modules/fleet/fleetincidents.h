#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace ssc {

// Which of the incidents in a GET /staff/fleet answer are new since the answers before (a terminal, a kind
// and when it was opened make one incident). The first answer's open incidents are all new: the manager has
// not been told about them here yet. Shared by the fleet page and the counter's alert (FleetWatch).
class FleetIncidents {
public:
    // {"name", "code", "subject"} of each incident not seen before; FleetWords::problem puts one in words.
    QList<QJsonObject> news(const QJsonArray& terminals);

private:
    QSet<QString> m_known;
};

} // namespace ssc
