#include "apdu.h"

namespace ssc {
namespace {

// GET RESPONSE rounds before a card that keeps saying "more" is taken as broken.
constexpr int maxRounds = 16;
constexpr int shortData = 255;
constexpr int shortLe = 256;
constexpr int extendedData = 65535;
constexpr int extendedLe = 65536;

QByteArray header(const ApduCommand& c, quint8 cla)
{
    QByteArray h;
    h.append(char(cla)).append(char(c.ins)).append(char(c.p1)).append(char(c.p2));
    return h;
}

void appendTwo(QByteArray& to, int value) // 65536 (Le) is written 0000
{
    to.append(char((value >> 8) & 0xFF)).append(char(value & 0xFF));
}

QByteArray extended(const ApduCommand& c)
{
    QByteArray a = header(c, c.cla);
    a.append('\0'); // the extended marker
    if (!c.data.isEmpty()) {
        appendTwo(a, int(c.data.size()));
        a.append(c.data);
    }
    if (c.le > 0)
        appendTwo(a, c.le);
    return a;
}

// A short APDU expecting an answer of `le` bytes: case 2S (header + Le) or 4S (header + Lc + data + Le).
bool hasShortLe(const QByteArray& c)
{
    return c.size() == 5 || (c.size() > 5 && quint8(c[4]) != 0 && c.size() == 6 + quint8(c[4]));
}

} // namespace

QByteArray apduCommand(quint8 cla, quint8 ins, quint8 p1, quint8 p2, const QByteArray& data,
                       std::optional<quint8> le)
{
    if (data.size() > shortData)
        return {}; // never cut short: the caller meant all of it
    QByteArray c;
    c.append(char(cla)).append(char(ins)).append(char(p1)).append(char(p2));
    if (!data.isEmpty())
        c.append(char(quint8(data.size()))).append(data);
    if (le)
        c.append(char(*le));
    return c;
}

std::optional<QList<QByteArray>> encodeApdu(const ApduCommand& command, const ApduLimits& limits,
                                            QString* problem)
{
    const auto fail = [problem](const QString& why) {
        *problem = why;
        return std::nullopt;
    };
    const qsizetype n = command.data.size();
    if (command.le < 0 || command.le > extendedLe || n > extendedData)
        return fail(QStringLiteral("%1 data bytes, Le %2: beyond any APDU").arg(n).arg(command.le));
    const auto fits = [&](const QByteArray& a) {
        return limits.maxBytes == 0 || a.size() <= limits.maxBytes;
    };
    if (n <= shortData && command.le <= shortLe) {
        const QByteArray a =
            apduCommand(command.cla, command.ins, command.p1, command.p2, command.data,
                        command.le > 0 ? std::optional<quint8>(quint8(command.le & 0xFF)) : std::nullopt);
        if (fits(a))
            return QList<QByteArray>{a};
        return fail(QStringLiteral("a %1-byte command is longer than the reader's messages").arg(a.size()));
    }
    if (limits.extended && fits(extended(command)))
        return QList<QByteArray>{extended(command)};
    if (command.le > shortLe)
        return fail(QStringLiteral("Le %1 needs extended length, which the card or reader does not take")
                        .arg(command.le));
    if (!limits.chaining)
        return fail(QStringLiteral("%1 data bytes need extended length or command chaining; the card or "
                                   "reader takes neither")
                        .arg(n));
    if (command.cla & 0x80) // bit 0x10 of a proprietary class means something else to the card
        return fail(QStringLiteral("%1 data bytes would need chaining, undefined for class %2")
                        .arg(n)
                        .arg(command.cla, 2, 16, QLatin1Char('0')));
    QList<QByteArray> chain;
    for (qsizetype at = 0; at < n; at += shortData) {
        const bool last = at + shortData >= n;
        const QByteArray a = apduCommand(
            last ? command.cla : quint8(command.cla | 0x10), command.ins, command.p1, command.p2,
            command.data.mid(at, shortData),
            last && command.le > 0 ? std::optional<quint8>(quint8(command.le & 0xFF)) : std::nullopt);
        if (!fits(a))
            return fail(QStringLiteral("a %1-byte link is longer than the reader's messages").arg(a.size()));
        chain.append(a);
    }
    return chain;
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
    if (command.size() < 4) {
        m_problem = QStringLiteral("an empty or cut command (data too long for a short APDU?)");
        return std::nullopt;
    }
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
        if (response->sw1() == 0x6C && hasShortLe(command)) { // wrong Le: the same command with the right one
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

std::optional<ApduResponse> ApduChannel::transmit(const ApduCommand& command)
{
    QString problem;
    const auto encoded = encodeApdu(command, m_limits, &problem);
    if (!encoded) {
        m_problem = problem;
        return std::nullopt;
    }
    for (qsizetype i = 0; i < encoded->size(); ++i) {
        auto answer = transmit(encoded->at(i));
        if (!answer || i + 1 == encoded->size() || !answer->ok())
            return answer; // a link the card refused ends the chain with its answer
    }
    return std::nullopt; // not reached: encodeApdu() gives at least one command
}

} // namespace ssc
