#pragma once

#include "servicelimits.h"

#include <QCommandLineParser>

namespace ssc::platform {

// The command-line options that change the service limits (docs/operations.md): --header-timeout,
// --body-timeout, --idle-timeout (seconds), --max-connections TOTAL,PER_PEER, --terminal-rate and
// --account-rate PER_SECOND,BURST, --workers THREADS,QUEUE, --network-workers THREADS,QUEUE.
void addLimitOptions(QCommandLineParser& parser);
// The defaults with what the options give; nullopt and *error when one is not of its shape.
std::optional<ServiceLimits> limitsFrom(const QCommandLineParser& parser, QString* error);

} // namespace ssc::platform
