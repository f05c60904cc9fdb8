#pragma once

#include "printabledocument.h"
#include "printproblem.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace ssc {

// A queue check's answer: the problem it makes for printing, and what CUPS said (for the fleet's heartbeat).
struct QueueCheck {
    PrintProblem problem = PrintProblem::None;
    QString queue;
    bool serverAnswered = false;
    QStringList reasons; // printer-state-reasons, suffixes dropped ("media-empty", "toner-low")
};

struct PrintOutcome {
    PrintProblem problem = PrintProblem::None;
    QString queue;
    int pages = 0;
    int jobId = 0;
    qint64 acceptedMs = -1; // from print() to CUPS holding the job (-1: never got that far)
    qint64 elapsedMs = 0;   // from print() to the job completed (or the problem found)

    bool printed() const { return problem == PrintProblem::None; }
};

// Prints documents on a CUPS queue with Qt Print Support, without ever blocking the screen: the queue is
// checked first (out of paper, paused, refusing jobs: the citizen is told at once), the document is painted
// on a QPrinter in a worker thread, and the job is followed in CUPS until it has printed. A job that has not
// printed within the wait limit is withdrawn, so a record never comes out later for nobody to collect.
// Every printed document is logged (category ssc.printing) with its kind and page count, never its content.
class PrintService : public QObject {
    Q_OBJECT
public:
    // `server` empty: the system's CUPS server; `queue` empty: its default destination.
    PrintService(QString server, QString queue, QObject* parent = nullptr);
    ~PrintService() override;

    void setWaitLimit(int milliseconds) { m_waitLimitMs = milliseconds; }
    QString queue() const { return m_queue; }
    bool busy() const { return m_watcher.isRunning(); }

    // `pages`: the document's page count (from its PDF), for the log. Ignored while busy.
    void print(const PrintableDocument& document, int pages);
    // Asks the queue how it is (for the staff's diagnostics page); answered with queueChecked().
    void checkQueue();

signals:
    void finished(const ssc::PrintOutcome& outcome);
    void queueChecked(ssc::PrintProblem problem, const QString& queue);
    void queueRead(const ssc::QueueCheck& check); // the same check, with the printer's own reasons

private:
    QString m_server;
    QString m_queue;
    int m_waitLimitMs = 30000;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<PrintOutcome> m_watcher;
    QFutureWatcher<QueueCheck> m_check;
};

// The page count of a PDF (Qt Pdf), 0 when it cannot be read.
int pdfPageCount(const QByteArray& pdf);

} // namespace ssc
