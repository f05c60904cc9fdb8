#pragma once

#include "apdu.h"
#include "atr.h"
#include "ccidmessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ssc {

// How the terminal talks to the card in a reader's slot, decided from the card's ATR and the reader's class
// descriptor before the first command — the choices libccid makes in IFDHSetProtocolParameters
// (ifdhandler.c):
// - the protocol: TA2's in specific mode, else the card's first one the reader supports;
// - PPS (ISO 7816-3 §9): only on a TPDU reader that does not negotiate by itself (dwFeatures 0x40 or 0x80),
// in
//   negotiable mode, when another protocol or TA1's faster speed is wanted and the reader reaches that speed;
// - PC_to_RDR_SetParameters: on a TPDU reader unless it negotiates on its own (0x40): TA1 (or 11), the
//   convention, TC1, and T=0's WI or T=1's BWI/CWI and IFSC;
// - T=1's IFSD negotiation with S(IFS): unless the reader does it (0x400);
// - the APDU limits (apdu.h): extended length and chaining as the card's historical bytes and the reader
// allow. APDU-level readers do all of the card's side themselves: only the limits apply.
struct CardLink {
    int protocol = 0;
    QByteArray pps;                       // the PPS request to send first; empty: none
    std::optional<QByteArray> parameters; // abProtocolDataStructure for SetParameters; none: the reader's job
    bool tpdu = false;                    // the terminal frames T=1 blocks or T=0 TPDUs itself
    bool negotiateIfsd = false;
    int ifsd = 254;
    int ifsc = 32;
    ApduLimits limits;
};

// Empty optional with `problem` when the reader cannot run the card: no protocol in common, a T=1 card that
// wants a CRC epilogue, specific mode with implicit parameters or at a speed the reader does not reach.
std::optional<CardLink> planCardLink(const Atr& atr, const ccid::ClassDescriptor& reader, QString* problem);

// The PPS request for `protocol`, with PPS1 when given; the card's answer must repeat it (§9.3).
QByteArray ppsRequest(int protocol, std::optional<quint8> pps1);

// A T=0 TPDU from a short APDU (ISO 7816-4 Annex A, what pcscd does for a TPDU reader): case 1 gets P3 00,
// case 4 loses its Le (the card answers 61xx and GET RESPONSE fetches the data).
QByteArray t0Tpdu(const QByteArray& apdu);

} // namespace ssc
