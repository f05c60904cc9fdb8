#include "terminationsignal.h"

#include <QObject>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace ssc::platform {
namespace {

int signalPipe[2] = {-1, -1};

extern "C" void writeToPipe(int)
{
    const char byte = 1;
    // Async-signal-safe; a full pipe already says a signal is pending, so a failed write loses nothing.
    [[maybe_unused]] const ssize_t written = write(signalPipe[1], &byte, 1);
}

} // namespace

bool onTerminationSignal(QObject* context, std::function<void()> handler)
{
    if (pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(
        notifier, &QSocketNotifier::activated, context, [notifier, handler = std::move(handler)] {
            char bytes[16];
            while (read(signalPipe[0], bytes, sizeof bytes) > 0) {
            }
            notifier->setEnabled(false); // once: a second SIGTERM during draining changes nothing
            handler();
        });
    struct sigaction action = {};
    action.sa_handler = writeToPipe;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace ssc::platform
