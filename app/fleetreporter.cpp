#include "fleetreporter.h"

#include "cardreader/cardsource.h"
#include "fleet/heartbeatclient.h"
#include "outbox/outbox.h"
#include "outbox/outboxsender.h"
#include "printservice.h"
#include "scanner/codescanner.h"

#include <QStorageInfo>

namespace ssc {

FleetReporter::FleetReporter(fleet::HeartbeatClient& heartbeat, QObject* parent)
    : QObject(parent), m_heartbeat(heartbeat)
{
    // The printer and the disk change without telling anyone: looked at once a minute.
    m_poll.setInterval(std::chrono::seconds(60));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_printer)
            m_printer->checkQueue();
        refresh();
    });
    m_poll.start();
}

void FleetReporter::deviceSeen(const QString& kind, const QString& name, bool ready)
{
    for (fleet::TerminalReport::Device& device : m_report.devices)
        if (device.kind == kind) {
            device.working = ready;
            if (ready && !name.isEmpty())
                device.name = name;
            return refresh();
        }
    // A device never seen is not reported missing: kiosks without a pedestal read codes with the camera.
    if (ready)
        m_report.devices.append({kind, name, true});
    refresh();
}

void FleetReporter::watchScanner(const CodeScanner* scanner)
{
    if (!scanner)
        return;
    connect(scanner, &CodeScanner::readyChanged, this, [this, scanner](bool ready) {
        deviceSeen(QStringLiteral("scanner"), scanner->displayName(), ready);
    });
    if (scanner->isReady())
        deviceSeen(QStringLiteral("scanner"), scanner->displayName(), true);
}

void FleetReporter::watchCardReader(const CardSource* cards)
{
    if (!cards)
        return;
    connect(cards, &CardSource::readyChanged, this, [this, cards](bool ready) {
        deviceSeen(QStringLiteral("card_reader"), cards->displayName(), ready);
    });
    if (cards->isReady())
        deviceSeen(QStringLiteral("card_reader"), cards->displayName(), true);
}

void FleetReporter::watchPrinter(PrintService* printer)
{
    m_printer = printer;
    if (!printer)
        return;
    connect(printer, &PrintService::queueRead, this, &FleetReporter::printerRead);
    // After a print the queue says more than before it (out of paper mid-job): ask again.
    connect(printer, &PrintService::finished, this, [this](const PrintOutcome& outcome) {
        if (!outcome.printed())
            noteError(QStringLiteral("print_failed"));
        m_printer->checkQueue();
    });
    printer->checkQueue();
}

void FleetReporter::printerRead(const QueueCheck& check)
{
    m_report.printer = fleet::TerminalReport::Printer{check.queue, check.serverAnswered, check.reasons};
    refresh();
}

void FleetReporter::watchOutbox(OutboxSender* outbox)
{
    m_outbox = outbox;
    if (outbox)
        connect(outbox, &OutboxSender::changed, this, &FleetReporter::refresh);
    refresh();
}

void FleetReporter::noteError(const QString& code)
{
    m_report.lastError = code;
    refresh();
}

void FleetReporter::refresh()
{
    if (m_outbox)
        m_report.outboxDepth = m_outbox->outbox().count();
    if (!m_diskFolder.isEmpty()) {
        const QStorageInfo disk(m_diskFolder);
        // In steps of 100 MB, so a log line written is not a change worth a heartbeat.
        m_report.freeDiskMb = disk.isValid() ? disk.bytesAvailable() / (100 << 20) * 100 : -1;
    }
    m_heartbeat.update(m_report);
}

} // namespace ssc
