#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <variant>

namespace ssc {

// The project's own e-card QR code (docs/ecard-code.md). It carries no personal data: a random code id the
// platform maps to a card, when it was issued, how long it lives, and the platform's Ed25519 signature.
//
//   SSC1.<base64url(payload, 29 bytes)>.<base64url(signature, 64 bytes)>
//   payload: version(1) keyId(1) businessType(1) codeId(16) issuedAt(int64 BE, unix s) lifetime(uint16 BE, s)
//   signature: Ed25519 over the ASCII "SSC1." followed by the raw payload bytes
struct ECardCode {
    static constexpr quint8 formatVersion = 1;
    static constexpr int codeIdSize = 16;
    static constexpr int payloadSize = 29;
    static constexpr int maxTextLength = 200; // anything longer is refused before decoding

    enum class Business : quint8 { Query = 1, Payment = 2, Other = 3, CrossRegionMedical = 4 };

    quint8 keyId = 1;
    Business business = Business::Query;
    QByteArray codeId;   // 16 random bytes
    qint64 issuedAt = 0; // unix seconds
    quint16 lifetimeSeconds = 60;

    QByteArray payload() const;
    QByteArray signedMessage() const; // "SSC1." + payload
    QString codeIdHex() const { return QString::fromLatin1(codeId.toHex()); }
    qint64 expiresAt() const { return issuedAt + lifetimeSeconds; }
};

struct SignedECardCode {
    ECardCode code;
    QByteArray signature;
    QString text() const; // the QR text
};

// Why a scanned text is not an e-card code at all (the platform also uses these).
enum class ECardCodeProblem {
    Empty,
    TooLong,
    WrongPrefix,
    BadEncoding,
    WrongSize,
    UnknownVersion,
    UnknownBusiness
};

class ECardCodeText {
    Q_DECLARE_TR_FUNCTIONS(ECardCodeText)
public:
    // Parses the QR text; checks shape only, not the signature or time (see ECardCodeVerifier).
    static std::variant<SignedECardCode, ECardCodeProblem> parse(QStringView text);
    static QString describe(ECardCodeProblem problem);
};

// Signature and time checks, the same offline on the terminal (to reject garbage fast) and on the platform.
enum class ECardCodeVerdict { Valid, BadSignature, Expired, NotYetValid };
ECardCodeVerdict verifyECardCode(const SignedECardCode& signedCode, const QByteArray& publicKey, qint64 now,
                                 int allowedClockSkewSeconds = 5);

} // namespace ssc
