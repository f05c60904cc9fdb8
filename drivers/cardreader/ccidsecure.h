#pragma once

#include <QByteArray>

namespace ssc::ccid {

// Secure PIN entry on a reader with its own PIN pad: PC_to_RDR_Secure (bMessageType 0x69, CCID 1.1 §6.1.11).
// The terminal sends the card's command without the PIN; the reader reads the digits from its own keys,
// formats them as the card wants, writes them into the command's data and sends it to the card. The PIN never
// crosses the USB cable, so the terminal never holds it. The layouts follow the specification's PIN
// verification and PIN modification data structures, which libccid (commands.c, SecurePINVerify and
// SecurePINModify) builds from the PC/SC part 10 structures by dropping bTimeOut2 and ulDataLength.

// How the card takes the PIN the pad reads.
struct PinFormat {
    enum Encoding : quint8 { Binary = 0, Bcd = 1, Ascii = 2 };
    Encoding encoding = Bcd;
    quint8 minDigits = 6;
    quint8 maxDigits = 6;
    quint8 blockBytes = 3;       // the PIN block in the command after formatting
    bool rightJustified = false; // false: the digits start at the block's first byte
};

struct PinEntry {
    PinFormat format;
    quint8 timeoutSeconds = 30;  // the reader gives up (bError F0) when no PIN was entered by then
    quint16 languageId = 0x0804; // zh-CN: the language of the messages on a pad with a display
    QByteArray command;          // the card's APDU; the PIN block bytes are filled in by the reader
    quint8 oldPinOffset = 0;     // modification: where each PIN block goes, in bytes into the command data
    quint8 newPinOffset = 0;
    // bTeoPrologue: on a TPDU reader running T=1, the prologue of the I-block the reader completes (NAD, PCB,
    // LEN; t1::Session::prologue()); empty: zeros, for APDU-level readers and T=0.
    QByteArray teoPrologue;
};

// abData of PC_to_RDR_Secure: bPINOperation 00 and the PIN verification data structure (14 bytes), then the
// command. The person confirms with the pad's OK key (bEntryValidationCondition 02); one message (index 0)
// is shown on a display.
QByteArray pinVerification(const PinEntry& entry);
// bPINOperation 01 and the PIN modification data structure (19 bytes with three messages), then the command:
// the current PIN, the new one and the new one again (bConfirmPIN 03: the reader compares the two itself).
QByteArray pinModification(const PinEntry& entry);

// ccid::secure() (ccidmessage.h) carries either to the reader.

// bError of a failed PC_to_RDR_Secure (CCID 1.1 Table 6.2-2): the person did not finish in time, or pressed
// the pad's cancel key.
constexpr quint8 errorPinTimeout = 0xF0;
constexpr quint8 errorPinCancelled = 0xEF;

} // namespace ssc::ccid
