#pragma once

#include "emulatedcardreader.h"

#include <QMutex>

#include <vector>

// A USB CCID reader with several slots (bMaxSlotIndex > 0), each empty or holding a social security card (the
// demo's SimulatedCard) or a PSAM (SimulatedPsam, sharing the test key with the cards): every command
// answered for the slot it names (bSlot), NotifySlotChange with two bits a slot (CCID 1.1 §6.3.1). At APDU
// level (the ACR1281U's descriptor) the reader runs the chips itself; at TPDU level each slot keeps its own
// protocol state and its chip answers T=1 blocks (EmulatedTpduSlot, the one-slot TPDU reader's own).
class EmulatedSlotReader {
public:
    EmulatedSlotReader(UsbEmulator& usb, const QByteArray& descriptors, int address = 6);

    // ACS ACR1281U (072F:2224), a desk reader with several slots: its class descriptor as the CCID project
    // publishes it, https://ccid.apdu.fr/ccid/readers/ACS_ACR1281U.txt (LudovicRousseau/CCID,
    // readers/ACS_ACR1281U.txt at b801b8ac): bMaxSlotIndex 2 (three slots), T=0 and T=1, 4.8 MHz, 412903 bps
    // at most, dwMaxIFSD 512, dwFeatures 0x000404BA (short and extended APDU level), 522-byte messages. The
    // page does not say which slot is which, nor the endpoint addresses: the tests put the card and the PSAM
    // in different slots, and the endpoints are this emulator's usual bulk OUT 0x01, bulk IN 0x82, interrupt
    // 0x83.
    static QByteArray acsAcr1281uDescriptors();
    // The same reader at TPDU level: the ACR1281U's descriptor with dwFeatures 0x000100BA (TPDU level, the
    // reader's own PPS, IFSD left to the host, as the ACR39U's 0x000100B2 plus automatic voltage). The CCID
    // project's list names no multi-slot TPDU reader the tests could copy whole; every chip then answers
    // EmulatedTpduSlot::t1Atr() and speaks T=1 once SetParameters chose it for its slot.
    static QByteArray tpduDescriptors();

    void insertCard(quint8 slot, const EmulatedCard& card);
    // A PSAM that speaks T=1 (ATR EmulatedTpduSlot::t1Atr() at TPDU level) or, `t0`, T=0 as most PSAMs in
    // halls do (SimulatedPsam::atr(), T=0 only: the TPDU reader runs its procedure bytes, and its answers
    // wait for GET RESPONSE).
    void insertPsam(quint8 slot, ssc::SimulatedPsam::Fault fault = ssc::SimulatedPsam::Fault::None,
                    bool t0 = false);
    void remove(quint8 slot);
    int cryptogramsGiven(quint8 slot) const; // by the PSAM in `slot`
    int apdusSeen(quint8 slot) const;        // by the chip in `slot` since it was inserted
    EmulatedUsbDevice* device() const { return m_device; }
    // TPDU level: what the chip in `slot` saw of T=1, and every XfrBlock the terminal sent with its slot, in
    // order (the T=1 blocks of all slots, for their numbering to be checked).
    EmulatedT1Card::Seen t1Seen(quint8 slot) const;
    QList<std::pair<quint8, QByteArray>> blocksSent() const;

private:
    struct Slot {
        std::optional<ssc::SimulatedCard> card;
        std::optional<ssc::SimulatedPsam> psam;
        bool powered = false;
        int apdus = 0;
        EmulatedTpduSlot tpdu; // TPDU level only
        bool occupied() const { return card || psam; }
    };
    QList<std::pair<quint8, QByteArray>> answer(const QByteArray& request);
    void notify(quint8 changedSlot); // m_mutex not held

    mutable QMutex m_mutex; // the responder runs on umockdev's thread
    EmulatedUsbDevice* m_device = nullptr;
    std::vector<Slot> m_slots;
    bool m_tpdu = false; // the descriptor says TPDU level
    QList<std::pair<quint8, QByteArray>> m_blocks;
};
