#pragma once

#include "ecard/ed25519.h"

#include <QByteArray>

#include <optional>

namespace ssc::platform {

class Database;

// The platform's e-card signing keys live in the database, so every instance signs and verifies alike.
// (A production deployment keeps the private key in an HSM; docs/ecard-code.md.)
class SigningKeys {
public:
    explicit SigningKeys(Database& db) : m_db(db) {}

    // The key new codes are signed with; created on first use.
    std::optional<std::pair<quint8, Ed25519PrivateKey>> current();
    std::optional<QByteArray> publicKey(quint8 keyId);

private:
    Database& m_db;
};

} // namespace ssc::platform
