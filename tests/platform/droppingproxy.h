#pragma once

#include <QTcpServer>

#include <functional>

// A TCP relay between the terminal and the platform that can lose an answer on purpose: armed, it lets the
// next request through, and when the platform's answer starts to come back it runs `then` (kill the
// platform, as a power cut would) and cuts the terminal's connection instead of passing the answer on. The
// platform has filed the request; the terminal never hears so.
class DroppingProxy : public QObject {
    Q_OBJECT
public:
    explicit DroppingProxy(quint16 upstreamPort);
    quint16 port() const { return m_server.serverPort(); }
    void dropNextAnswer(std::function<void()> then) { m_drop = std::move(then); }
    bool dropped() const { return m_dropped; }

private:
    void relay();

    QTcpServer m_server;
    quint16 m_upstream;
    std::function<void()> m_drop;
    bool m_dropped = false;
};
