#pragma once

#include "cardreader/cardsource.h"
#include "simulatedcard.h"

#include <map>

namespace ssc {

// The demo's card reader: the simulator window inserts a demo person's card and takes it out again. Each card
// is a SimulatedCard kept for as long as the terminal runs, spoken to through the same SsseApplication code
// as a USB reader's card, so its PIN counter stays with the card (three wrong tries lock it, also after it is
// pulled out and inserted again) and it answers the platform's challenge only after its PIN.
class VirtualCardReader : public CardSource {
    Q_OBJECT
public:
    using CardSource::CardSource;

    QString displayName() const override { return tr("Simulated card reader"); }
    bool isReady() const override { return true; }
    bool cardPresent() const override { return m_inSlot != nullptr; }
    void verifyPin(QString pin) override;
    void authenticate(QByteArray challenge) override;
    void changePin(QString oldPin, QString newPin) override;
    void getCardChallenge() override;
    void resetPin(QString newPin, QByteArray mac) override;
    // The demo's reader has no keys of its own: the PIN is typed on the screen's pad.
    bool hasPinPad() const override { return false; }
    bool padChangesPin() const override { return false; }
    void verifyPinOnPad() override;
    void changePinOnPad() override;

    // Puts the card personalised so into the slot (the same card again if it was here before).
    void insert(const SimulatedCard::Personalisation& card);
    void remove();
    bool holdsCard() const { return m_inSlot != nullptr; }

private:
    std::map<QString, SimulatedCard> m_cards; // by card identifier
    SimulatedCard* m_inSlot = nullptr;
};

} // namespace ssc
