#include "psam.h"

namespace ssc {
namespace {

constexpr int cryptogramBytes = 8; // cardauth::externalCryptogramBytes; the driver does no cryptography
constexpr int challengeBytes = 8;

} // namespace

QByteArray Psam::dfName()
{
    return QByteArray::fromHex("D156000005") + QByteArrayLiteral("PSAM");
}

bool Psam::identify()
{
    const auto answer = m_channel.transmit(apduCommand(0x00, 0xA4, 0x04, 0x00, dfName()));
    return answer && answer->ok();
}

QByteArray Psam::cryptogramCommand(const QByteArray& identifier, const QByteArray& cardChallenge)
{
    return apduCommand(0x80, 0xFA, 0x00, 0x00, identifier + cardChallenge, quint8(cryptogramBytes));
}

std::optional<QByteArray> Psam::cryptogramFrom(const std::optional<ApduResponse>& answer)
{
    if (!answer || !answer->ok() || answer->data.size() != cryptogramBytes)
        return std::nullopt;
    return answer->data;
}

std::optional<QByteArray> Psam::externalCryptogram(const QString& cardIdentifier,
                                                   const QByteArray& cardChallenge)
{
    const QByteArray identifier = QByteArray::fromHex(cardIdentifier.toLatin1());
    if (identifier.size() != 16 || cardChallenge.size() != challengeBytes)
        return std::nullopt;
    return cryptogramFrom(m_channel.transmit(cryptogramCommand(identifier, cardChallenge)));
}

} // namespace ssc
