#include "signedtext.h"

#include "ed25519.h"

#include <QList>

namespace ssc {
namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

std::optional<SignedTextParts> splitSignedText(const QByteArray& afterPrefix)
{
    const QList<QByteArray> parts = afterPrefix.split('.');
    if (parts.size() != 2)
        return std::nullopt;
    const auto payload =
        QByteArray::fromBase64Encoding(parts[0], base64url | QByteArray::AbortOnBase64DecodingErrors);
    const auto signature =
        QByteArray::fromBase64Encoding(parts[1], base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !signature || payload.decoded.toBase64(base64url) != parts[0] ||
        signature.decoded.toBase64(base64url) != parts[1])
        return std::nullopt;
    return SignedTextParts{payload.decoded, signature.decoded};
}

QByteArray joinSignedText(const QByteArray& prefix, const QByteArray& payload, const QByteArray& signature)
{
    return prefix + payload.toBase64(base64url) + '.' + signature.toBase64(base64url);
}

SignedTextVerdict verifySignedText(const QByteArray& publicKey, const QByteArray& message,
                                   const QByteArray& signature, qint64 issuedAt, qint64 expiresAt, qint64 now,
                                   int allowedClockSkewSeconds)
{
    if (!ed25519Verify(publicKey, message, signature))
        return SignedTextVerdict::BadSignature;
    if (issuedAt > now + allowedClockSkewSeconds)
        return SignedTextVerdict::NotYetValid;
    if (now >= expiresAt + allowedClockSkewSeconds)
        return SignedTextVerdict::Expired;
    return SignedTextVerdict::Valid;
}

} // namespace ssc
