#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// How long the platform keeps each kind of personal record, and the purge that enforces it
// (docs/privacy.md, "Retention"). The law asks for the least data kept for the shortest time the purpose
// needs (个人信息保护法 art. 19); what an office must keep longer (whether a pension was certified, the
// application files) is kept as a summary without the biometric part, or is not purged at all.
struct RetentionRule {
    const char* name;     // in the purge's report and in docs/privacy.md
    const char* table;    // what it purges in
    int keepDays;         // kept this long after the moment `statement` counts from
    bool stampsPurgeTime; // the statement's first binding is the purge's time, the second the cut-off
    const char* statement;
    bool inSeconds = false; // the table counts time in seconds since the epoch (e-card codes), not ms
};

const QList<RetentionRule>& retentionRules();

struct PurgeReport {
    struct Line {
        QString rule;
        int rows = 0;
    };
    QList<Line> lines;
    int total() const;
    QString text() const; // one line a rule: "attempt recordings: 3"
};

// Applies every rule as of `nowMs`: what is older than its period is deleted, or stripped to its summary.
// Idempotent, safe to run from several instances at once. nullopt with `error` set when a statement fails
// (the rules before it stay applied; the next run finishes the rest).
std::optional<PurgeReport> purgeExpired(Database& db, qint64 nowMs, QString* error);

} // namespace ssc::platform
