#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "signedtext.h"

#include <variant>

namespace ssc {

// The social security card e-licence as shown (亮证) in a QR code (docs/card-services.md, "The e-licence"):
// what a verifier needs to check it offline and to show the holder masked. Signed by the platform with its
// e-card signing keys under its own prefix (domain separation, docs/security.md "Keys"), so a licence
// signature can never pass as an e-card code's, nor the other way round.
//
//   SSCEL1.<base64url(payload)>.<base64url(signature, 64 bytes)>
//   payload: version(1) keyId(1) serial(uint64 BE) issuedAt(int64 BE, unix s) lifetime(uint16 BE, s)
//            then five fields, each a length byte and that many UTF-8 bytes:
//            holder name (masked), holder's number (masked), card number (masked), issuer's region code,
//            the card's validity end (yyyy-MM-dd or empty)
//   signature: Ed25519 over the ASCII "SSCEL1." followed by the raw payload bytes
//
// Only masked values travel: a photo of the phone shows what the kiosk shows by default, nothing more.
struct ELicence {
    static constexpr quint8 formatVersion = 1;
    static constexpr int headerSize = 20;
    static constexpr int maxFieldBytes = 64;
    static constexpr int maxTextLength = 600; // anything longer is refused before decoding
    // How long a shown licence is fresh: long enough to walk from the kiosk (or the phone) to a counter,
    // short enough that a photo taken of someone's phone is soon worthless.
    static constexpr quint16 defaultLifetimeSeconds = 300;

    quint8 keyId = 1;
    quint64 serial = 0;  // the verification code (证照编号 of this showing), random
    qint64 issuedAt = 0; // unix seconds
    quint16 lifetimeSeconds = defaultLifetimeSeconds;
    QString holderName;   // 持证者名称, masked
    QString holderNumber; // 持证者身份号码 / 社会保障号码, masked
    QString cardNumber;   // 卡号, masked
    QString issuerCode;   // 发证机构: the issuing region's code (cards.region_code)
    QString validUntil;   // 有效期 of the card, yyyy-MM-dd

    QByteArray payload() const;
    QByteArray signedMessage() const; // "SSCEL1." + payload
    qint64 expiresAt() const { return issuedAt + lifetimeSeconds; }
    // The serial as the 20 digits printed and typed (leading zeros kept).
    QString verificationCode() const;
};

struct SignedELicence {
    ELicence licence;
    QByteArray signature;
    QString text() const; // the QR text
};

// Why scanned text is not a licence at all.
enum class ELicenceProblem { Empty, TooLong, WrongPrefix, BadEncoding, WrongSize, UnknownVersion, BadField };

class ELicenceText {
    Q_DECLARE_TR_FUNCTIONS(ELicenceText)
public:
    // Is this text meant to be a licence (its prefix)? The counter's scanner sends licences here and
    // everything else to the e-card code path.
    static bool looksLikeLicence(QStringView text);
    // Parses the QR text: shape only, not the signature or time (see verifyELicence). Not trimmed: one
    // licence, one spelling.
    static std::variant<SignedELicence, ELicenceProblem> parse(QStringView text);
    static QString describe(ELicenceProblem problem);
};

// Signature and freshness, alike on the counter terminal (offline) and on the platform.
using ELicenceVerdict = SignedTextVerdict;
ELicenceVerdict verifyELicence(const SignedELicence& signedLicence, const QByteArray& publicKey, qint64 now,
                               int allowedClockSkewSeconds = 5);

} // namespace ssc
