#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ssc {

// systemd's notification protocol (sd_notify(3)) without libsystemd: one datagram of "KEY=value" lines to the
// Unix socket named by $NOTIFY_SOCKET (a path, or "@name" for the abstract namespace). Returns false when
// there is no such socket (not started by systemd) or the datagram could not be sent.
bool notifySystemd(const QByteArray& state);

// How often the service manager wants WATCHDOG=1 ($WATCHDOG_USEC), or zero when it does not watch this
// process. $WATCHDOG_PID names the watched process: the kiosk unit's main process is the compositor (cage)
// that starts the terminal, so the terminal accepts its own pid and its parent's.
std::chrono::milliseconds systemdWatchdogInterval();

// Tells systemd the terminal is up (READY=1) and then keeps telling it the GUI thread answers (WATCHDOG=1 at
// half the watchdog interval, from a timer of the GUI thread's event loop). A GUI thread that hangs stops the
// pings, and systemd kills and restarts the kiosk session (docs/installation.md, "The kiosk session").
class SystemdWatchdog : public QObject {
    Q_OBJECT
public:
    explicit SystemdWatchdog(QObject* parent = nullptr);

    // Sends READY=1 and starts the pings if systemd watches; returns whether it does.
    bool start();
    std::chrono::milliseconds pingInterval() const;

private:
    QTimer m_timer;
};

} // namespace ssc
