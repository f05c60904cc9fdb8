#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ssc::platform {

class KeyStore;

// The issuer master key from which every card's key is diversified (core/cardauth/cardkey.h) lives in the key
// store, outside the database (a 0600 file, or an HSM that never lets it out): a copy of the database opens
// no card. Made on first start when the store has none (a demo, a test, a new province); an issuer with cards
// in use imports theirs (`ssc-platform keys import-issuer-key`).
bool ensureIssuerKey(KeyStore& store, QString* error);

// The card's key, diversified by the store from its identifier (EF05 tag 01); nullopt when malformed.
std::optional<QByteArray> cardKeyFor(KeyStore& store, const QString& cardIdentifier);
// The card's unblock key (core/cardauth/cardkey.h, "Unblocking"), diversified by the store from the
// complement of its identifier; nullopt when malformed.
std::optional<QByteArray> unblockKeyFor(KeyStore& store, const QString& cardIdentifier);

} // namespace ssc::platform
