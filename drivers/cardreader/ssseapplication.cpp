#include "ssseapplication.h"
#include "security/secretwipe.h"

namespace ssc {
namespace {

// "sx1.sh." followed by 社会保障 in GB2312.
const QByteArray ssseAid = QByteArray::fromHex("7378312E73682EC9E7BBE1B1A3D5CF");
// EF06's fields: name, social security number, sex, birth date (rules.md §2).
constexpr std::initializer_list<quint8> holderTags{0x08, 0x09, 0x0A, 0x0D};

} // namespace

bool SsseApplication::select(const QByteArray& command, const char* what, Read& read)
{
    const auto answer = m_channel.transmit(command);
    if (!answer) {
        read.failure = ReadFailure::NoAnswer;
        read.problem = QStringLiteral("%1: %2").arg(QLatin1String(what), m_channel.problem());
        return false;
    }
    if (!answer->ok()) {
        read.failure = ReadFailure::NotSocialSecurityCard;
        read.problem =
            QStringLiteral("%1 answered %2").arg(QLatin1String(what)).arg(answer->sw, 4, 16, QChar(u'0'));
        return false;
    }
    return true;
}

bool SsseApplication::readFile(quint8 file, std::initializer_list<quint8> tags, bool required, Read& read)
{
    const char* name = file == 0x05 ? "select EF05" : "select EF06";
    const auto selected = m_channel.transmit(
        apduCommand(0x00, 0xA4, 0x02, 0x00, QByteArray::fromHex(file == 0x05 ? "EF05" : "EF06")));
    if (!selected) {
        read.failure = ReadFailure::NoAnswer;
        read.problem = QStringLiteral("%1: %2").arg(QLatin1String(name), m_channel.problem());
        return false;
    }
    if (!selected->ok()) {
        read.holderFileRefused = selected->sw;
        return !required; // generation 3 without a PSAM: EF06 is not for us
    }
    for (const quint8 tag : tags) {
        // Le 0: the card says the length (6Cxx), ApduChannel resends with it.
        const auto record = m_channel.transmit(apduCommand(0x00, 0xB2, tag, 0x00, {}, quint8(0)));
        if (!record) {
            read.failure = ReadFailure::NoAnswer;
            read.problem =
                QStringLiteral("read tag %1: %2").arg(tag, 2, 16, QChar(u'0')).arg(m_channel.problem());
            return false;
        }
        if (!record->ok()) {
            if (required) {
                read.failure = ReadFailure::Malformed;
                read.problem = QStringLiteral("read tag %1 answered %2")
                                   .arg(tag, 2, 16, QChar(u'0'))
                                   .arg(record->sw, 4, 16, QChar(u'0'));
                return false;
            }
            continue; // a protected field of a generation 3 card
        }
        const auto value = recordValue(record->data, tag);
        if (!value || !decodeCardField(read.files, tag, *value)) {
            read.failure = ReadFailure::Malformed;
            read.problem = QStringLiteral("tag %1 is not well formed").arg(tag, 2, 16, QChar(u'0'));
            return false;
        }
    }
    return true;
}

SsseApplication::Read SsseApplication::read(const Authenticator& authenticator)
{
    Read read;
    if (!select(apduCommand(0x00, 0xA4, 0x04, 0x00, ssseAid), "select SSSE", read))
        return read;
    if (!readFile(0x05, {0x01, 0x02, 0x03, 0x05, 0x06, 0x07}, true, read))
        return read;
    if (read.files.cardIdentifier.isEmpty()) {
        read.failure = ReadFailure::Malformed;
        read.problem = QStringLiteral("no card identifier");
        return read;
    }
    if (!readFile(0x06, holderTags, false, read))
        return read;
    if (read.holderFileRefused == 0x6982 && authenticator &&
        externalAuthenticate(read.files.cardIdentifier, authenticator)) {
        read.terminalAuthenticated = true;
        read.holderFileRefused = 0;
        readFile(0x06, holderTags, false, read);
    }
    return read;
}

bool SsseApplication::openHolderFile(const Authenticator& authenticator, CardFiles& files)
{
    if (!authenticator || files.cardIdentifier.isEmpty() ||
        !externalAuthenticate(files.cardIdentifier, authenticator))
        return false;
    Read read;
    read.files = files;
    if (!readFile(0x06, holderTags, false, read) || read.holderFileRefused != 0 ||
        !read.files.hasHolderData())
        return false;
    files = read.files;
    return true;
}

// GET CHALLENGE to the card, the PSAM's cryptogram over it, EXTERNAL AUTHENTICATE back (key 01, rules.md §2).
bool SsseApplication::externalAuthenticate(const QString& cardIdentifier, const Authenticator& authenticator)
{
    const QByteArray challenge = getChallenge();
    if (challenge.isEmpty())
        return false;
    const auto cryptogram = authenticator(cardIdentifier, challenge);
    if (!cryptogram)
        return false;
    const auto answer = m_channel.transmit(apduCommand(0x00, 0x82, 0x00, 0x01, *cryptogram));
    return answer && answer->ok();
}

namespace {

bool sixDigits(const QString& pin)
{
    return pin.size() == 6 && std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); });
}

