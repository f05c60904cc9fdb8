#pragma once

#include "cardfiles.h"
#include "cardlink.h"
#include "ccidmessage.h"
#include "ccidpipe.h"
#include "ssseapplication.h"
#include "usb/usbdeviceinfo.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct libusb_device_handle;

namespace ssc {
namespace t1 {
class Session;
}

class UsbContext;

// A USB CCID smart card reader (class 0x0B) with one slot or several (bMaxSlotIndex), over libusb. A worker
// thread of its own owns every transfer: it waits for slot changes on the interrupt endpoint (two bits a
// slot; and asks every slot's status now and then, for readers that do not notify), powers an inserted card
// on in whichever slot it is, sets up the link from its ATR (on TPDU readers: PPS, SetParameters, T=1 or T=0
// framing; cardlink.h), reads the social security application and reports it; a PIN check asked from the
// screen runs there too. A chip that is not a social security card but answers the SELECT of a PSAM's DF is
// the terminal's PSAM (psam.h): never offered as a citizen's card, and used to open a generation 3 card's
// EF06 for the screen (EXTERNAL AUTHENTICATE), also when it arrives while such a card is in use. Each chip
// has its own link (on a TPDU reader its own T=1 session), so the card and the PSAM are talked to in turn.
// One citizen's card at a time: a second one waits until the first leaves. Card removal is reported at once,
// and any exchange in flight fails rather than waits; stalls and unanswered commands are recovered
// (ccidpipe.h).
class CcidReader : public QObject {
    Q_OBJECT
public:
    CcidReader(UsbContext& context, UsbDeviceInfo device, QObject* parent = nullptr);
    ~CcidReader() override;

    // Opens the device and claims its CCID interface; false with *error when it is not a usable reader. A
    // reader another program holds (pcscd, most often) is explained in the person's language, with the cure.
    bool open(QString* error);
    void close();
    bool isOpen() const { return m_handle != nullptr; }
    const UsbDeviceInfo& device() const { return m_device; }
    bool cardPresent() const { return m_cardPresent; }
    // The slot of the citizen's card and of the PSAM (-1: none), for the diagnostics and the tests.
    int cardSlot() const { return m_cardPresent ? m_cardSlot.load() : -1; }
    int psamSlot() const { return m_psamSlot; }

    // Checks `pin` on the card in the slot; the answer comes as pinChecked(). The PIN is wiped after use.
    void verifyPin(QString pin);
    // Has the card answer the platform's challenge; the answer comes as authenticated().
    void authenticate(const QByteArray& challenge);
    // Changes the card's PIN; the answer comes as pinChangeAnswered(). Both PINs are wiped after use.
    void changePin(QString oldPin, QString newPin);
    // The card's own challenge (cardChallengeAnswered()), and a PIN reset with the issuer's MAC over it
    // (pinResetAnswered()); the PIN is wiped after use.
    void getCardChallenge();
    void resetPin(QString newPin, QByteArray mac);

    // A reader with its own PIN pad (bPINSupport in its class descriptor; known once open): the person types
    // the PIN on the reader's keys and the reader puts it into the card's command itself (ccidsecure.h), so
    // the digits never reach the terminal. Answered like verifyPin() and changePin(), or TimedOut/Cancelled.
    // On a TPDU reader running T=1 the command goes with its I-block prologue, and the card's answer block is
    // taken back into the terminal's block numbering (libccid's SecurePINVerify does the same).
    bool hasPinPad() const { return m_class.padVerifies(); }
    bool padChangesPin() const { return m_class.padModifies(); }
    const ccid::ClassDescriptor& classDescriptor() const { return m_class; }
    CcidPipe::Counts pipeCounts() const { return m_pipe.counts(); } // stalls cleared, commands aborted
    void verifyPinOnPad();
    void changePinOnPad(); // the current PIN, then the new one twice, all on the pad
    // How long the pad waits for the person (bTimeOut); the reader answers "timed out" after it.
    static constexpr int padTimeoutSeconds = 30;

