#pragma once

#include "domain/terminalmode.h"
#include "theme.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace ssc {

class HeaderBar;
class StartScreen;

// The frame every screen sits in: header bar, the current screen, a footer with the terminal's mode.
// Thin on purpose: flows and rules live in core/ and modules/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(TerminalMode mode, bool demo, Theme theme, QWidget* parent = nullptr);

    StartScreen* startScreen() const { return m_start; }
    HeaderBar* headerBar() const { return m_header; }
    Theme theme() const { return m_theme; }

    // "connected (12 ms)" / "cannot be reached": shown in the footer for staff and for support.
    void setPlatformStatus(bool reachable, int latencyMs);
    QString footerText() const;

    void toggleLanguage();
    void toggleElderInterface();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    TerminalMode m_mode;
    bool m_demo;
    Theme m_theme;
    HeaderBar* m_header;
    QStackedWidget* m_screens;
    StartScreen* m_start;
    QLabel* m_footer;
    enum class PlatformState { Unknown, Reachable, Unreachable } m_platformState = PlatformState::Unknown;
    int m_platformLatencyMs = 0;
};

} // namespace ssc
