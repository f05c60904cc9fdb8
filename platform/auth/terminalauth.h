#pragma once

#include "http/platformserver.h"

namespace ssc::platform {

class Database;

// Terminals authenticate every request with
//   Authorization: Bearer <terminal id>:<secret>
//   X-SSC-Terminal-Mode: kiosk | counter | field     (must be the mode the terminal was registered with)
// The two header values, as the connection guard reads them before any body and the server after. With a
// citizen session token (X-SSC-Citizen-Session), the live session of this terminal it names is read in the
// same statement (TerminalIdentity::session), so a citizen's request costs one round trip before its handler.
std::variant<TerminalIdentity, ApiResult> authenticateTerminal(Database& db, const QByteArray& authorization,
                                                               const QByteArray& mode,
                                                               const QByteArray& citizenSession = {},
                                                               qint64 nowMs = 0);

// Registers (or re-keys) a terminal; returns its new secret, shown once. name is its Chinese name, nameEn its
// English one (none: the English screens show the Chinese).
QString registerTerminal(Database& db, const QString& id, const QString& mode, const QString& name,
                         const QString& secret = {}, const QString& nameEn = {});

} // namespace ssc::platform
