#pragma once

#include <QString>
#include <QStringList>

namespace ssc::platform {

class Database;
class KeyStore;

// `ssc-platform keys …` (docs/operations.md, "The platform service"; docs/security.md, "Keys"):
//   keys list                        the e-card signing keys: id, made, retired, which one signs
//   keys rotate                      a new signing key signs from now on; the old ones verify their codes
//                                    until they expire
//   keys import-issuer-key FILE      takes an existing issuer master key (32 hex digits in FILE, 0600) into a
//                                    store that has none, e.g. when moving from key files to an HSM
// Returns the exit status: 0 done, 1 failed (`error`), 2 a usage error. Prints its report to `report`.
int runKeysCommand(const QStringList& args, Database& db, KeyStore& store, QString* report, QString* error);

} // namespace ssc::platform
