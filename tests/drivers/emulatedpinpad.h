#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

// What a CCID reader with its own PIN pad does with PC_to_RDR_Secure (CCID 1.1 §6.1.11), written from the
// specification for the emulated reader, independently of the driver's ccidsecure.cpp: it reads the PIN
// verification or modification data structure, takes the PINs the person typed on its keys, formats them as
// the structure says (binary, BCD or ASCII; left or right justified; the block's size) and writes them into
// the card's command at the place the structure names. The result is the APDU the reader sends the card.
struct PadRequest {
    bool modify = false; // bPINOperation 01
    quint8 timeoutSeconds = 0;
    quint8 formatString = 0; // bmFormatString
    quint8 blockString = 0;  // bmPINBlockString
    quint8 lengthFormat = 0; // bmPINLengthFormat
    quint8 oldPinOffset = 0; // modification only
    quint8 newPinOffset = 0; // modification only
    quint8 minDigits = 0;    // wPINMaxExtraDigit XX
    quint8 maxDigits = 0;    // wPINMaxExtraDigit YY
    quint8 confirmPin = 0;   // modification only
    quint8 validation = 0;   // bEntryValidationCondition
    quint8 messages = 0;     // bNumberMessage
    quint16 languageId = 0;
    QByteArray prologue; // bTeoPrologue: NAD, PCB, LEN of the T=1 I-block on a TPDU reader
    QByteArray command;  // the APDU template
    // How many PINs the person types for it: 1 to verify; to modify, the current one if asked (bConfirmPIN
    // bit 1), the new one, and the new one again if asked (bit 0).
    int entries() const;
};

// Empty optional with *problem when abData is not a well-formed structure for bPINOperation 00 or 01.
std::optional<PadRequest> parsePadRequest(const QByteArray& abData, QString* problem);

// The command with the typed PINs written in; empty optional when a PIN has the wrong number of digits (a
// real pad does not let the person confirm it). For a modification, `typed` is the current PIN (if asked),
// the new one and its repetition; a repetition that differs gives an empty optional too.
std::optional<QByteArray> commandWithPins(const PadRequest& request, const QStringList& typed);
