#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace ssc::t1 {

// The block transmission protocol T=1 (ISO/IEC 7816-3 §11), for TPDU-level CCID readers: the terminal frames
// every APDU in blocks — NAD, PCB, LEN, the information field, an LRC — and keeps the exchange going through
// lost and corrupted blocks. Written from the standard, read against libccid (openct/proto-t1.c). The card's
// CRC epilogue (TC3 bit 1) is not supported: the driver refuses such a card rather than garble it.
struct Block {
    quint8 nad = 0;
    quint8 pcb = 0;
    QByteArray inf;

    bool isI() const { return !(pcb & 0x80); }
    bool isR() const { return (pcb & 0xC0) == 0x80; }
    bool isS() const { return (pcb & 0xC0) == 0xC0; }
    int sequence() const { return isI() ? (pcb >> 6) & 1 : (pcb >> 4) & 1; } // N(S) of an I-block, N(R) of R
    bool more() const { return isI() && (pcb & 0x20); }
};

enum SBlock : quint8 { // PCB of S-blocks; | 0x20 for the response
    Resynch = 0xC0,
    Ifs = 0xC1,
    AbortChain = 0xC2,
    Wtx = 0xC3,
    Response = 0x20,
};

quint8 lrc(const QByteArray& bytes);
QByteArray encode(const Block& block);
// Empty optional with `problem` for a block that is too short, whose LEN disagrees with its size, whose LEN
// is FF (reserved), or whose LRC is wrong.
std::optional<Block> decode(const QByteArray& bytes, QString* problem);

QByteArray iBlock(int sequence, bool more, const QByteArray& inf);
QByteArray rBlock(int sequence, quint8 error = 0); // error 1: EDC or parity, 2: another error
QByteArray sBlock(quint8 pcb, const QByteArray& inf = {});

// One card session in T=1. The exchange sends one block and returns the block the card sent back (raw
// bytes), or nothing when the reader reported no answer (the card was mute: a lost block). `bwi` is the
// waiting-time multiplier the card asked for with S(WTX), 0 when none, for the reader to wait that much
// longer.
class Session {
public:
    using Exchange = std::function<std::optional<QByteArray>(const QByteArray& block, quint8 wtx)>;

    Session(Exchange exchange, int ifsc);

    // S(IFS request) with the terminal's IFSD; false when the card does not answer it.
    bool negotiateIfsd(int ifsd, QString* problem);
    // The APDU in I-blocks of at most IFSC bytes (chained with the M bit), the card's answer reassembled from
    // its chained I-blocks. A corrupted or lost block is asked again (R-block), up to three times in a row,
    // then the session is resynchronised (S(RESYNCH)) and the APDU sent once more; S(WTX) and S(IFS) from the
    // card are answered. Empty with `problem` when the card cannot be brought back.
    std::optional<QByteArray> transmit(const QByteArray& apdu, QString* problem);

    // A command the reader completes and frames itself (PC_to_RDR_Secure on a TPDU reader, as libccid's
    // SecurePINVerify does): the prologue of the terminal's next I-block for `length` bytes of command, and
    // the card's answer block taken back into the block numbering (a WTX it asks for is granted first).
    QByteArray prologue(int length) const;
    std::optional<QByteArray> takeAnswer(const QByteArray& cardBlock, QString* problem);

    int ifsc() const { return m_ifsc; }
    // For tests and the log: blocks sent again, R-blocks asked, time extensions granted, resynchronisations.
    struct Counts {
        int resent = 0;
        int retransmissionsAsked = 0;
        int timeExtensions = 0;
        int resyncs = 0;
    };
    Counts counts() const { return m_counts; }

private:
    enum class Outcome { Done, Failed, Resync };
    Outcome attempt(const QByteArray& apdu, QByteArray* answer, QString* problem);
    bool resynchronise(QString* problem);

    Exchange m_exchange;
    int m_ifsc;
    int m_ns = 0; // N(S) of the terminal's next I-block
    int m_nr = 0; // N(S) expected in the card's next I-block
    Counts m_counts;
};

} // namespace ssc::t1
