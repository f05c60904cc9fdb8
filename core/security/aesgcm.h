#pragma once

#include <QByteArray>

#include <optional>

namespace ssc {

// AES-256-GCM with a 12-byte random nonce and a 16-byte tag (OpenSSL): the one authenticated cipher of the
// project. The field outbox seals its files with it; the platform seals faces, recordings and evidence at
// rest (platform/keys/dataseal.h). `associated` is authenticated but not encrypted: where the bytes belong,
// so that sealed bytes moved elsewhere do not open.
namespace aesgcm {

constexpr int keyBytes = 32;
constexpr int nonceBytes = 12;
constexpr int tagBytes = 16;

// nonce | cipher text | tag; empty when the key is not 32 bytes or the random source fails.
QByteArray seal(const QByteArray& key, const QByteArray& plain, const QByteArray& associated);
// The plain text, or nullopt when the key, the associated data or any byte of `sealed` is not the one sealed.
std::optional<QByteArray> open(const QByteArray& key, const QByteArray& sealed, const QByteArray& associated);
// `count` bytes from OpenSSL's random generator; empty when it fails.
QByteArray randomBytes(int count);

} // namespace aesgcm
} // namespace ssc
