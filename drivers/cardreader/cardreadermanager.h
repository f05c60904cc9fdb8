#pragma once

#include "cardsource.h"
#include "ccidreader.h"

#include <map>
#include <memory>

namespace ssc {

class UsbContext;

// Every CCID reader plugged in (hotplug): each is opened on arrival and forgotten when unplugged; their cards
// reach the terminal through one CardSource. A PIN goes to the reader that holds a card.
class CardReaderManager : public CardSource {
    Q_OBJECT
public:
    explicit CardReaderManager(UsbContext& context, QObject* parent = nullptr);
    ~CardReaderManager() override;

    QString displayName() const override;
    bool isReady() const override { return !m_readers.empty(); }
    bool cardPresent() const override;
    void verifyPin(QString pin) override;
    void authenticate(QByteArray challenge) override;
    void changePin(QString oldPin, QString newPin) override;
    void getCardChallenge() override;
    void resetPin(QString newPin, QByteArray mac) override;
    bool hasPinPad() const override;
    bool padChangesPin() const override;
    void verifyPinOnPad() override;
    void changePinOnPad() override;
    int readerCount() const { return int(m_readers.size()); }
    QString problem() const override { return m_problem; }
    QString slotsDescription() const override;

private:
    CcidReader* readerWithCard() const;
    void arrived(const UsbDeviceInfo& device);
    void left(const UsbDeviceInfo& device);

    UsbContext& m_context;
    std::map<QString, std::unique_ptr<CcidReader>> m_readers;
    QString m_problem; // the last reader that could not be opened, until one opens
};

} // namespace ssc
