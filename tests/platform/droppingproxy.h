#pragma once

#include <QTcpServer>

#include <functional>

// A TCP relay between the terminal and the platform that misbehaves on purpose, once per arming, as a bad
// network does:
// - dropNextAnswer: lets the next request through, and when the platform's answer starts to come back runs
//   `then` (kill the platform, as a power cut would) and cuts the terminal's connection instead of passing
//   the answer on. The platform has filed the request; the terminal never hears so.
// - delayNextAnswer: holds the next answer back for that long (a slow link; longer than the terminal's
//   timeout, the terminal gives up on an answer that still comes).
// - resetNextRequest: resets the terminal's connection when its next request arrives, before the platform
//   sees any of it.
class DroppingProxy : public QObject {
    Q_OBJECT
public:
    explicit DroppingProxy(quint16 upstreamPort);
    quint16 port() const { return m_server.serverPort(); }
    void dropNextAnswer(std::function<void()> then) { m_drop = std::move(then); }
    void delayNextAnswer(int milliseconds) { m_delayMs = milliseconds; }
    void resetNextRequest() { m_reset = true; }
    void disarm();
    bool dropped() const { return m_dropped; }
    bool armed() const { return m_drop || m_delayMs > 0 || m_reset; }

private:
    void relay();

    QTcpServer m_server;
    quint16 m_upstream;
    std::function<void()> m_drop;
    int m_delayMs = 0;
    bool m_reset = false;
    bool m_dropped = false;
};
