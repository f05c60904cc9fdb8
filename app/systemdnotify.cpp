#include "systemdnotify.h"

#include <QtGlobal>

#include <algorithm>

#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace ssc {

bool notifySystemd(const QByteArray& state)
{
    const QByteArray socketName = qgetenv("NOTIFY_SOCKET");
    sockaddr_un address{};
    if (socketName.isEmpty() || static_cast<std::size_t>(socketName.size()) >= sizeof(address.sun_path))
        return false;
    if (socketName.front() != '/' && socketName.front() != '@')
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, socketName.constData(), static_cast<std::size_t>(socketName.size()));
    // "@name" is Linux's abstract namespace: a leading NUL byte, and the length counts only the name.
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';
    const auto length =
        static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + static_cast<std::size_t>(socketName.size()));

    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, state.constData(), static_cast<std::size_t>(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr*>(&address), length);
    ::close(fd);
    return sent == state.size();
}

std::chrono::milliseconds systemdWatchdogInterval()
{
    bool ok = false;
    const qulonglong usec = qEnvironmentVariable("WATCHDOG_USEC").toULongLong(&ok);
    if (!ok || usec == 0)
        return std::chrono::milliseconds(0);
    if (qEnvironmentVariableIsSet("WATCHDOG_PID")) {
        const qlonglong pid = qEnvironmentVariable("WATCHDOG_PID").toLongLong(&ok);
        if (!ok || (pid != ::getpid() && pid != ::getppid()))
            return std::chrono::milliseconds(0); // another process's watchdog, inherited by accident
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::microseconds(static_cast<std::chrono::microseconds::rep>(usec)));
}

SystemdWatchdog::SystemdWatchdog(QObject* parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [] { notifySystemd(QByteArrayLiteral("WATCHDOG=1")); });
}

bool SystemdWatchdog::start()
{
    notifySystemd(QByteArrayLiteral("READY=1"));
    const std::chrono::milliseconds interval = systemdWatchdogInterval();
    if (interval.count() == 0)
        return false;
    // Half the interval, as sd_watchdog_enabled(3) advises: one late ping is not yet a restart.
    m_timer.start(std::max(interval / 2, std::chrono::milliseconds(1)));
    return true;
}

std::chrono::milliseconds SystemdWatchdog::pingInterval() const
{
    return m_timer.isActive() ? m_timer.intervalAsDuration() : std::chrono::milliseconds(0);
}

} // namespace ssc
