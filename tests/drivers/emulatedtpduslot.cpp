#include "emulatedtpduslot.h"
#include "emulatedcardreader.h"

QByteArray EmulatedTpduSlot::t1Atr()
{
    return QByteArray::fromHex("3BD5130081311045807300008050");
}

EmulatedT1Card& EmulatedTpduSlot::powerOn()
{
    m_protocol = -1;
    m_parameters.clear();
    m_pps.clear();
    return m_t1.emplace(16, 16);
}

// The reader hands the block to the chip and the chip's block back; before SetParameters chose a protocol it
// refuses with bError 0xFD, the CCID 1.1 "parity error" a chip at the wrong speed and protocol would cause.
EmulatedTpduSlot::Reply EmulatedTpduSlot::transfer(quint8 sequence, quint8 slot, const QByteArray& data,
                                                   const Chip& chip, int* apdus)
{
    const auto to = [&](quint8 status, quint8 error, const QByteArray& bytes = {}) {
        return Reply{{0x82, ccidReply(0x80, sequence, status, error, bytes, slot)}};
    };
    // A PPS request before the protocol is set (ISO 7816-3 §9.2): the chip agrees by echoing it.
    if (m_protocol < 0 && m_pps.isEmpty() && data.size() >= 3 && quint8(data[0]) == 0xFF) {
        quint8 check = 0;
        for (const char c : data)
            check ^= quint8(c);
        if (check != 0)
            return to(0x40, 0xFD);
        m_pps = data;
        return to(0x00, 0, data);
    }
    if (m_protocol == 0 && m_parameters.size() == 5) { // T=0: the reader runs the procedure bytes
        ++*apdus;
        if (data.size() > 5 && quint8(data[4]) != 0 && data.size() == 6 + quint8(data[4]))
            return to(0x00, 0, QByteArray::fromHex("6700")); // no case 4 in T=0
        return to(0x00, 0, chip(data));
    }
    if (m_protocol != 1 || m_parameters.size() != 7 || !m_t1)
        return to(0x40, 0xFD);
    const int before = m_t1->seen().apdus;
    const QByteArray answer = m_t1->receive(data, chip);
    *apdus += m_t1->seen().apdus - before;
    return to(0x00, 0, answer);
}

EmulatedTpduSlot::Reply EmulatedTpduSlot::setParameters(quint8 sequence, quint8 slot, int protocol,
                                                        const QByteArray& data)
{
    if (protocol > 1 || data.size() != (protocol == 1 ? 7 : 5)) // bError 7: the offset of the field in error
        return {{0x82, ccidReply(0x82, sequence, 0x40, 0x07, {}, slot)}};
    m_protocol = protocol;
    m_parameters = data;
    QByteArray r = ccidReply(0x82, sequence, 0x00, 0, data, slot);
    r[9] = char(protocol);
    return {{0x82, r}};
}
