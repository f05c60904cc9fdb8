#include "atr.h"

namespace ssc {
namespace {

constexpr int maxAtrBytes = 33; // ISO 7816-3 §8.2.1: TS and at most 32 characters

} // namespace

int Atr::fi() const
{
    static constexpr int table[16] = {372, 372, 558, 744,  1116, 1488, 1860, 0,
                                      0,   512, 768, 1024, 1536, 2048, 0,    0};
    return table[ta1 >> 4];
}

int Atr::di() const
{
    static constexpr int table[16] = {0, 1, 2, 4, 8, 16, 32, 64, 12, 20, 0, 0, 0, 0, 0, 0};
    return table[ta1 & 0x0F];
}

std::optional<Atr> parseAtr(const QByteArray& bytes, QString* problem)
{
    const auto fail = [problem](const char* what) {
        *problem = QString::fromLatin1(what);
        return std::nullopt;
    };
    if (bytes.size() < 2)
        return fail("shorter than TS and T0");
    if (bytes.size() > maxAtrBytes)
        return fail("longer than 33 bytes");
    Atr atr;
    const quint8 ts = quint8(bytes[0]);
    if (ts != 0x3B && ts != 0x3F)
        return fail("TS is neither 3B nor 3F");
    atr.inverseConvention = ts == 0x3F;
    const quint8 t0 = quint8(bytes[1]);
    const int historicalCount = t0 & 0x0F;
    int at = 2;
    quint8 presence = t0 >> 4; // which of TAi, TBi, TCi, TDi follow
    int protocolBefore = -1;   // the T named by TD(i-1); -1 before TD1
    bool t1Seen = false;       // the T=1 specific bytes are taken from their first group only
    bool otherThanT0 = false;
    for (int i = 1;; ++i) {
        std::optional<quint8> ta, tb, tc, td;
        for (int bit = 0; bit < 4; ++bit) {
            if (!(presence & (1 << bit)))
                continue;
            if (at >= bytes.size())
                return fail("interface bytes cut off");
            const quint8 b = quint8(bytes[at++]);
            (bit == 0 ? ta : bit == 1 ? tb : bit == 2 ? tc : td) = b;
        }
        if (i == 1) {
            if (ta) {
                atr.ta1 = *ta;
                atr.ta1Present = true;
            }
            if (tc)
                atr.extraGuardTime = *tc;
        } else if (i == 2) {
            if (ta) {
                atr.specificProtocol = *ta & 0x0F;
                atr.specificUsesTa1 = !(*ta & 0x10);
                atr.specificModeChangeable = !(*ta & 0x80);
            }
            if (tc)
                atr.waitingIntegerT0 = *tc;
        } else if (protocolBefore == 1 && !t1Seen) {
            t1Seen = true;
            if (ta)
                atr.ifsc = *ta;
            if (tb) {
                atr.bwi = *tb >> 4;
                atr.cwi = *tb & 0x0F;
            }
            if (tc)
                atr.crc = (*tc & 0x01) != 0;
        }
        if (!td)
            break;
        const int protocol = *td & 0x0F;
        if (protocol != 15 && !atr.protocols.contains(protocol)) // T=15 names global bytes, not a protocol
            atr.protocols.append(protocol);
        if (protocol != 0)
            otherThanT0 = true;
        protocolBefore = protocol;
        presence = *td >> 4;
    }
    if (atr.protocols.isEmpty())
        atr.protocols.append(0);
    if (at + historicalCount > bytes.size())
        return fail("historical bytes cut off");
    atr.historical = bytes.mid(at, historicalCount);
    at += historicalCount;
    if (otherThanT0) {
        if (at >= bytes.size())
            return fail("TCK missing");
        atr.checksumPresent = true;
        quint8 x = 0;
        for (int k = 1; k <= at; ++k)
            x ^= quint8(bytes[k]);
        atr.checksumOk = x == 0;
        ++at;
    }
    if (at != bytes.size())
        return fail("bytes after the ATR");
    if (atr.ifsc == 0 || atr.ifsc == 0xFF)
        return fail("reserved IFSC");
    return atr;
}

CardCapabilities cardCapabilities(const QByteArray& historical)
{
    CardCapabilities caps;
    // Category indicator 80: compact-TLV objects fill the rest; 00: the same, with three status bytes at the
    // end. Any other category (10: a DIR reference, or proprietary) carries no capabilities here.
    if (historical.isEmpty())
        return caps;
    const quint8 category = quint8(historical[0]);
    qsizetype end = historical.size();
    if (category == 0x00)
        end -= 3;
    else if (category != 0x80)
        return caps;
    for (qsizetype at = 1; at < end;) {
        const quint8 tag = quint8(historical[at]) >> 4;
        const int length = quint8(historical[at]) & 0x0F;
        if (at + 1 + length > end)
            break; // a truncated object: whatever came before stands
        if (tag == 0x7 && length >= 3) {
            const quint8 third = quint8(historical[at + 3]);
            caps.commandChaining = (third & 0x80) != 0;
            caps.extendedLength = (third & 0x40) != 0;
        }
        at += 1 + length;
    }
    return caps;
}

} // namespace ssc
