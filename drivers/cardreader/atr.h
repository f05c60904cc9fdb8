#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ssc {

// The card's Answer To Reset (ISO/IEC 7816-3 §8.2), as a CCID reader hands it over after IccPowerOn: TS, the
// format byte T0, the interface bytes TAi/TBi/TCi/TDi, the historical bytes and the check byte TCK. Parsed
// into plain values, so the reader driver can choose a protocol, negotiate the speed (PPS) and set the T=1
// block sizes without knowing the encoding. Pure functions over bytes: fuzzed (fuzz_atr).
struct Atr {
    bool inverseConvention = false; // TS 3F; CCID readers hand over the bytes already in direct order
    quint8 ta1 = 0x11;              // Fi (high nibble) and Di (low): 0x11, the default speed, when absent
    bool ta1Present = false;
    quint8 extraGuardTime = 0; // TC1 (N)
    // TA2 present: the card is in specific mode and runs `specificProtocol` at once, no PPS allowed;
    // `specificUsesTa1` false (bit 5 of TA2 set) means it keeps the default speed, not TA1's.
    std::optional<int> specificProtocol;
    bool specificUsesTa1 = true;
    bool specificModeChangeable = false; // bit 8 of TA2 clear: a warm reset may bring negotiable mode
    quint8 waitingIntegerT0 = 10;        // TC2 (WI), T=0 work waiting time
    QList<int> protocols;                // offered, in the card's order; T=0 alone when no TD1
    // T=1 parameters, from the first TAi/TBi/TCi (i > 2) after a TD(i-1) naming T=1.
    quint8 ifsc = 32; // TA: the card's information field size
    quint8 bwi = 4;   // TB high nibble: block waiting time integer
    quint8 cwi = 13;  // TB low nibble: character waiting time integer
    bool crc = false; // TC bit 1: the epilogue is a CRC, not an LRC
    QByteArray historical;
    bool checksumPresent = false; // TCK: present whenever a protocol other than T=0 is named
    bool checksumOk = true;       // XOR of T0..TCK is 0 (true when there is no TCK)

    int firstProtocol() const { return protocols.isEmpty() ? 0 : protocols.first(); }
    bool offers(int protocol) const { return protocols.contains(protocol); }
    // Clock rate conversion F and baud rate adjustment D of TA1 (ISO 7816-3 Tables 7 and 8); 0 for a
    // reserved value.
    int fi() const;
    int di() const;
};

// Empty optional with `problem` set when the bytes are not one ATR: a wrong TS, interface or historical bytes
// cut off, a missing TCK, bytes after the end, more than 33 bytes. A wrong TCK is not refused here: it is
// reported in `checksumOk`, for the driver to decide.
std::optional<Atr> parseAtr(const QByteArray& bytes, QString* problem);

// What the historical bytes say about the card's commands (ISO 7816-4 §8.1.1.2.7, card capabilities, compact
// TLV tag 7): command chaining (CLA bit 0x10) and extended Lc/Le fields. Both false when the card says
// nothing.
struct CardCapabilities {
    bool commandChaining = false;
    bool extendedLength = false;
};
CardCapabilities cardCapabilities(const QByteArray& historical);

} // namespace ssc
