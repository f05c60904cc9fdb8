#pragma once

#include <functional>

class QObject;

namespace ssc::platform {

// Runs `handler` on the serving thread, once, when SIGTERM (systemd's stop, haproxy's orchestration, a test)
// or SIGINT arrives. A signal handler may do almost nothing safely: it writes a byte to a pipe, and a socket
// notifier on the pipe's other end calls the handler from the event loop.
bool onTerminationSignal(QObject* context, std::function<void()> handler);

} // namespace ssc::platform
