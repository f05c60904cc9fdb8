#pragma once

#include "emulatedpinpad.h"
#include "emulatedtpduslot.h"
#include "simulator/simulatedcard.h"
#include "simulator/simulatedpsam.h"
#include "usbemulator.h"

#include <QDate>
#include <QMutex>

// A USB CCID reader (APDU level, one slot) holding an emulated social security card (rules.md §2), for the
// real libusb card reader code: power-on with an ATR, time extensions, slot-change interrupts on insert and
// removal, a card pulled mid-read and one that answers garbage. The chip itself is the demo's SimulatedCard
// (the SSSE application, EF05/EF06 by tag, the PIN counter on the card, INTERNAL AUTHENTICATE with its key).
struct EmulatedCard {
    int generation = 2;
    bool t0 = false;         // answers 61xx / 6Cxx as T=0 cards do
    bool garbage = false;    // answers that are not APDU responses
    int pullAfterApdus = -1; // the card leaves the slot after this many APDUs (-1: never)
    QString pin = QStringLiteral("123456");
    int triesLeft = 3;
    QByteArray cardKey = QByteArray(16, '\x5A');    // diversified from the issuer's key (cardauth/cardkey.h)
    QByteArray unblockKey = QByteArray(16, '\xA5'); // likewise, from the complement of the identifier
    QString identifier = QStringLiteral("110000D156000005A1B2C3D4E5F60718"); // 32 hex digits
    QString cardNumber = QStringLiteral("A12345678");
    QString ssn = QStringLiteral("11010519491231002X");
    QString name = QStringLiteral("张伟");
    QString sex = QStringLiteral("1");
    QDate birthDate{1949, 12, 31};
    QDate issued{2020, 5, 1};
    QDate expires{2030, 5, 1};
};

// The chip of `card` (its terminal key the test PSAM's, simulator/simulatedpsam.h).
ssc::SimulatedCard::Personalisation simulatedChip(const EmulatedCard& card);
// A reader's answer on its bulk IN endpoint: RDR_to_PC `type` with bStatus, bError and the data, for `slot`.
QByteArray ccidReply(quint8 type, quint8 sequence, quint8 status, quint8 error, const QByteArray& data = {},
                     quint8 slot = 0);

class EmulatedCardReader {
public:
    // `descriptors`: the reader model's USB descriptors; empty: an OMNIKEY-like reader without a PIN pad.
    explicit EmulatedCardReader(UsbEmulator& usb, int address = 5, const QByteArray& descriptors = {});

    // ACS APG8201-B2 (072F:8206), a desk reader with a PIN pad and a 2x16 display: the class descriptor as
    // the CCID project publishes it, https://ccid.apdu.fr/ccid/readers/ACS_APG8201-B2.txt
    // (LudovicRousseau/CCID, readers/ACS_APG8201-B2.txt): short APDU level (dwFeatures 0x00020430), 350-byte
    // messages, wLcdLayout 0x0210, bPINSupport 0x03 (verify and modify). The page does not list endpoint
    // addresses: they are this emulator's usual bulk OUT 0x01, bulk IN 0x82, interrupt IN 0x83.
    static QByteArray acsApg8201b2Descriptors();
    // ACS ACR39U ICC Reader (072F:B100), a TPDU-level desk reader: its class descriptor as the CCID project
    // publishes it, https://ccid.apdu.fr/ccid/readers/ACS_ACR39U_ICC_Reader.txt (LudovicRousseau/CCID,
    // readers/ACS_ACR39U_ICC_Reader.txt at 5de6a966): T=0 and T=1, 4.8 MHz default clock, 826000 bps at most,
    // dwMaxIFSD 247, dwFeatures 0x000100B2 (TPDU level, automatic PPS by the reader from SetParameters, no
    // automatic IFSD), 271-byte messages. Endpoints as for the other emulated readers. On such a reader the
    // card answers T=1 blocks (EmulatedT1Card) and nothing before PC_to_RDR_SetParameters has chosen T=1.
    static QByteArray acsAcr39uDescriptors();
    // Gemalto IDBridge CT30 (08E6:3437, the PC Twin's successor), a TPDU-level reader that leaves PPS and
    // IFSD to the host: https://ccid.apdu.fr/ccid/readers/Gemalto_IDBridge_CT30.txt (LudovicRousseau/CCID,
    // readers/Gemalto_IDBridge_CT30.txt at 5de6a966): T=0 and T=1, 4.8 MHz, 825806 bps at most, dwMaxIFSD
    // 254, dwFeatures 0x00010230, 271-byte messages. Its card takes a PPS (ISO 7816-3 §9) before
    // SetParameters and echoes it (pps()).
    static QByteArray gemaltoCt30Descriptors();
    // The ATR of the emulated card on a TPDU reader: T=1 only, TA1 13, TC1 00, IFSC 16 (TA3), BWI 4 and CWI 5
    // (TB3), card capabilities 80 (command chaining), TCK.
    static QByteArray t1Atr();

