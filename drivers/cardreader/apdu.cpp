#include "apdu.h"

namespace ssc {
namespace {

// GET RESPONSE rounds before a card that keeps saying "more" is taken as broken.
constexpr int maxRounds = 16;

} // namespace

QByteArray apduCommand(quint8 cla, quint8 ins, quint8 p1, quint8 p2, const QByteArray& data,
                       std::optional<quint8> le)
{
    QByteArray c;
    c.append(char(cla)).append(char(ins)).append(char(p1)).append(char(p2));
    if (!data.isEmpty())
        c.append(char(quint8(data.size()))).append(data);
    if (le)
        c.append(char(*le));
    return c;
}

std::optional<ApduResponse> parseApduResponse(const QByteArray& raw)
{
    if (raw.size() < 2)
        return std::nullopt;
    return ApduResponse{raw.left(raw.size() - 2),
                        quint16((quint8(raw[raw.size() - 2]) << 8) | quint8(raw[raw.size() - 1]))};
}

std::optional<ApduResponse> ApduChannel::transmit(const QByteArray& command)
{
    m_problem.clear();
    QByteArray next = command;
    QByteArray collected;
    for (int round = 0; round < maxRounds; ++round) {
        const std::optional<QByteArray> raw = m_transport(next);
        if (!raw) {
            m_problem = QStringLiteral("no answer from the card");
            return std::nullopt;
        }
        auto response = parseApduResponse(*raw);
        if (!response) {
            m_problem = QStringLiteral("an answer shorter than a status word");
            return std::nullopt;
        }
        collected += response->data;
        if (response->sw1() == 0x61) { // more data waiting: GET RESPONSE for it
            next = apduCommand(0x00, 0xC0, 0x00, 0x00, {}, response->sw2());
            continue;
        }
        if (response->sw1() == 0x6C && command.size() >= 5) { // wrong Le: the same command with the right one
            next = command;
            next[next.size() - 1] = char(response->sw2());
            collected.clear();
            continue;
        }
        response->data = collected;
        return response;
    }
    m_problem = QStringLiteral("the card kept asking for more rounds");
    return std::nullopt;
}

} // namespace ssc
