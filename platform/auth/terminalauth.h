#pragma once

#include "http/platformserver.h"

namespace ssc::platform {

class Database;

// Terminals authenticate every request with
//   Authorization: Bearer <terminal id>:<secret>
//   X-SSC-Terminal-Mode: kiosk | counter | field     (must be the mode the terminal was registered with)
// The two header values, as the connection guard reads them before any body and the server after.
std::variant<TerminalIdentity, ApiResult> authenticateTerminal(Database& db, const QByteArray& authorization,
                                                               const QByteArray& mode);

// Registers (or re-keys) a terminal; returns its new secret, shown once.
QString registerTerminal(Database& db, const QString& id, const QString& mode, const QString& name,
                         const QString& secret = {});

} // namespace ssc::platform
