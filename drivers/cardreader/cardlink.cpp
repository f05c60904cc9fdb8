#include "cardlink.h"

namespace ssc {
namespace {

// Bits per second at the reader's default clock with TA1's F and D (ISO 7816-3 §7.1: f × D / F).
quint32 baudRate(const Atr& atr, const ccid::ClassDescriptor& reader)
{
    if (atr.fi() == 0 || atr.di() == 0)
        return 0;
    return quint32(quint64(reader.defaultClockKhz) * 1000 * quint64(atr.di()) / quint64(atr.fi()));
}

bool readerRuns(const ccid::ClassDescriptor& reader, int protocol)
{
    return protocol <= 1 && (reader.protocols & (1u << protocol)) != 0;
}

} // namespace

QByteArray ppsRequest(int protocol, std::optional<quint8> pps1)
{
    QByteArray pps;
    pps.append(char(0xFF)).append(char(quint8(protocol & 0x0F) | (pps1 ? 0x10 : 0x00)));
    if (pps1)
        pps.append(char(*pps1));
    quint8 pck = 0;
    for (const char c : pps)
        pck ^= quint8(c);
    return pps.append(char(pck));
}

QByteArray t0Tpdu(const QByteArray& apdu)
{
    if (apdu.size() == 4)
        return apdu + QByteArray(1, '\0');
    if (apdu.size() > 5 && quint8(apdu[4]) != 0 && apdu.size() == 6 + quint8(apdu[4]))
        return apdu.left(apdu.size() - 1);
    return apdu;
}

std::optional<CardLink> planCardLink(const Atr& atr, const ccid::ClassDescriptor& reader, QString* problem)
{
    const auto fail = [problem](const QString& why) {
        *problem = why;
        return std::nullopt;
    };
    CardLink link;
    if (atr.specificProtocol) {
        link.protocol = *atr.specificProtocol;
        if (!readerRuns(reader, link.protocol))
            return fail(
                QStringLiteral("the card runs only T=%1, which the reader does not").arg(link.protocol));
    } else {
        link.protocol = -1;
        for (const int p : atr.protocols)
            if (readerRuns(reader, p)) {
                link.protocol = p;
                break;
            }
        if (link.protocol < 0)
            return fail(QStringLiteral("no protocol the card offers is one the reader runs"));
    }
    if (link.protocol == 1 && atr.crc)
        return fail(QStringLiteral("the card wants a T=1 CRC, which this terminal does not compute"));
    const CardCapabilities card = cardCapabilities(atr.historical);
    link.limits.chaining = card.commandChaining;
    if (!reader.tpduLevel()) {
        link.limits.extended = card.extendedLength && reader.has(ccid::ClassDescriptor::ExtendedApduLevel);
        link.limits.maxBytes = qsizetype(reader.maxMessageLength) - ccid::headerSize;
        return link;
    }
    link.tpdu = true;
    // The speed: TA1's when the card may run faster than the default and the reader reaches it.
    const quint32 rate = baudRate(atr, reader);
    const quint32 defaultRate = reader.defaultClockKhz * 1000 / 372;
    const bool fast = atr.ta1Present && rate > defaultRate && rate <= reader.maxDataRate;
    quint8 fidi = 0x11;
    if (atr.specificProtocol) {
        if (!atr.specificUsesTa1)
            return fail(QStringLiteral("the card's specific mode uses implicit parameters"));
        if (atr.ta1Present && rate > reader.maxDataRate)
            return fail(QStringLiteral("the card's fixed speed (%1 bit/s) is beyond the reader's").arg(rate));
        fidi = atr.ta1;
    } else if (!reader.has(ccid::ClassDescriptor::AutoPpsProprietary)) {
        if (fast)
            fidi = atr.ta1;
        // The reader sends the PPS itself from SetParameters (0x80), or the terminal does it here.
        if (!reader.has(ccid::ClassDescriptor::AutoPpsCurrent) &&
            (fast || link.protocol != atr.firstProtocol()))
            link.pps = ppsRequest(link.protocol, fast ? std::optional<quint8>(atr.ta1) : std::nullopt);
    }
    if (!reader.has(ccid::ClassDescriptor::AutoPpsProprietary)) {
        QByteArray p;
        const quint8 convention = atr.inverseConvention ? 0x02 : 0x00;
        if (link.protocol == 1) {
            p.append(char(fidi)).append(char(0x10 | convention)).append(char(atr.extraGuardTime));
            p.append(char(quint8(atr.bwi << 4 | atr.cwi))).append('\0'); // bClockStop: not allowed
            p.append(char(atr.ifsc)).append('\0');                       // bNadValue 0
        } else {
            p.append(char(fidi)).append(char(convention)).append(char(atr.extraGuardTime));
            p.append(char(atr.waitingIntegerT0)).append('\0');
        }
        link.parameters = p;
    }
    if (link.protocol == 1) {
        link.ifsc = atr.ifsc;
        link.ifsd = int(std::min<quint32>(reader.maxIfsd ? reader.maxIfsd : 32, 254));
        link.negotiateIfsd = !reader.has(ccid::ClassDescriptor::AutoIfsd);
        link.limits.extended = card.extendedLength; // T=1 blocks carry any length
    } else {
        link.limits.maxBytes = qsizetype(reader.maxMessageLength) - ccid::headerSize; // one TPDU per message
    }
    return link;
}

} // namespace ssc
