#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ssc {

// What the terminal asks CUPS (libcups stays inside cupsqueues.cpp). Every call talks to the CUPS server
// named by CUPS_SERVER or the system's, and may block for as long as that server takes to answer: call
// these from a worker thread (PrintService does).
namespace cups {

// Talk to this CUPS server from the calling thread on ("/path/cups.sock", "host:port"); empty: the system's
// (CUPS_SERVER, client.conf, then the local socket). libcups keeps the choice per thread.
void useServer(const QString& server);

struct QueueState {
    bool accepting = false;
    bool stopped = false; // paused by staff, or stopped by a backend after a fault
    QStringList reasons;  // printer-state-reasons without -error/-warning/-report ("media-empty" …)
    QString message;      // printer-state-message, as the printer said it
};

// Empty optional: the queue does not exist or the server did not answer (`serverAnswered` says which).
std::optional<QueueState> queueState(const QString& queue, bool* serverAnswered);
QStringList queueNames();
QString defaultQueue();

enum class JobState { Pending, Held, Processing, Stopped, Canceled, Aborted, Completed };
struct Job {
    int id = 0;
    JobState state = JobState::Pending;
};
// The newest job on `queue` with this title (titles carry a random tag, so this is the terminal's own job).
std::optional<Job> findJob(const QString& queue, const QString& title);
bool cancelJob(const QString& queue, int id);

} // namespace cups
} // namespace ssc
