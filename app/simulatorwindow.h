#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QLabel;

namespace ssc {

class PlatformClient;
class VirtualPedestal;
class VirtualCardReader;

// The demo's stand-in for a citizen's phone: lists the demo people, asks the platform's demo endpoint for a
// person's current e-card code (what the phone app would show) and holds it to the virtual pedestal.
class SimulatorWindow : public QWidget {
    Q_OBJECT
public:
    SimulatorWindow(PlatformClient& platform, VirtualPedestal& pedestal, QWidget* parent = nullptr);

    void loadPeople();
    bool peopleLoaded() const;
    void showCode(int issuedSecondsAgo = 0);
    void showLastCodeAgain();
    void showGarbage();
    void showPaymentCode(); // the e-card app's payment code, for the payment screen (被扫)
    // The login code the terminal shows (what the phone's camera would see), and the phone's confirmation.
    void seeLoginCode(const QString& id);
    void confirmLoginCode();
    // The demo's card reader: insert the chosen person's card (PIN 123456) and take it out again.
    void setCardReader(VirtualCardReader* reader);
    void insertCard();
    void removeCard();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlatformClient& m_platform;
    VirtualPedestal& m_pedestal;
    QListWidget* m_people;
    QLabel* m_status;
    QPushButton* m_show;
    QPushButton* m_expired;
    QPushButton* m_again;
    QPushButton* m_garbage;
    QPushButton* m_paymentCode;
    QPushButton* m_confirmLogin;
    QPushButton* m_insertCard;
    QPushButton* m_removeCard;
    VirtualCardReader* m_cards = nullptr;
    QString m_loginCodeId;
    QString m_lastCode;
};

} // namespace ssc
