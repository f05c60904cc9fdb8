#pragma once

#include "emulatedt1card.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

// One slot of an emulated TPDU-level CCID reader (dwFeatures 0x00010000): what the reader keeps for the chip
// in it between power-on and power-off — the PPS the chip took, the protocol and parameters
// PC_to_RDR_SetParameters chose, and the chip's side of T=1 (EmulatedT1Card) — and how it hands the
// terminal's bytes to the chip. Shared by the one-slot reader (EmulatedCardReader) and the reader with
// several slots (EmulatedSlotReader), where each slot has one, so each chip keeps its own T=1 block
// numbering.
class EmulatedTpduSlot {
public:
    using Reply = QList<std::pair<quint8, QByteArray>>; // (endpoint, message), as the responder answers
    // The chip's APDU processor (a SimulatedCard or a SimulatedPsam).
    using Chip = EmulatedT1Card::Chip;

    // The ATR of an emulated T=1 chip on a TPDU reader: T=1 only, TA1 13, TC1 00, IFSC 16 (TA3), BWI 4 and
    // CWI 5 (TB3), card capabilities 80 (command chaining), TCK.
    static QByteArray t1Atr();

    // A new card session: nothing negotiated yet; the T=1 side as its ATR says (IFSC 16, answers in blocks of
    // 16 bytes at most), returned for faults to be set on it.
    EmulatedT1Card& powerOn();
    // XfrBlock's bytes for `slot`: a PPS before the protocol is set, a T=0 TPDU, or a T=1 block. `apdus`
    // counts the APDUs the chip took. Before SetParameters chose a protocol the reader refuses (bError 0xFD).
    Reply transfer(quint8 sequence, quint8 slot, const QByteArray& data, const Chip& chip, int* apdus);
    // PC_to_RDR_SetParameters for `slot`: T=0's 5 bytes or T=1's 7, answered with RDR_to_PC_Parameters.
    Reply setParameters(quint8 sequence, quint8 slot, int protocol, const QByteArray& data);

    int protocol() const { return m_protocol; }
    QByteArray parameters() const { return m_parameters; }
    QByteArray pps() const { return m_pps; }
    EmulatedT1Card* t1() { return m_t1 ? &*m_t1 : nullptr; }
    EmulatedT1Card::Seen t1Seen() const { return m_t1 ? m_t1->seen() : EmulatedT1Card::Seen{}; }

private:
    std::optional<EmulatedT1Card> m_t1; // new at each power-on
    int m_protocol = -1;                // as SetParameters chose it
    QByteArray m_parameters;
    QByteArray m_pps;
};