    void insert(const EmulatedCard& card); // a new card, and notify the slot change
    void remove();
    // The card last removed goes back in as it is (its PIN counter with it).
    void reinsert();
    // The reader's cable pulled and plugged in again (a new USB address); a card in the slot stays there,
    // unpowered, and is found by the reader's first slot check.
    void unplug();
    void plugIn();
    int apdusSeen() const;
    // The card is pulled out during the `apdusFromNow`-th exchange from now: before the chip sees that APDU,
    // or (afterTheChipActs) after the chip acted on it, its answer lost with the card. Then it stays out.
    void pullDuring(int apdusFromNow, bool afterTheChipActs);
    int pinTriesLeft() const;
    EmulatedUsbDevice* device() const { return m_device; }

    // The PIN pad (readers whose descriptor says bPINSupport): a PC_to_RDR_Secure waits for the person. They
    // type each PIN the request asks for and press OK (the current PIN, the new one, the new one again for a
    // change), or press the cancel key, or walk away until the pad's time runs out. Each answers the waiting
    // request at once; false when none waits (or the PINs do not fit it: a pad would not take them).
    bool padWaiting() const;
    bool padType(const QStringList& pins);
    bool padCancel();
    bool padTimeOut();
    std::optional<PadRequest> lastPadRequest() const;

    // The card hangs on the next APDU: the reader answers nothing until the driver aborts (CCID §5.3.1), then
    // the aborted command fails (bError FF, CMD_ABORTED) and the Abort gets its SlotStatus. Whether an abort
    // came, and its sequence number.
    void hangNextApdu();
    std::optional<quint8> abortedSequence() const;

    // TPDU readers: the T=1 card's faults from its next power-on (emulatedt1card.h; answers counted from the
    // power-on, 0: none), what it saw, and the reader's parameters as PC_to_RDR_SetParameters set them
    // (protocol, abProtocolDataStructure; -1 and empty before).
    void t1Faults(int wtxBeforeAnswer, quint8 multiplier, int corruptAnswer);
    EmulatedT1Card::Seen t1Seen() const;
    std::pair<int, QByteArray> parameters() const;
    QByteArray pps() const; // the PPS request the card took since power-on; empty: none

private:
    QList<std::pair<quint8, QByteArray>> answer(const QByteArray& request);
    QList<std::pair<quint8, QByteArray>> secure(quint8 sequence, const QByteArray& data);
    bool answerPad(quint8 status, quint8 error, const QByteArray& data);

    UsbEmulator& m_usb;
    mutable QMutex m_mutex; // the responder runs on umockdev's thread
    EmulatedUsbDevice* m_device = nullptr;
    std::optional<EmulatedCard> m_card;       // how the card behaves in the slot
    std::optional<ssc::SimulatedCard> m_chip; // the chip, kept when the card is taken out
    bool m_inSlot = false;
    bool m_powered = false;
    bool m_extensionSent = false;
    int m_apdus = 0;
    int m_pullAt = -1;
    bool m_pullAfterTheChipActs = false;
    std::optional<PadRequest> m_padRequest; // the latest PC_to_RDR_Secure
    std::optional<quint8> m_padSequence;    // set while it waits for the person
    bool m_tpdu = false;                    // the descriptor says TPDU level
    EmulatedTpduSlot m_tpduSlot;            // its protocol, parameters and the card's T=1 side
    bool m_hangNext = false;
    std::optional<quint8> m_hungSequence;
    std::optional<quint8> m_abortedSequence;
    int m_wtxBefore = 0;
    quint8 m_wtxMultiplier = 1;
    int m_corruptAnswer = 0;
};
