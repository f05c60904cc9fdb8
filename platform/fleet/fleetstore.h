#pragma once

#include "terminalproblems.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// Terminals' heartbeats and the incidents they open and close (docs/operations.md, "Fleet"). An incident is a
// (terminal, kind) opened by the first heartbeat (or silence sweep) that shows it, and put right by the first
// that no longer does; it closes only once it has stayed put right for the quiet window, so a device failing
// again inside the window (a scanner unplugged and replugged every few seconds) keeps the same incident and
// counts a flap. It is opened once however many heartbeats, sweeps or instances show it: the database holds
// at most one open incident of a kind per terminal (migration 36), which is what makes an alert once per
// incident: the hall managers' text (fleetalerts.h) is queued in the transaction that opens it.
class FleetStore {
public:
    FleetStore(Database& db, qint64 quietWindowMs) : m_db(db), m_quietWindowMs(quietWindowMs) {}

    struct Heartbeat {
        QString version;
        int apiVersion = 0;
        QString compatibility; // ok | api_mismatch | too_old, as the terminal judged the platform
        QJsonObject report;    // devices, printer, outboxDepth, lastError, freeDiskMb, mode
    };
    struct Incident {
        QString terminalId;
        QString kind;
        qint64 openedAt = 0;
        qint64 clearedAt = 0; // when last put right, the quiet window running; 0: the problem stands
        int flaps = 0;        // times it came back inside the quiet window
    };
    // Stores the heartbeat and brings the terminal's incidents in line with it: the incidents it opened, or
    // nullopt on a storage error.
    std::optional<QList<Incident>> record(const QString& terminalId, const Heartbeat& heartbeat, qint64 now);
    // Closes the incidents whose quiet window has passed (a terminal put right and then silent beats no
    // more) and opens a "silent" incident for each terminal whose last heartbeat is older than
    // `silentAfterMs` and has none open (one put right inside the window counts a flap): the incidents it
    // opened. Every instance runs it; two at once open each incident once.
    std::optional<QList<Incident>> sweepSilent(qint64 now, qint64 silentAfterMs);
    // Opens a `kind` incident unless one is open, with its text, in one transaction: true when this call
    // opened it, false when one was open already (the loser of a race between instances: nothing is
    // written, nothing texted), nullopt on a storage error.
    std::optional<bool> openIncident(const QString& terminalId, const QString& kind, qint64 now);

    struct Terminal {
        QString id;
        QString name;   // in Chinese
        QString nameEn; // in English (migration 35); empty where it has none
        QString mode;
        QString hall;
        qint64 lastSeenAt = 0; // 0: never
        Heartbeat last;
        QList<TerminalProblem> problems;
        QList<Incident> incidents; // open ones
    };
    // The terminals of a hall (an empty hall: those registered without one), or every terminal when `hall`
    // is nullopt; silent ones carry the "silent" problem.
    std::optional<QList<Terminal>> terminals(const std::optional<QString>& hall, qint64 now,
                                             qint64 silentAfterMs);
    // The hall a terminal is registered in ("" when none).
    std::optional<QString> hallOf(const QString& terminalId);

private:
    std::optional<bool> open(const QString& terminalId, const QString& kind, qint64 now,
                             QList<Incident>& opened);
    bool flapped(const QString& terminalId, const QString& kind);
    bool closeQuiet(const std::optional<QString>& terminalId, qint64 now);
    std::optional<QList<Incident>> openIncidents(const QString& terminalId);

    Database& m_db;
    qint64 m_quietWindowMs;
};

} // namespace ssc::platform
