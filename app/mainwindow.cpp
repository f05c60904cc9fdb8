#include "mainwindow.h"

#include "headerbar.h"
#include "i18n/translator.h"
#include "logging/logging.h"
#include "startscreen.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ssc {

MainWindow::MainWindow(TerminalMode mode, bool demo, Theme theme, QWidget* parent)
    : QMainWindow(parent), m_mode(mode), m_demo(demo), m_theme(theme), m_header(new HeaderBar),
      m_screens(new QStackedWidget), m_start(new StartScreen), m_footer(new QLabel)
{
    auto* footerBar = new QWidget;
    footerBar->setObjectName(QStringLiteral("footerBar"));
    footerBar->setAttribute(Qt::WA_StyledBackground);
    auto* footerLayout = new QHBoxLayout(footerBar);
    footerLayout->setContentsMargins(32, 8, 32, 8);
    footerLayout->addWidget(m_footer);

    m_screens->addWidget(m_start);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_screens, 1);
    layout->addWidget(footerBar);
    setCentralWidget(central);

    m_header->setElderInterface(theme == Theme::Elder);
    connect(m_header, &HeaderBar::languageToggleRequested, this, &MainWindow::toggleLanguage);
    connect(m_header, &HeaderBar::elderToggleRequested, this, &MainWindow::toggleElderInterface);
    retranslate();
}

void MainWindow::toggleLanguage()
{
    const QString next = currentLanguage() == englishLanguage ? chineseLanguage : englishLanguage;
    qCInfo(lcApp) << "language switched to" << next;
    useLanguage(next);
}

void MainWindow::toggleElderInterface()
{
    m_theme = m_theme == Theme::Elder ? Theme::Standard : Theme::Elder;
    m_header->setElderInterface(m_theme == Theme::Elder);
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyTheme(*app, m_theme);
    qCInfo(lcApp) << "theme switched to" << themeKey(m_theme);
}

void MainWindow::setPlatformStatus(bool reachable, int latencyMs)
{
    m_platformState = reachable ? PlatformState::Reachable : PlatformState::Unreachable;
    m_platformLatencyMs = latencyMs;
    retranslate();
}

QString MainWindow::footerText() const
{
    return m_footer->text();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Social security e-card terminal"));
    QString modeName;
    switch (m_mode) {
    case TerminalMode::Kiosk:
        modeName = tr("Self-service kiosk");
        break;
    case TerminalMode::Counter:
        modeName = tr("Service counter");
        break;
    case TerminalMode::Field:
        modeName = tr("Home visit");
        break;
    }
    QString footer = modeName;
    if (m_demo)
        footer += tr(" · Demo mode: embedded demo platform, no real person data");
    if (m_platformState == PlatformState::Reachable)
        footer += tr(" · Platform connected (%1 ms)").arg(m_platformLatencyMs);
    else if (m_platformState == PlatformState::Unreachable)
        footer += tr(" · Platform cannot be reached");
    m_footer->setText(footer +
                      QStringLiteral(" · ssc-terminal %1").arg(QCoreApplication::applicationVersion()));
}

} // namespace ssc
