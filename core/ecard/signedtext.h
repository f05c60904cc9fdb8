#pragma once

#include <QByteArray>

#include <optional>

namespace ssc {

// What the platform's signed QR texts share (the e-card code, ecardcode.h; the e-licence, elicence.h):
//   <prefix><base64url(payload)>.<base64url(signature)>
// and the check of an Ed25519 signature with a validity window. The prefix differs per kind and is part of
// what is signed, so a signature of one kind never passes as another's.
struct SignedTextParts {
    QByteArray payload;
    QByteArray signature;
};

// The two parts after the prefix, decoded, only in their canonical spelling (no padding, no unused bits set,
// nothing around them): one text per signed thing. nullopt for anything else.
std::optional<SignedTextParts> splitSignedText(const QByteArray& afterPrefix);
QByteArray joinSignedText(const QByteArray& prefix, const QByteArray& payload, const QByteArray& signature);

enum class SignedTextVerdict { Valid, BadSignature, Expired, NotYetValid };
// The signature over `message`, then the time: valid from issuedAt to expiresAt (unix s), each with the skew.
SignedTextVerdict verifySignedText(const QByteArray& publicKey, const QByteArray& message,
                                   const QByteArray& signature, qint64 issuedAt, qint64 expiresAt, qint64 now,
                                   int allowedClockSkewSeconds);

} // namespace ssc
