#include "fleetstore.h"

#include "fleetalerts.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace ssc::platform {

std::optional<QList<FleetStore::Incident>> FleetStore::openIncidents(const QString& terminalId)
{
    auto q = m_db.run(QStringLiteral("SELECT kind, opened_at, cleared_at, flaps FROM fleet_incidents WHERE "
                                     "terminal_id = ? AND closed_at IS NULL ORDER BY opened_at, id"),
                      {terminalId});
    if (!q)
        return std::nullopt;
    QList<Incident> incidents;
    while (q->next())
        incidents.append({terminalId, q->value(0).toString(), q->value(1).toLongLong(),
                          q->value(2).isNull() ? 0 : q->value(2).toLongLong(), q->value(3).toInt()});
    q->finish();
    return incidents;
}

std::optional<bool> FleetStore::open(const QString& terminalId, const QString& kind, qint64 now,
                                     QList<Incident>& opened)
{
    // The unique index on open incidents (migration 36) decides, not the caller's look beforehand: of two
    // instances that both saw none open, the second inserts nothing (it waits for the first's commit on
    // PostgreSQL, for its lock on SQLite) and so texts nobody. The target names the partial index, which
    // both PostgreSQL and SQLite need to match it; any other conflict is still an error.
    auto insert = m_db.run(QStringLiteral("INSERT INTO fleet_incidents (terminal_id, kind, opened_at) VALUES "
                                          "(?, ?, ?) ON CONFLICT (terminal_id, kind) WHERE closed_at IS NULL "
                                          "DO NOTHING"),
                           {terminalId, kind, now});
    if (!insert)
        return std::nullopt;
    if (insert->numRowsAffected() != 1)
        return false;
    auto q = m_db.run(QStringLiteral("SELECT id FROM fleet_incidents WHERE terminal_id = ? AND kind = ? AND "
                                     "closed_at IS NULL"),
                      {terminalId, kind});
    if (!q || !q->next())
        return std::nullopt;
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    // The manager's text commits with the incident or not at all: once per incident.
    if (!alertHallManagers(m_db, terminalId, kind, id, now))
        return std::nullopt;
    opened.append({terminalId, kind, now});
    return true;
}

std::optional<bool> FleetStore::openIncident(const QString& terminalId, const QString& kind, qint64 now)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return std::nullopt;
    QList<Incident> opened;
    const auto done = open(terminalId, kind, now, opened);
    if (!done || !transaction.commit())
        return std::nullopt;
    return done;
}

bool FleetStore::flapped(const QString& terminalId, const QString& kind)
{
    // Back inside the quiet window: the same incident, no new text. Only a put-right incident counts, so
    // two instances seeing the same flap count it once.
    return m_db
        .run(QStringLiteral("UPDATE fleet_incidents SET cleared_at = NULL, flaps = flaps + 1 WHERE "
                            "terminal_id = ? AND kind = ? AND closed_at IS NULL AND cleared_at IS NOT NULL"),
             {terminalId, kind})
        .has_value();
}

bool FleetStore::closeQuiet(const std::optional<QString>& terminalId, qint64 now)
{
    // Closed as of when it was put right: the incident lasted until then, the window only confirmed it.
    return m_db
        .run(QStringLiteral("UPDATE fleet_incidents SET closed_at = cleared_at WHERE closed_at IS NULL AND "
                            "cleared_at IS NOT NULL AND cleared_at <= ? AND (? = 1 OR terminal_id = ?)"),
             {now - m_quietWindowMs, terminalId ? 0 : 1, terminalId.value_or(QString())})
        .has_value();
}

