#include "ecardcode.h"

#include "signedtext.h"

#include <QtEndian>

namespace ssc {
namespace {

const QByteArray prefix = QByteArrayLiteral("SSC1.");
static_assert(int(ECardCodeVerdict::BadSignature) == int(SignedTextVerdict::BadSignature) &&
              int(ECardCodeVerdict::Expired) == int(SignedTextVerdict::Expired) &&
              int(ECardCodeVerdict::NotYetValid) == int(SignedTextVerdict::NotYetValid));

} // namespace

QByteArray ECardCode::payload() const
{
    QByteArray out(payloadSize, '\0');
    auto* p = reinterpret_cast<uchar*>(out.data());
    p[0] = formatVersion;
    p[1] = keyId;
    p[2] = static_cast<uchar>(business);
    std::copy_n(codeId.constData(), codeIdSize, out.data() + 3);
    qToBigEndian<qint64>(issuedAt, p + 19);
    qToBigEndian<quint16>(lifetimeSeconds, p + 27);
    return out;
}

QByteArray ECardCode::signedMessage() const
{
    return prefix + payload();
}

QString SignedECardCode::text() const
{
    return QString::fromLatin1(joinSignedText(prefix, code.payload(), signature));
}

std::variant<SignedECardCode, ECardCodeProblem> ECardCodeText::parse(QStringView text)
{
    // Not trimmed: a code has exactly one spelling, and a space or line break around it is another text
    // (the scanner's line framer already took its terminator off).
    if (text.isEmpty())
        return ECardCodeProblem::Empty;
    if (text.size() > ECardCode::maxTextLength)
        return ECardCodeProblem::TooLong;
    const QByteArray latin = text.toLatin1();
    if (!latin.startsWith(prefix))
        return ECardCodeProblem::WrongPrefix;
    // Only the canonical spelling: one code, one text (no unused bits set, no padding variants).
    const auto parts = splitSignedText(latin.sliced(prefix.size()));
    if (!parts)
        return ECardCodeProblem::BadEncoding;
    const QByteArray& payload = parts->payload;
    if (payload.size() != ECardCode::payloadSize || parts->signature.size() != 64)
        return ECardCodeProblem::WrongSize;
    const auto* p = reinterpret_cast<const uchar*>(payload.constData());
    if (p[0] != ECardCode::formatVersion)
        return ECardCodeProblem::UnknownVersion;
    if (p[2] < 1 || p[2] > 4)
        return ECardCodeProblem::UnknownBusiness;
    SignedECardCode result;
    result.code.keyId = p[1];
    result.code.business = static_cast<ECardCode::Business>(p[2]);
    result.code.codeId = payload.mid(3, ECardCode::codeIdSize);
    result.code.issuedAt = qFromBigEndian<qint64>(p + 19);
    result.code.lifetimeSeconds = qFromBigEndian<quint16>(p + 27);
    result.signature = parts->signature;
    return result;
}

QString ECardCodeText::describe(ECardCodeProblem problem)
{
    switch (problem) {
    case ECardCodeProblem::Empty:
        return tr("The scanner read nothing.");
    case ECardCodeProblem::TooLong:
    case ECardCodeProblem::WrongPrefix:
        return tr("This is not an e-card QR code.");
    case ECardCodeProblem::BadEncoding:
    case ECardCodeProblem::WrongSize:
        return tr("The QR code was not read completely. Please scan it again.");
    case ECardCodeProblem::UnknownVersion:
    case ECardCodeProblem::UnknownBusiness:
        return tr("This kind of e-card code is not supported here.");
    }
    return {};
}

ECardCodeVerdict verifyECardCode(const SignedECardCode& signedCode, const QByteArray& publicKey, qint64 now,
                                 int allowedClockSkewSeconds)
{
    return static_cast<ECardCodeVerdict>(verifySignedText(
        publicKey, signedCode.code.signedMessage(), signedCode.signature, signedCode.code.issuedAt,
        signedCode.code.expiresAt(), now, allowedClockSkewSeconds));
}

} // namespace ssc
