#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ssc::platform {

// Files only the service's user may read (docs/security.md, "Keys"): the key files, the PKCS#11 PIN file, the
// SQLite database. Folders are made 0700, files 0600.
bool makePrivateFolder(const QString& path);
// Writes `contents` to a new 0600 file (atomically); false with `error` set.
bool writePrivateFile(const QString& path, const QByteArray& contents, QString* error);
// The same, but only when no file has that name yet: of several instances making the same key at once, one
// makes it and the others are refused (false, `error` set), so none keeps a key the others do not have.
bool createPrivateFile(const QString& path, const QByteArray& contents, QString* error);
// The file's contents when only its owner may read it; nullopt with `error` set otherwise.
std::optional<QByteArray> readPrivateFile(const QString& path, const QString& what, QString* error);
// True when group and others have no access at all.
bool onlyOwnerMayAccess(const QString& path);

} // namespace ssc::platform
