#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace ssc::platform {

class Database;
class KeyStore;

// Encryption at rest for what a database dump must not reveal: faces (the photo on file, an attempt's best
// frame), recordings (frames and sound) and dispute evidence files (docs/privacy.md, "Encryption at rest").
// Each blob gets its own random AES-256 data key; the blob is sealed with AES-256-GCM under it, the data key
// is wrapped by the key store's wrapping key (an HSM's, when the store is a token), and the place the blob
// belongs ("table.column:row") is the associated data, so a sealed blob copied into another row does not
// open. Without the key store the database holds nothing readable.
//   sealed blob = "SSCSEAL1" | length of the wrapped key (1 byte) | wrapped key | nonce | cipher text | tag
namespace dataseal {

bool isSealed(const QByteArray& blob);
// The place a blob is sealed for: "certification_attempts.recording:R20261203-…".
QByteArray place(const char* table, const char* column, const QString& row);
std::optional<QByteArray> seal(KeyStore& keys, const QByteArray& plain, const QByteArray& place);
// A value to bind for a sealed column: NULL for no bytes, else the sealed blob; nullopt when sealing fails.
std::optional<QVariant> sealedOrNull(KeyStore& keys, const QByteArray& plain, const QByteArray& place);
// nullopt when the blob is not sealed, was sealed for another place, or the store cannot unwrap its key.
std::optional<QByteArray> open(KeyStore& keys, const QByteArray& sealed, const QByteArray& place);

// Seals, in place, every blob of the sealed columns still stored in the clear (rows written before encryption
// at rest, the demo's seeded photos). Run at every start after the key store opens; the number sealed, or -1
// with `error` set.
int sealStoredInTheClear(Database& db, KeyStore& keys, QString* error);

} // namespace dataseal
} // namespace ssc::platform
