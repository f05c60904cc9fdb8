#pragma once

#include "compatibility.h"
#include "terminalreport.h"

#include <QObject>
#include <QTimer>

namespace ssc {

class PlatformClient;

namespace fleet {

// Sends the terminal's heartbeat (POST /api/v1/terminals/heartbeat) once a platform-given interval and at
// each change of its report, and reads the platform's answer for the API version and the minimum terminal
// version. Never blocks: the call is asynchronous, at most one is on its way, and while the platform is away
// nothing piles up — the next heartbeat carries the report as it is then, nothing older.
class HeartbeatClient : public QObject {
    Q_OBJECT
public:
    HeartbeatClient(PlatformClient& platform, QString version, QObject* parent = nullptr);

    void start();                              // the first heartbeat now, then one an interval
    void update(const TerminalReport& report); // sent at once when it changed
    const TerminalReport& report() const { return m_report; }
    Compatibility compatibility() const { return m_compatibility; }
    int platformApiVersion() const { return m_platformApi; } // 0: not heard yet
    QString minimumVersion() const { return m_minimum; }
    QString version() const { return m_version; }
    int heartbeatsAnswered() const { return m_answered; }
    bool waitingForAnswer() const { return m_inFlight; }

signals:
    void compatibilityChanged(ssc::fleet::Compatibility compatibility);
    void answered(bool delivered);

private:
    void send();
    void received(bool ok, const QJsonObject& body);

    PlatformClient& m_platform;
    QString m_version;
    TerminalReport m_report;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_again = false; // the report changed while a heartbeat was on its way
    int m_answered = 0;
    int m_platformApi = 0;
    QString m_minimum;
    Compatibility m_compatibility = Compatibility::Ok;
};

} // namespace fleet
} // namespace ssc
