#pragma once

#include "cardreader/cardsource.h"

namespace ssc {

// The demo's card reader: the simulator window inserts a demo person's card (its files and PIN) and takes it
// out again; PIN checks behave as a card's (three tries, then locked).
class VirtualCardReader : public CardSource {
    Q_OBJECT
public:
    using CardSource::CardSource;

    QString displayName() const override { return tr("Simulated card reader"); }
    bool isReady() const override { return true; }
    bool cardPresent() const override { return m_present; }
    void verifyPin(QString pin) override;

    void insert(const CardFiles& files, const QString& pin = QStringLiteral("123456"));
    void remove();
    bool holdsCard() const { return m_present; }

private:
    bool m_present = false;
    QString m_pin;
    int m_triesLeft = 3;
};

} // namespace ssc
