#include "elicence.h"

#include "signedtext.h"

#include <QtEndian>

#include <array>

namespace ssc {
namespace {

const QByteArray prefix = QByteArrayLiteral("SSCEL1.");
constexpr int fieldCount = 5;

std::array<const QString*, fieldCount> fieldsOf(const ELicence& l)
{
    return {&l.holderName, &l.holderNumber, &l.cardNumber, &l.issuerCode, &l.validUntil};
}

std::array<QString*, fieldCount> fieldsOf(ELicence& l)
{
    return {&l.holderName, &l.holderNumber, &l.cardNumber, &l.issuerCode, &l.validUntil};
}

// One field from `bytes` at `pos`: its length byte, then valid UTF-8 of at most maxFieldBytes without control
// characters; false for anything else.
bool readField(const QByteArray& bytes, int& pos, QString& out)
{
    if (pos >= bytes.size())
        return false;
    const int length = quint8(bytes[pos]);
    ++pos;
    if (length > ELicence::maxFieldBytes || pos + length > bytes.size())
        return false;
    const QByteArray raw = bytes.mid(pos, length);
    pos += length;
    out = QString::fromUtf8(raw);
    if (out.toUtf8() != raw) // invalid UTF-8 came back replaced
        return false;
    for (const QChar c : out)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

} // namespace

QByteArray ELicence::payload() const
{
    QByteArray out(headerSize, '\0');
    auto* p = reinterpret_cast<uchar*>(out.data());
    p[0] = formatVersion;
    p[1] = keyId;
    qToBigEndian<quint64>(serial, p + 2);
    qToBigEndian<qint64>(issuedAt, p + 10);
    qToBigEndian<quint16>(lifetimeSeconds, p + 18);
    for (const QString* field : fieldsOf(*this)) {
        const QByteArray utf8 = field->toUtf8().left(maxFieldBytes);
        out.append(char(utf8.size()));
        out.append(utf8);
    }
    return out;
}

QByteArray ELicence::signedMessage() const
{
    return prefix + payload();
}

QString ELicence::verificationCode() const
{
    return QStringLiteral("%1").arg(serial, 20, 10, QLatin1Char('0'));
}

QString SignedELicence::text() const
{
    return QString::fromLatin1(joinSignedText(prefix, licence.payload(), signature));
}

bool ELicenceText::looksLikeLicence(QStringView text)
{
    return text.startsWith(QLatin1String(prefix));
}

std::variant<SignedELicence, ELicenceProblem> ELicenceText::parse(QStringView text)
{
    if (text.isEmpty())
        return ELicenceProblem::Empty;
    if (text.size() > ELicence::maxTextLength)
        return ELicenceProblem::TooLong;
    const QByteArray latin = text.toLatin1();
    if (!latin.startsWith(prefix) || QString::fromLatin1(latin) != text)
        return ELicenceProblem::WrongPrefix;
    const auto parts = splitSignedText(latin.sliced(prefix.size())); // only the canonical spelling
    if (!parts)
        return ELicenceProblem::BadEncoding;
    const QByteArray& bytes = parts->payload;
    if (bytes.size() < ELicence::headerSize + fieldCount || parts->signature.size() != 64)
        return ELicenceProblem::WrongSize;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    if (p[0] != ELicence::formatVersion)
        return ELicenceProblem::UnknownVersion;
    SignedELicence result;
    result.licence.keyId = p[1];
    result.licence.serial = qFromBigEndian<quint64>(p + 2);
    result.licence.issuedAt = qFromBigEndian<qint64>(p + 10);
    result.licence.lifetimeSeconds = qFromBigEndian<quint16>(p + 18);
    int pos = ELicence::headerSize;
    for (QString* field : fieldsOf(result.licence))
        if (!readField(bytes, pos, *field))
            return ELicenceProblem::BadField;
    if (pos != bytes.size()) // nothing after the last field: one licence, one payload
        return ELicenceProblem::WrongSize;
    result.signature = parts->signature;
    return result;
}

QString ELicenceText::describe(ELicenceProblem problem)
{
    switch (problem) {
    case ELicenceProblem::Empty:
        return tr("The scanner read nothing.");
    case ELicenceProblem::TooLong:
    case ELicenceProblem::WrongPrefix:
        return tr("This is not a social security card e-licence.");
    case ELicenceProblem::BadEncoding:
    case ELicenceProblem::WrongSize:
    case ELicenceProblem::BadField:
        return tr("The e-licence was not read completely, or it was altered. Please scan it again.");
    case ELicenceProblem::UnknownVersion:
        return tr("This kind of e-licence is not supported here.");
    }
    return {};
}

ELicenceVerdict verifyELicence(const SignedELicence& signedLicence, const QByteArray& publicKey, qint64 now,
                               int allowedClockSkewSeconds)
{
    return verifySignedText(publicKey, signedLicence.licence.signedMessage(), signedLicence.signature,
                            signedLicence.licence.issuedAt, signedLicence.licence.expiresAt(), now,
                            allowedClockSkewSeconds);
}

} // namespace ssc
