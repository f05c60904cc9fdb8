#pragma once

#include "fleet/terminalreport.h"

#include <QObject>
#include <QTimer>

namespace ssc {

class CardSource;
class CodeScanner;
class OutboxSender;
class PrintService;
struct QueueCheck;
namespace fleet {
class HeartbeatClient;
}

// What the terminal's devices say, gathered into the heartbeat's report (docs/operations.md, "Fleet"): a
// scanner or card reader it had and lost, the printer queue's CUPS reasons (asked on a worker thread each
// interval and after each print), the field outbox's depth, the free disk. Every change goes out at once.
class FleetReporter : public QObject {
    Q_OBJECT
public:
    explicit FleetReporter(fleet::HeartbeatClient& heartbeat, QObject* parent = nullptr);

    void watchScanner(const CodeScanner* scanner);
    void watchCardReader(const CardSource* cards);
    void watchPrinter(PrintService* printer);
    void watchOutbox(OutboxSender* outbox);
    void setDiskFolder(const QString& folder) { m_diskFolder = folder; }
    // An error's code for the report (never a message): the last one stands until another replaces it.
    void noteError(const QString& code);
    void refresh(); // disk and outbox again, and the report sent if anything changed

private:
    void deviceSeen(const QString& kind, const QString& name, bool ready);
    void printerRead(const QueueCheck& check);

    fleet::HeartbeatClient& m_heartbeat;
    fleet::TerminalReport m_report;
    OutboxSender* m_outbox = nullptr;
    PrintService* m_printer = nullptr;
    QString m_diskFolder;
    QTimer m_poll;
};

} // namespace ssc
