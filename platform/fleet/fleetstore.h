#pragma once

#include "terminalproblems.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// Terminals' heartbeats and the incidents they open and close (docs/operations.md, "Fleet"). An incident is a
// (terminal, kind) that is open until a heartbeat no longer shows it; it is opened once however many
// heartbeats show it, which is what makes an alert once per incident: the hall managers' text (fleetalerts.h)
// is queued in the transaction that opens it.
class FleetStore {
public:
    explicit FleetStore(Database& db) : m_db(db) {}

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
    };
    // Stores the heartbeat and brings the terminal's incidents in line with it: the incidents it opened, or
    // nullopt on a storage error.
    std::optional<QList<Incident>> record(const QString& terminalId, const Heartbeat& heartbeat, qint64 now);
    // Opens a "silent" incident for each terminal whose last heartbeat is older than `silentAfterMs` and has
    // none open: the incidents it opened.
    std::optional<QList<Incident>> sweepSilent(qint64 now, qint64 silentAfterMs);

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
    bool open(const QString& terminalId, const QString& kind, qint64 now, QList<Incident>& opened);
    std::optional<QList<Incident>> openIncidents(const QString& terminalId);

    Database& m_db;
};

} // namespace ssc::platform