std::optional<QList<FleetStore::Incident>> FleetStore::record(const QString& terminalId,
                                                              const Heartbeat& heartbeat, qint64 now)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return std::nullopt;
    const QString report = QString::fromUtf8(QJsonDocument(heartbeat.report).toJson(QJsonDocument::Compact));
    if (!m_db.run(
            QStringLiteral(
                "INSERT INTO terminal_heartbeats (terminal_id, received_at, version, api_version, "
                "compatibility, report) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (terminal_id) DO UPDATE "
                "SET received_at = excluded.received_at, version = excluded.version, api_version = "
                "excluded.api_version, compatibility = excluded.compatibility, report = excluded.report"),
            {terminalId, now, heartbeat.version, heartbeat.apiVersion, heartbeat.compatibility, report}))
        return std::nullopt;
    const QStringList alerts =
        TerminalProblems::alerts(TerminalProblems::of(heartbeat.report, heartbeat.compatibility));
    // What stayed put right for the whole window is over: the same problem now is a new incident.
    if (!closeQuiet(terminalId, now))
        return std::nullopt;
    const auto current = openIncidents(terminalId);
    if (!current)
        return std::nullopt;
    QList<Incident> opened;
    QStringList stillOpen;
    for (const Incident& incident : *current) {
        if (alerts.contains(incident.kind)) {
            stillOpen.append(incident.kind);
            if (incident.clearedAt != 0 && !flapped(terminalId, incident.kind))
                return std::nullopt;
            continue;
        }
        // A heartbeat ends silence, and whatever it no longer shows: put right, the quiet window starts.
        if (incident.clearedAt == 0 &&
            !m_db.run(QStringLiteral("UPDATE fleet_incidents SET cleared_at = ? WHERE terminal_id = ? AND "
                                     "kind = ? AND closed_at IS NULL AND cleared_at IS NULL"),
                      {now, terminalId, incident.kind}))
            return std::nullopt;
    }
    for (const QString& kind : alerts)
        // false (another instance opened it first) is not an error: nothing to text.
        if (!stillOpen.contains(kind) && !open(terminalId, kind, now, opened).has_value())
            return std::nullopt;
    // With no quiet window (0) what this heartbeat put right closes now.
    if (!closeQuiet(terminalId, now) || !transaction.commit())
        return std::nullopt;
    return opened;
}

std::optional<QList<FleetStore::Incident>> FleetStore::sweepSilent(qint64 now, qint64 silentAfterMs)
{
    Transaction transaction(m_db);
    if (!transaction.ok() || !closeQuiet(std::nullopt, now))
        return std::nullopt;
    // The silent terminals with no silent incident open, or with one put right inside the quiet window.
    auto q = m_db.run(
        QStringLiteral("SELECT h.terminal_id, i.id FROM terminal_heartbeats h LEFT JOIN fleet_incidents i ON "
                       "i.terminal_id = h.terminal_id AND i.kind = 'silent' AND i.closed_at IS NULL WHERE "
                       "h.received_at < ? AND (i.id IS NULL OR i.cleared_at IS NOT NULL) ORDER BY "
                       "h.terminal_id"),
        {now - silentAfterMs});
    if (!q)
        return std::nullopt;
    QStringList silent;
    QStringList flapping;
    while (q->next())
        (q->value(1).isNull() ? silent : flapping).append(q->value(0).toString());
    q->finish();
    QList<Incident> opened;
    const QString kind = QStringLiteral("silent");
    for (const QString& id : flapping)
        if (!flapped(id, kind))
            return std::nullopt;
    for (const QString& id : silent)
        if (!open(id, kind, now, opened).has_value()) // false: another instance's sweep opened it
            return std::nullopt;
    if (!transaction.commit())
        return std::nullopt;
    return opened;
}

std::optional<QString> FleetStore::hallOf(const QString& terminalId)
{
    auto q = m_db.run(QStringLiteral("SELECT hall FROM terminals WHERE id = ?"), {terminalId});
    if (!q)
        return std::nullopt;
    const QString hall = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return hall;
}

std::optional<QList<FleetStore::Terminal>> FleetStore::terminals(const std::optional<QString>& hall,
                                                                 qint64 now, qint64 silentAfterMs)
{
    auto q = m_db.run(
        QStringLiteral(
            "SELECT t.id, t.name, t.mode, t.hall, h.received_at, h.version, h.api_version, "
            "h.compatibility, h.report, t.name_en FROM terminals t LEFT JOIN terminal_heartbeats h ON "
            "h.terminal_id = t.id WHERE ? = 1 OR COALESCE(t.hall, '') = COALESCE(?, '') ORDER BY t.id"),
        {hall ? 0 : 1, hall.value_or(QString())});
    if (!q)
        return std::nullopt;
    QList<Terminal> list;
    while (q->next()) {
        Terminal t;
        t.id = q->value(0).toString();
        t.name = q->value(1).toString();
        t.nameEn = q->value(9).toString();
        t.mode = q->value(2).toString();
        t.hall = q->value(3).toString();
        t.lastSeenAt = q->value(4).isNull() ? 0 : q->value(4).toLongLong();
        t.last.version = q->value(5).toString();
        t.last.apiVersion = q->value(6).toInt();
        t.last.compatibility = q->value(7).toString();
        t.last.report = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        list.append(t);
    }
    q->finish();
    for (Terminal& t : list) {
        if (t.lastSeenAt == 0)
            continue; // never reported: nothing to say about it yet
        t.problems = TerminalProblems::of(t.last.report, t.last.compatibility);
        if (now - t.lastSeenAt > silentAfterMs)
            t.problems.prepend(TerminalProblems::silent());
        const auto incidents = openIncidents(t.id);
        if (!incidents)
            return std::nullopt;
        t.incidents = *incidents;
    }
    return list;
}

} // namespace ssc::platform
