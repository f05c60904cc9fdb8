#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ssc::platform {

// The issuer master key from which every card's key is diversified (core/cardauth/cardkey.h). It lives in a
// file of its own, outside the database, readable only by the service (0600): a copy of the database opens no
// card. Made on first start when the file does not exist (a demo, a test, a new province); a file that others
// may read is refused, so a key that was exposed is noticed at once instead of used.
std::optional<QByteArray> loadIssuerKey(const QString& path, QString* error);

} // namespace ssc::platform
