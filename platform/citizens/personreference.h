#pragma once

#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// The opaque name a terminal knows a person by, in place of their ID number (docs/api.md, "Identification"):
// the terminal needs to tell "the same person again" (a second e-card code, a clerk's draft for this citizen)
// without holding a number that identifies them anywhere else. It is an HMAC of the terminal's id under a
// random key of the person's own (people.reference_key, made at the first login), so it stays the same on
// one terminal, differs between terminals, and says nothing about the person to anyone without the database.
// `storedKey`: the person's reference_key as already read with the rest of their row (empty: none yet, made
// here), so a login reads the people row once.
std::optional<QString> personReference(Database& db, qint64 personId, const QString& storedKey,
                                       const QString& terminalId);

} // namespace ssc::platform
