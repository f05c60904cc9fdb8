#include "emulatedt1card.h"

namespace {

quint8 xorOf(const QByteArray& b)
{
    quint8 x = 0;
    for (const char c : b)
        x ^= quint8(c);
    return x;
}

QByteArray block(quint8 pcb, const QByteArray& inf = {})
{
    QByteArray b;
    b.append('\0').append(char(pcb)).append(char(quint8(inf.size()))).append(inf);
    return b.append(char(xorOf(b)));
}

} // namespace

void EmulatedT1Card::askTimeBefore(int answer, quint8 multiplier)
{
    m_wtxAt = m_seen.apdus + answer;
    m_wtxMultiplier = multiplier;
}

void EmulatedT1Card::corruptAnswer(int answer)
{
    m_corruptAt = m_seen.apdus + answer;
}

void EmulatedT1Card::announceIfscBefore(int answer, quint8 size)
{
    m_ifsAt = m_seen.apdus + answer;
    m_newIfsc = size;
}

QByteArray EmulatedT1Card::remember(const QByteArray& b)
{
    m_last = b;
    return b;
}

QByteArray EmulatedT1Card::sendNext()
{
    const QByteArray inf = m_out.takeFirst();
    const bool more = !m_out.isEmpty();
    if (more)
        ++m_seen.chainedAnswerBlocks;
    QByteArray b = remember(block(quint8(m_ns << 6 | (more ? 0x20 : 0)), inf));
    m_ns ^= 1;
    if (std::exchange(m_corruptThis, false))
        b[b.size() - 1] = char(b.back() ^ 0x5A); // on the wire only: a retransmission is good again
    return b;
}

QByteArray EmulatedT1Card::receive(const QByteArray& in, const Chip& chip)
{
    if (m_lose > 0) {
        --m_lose;
        ++m_seen.badBlocks;
        return block(quint8(0x80 | m_nr << 4 | 0x01)); // parity error: R(N(R)) with error 1
    }
    if (in.size() < 4 || in.size() != 4 + quint8(in[2]) || xorOf(in) != 0) {
        ++m_seen.badBlocks;
        return block(quint8(0x80 | m_nr << 4 | 0x01));
    }
    const quint8 pcb = quint8(in[1]);
    const QByteArray inf = in.mid(3, quint8(in[2]));
    if ((pcb & 0xC0) == 0xC0) { // S-block
        switch (pcb) {
        case 0xC1: // IFS request: the terminal's IFSD
            m_seen.ifsd = quint8(inf.isEmpty() ? 0 : inf[0]);
            return block(0xE1, inf);
        case 0xC0: // RESYNCH request
            ++m_seen.resyncs;
            m_ns = m_nr = 0;
            m_command.clear();
            m_out.clear();
            m_holding = false;
            return remember(block(0xE0));
        case 0xE1: // IFS response to the card's own request: its new IFSC holds, the answer follows
            if (!m_holding || inf != QByteArray(1, char(m_newIfsc)))
                break;
            m_holding = false;
            m_ifsc = m_newIfsc;
            ++m_seen.ifsAnswered;
            return sendNext();
        case 0xE3: // WTX response: the time was granted, the answer follows
            if (!m_holding)
                break;
            m_holding = false;
            ++m_seen.wtxGranted;
            m_seen.wtxAnswer = quint8(inf.isEmpty() ? 0 : inf[0]);
            return sendNext();
        default:
            break;
        }
        return block(quint8(0x80 | m_nr << 4 | 0x02));
    }
    if ((pcb & 0xC0) == 0x80) { // R-block
        const int nr = (pcb >> 4) & 1;
        if (!m_out.isEmpty() && nr == m_ns && !m_holding)
            return sendNext(); // the terminal acknowledged a block of the answer's chain
        ++m_seen.retransmissionRequests;
        return m_last;
    }
    // I-block
    if (((pcb >> 6) & 1) != m_nr)
        return m_last; // a block already taken: the terminal lost the card's answer to it
    m_nr ^= 1;
    if (inf.size() > m_ifsc)
        return block(quint8(0x80 | m_nr << 4 | 0x02));
    m_command += inf;
    if (pcb & 0x20) { // more to come: acknowledge with the next N(S) expected
        ++m_seen.chainedCommandBlocks;
        return remember(block(quint8(0x80 | m_nr << 4)));
    }
    ++m_seen.apdus;
    m_seen.apduLog.append(m_command);
    const QByteArray answer = chip(std::exchange(m_command, {}));
    const int size = std::min(m_chunk, m_seen.ifsd);
    for (qsizetype at = 0; at < answer.size(); at += size)
        m_out.append(answer.mid(at, size));
    if (m_out.isEmpty())
        m_out.append(QByteArray());
    m_corruptThis = m_seen.apdus == m_corruptAt;
    if (m_seen.apdus == m_ifsAt) {
        m_holding = true;
        return remember(block(0xC1, QByteArray(1, char(m_newIfsc))));
    }
    if (m_seen.apdus == m_wtxAt) {
        m_holding = true;
        return remember(block(0xC3, QByteArray(1, char(m_wtxMultiplier))));
    }
    return sendNext();
}
