#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

// The blue bar on top of every screen, the part of the page scaffold every screen shares: product name, the
// time left before the session ends (kiosk, while someone is logged in), "read this screen to me" (elder
// interface, where the terminal has a voice), and the two switches the elder-friendly design rules ask for
// on the first screen (language, elder interface).
class HeaderBar : public QWidget {
    Q_OBJECT
public:
    explicit HeaderBar(QWidget* parent = nullptr);

    void setElderInterface(bool on);
    void setReadAloudAvailable(bool available); // the terminal has a voice
    void showTimeLeft(int seconds);             // 0 hides it
    QString timeLeftText() const;
    QPushButton* readAloudButton() const { return m_readAloud; }

signals:
    void languageToggleRequested();
    void elderToggleRequested();
    void readAloudRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    void updateReadAloud();

    QLabel* m_title;
    QLabel* m_timeLeft;
    QPushButton* m_readAloud;
    QPushButton* m_language;
    QPushButton* m_elder;
    bool m_elderOn = false;
    bool m_readAloudAvailable = false;
    int m_secondsLeft = 0;
};

} // namespace ssc
