#include "limitoptions.h"

#include <cmath>

namespace ssc::platform {
namespace {

struct Timeout {
    const char* name;
    int ServiceLimits::*field;
};
const Timeout timeouts[] = {{"header-timeout", &ServiceLimits::headerTimeoutMs},
                            {"body-timeout", &ServiceLimits::bodyTimeoutMs},
                            {"idle-timeout", &ServiceLimits::idleTimeoutMs},
                            {"drain-timeout", &ServiceLimits::drainTimeoutMs}};

struct Pair {
    const char* name;
    const char* valueName;
    const char* description;
    bool secondMayBeZero = false; // a pool's queue: 0 runs what the threads take and refuses the rest
};
const Pair pairs[] = {
    {"max-connections", "total,per-peer", "Open connections in all and from one address"},
    {"terminal-rate", "per-second,burst", "Requests a terminal may make (429 past it)"},
    {"account-rate", "per-second,burst", "Requests per citizen or staff member (429 past it)"},
    {"workers", "threads,queue", "Worker threads for heavy work, and how many may wait (503 past it)", true},
    {"network-workers", "threads,queue",
     "Threads for calls to other services (the acquirer), and how many may wait (503 past it)", true},
};

} // namespace

void addLimitOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("worker-nice"),
                      QStringLiteral("Nice value of the worker threads, 0 to 19 (default 10)"),
                      QStringLiteral("n")});
    for (const Timeout& t : timeouts)
        parser.addOption({QLatin1String(t.name), QStringLiteral("Seconds (docs/security.md, \"Limits\")"),
                          QStringLiteral("seconds")});
    for (const Pair& p : pairs)
        parser.addOption({QLatin1String(p.name), QLatin1String(p.description), QLatin1String(p.valueName)});
}

std::optional<ServiceLimits> limitsFrom(const QCommandLineParser& parser, QString* error)
{
    ServiceLimits limits;
    for (const Timeout& t : timeouts) {
        const QString name = QLatin1String(t.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double seconds = parser.value(name).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = QStringLiteral("--%1 needs seconds, more than 0 and at most 3600").arg(name);
            return std::nullopt;
        }
        limits.*t.field = static_cast<int>(std::lround(seconds * 1000));
    }
    if (parser.isSet(QStringLiteral("worker-nice"))) {
        bool ok = false;
        const int nice = parser.value(QStringLiteral("worker-nice")).toInt(&ok);
        if (!ok || nice < 0 || nice > 19) {
            *error = QStringLiteral("--worker-nice needs a number from 0 to 19");
            return std::nullopt;
        }
        limits.workerNice = nice;
    }
    for (const Pair& p : pairs) {
        const QString name = QLatin1String(p.name);
        if (!parser.isSet(name))
            continue;
        const auto values = ServiceLimits::parsePair(parser.value(name));
        // Only a pool's queue may be empty; a burst or a cap of 0 would refuse everything.
        if (!values || (!p.secondMayBeZero && values->second < 1)) {
            *error =
                QStringLiteral("--%1 needs two positive numbers: %2").arg(name, QLatin1String(p.valueName));
            return std::nullopt;
        }
        const auto [first, second] = *values;
        if (name == u"max-connections") {
            limits.maxConnections = static_cast<int>(first);
            limits.maxConnectionsPerPeer = static_cast<int>(second);
        } else if (name == u"terminal-rate") {
            limits.terminalRate = first;
            limits.terminalBurst = static_cast<int>(second);
        } else if (name == u"account-rate") {
            limits.accountRate = first;
            limits.accountBurst = static_cast<int>(second);
        } else if (name == u"workers") {
            limits.workerThreads = static_cast<int>(first);
            limits.workerQueue = static_cast<int>(second);
        } else {
            limits.networkThreads = static_cast<int>(first);
            limits.networkQueue = static_cast<int>(second);
        }
    }
    return limits;
}

} // namespace ssc::platform
