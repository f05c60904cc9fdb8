#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QPushButton;

namespace ssc {

// The blue bar on top of every screen, the part of the page scaffold every screen shares: product name, Home
// (while a service screen is open and may be left: HeaderHomeOffer), the time left before the session ends
// (kiosk, while someone is logged in), "read this screen to me" (elder interface, where the terminal has a
// voice), and the two switches the elder-friendly design rules ask for on the first screen (language, elder
// interface).
class HeaderBar : public QWidget {
    Q_OBJECT
public:
    explicit HeaderBar(QWidget* parent = nullptr);

    void setElderInterface(bool on);
    void setReadAloudAvailable(bool available); // the terminal has a voice
    void showTimeLeft(int seconds);             // 0 hides it
    void setHomeOffered(bool offered);
    bool homeOffered() const;
    QPushButton* homeButton() const { return m_home; }
    QString timeLeftText() const;
    QPushButton* readAloudButton() const { return m_readAloud; }

signals:
    void languageToggleRequested();
    void elderToggleRequested();
    void readAloudRequested();
    void homeRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();

    void updateReadAloud();
    int oneRowWidth(int titleWidth) const; // what the shown parts need side by side; titleWidth 0: no title
    void placeSwitches();                  // beside the title where they fit, else in a row of their own

    static constexpr int kLastMinuteSeconds = 60; // the time left turns to a warning within it
    static constexpr int kMargin = 32;
    static constexpr int kSpacing = 20;

    QWidget* m_logo;
    QLabel* m_title;
    QLabel* m_timeLeft;
    QPushButton* m_home;
    QPushButton* m_readAloud;
    QPushButton* m_language;
    QPushButton* m_elder;
    bool m_elderOn = false;
    bool m_readAloudAvailable = false;
    int m_secondsLeft = 0;
    QVBoxLayout* m_rows;
    QHBoxLayout* m_firstRow;
    QHBoxLayout* m_switchRow;
    bool m_switchesPlaced = false;
    bool m_switchesInFirstRow = true;
};

} // namespace ssc
