#include "fleetstore.h"

#include "fleetalerts.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace ssc::platform {

std::optional<QList<FleetStore::Incident>> FleetStore::openIncidents(const QString& terminalId)
{
    auto q = m_db.run(QStringLiteral("SELECT kind, opened_at FROM fleet_incidents WHERE terminal_id = ? AND "
                                     "closed_at IS NULL ORDER BY opened_at, id"),
                      {terminalId});
    if (!q)
        return std::nullopt;
    QList<Incident> incidents;
    while (q->next())
        incidents.append({terminalId, q->value(0).toString(), q->value(1).toLongLong()});
    q->finish();
    return incidents;
}

bool FleetStore::open(const QString& terminalId, const QString& kind, qint64 now, QList<Incident>& opened)
{
    if (!m_db.run(
            QStringLiteral("INSERT INTO fleet_incidents (terminal_id, kind, opened_at) VALUES (?, ?, ?)"),
            {terminalId, kind, now}))
        return false;
    // The one open incident of its kind (record() and sweepSilent() open none where one is open).
    auto q = m_db.run(QStringLiteral("SELECT id FROM fleet_incidents WHERE terminal_id = ? AND kind = ? AND "
                                     "closed_at IS NULL"),
                      {terminalId, kind});
    if (!q || !q->next())
        return false;
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    // The manager's text commits with the incident or not at all: once per incident.
    if (!alertHallManagers(m_db, terminalId, kind, id, now))
        return false;
    opened.append({terminalId, kind, now});
    return true;
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
    const auto current = openIncidents(terminalId);
    if (!current)
        return std::nullopt;
    QList<Incident> opened;
    QStringList stillOpen;
    for (const Incident& incident : *current) {
        // A heartbeat ends silence, and whatever it no longer shows.
        if (alerts.contains(incident.kind)) {
            stillOpen.append(incident.kind);
            continue;
        }
        if (!m_db.run(QStringLiteral("UPDATE fleet_incidents SET closed_at = ? WHERE terminal_id = ? AND "
                                     "kind = ? AND closed_at IS NULL"),
                      {now, terminalId, incident.kind}))
            return std::nullopt;
    }
    for (const QString& kind : alerts)
        if (!stillOpen.contains(kind) && !open(terminalId, kind, now, opened))
            return std::nullopt;
    if (!transaction.commit())
        return std::nullopt;
    return opened;
}

std::optional<QList<FleetStore::Incident>> FleetStore::sweepSilent(qint64 now, qint64 silentAfterMs)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return std::nullopt;
    auto q = m_db.run(
        QStringLiteral("SELECT h.terminal_id FROM terminal_heartbeats h WHERE h.received_at < ? AND NOT "
                       "EXISTS (SELECT 1 FROM fleet_incidents i WHERE i.terminal_id = h.terminal_id AND "
                       "i.kind = 'silent' AND i.closed_at IS NULL) ORDER BY h.terminal_id"),
        {now - silentAfterMs});
    if (!q)
        return std::nullopt;
    QStringList silent;
    while (q->next())
        silent.append(q->value(0).toString());
    q->finish();
    QList<Incident> opened;
    for (const QString& id : silent)
        if (!open(id, QStringLiteral("silent"), now, opened))
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
