#pragma once

#include "domain/terminalmode.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ssc {

struct CitizenSession;
struct ServiceModule;

// The citizen's home: who is logged in (masked), the card used, the services of this mode, logout; the
// idle countdown and the "someone else scanned" question appear here as banners.
class HomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit HomeScreen(QWidget* parent = nullptr);

    void showSession(const CitizenSession& session, const std::vector<const ServiceModule*>& services);
    // Visitor mode: every service, personal ones marked as needing a login.
    void showVisitor(const std::vector<const ServiceModule*>& services);
    void clear();                        // wipes every trace of the person from the widgets
    void showCountdown(int secondsLeft); // 0 hides it
    void askSwitch(bool ask);
    QString greeting() const;
    QString countdownText() const;

signals:
    void serviceChosen(const QString& id);
    void logoutRequested();
    void switchConfirmed();
    void switchDeclined();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const CitizenSession* m_session = nullptr;
    bool m_visitor = false;
    std::vector<const ServiceModule*> m_services;
    QLabel* m_greeting;
    QLabel* m_cardLine;
    QGridLayout* m_tiles;
    QPushButton* m_logout;
    QWidget* m_countdownBanner;
    QLabel* m_countdown;
    QWidget* m_switchBanner;
    QLabel* m_switchText;
    QPushButton* m_switchYes;
    QPushButton* m_switchNo;
    int m_secondsLeft = 0;
};

} // namespace ssc
