#include "retention.h"

#include "storage/database.h"

namespace ssc::platform {

const QList<RetentionRule>& retentionRules()
{
    static const QList<RetentionRule> rules{
        // Faces and recordings: 180 days after the attempt, long enough for a complaint about a decision
        // and a second look; an attempt still waiting for its review keeps them until it is reviewed. The
        // attempt's row (receipt, outcome, method, dates, reviewer) stays: the pension office's record.
        {"attempt recordings", "certification_attempts", 180, true,
         "UPDATE certification_attempts SET frame = NULL, recording = NULL, recording_sound = NULL, "
         "media_purged_at = ? WHERE created_at < ? AND outcome <> 'under_review' AND media_purged_at IS "
         "NULL"},
        // Dispute evidence: 3 years after upload (the one-year time limit for arbitration, then the
        // proceedings); name, size and SHA-256 stay, so a dispute still names what was attached.
        {"evidence files", "evidence", 3 * 365, true,
         "UPDATE evidence SET content = NULL, purged_at = ? WHERE created_at < ? AND content IS NOT NULL"},
        // Who read or changed whose data: 3 years (the Cybersecurity Law asks at least 6 months).
        {"audit log", "audit_log", 3 * 365, false, "DELETE FROM audit_log WHERE at < ?"},
        {"citizen sessions", "citizen_sessions", 30, false,
         "DELETE FROM citizen_sessions WHERE expires_at < ?"},
        {"staff sessions", "staff_sessions", 30, false, "DELETE FROM staff_sessions WHERE expires_at < ?"},
        // Single-use codes and challenges mean nothing once expired (each carries its expiry): a day's grace.
        {"e-card codes", "ecard_codes", 1, false, "DELETE FROM ecard_codes WHERE expires_at < ?", true},
        {"login codes", "login_codes", 1, false, "DELETE FROM login_codes WHERE expires_at < ?"},
        {"card challenges", "card_challenges", 1, false, "DELETE FROM card_challenges WHERE expires_at < ?"},
        // The digits a read-aloud challenge asked for are what its reviewer listens for: kept while the
        // attempt waits, else 180 days like the recording.
        {"certification challenges", "certification_challenges", 180, false,
         "DELETE FROM certification_challenges WHERE expires_at < ? AND id NOT IN (SELECT challenge_id FROM "
         "certification_attempts WHERE outcome = 'under_review' AND challenge_id IS NOT NULL)"},
        // A face login's outcome (never a recording): what its attempt limits count, and the person's answer
        // to "who tried to sign in as me", for as long as a certification's recording is kept.
        {"face logins", "face_logins", 180, false, "DELETE FROM face_logins WHERE asked_at < ?"},
        {"confirmations", "confirmations", 30, false, "DELETE FROM confirmations WHERE created_at < ?"},
        {"people found by staff", "staff_people_found", 1, false,
         "DELETE FROM staff_people_found WHERE until < ?"},
        {"sign-in failures", "sign_in_failures", 30, false,
         "DELETE FROM sign_in_failures WHERE last_failure_at < ?"},
        {"offline credentials", "offline_credentials", 30, false,
         "DELETE FROM offline_credentials WHERE expires_at < ?"},
        // A review text (docs/notifications.md): what was sent to whom and whether it arrived, for a
        // complaint about a decision's notice, as long as a certification's recording is kept.
        {"text messages", "sms_notifications", 180, false,
         "DELETE FROM sms_notifications WHERE created_at < ?"},
        // A terminal's incident put right (docs/operations.md, "Fleet"): a year of what went wrong with which
        // terminal, for the hall's yearly look at its devices and the supplier's warranty claims; no person
        // is in it. An open incident stays while it is open. Terminals' heartbeats need no rule: one row a
        // terminal, replaced by each heartbeat, so no history builds up (docs/privacy.md, "Retention").
        {"closed fleet incidents", "fleet_incidents", 365, false,
         "DELETE FROM fleet_incidents WHERE closed_at IS NOT NULL AND closed_at < ?"},
        // A home visit's address is needed to go there: cleared 180 days after the visit was done.
        {"home visit addresses", "home_visits", 180, false,
         "UPDATE home_visits SET address = '' WHERE done_at < ? AND address <> ''"},
    };
    return rules;
}

int PurgeReport::total() const
{
    int sum = 0;
    for (const Line& line : lines)
        sum += line.rows;
    return sum;
}

QString PurgeReport::text() const
{
    QString out;
    for (const Line& line : lines)
        out += QStringLiteral("%1: %2\n").arg(line.rule).arg(line.rows);
    return out;
}

std::optional<PurgeReport> purgeExpired(Database& db, qint64 nowMs, QString* error)
{
    constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
    PurgeReport report;
    for (const RetentionRule& rule : retentionRules()) {
        qint64 cutOff = nowMs - rule.keepDays * dayMs;
        if (rule.inSeconds)
            cutOff /= 1000;
        const QVariantList bindings =
            rule.stampsPurgeTime ? QVariantList{nowMs, cutOff} : QVariantList{cutOff};
        auto q = db.run(QString::fromLatin1(rule.statement), bindings);
        if (!q) {
            *error = QStringLiteral("%1: %2").arg(QLatin1String(rule.name), db.lastError());
            return std::nullopt;
        }
        report.lines.append({QString::fromLatin1(rule.name), q->numRowsAffected()});
        q->finish();
    }
    db.releaseQueries();
    // What was deleted or cleared: zeroed in SQLite's files, its space freed on PostgreSQL.
    QStringList tables;
    for (int i = 0; i < report.lines.size(); ++i)
        if (report.lines[i].rows > 0 && !tables.contains(QLatin1String(retentionRules()[i].table)))
            tables.append(QLatin1String(retentionRules()[i].table));
    if (!tables.isEmpty()) {
        if (!db.reclaimFreedSpace(tables, false)) {
            *error = db.lastError();
            return std::nullopt;
        }
    }
    return report;
}

} // namespace ssc::platform
