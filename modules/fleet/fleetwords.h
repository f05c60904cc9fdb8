#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ssc {

// The fleet's codes in plain words for the hall manager (docs/api.md, "Fleet"): what is wrong with a
// terminal, and its state in one phrase. No widgets, so the words are tested on their own.
class FleetWords {
    Q_DECLARE_TR_FUNCTIONS(FleetWords)
public:
    // One problem as GET /staff/fleet lists it: {"code", "subject"?}.
    static QString problem(const QJsonObject& problem);
    // kiosk, counter, field.
    static QString mode(const QString& key);
    // "last heard 14:02:10, 3 min ago" from the times in milliseconds; before today with the day too,
    // "last heard 2026-12-06 14:02:10, …".
    static QString lastSeen(qint64 lastSeenAt, qint64 now);
    // After a problem: how often it came back soon after being put right (an incident's "flaps": a device
    // unplugged and replugged, one incident and one text however often). Empty for none.
    static QString flaps(int count);
};

} // namespace ssc
