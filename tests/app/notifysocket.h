#pragma once
// A stand-in for systemd's notification socket, for the tests of the terminal's sd_notify datagrams
// (tst_systemdnotify) and of the kiosk session (tst_kioskcage).

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// A datagram socket standing in for systemd's notification socket; NOTIFY_SOCKET names it while it lives.
class NotifySocket {
public:
    // Bound the way systemd binds its own, written out here rather than shared with the code under test: a
    // path, or for "@name" a leading NUL byte followed by the name, the length counting just those bytes.
    explicit NotifySocket(const QByteArray& name)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const bool abstract = name.startsWith('@');
        const QByteArray bytes = abstract ? QByteArray(1, '\0') + name.mid(1) : name;
        std::copy(bytes.begin(), bytes.end(), address.sun_path);
        const std::size_t length = sizeof(address.sun_family) + static_cast<std::size_t>(bytes.size());
        m_bound =
            ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), static_cast<socklen_t>(length)) == 0;
        qputenv("NOTIFY_SOCKET", name);
    }
    ~NotifySocket()
    {
        ::close(m_fd);
        qunsetenv("NOTIFY_SOCKET");
    }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    bool bound() const { return m_bound; }

    // Every datagram waiting now, without blocking.
    QList<QByteArray> received()
    {
        QList<QByteArray> datagrams;
        char buffer[512];
        ssize_t size = 0;
        while ((size = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT)) >= 0)
            datagrams.append(QByteArray(buffer, static_cast<qsizetype>(size)));
        return datagrams;
    }

private:
    int m_fd = -1;
    bool m_bound = false;
};
