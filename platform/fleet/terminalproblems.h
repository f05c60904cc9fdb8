#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ssc::platform {

// What is wrong with a terminal, read from its last heartbeat (docs/api.md, "Fleet"). Codes, not words: the
// manager's page puts them in words in the manager's language.
struct TerminalProblem {
    QString code;       // scanner_gone, card_reader_gone, printer_out_of_paper, printer_out_of_toner,
                        // printer_toner_low, printer_jammed, printer_unreachable, disk_low, outbox_waiting,
                        // needs_update, silent
    QString subject;    // the device or queue it is about, when there is one
    bool alert = false; // an incident the manager is alerted to (once), not only shown
};

class TerminalProblems {
public:
    // Below this many MB free the disk is shown as low (the outbox and logs need room).
    static constexpr qint64 lowDiskMb = 500;
    // From a heartbeat's report and its compatibility key ("ok" when the terminal may serve).
    static QList<TerminalProblem> of(const QJsonObject& report, const QString& compatibility);
    // The alert codes only, each once: what incidents are open while this report stands.
    static QStringList alerts(const QList<TerminalProblem>& problems);
    static TerminalProblem silent() { return {QStringLiteral("silent"), {}, true}; }
};

} // namespace ssc::platform
