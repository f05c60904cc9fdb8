#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace ssc {

// Entries of the access log that read as one: the person's own logins, one after another, by the same way at
// the same terminal. Twenty identical "you logged in at the kiosk" lines hid the one line that matters,
// someone else's use, so they are shown once with how many and since when. Anything else (a clerk's look-up,
// a family member's, a number shown in full) stays an entry of its own, however alike.
struct AccessLogRun {
    QJsonObject newest;  // the run's newest entry, as the platform sent it
    int count = 1;       // entries in the run
    qint64 earliestAt{}; // the oldest entry's time (ms since the epoch); the newest's when count is 1
};

// The entries (newest first, as the platform lists them) in runs, in the same order.
QList<AccessLogRun> accessLogRuns(const QJsonArray& entriesNewestFirst);

} // namespace ssc
