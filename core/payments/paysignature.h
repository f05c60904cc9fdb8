#pragma once

#include <QByteArray>
#include <QString>

namespace ssc::payments {

// The signature on every call between the platform (the merchant) and the payment service (the acquirer),
// in both directions: requests to the acquirer and the acquirer's notifications (docs/payments.md,
// "Signing"). Like a real acquirer's: an HMAC-SHA256 with the merchant's key over the method, the path, a
// timestamp, a single-use nonce and the body, so a captured request cannot be altered, and a stale one is
// refused.
struct PaySignature {
    QByteArray timestamp; // milliseconds since the epoch, decimal
    QByteArray nonce;     // 32 hex digits, fresh for each call
    QByteArray signature; // lower-case hex

    static constexpr const char* timestampHeader = "X-Pay-Timestamp";
    static constexpr const char* nonceHeader = "X-Pay-Nonce";
    static constexpr const char* signatureHeader = "X-Pay-Signature";
    // How far a timestamp may be from the receiver's clock.
    static constexpr qint64 maxSkewMs = 5 * 60 * 1000;

    static PaySignature sign(const QByteArray& key, const QByteArray& method, const QByteArray& path,
                             const QByteArray& body, qint64 nowMs);
    // True when the signature is the key's over these and the timestamp is within maxSkewMs of now; else
    // false with *why set (for the receiver's log, never for the caller).
    bool verify(const QByteArray& key, const QByteArray& method, const QByteArray& path,
                const QByteArray& body, qint64 nowMs, QString* why) const;

private:
    static QByteArray mac(const QByteArray& key, const QByteArray& method, const QByteArray& path,
                          const QByteArray& timestamp, const QByteArray& nonce, const QByteArray& body);
};

} // namespace ssc::payments