    // How the card in the slot is talked to (cardlink.h), known once it has been powered on; for the
    // diagnostics and the tests. Worker thread: read it while no card is being read.
    std::optional<CardLink> cardLink() const;

signals:
    void cardInserted(const ssc::CardFiles& files);
    void
    cardUnreadable(const QString& problem); // a card that is not a social security card, or answers garbage
    void cardRemoved();
    void pinChecked(int outcome, int triesLeft);                   // SsseApplication::PinOutcome
    void authenticated(int outcome, const QByteArray& cryptogram); // SsseApplication::AuthenticationOutcome
    void pinChangeAnswered(int outcome, int triesLeft);            // SsseApplication::PinOutcome
    void cardChallengeAnswered(const QByteArray& challenge);
    void pinResetAnswered(int outcome); // SsseApplication::PinOutcome
    // The card in use, read without its EF06 (a generation 3 card and no PSAM then), gave it later: a PSAM
    // arrived while it was in use. The same card in the same card session (a verified PIN stays verified):
    // `files` are its files again with EF06's fields filled in, for the screen only.
    void holderDataOpened(const ssc::CardFiles& files);
    void readerLost(); // unplugged

private:
    // How the terminal talks to one chip in one slot: the link planned from its ATR and, on a TPDU reader
    // running T=1, the chip's own T=1 session. ISO 7816-3 §11's block numbers N(S) and N(R), IFSC and
    // chaining belong to one card, so the citizen's card and the PSAM each keep theirs (libccid likewise
    // keeps a t1_state_t in each slot's CcidDesc).
    struct ChipLink {
        quint8 slot = 0;
        std::optional<CardLink> link; // none: an APDU reader, a chip whose ATR does not parse
        std::unique_ptr<t1::Session> t1;
    };

    void work();
    QString heldBy();
    QString notPermitted() const;
    bool checkSlots();
    void cardArrived(quint8 slot);
    void slotLeft(quint8 slot);
    void keepPsam(quint8 slot);
    void examineBeside(quint8 slot);
    void openHolderFileLate();
    SsseApplication::Authenticator psamAuthenticator();
    std::optional<QByteArray> psamTransmit(const QByteArray& apdu);
    // An APDU to `chip` as its link says: T=1 blocks of its own session, a T=0 TPDU, or the APDU itself.
    std::optional<QByteArray> transmitTo(ChipLink& chip, const QByteArray& apdu, QString* problem);
    std::optional<ccid::Reply> exchange(const QByteArray& message, QString* problem,
                                        unsigned int waitMs = 3000);
    SsseApplication::PinCheck enterOnPad(const QByteArray& secureData);
    std::optional<QByteArray> transmitApdu(const QByteArray& apdu);
    // After power-on: the ATR read, the protocol chosen, PPS and SetParameters sent to chip.slot, its T=1
    // session set up (cardlink.h).
    bool setUpLink(ChipLink& chip, const QByteArray& atr, QString* problem);
    // One XfrBlock to `slot`: the bytes for its chip (an APDU, a TPDU, a T=1 block or a PPS) and the answer.
    std::optional<QByteArray> transfer(quint8 slot, const QByteArray& bytes, quint8 bwi, QString* problem);
    ApduChannel cardChannel();
    bool pollSlot(quint8 slot, bool* present);
    void markAbsent();
    // The PIN check, challenge, PIN change, card challenge and PIN reset the screen asked for, in that order.
    void serveRequests();

    UsbContext& m_context;
    UsbDeviceInfo m_device;
    libusb_device_handle* m_handle = nullptr;
    int m_interface = -1;
    quint8 m_bulkIn = 0;
    quint8 m_bulkOut = 0;
    quint8 m_interrupt = 0;
    ccid::ClassDescriptor m_class;
    CcidPipe m_pipe;
    ChipLink m_card; // the citizen's card; worker thread, its link guarded by m_mutex for cardLink()
    quint8 m_sequence = 0;
    std::atomic<bool> m_cardPresent{false}; // a citizen's card in m_cardSlot, powered and in use
    struct Slot {
        bool present = false;
        bool examined = false; // looked at since it was inserted
        bool waiting = false;  // a card inserted while another was in use
    };
    std::vector<Slot> m_slots;       // worker thread; one a slot
    std::atomic<int> m_cardSlot{-1}; // the slot the card exchanges go to
    std::atomic<int> m_psamSlot{-1};
    ChipLink m_psam; // worker thread; meaningful while m_psamSlot >= 0
    // The card in use as it was read (worker thread, forgotten when it leaves), and whether its EF06 stayed
    // shut (6982) for want of a PSAM: a PSAM arriving later opens it (openHolderFileLate()).
    CardFiles m_cardFiles;
    bool m_holderFileShut = false;
    bool m_openHolderFile = false; // a PSAM arrived beside such a card: open it once the card is free
    bool m_cardChallengeOutstanding = false; // the card's challenge was handed out for a PIN reset to come
    std::thread m_worker;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QString m_pendingPin; // guarded by m_mutex
    bool m_pinRequested = false;
    QByteArray m_pendingChallenge; // guarded by m_mutex; empty: none asked
    QString m_pendingOldPin;       // guarded by m_mutex, with the new one; empty: no change asked
    QString m_pendingNewPin;
    bool m_cardChallengeRequested = false; // guarded by m_mutex
    QString m_pendingResetPin;             // guarded by m_mutex, with its MAC; empty: no reset asked
    QByteArray m_pendingResetMac;
    bool m_padVerifyRequested = false; // guarded by m_mutex
    bool m_padChangeRequested = false; // guarded by m_mutex
};

} // namespace ssc

Q_DECLARE_METATYPE(ssc::CardFiles)