// Six digits as the card takes them: 3 BCD bytes.
QByteArray bcdPin(const QString& pin)
{
    QByteArray bcd(3, '\0');
    for (int i = 0; i < 3; ++i)
        bcd[i] = char((pin[2 * i].digitValue() << 4) | pin[2 * i + 1].digitValue());
    return bcd;
}

} // namespace

// What the card said to a PIN it was given (VERIFY, CHANGE PIN): accepted, wrong with the tries left (63Cx),
// or blocked (6983, or 63C0).
SsseApplication::PinCheck SsseApplication::pinAnswer(const std::optional<ApduResponse>& answer)
{
    if (!answer)
        return {PinOutcome::NoAnswer, -1};
    if (answer->ok())
        return {PinOutcome::Accepted, -1};
    if (answer->sw1() == 0x63 && (answer->sw2() & 0xF0) == 0xC0) {
        const int left = answer->sw2() & 0x0F;
        return {left == 0 ? PinOutcome::Blocked : PinOutcome::Wrong, left};
    }
    if (answer->sw == 0x6983)
        return {PinOutcome::Blocked, 0};
    return {PinOutcome::Refused, -1};
}

QByteArray SsseApplication::verifyPinTemplate()
{
    return apduCommand(0x00, 0x20, 0x00, 0x00, QByteArray(pinBytes, '\0'));
}

QByteArray SsseApplication::changePinTemplate()
{
    return apduCommand(0x80, 0x5E, 0x01, 0x00,
                       QByteArray(pinBytes, '\0') + QByteArray(1, char(0xFF)) + QByteArray(pinBytes, '\0'));
}

SsseApplication::PinCheck SsseApplication::verifyPin(const QString& pin)
{
    if (!sixDigits(pin))
        return {PinOutcome::Refused, -1};
    QByteArray bcd = bcdPin(pin);
    QByteArray command = apduCommand(0x00, 0x20, 0x00, 0x00, bcd);
    wipeSecret(bcd);
    const auto answer = m_channel.transmit(command);
    wipeSecret(command);
    return pinAnswer(answer);
}

SsseApplication::PinCheck SsseApplication::changePin(const QString& oldPin, const QString& newPin)
{
    if (!sixDigits(oldPin) || !sixDigits(newPin))
        return {PinOutcome::Refused, -1};
    QByteArray data = bcdPin(oldPin) + QByteArray(1, char(0xFF)) + bcdPin(newPin);
    QByteArray command = apduCommand(0x80, 0x5E, 0x01, 0x00, data);
    wipeSecret(data);
    const auto answer = m_channel.transmit(command);
    wipeSecret(command);
    return pinAnswer(answer);
}

QByteArray SsseApplication::getChallenge()
{
    const auto answer = m_channel.transmit(QByteArray::fromHex("0084000008"));
    if (!answer || !answer->ok() || answer->data.size() != 8)
        return {};
    return answer->data;
}

SsseApplication::PinCheck SsseApplication::resetPin(const QString& newPin, const QByteArray& mac)
{
    if (!sixDigits(newPin) || mac.size() != 4)
        return {PinOutcome::Refused, -1};
    QByteArray data = bcdPin(newPin) + mac;
    QByteArray command = apduCommand(0x80, 0x5E, 0x00, 0x00, data);
    wipeSecret(data);
    const auto answer = m_channel.transmit(command);
    wipeSecret(command);
    return pinAnswer(answer);
}

SsseApplication::Authentication SsseApplication::internalAuthenticate(const QByteArray& challenge)
{
    if (challenge.size() != 16)
        return {AuthenticationOutcome::Refused, {}};
    const auto answer = m_channel.transmit(apduCommand(0x00, 0x88, 0x00, 0x00, challenge, quint8(0)));
    if (!answer)
        return {AuthenticationOutcome::NoAnswer, {}};
    if (answer->sw == 0x6982)
        return {AuthenticationOutcome::PinNotVerified, {}};
    if (!answer->ok() || answer->data.size() != 16)
        return {AuthenticationOutcome::Refused, {}};
    return {AuthenticationOutcome::Answered, answer->data};
}

} // namespace ssc
