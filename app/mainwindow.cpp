#include "mainwindow.h"

#include "cardreader/cardsource.h"
#include "citizenpanel.h"
#include "diagnosticsscreen.h"
#include "headerbar.h"
#include "headerhome.h"
#include "homescreen.h"
#include "i18n/translator.h"
#include "idlewatcher.h"
#include "logging/logging.h"
#include "messagescreen.h"
#include "moduleapi/citizenconfirmation.h"
#include "moduleapi/pinpadscreen.h"
#include "moduleapi/servicemodule.h"
#include "outofservicescreen.h"
#include "payments/paymentcodetaker.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "screenvoice.h"
#include "session/cardprover.h"
#include "session/elicencecheck.h"
#include "session/loginflow.h"
#include "session/refusalsteps.h"
#include "session/secondcode.h"
#include "session/stafflogin.h"
#include "sessionnotices.h"
#include "staffloginscreen.h"
#include "startscreen.h"
#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ssc {

MainWindow::MainWindow(TerminalMode mode, bool demo, Theme theme, ShellServices services, QWidget* parent)
    : QMainWindow(parent), m_mode(mode), m_demo(demo), m_theme(theme), m_services(services),
      m_header(new HeaderBar), m_screens(new QStackedWidget), m_start(new StartScreen),
      m_message(new MessageScreen), m_home(new HomeScreen), m_pinPad(new PinPadScreen(mode)),
      m_citizenPanel(new CitizenPanel), m_body(new QBoxLayout(QBoxLayout::LeftToRight)),
      m_staffLogout(new QPushButton), m_diagnostics(new QPushButton), m_notices(new SessionNotices),
      m_kioskLanguage(currentLanguage()), m_kioskTheme(theme), m_footer(new QLabel)
{
    qApp->installEventFilter(new WheelGuard(this));
    m_home->setAtCounter(mode == TerminalMode::Counter);
    m_start->setAtCounter(mode == TerminalMode::Counter);
    auto* footerBar = new QWidget;
    footerBar->setObjectName(QStringLiteral("footerBar"));
    footerBar->setAttribute(Qt::WA_StyledBackground);
    auto* footerLayout = new QHBoxLayout(footerBar);
    footerLayout->setContentsMargins(32, 8, 32, 8);
    m_footer->setWordWrap(true);
    footerLayout->addWidget(m_footer, 1);
    footerLayout->addWidget(m_diagnostics);
    footerLayout->addWidget(m_staffLogout);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsButton"));
    m_diagnostics->hide();
    connect(m_diagnostics, &QPushButton::clicked, this, &MainWindow::showDiagnostics);
    m_staffLogout->setObjectName(QStringLiteral("staffLogout"));
    m_staffLogout->hide();

    for (QWidget* screen : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_message),
                            static_cast<QWidget*>(m_home), static_cast<QWidget*>(m_pinPad)})
        m_screens->addWidget(screen);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_notices);
    m_body->setSpacing(0);
    m_body->addWidget(m_citizenPanel);
    // The screen takes the room the header, the notices and the footer leave: those always show whole, and a
    // screen that wants more must scroll (the conformance test names the ones that do not yet).
    m_screens->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_body->addWidget(m_screens, 1);
    layout->addLayout(m_body, 1);
    layout->addWidget(footerBar);
    setCentralWidget(central);

    m_header->setElderInterface(theme == Theme::Elder);
    connect(m_header, &HeaderBar::languageToggleRequested, this, &MainWindow::toggleLanguage);
    connect(m_header, &HeaderBar::elderToggleRequested, this, &MainWindow::toggleElderInterface);
    m_header->setReadAloudAvailable(m_services.voice != nullptr);
    new HeaderHomeOffer(
        *m_screens, *m_header, [this] { return m_serviceScreen.data(); }, this);
    connect(m_header, &HeaderBar::homeRequested, this, &MainWindow::leaveService);
    connect(m_header, &HeaderBar::readAloudRequested, this, [this] {
        if (m_services.voice)
            m_services.voice->say(screenText(currentScreen()), currentLanguage());
    });

    if (LoginFlow* flow = m_services.flow) {
        connect(flow, &LoginFlow::stateChanged, this, &MainWindow::followFlow);
        if (m_services.platform) {
            m_secondCode = new SecondCodeCheck(*m_services.platform, *flow, this);
            connect(m_secondCode, &SecondCodeCheck::checked, this, [this](SecondCodeCheck::Outcome outcome) {
                secondCodeChecked(static_cast<int>(outcome));
            });
            // A counter checks e-licences shown on phones (亮证): offline, then by the platform.
            if (m_mode == TerminalMode::Counter) {
                m_eLicence = new ELicenceCheck(*m_services.platform, this);
                connect(m_eLicence, &ELicenceCheck::checked, this, [this](ELicenceCheck::Outcome outcome) {
                    eLicenceChecked(static_cast<int>(outcome));
                });
            }
        }
        connect(flow, &LoginFlow::sessionWiped, this, [this] {
            closeServiceScreen();
            m_home->clear();
            m_citizenPanel->showCitizen(nullptr);
            m_notices->clearAll();
            resetForNextCitizen();
        });
        connect(m_citizenPanel, &CitizenPanel::endCaseRequested, flow, &LoginFlow::logout);
        // The refusal's one way on: the lost card in the reader cancels its own report; otherwise (a kiosk, a
        // refusal only people can mend) where to find them.
        connect(m_message, &MessageScreen::actionChosen, this, [this, flow] {
            if (flow->canCancelLossReport())
                flow->cancelLossReport();
            else
                findCounter();
        });
        connect(flow, &LoginFlow::lossReportCancelled, this,
                [this](const QString& receipt) { m_lossCancelledReceipt = receipt; });
        connect(m_message, &MessageScreen::dismissed, this, [this, flow] {
            if (m_visitor)
                showScreen(m_home); // "please log in" in visitor mode: back to the visitor's services
            else if (flow->state() == LoginFlow::State::Refused)
                flow->dismissRefusal();
            else if (flow->session()) // a service refused to the person logged in: back to their services
                showScreen(m_home);
            else // a service opened at a counter before anyone was identified: back to asking for them
                showScreen(m_start);
        });
        connect(m_home, &HomeScreen::logoutRequested, this, [this, flow] {
            if (m_visitor)
                leaveVisitorMode();
            else
                flow->logout();
        });
        connect(m_start, &StartScreen::visitorRequested, this, &MainWindow::enterVisitorMode);
        connect(m_start, &StartScreen::faceLoginRequested, this, [this] { openFaceLogin({}); });
        connect(m_pinPad, &PinPadScreen::faceInsteadRequested, this, [this, flow] {
            openFaceLogin({{QStringLiteral("cardIdentifier"), flow->cardIdentifier()}});
        });
        connect(m_pinPad, &PinPadScreen::pinEntered, this, &MainWindow::pinEntered);
        connect(m_pinPad, &PinPadScreen::cancelled, flow, &LoginFlow::cancelCard);
        connect(m_pinPad, &PinPadScreen::cancelled, this, &MainWindow::confirmationCardRemoved);
        connect(m_home, &HomeScreen::serviceChosen, this, &MainWindow::openService);
        connect(m_notices, &SessionNotices::switchConfirmed, this, [this] {
            m_notices->hideSwitch();
            if (m_secondCode)
                m_secondCode->confirmSwitch();
        });
        connect(m_notices, &SessionNotices::switchDeclined, this, [this] {
            m_notices->hideSwitch();
            if (m_secondCode)
                m_secondCode->decline();
        });
        if (m_mode == TerminalMode::Kiosk) {
            m_idle = new IdleWatcher(m_services.idleTimeoutSeconds, m_services.idleWarnSeconds, this);
            connect(m_idle, &IdleWatcher::secondsLeftChanged, m_header, &HeaderBar::showTimeLeft);
            connect(m_idle, &IdleWatcher::countdown, m_notices, &SessionNotices::showCountdown);
            connect(m_idle, &IdleWatcher::activity, m_notices, [this] { m_notices->showCountdown(0); });
            connect(m_notices, &SessionNotices::stillHere, m_idle, &IdleWatcher::poke);
            connect(m_idle, &IdleWatcher::timedOut, this, &MainWindow::idleTimedOut);
        }
    }
    if (staffRequired()) {
        m_staffScreen = new StaffLoginScreen(*m_services.staff);
        m_screens->addWidget(m_staffScreen);
        connect(m_services.staff, &StaffLogin::changed, this, &MainWindow::followStaff);
        connect(m_staffLogout, &QPushButton::clicked, m_services.staff, &StaffLogin::logout);
        followStaff();
    }
    retranslate();
}

MainWindow::~MainWindow() = default;

bool MainWindow::staffRequired() const
{
    return m_services.staff && m_mode != TerminalMode::Kiosk;
}

void MainWindow::followStaff()
{
    const bool in = m_services.staff->staff().has_value();
    m_staffLogout->setVisible(in);
    followFleet();
    m_diagnostics->setVisible(in && m_services.catalog); // staff only
    if (!in) {
        if (m_serviceScreen) { // closed now, so what it leaves in the drafts is cleared below with the rest
            m_screens->removeWidget(m_serviceScreen);
            delete m_serviceScreen;
        }
        if (m_services.flow)
            m_services.flow->logout(); // the clerk's cases end with the clerk's shift
        m_drafts.clear();
        showScreen(m_staffScreen);
    } else if (currentScreen() == m_staffScreen) {
        showScreen(m_start);
    }
    retranslate();
}

QWidget* MainWindow::currentScreen() const
{
    return m_screens->currentWidget();
}

void MainWindow::showScreen(QWidget* screen)
{
    m_screens->setCurrentWidget(m_outOfService ? static_cast<QWidget*>(m_outOfService) : screen);
}

void MainWindow::codeScanned(const QString& text)
{
    LoginFlow* flow = m_services.flow;
    if (!flow || m_outOfService || (staffRequired() && !m_services.staff->staff()))
        return; // at a counter nobody is served before a clerk has logged in, nowhere while out of service
    // A licence shown on a phone is checked and its holder shown to the clerk, whoever is being served: it
    // logs nobody in and changes nothing on screen (docs/card-services.md, "The e-licence").
    if (m_eLicence && ELicenceCheck::isLicence(text)) {
        m_eLicence->check(text);
        return;
    }
    // The open screen waits for someone's own code: the citizen confirming the form the clerk filled, or the
    // person a clerk certifies agreeing to the notice about their face (served without a citizen session).
    if (auto* application = dynamic_cast<CitizenConfirmation*>(m_serviceScreen.data());
        application && application->awaitingConfirmation()) {
        application->confirmWithCode(text);
        return;
    }
    // A payment code the citizen shows while the payment screen waits for one (被扫): the payment's, not a
    // login.
    if (auto* payment = dynamic_cast<PaymentCodeTaker*>(m_serviceScreen.data());
        payment && payment->takesPaymentCode(text)) {
        payment->takePaymentCode(text);
        return;
    }
    if (flow->state() == LoginFlow::State::LoggedIn) {
        // Someone is being served: the code is checked first and the open screen stays as it is; only
        // another person's valid code asks whether to switch (secondCodeChecked).
        if (m_secondCode)
            m_secondCode->check(text);
        return;
    }
    flow->codeScanned(text);
}

void MainWindow::idleTimedOut()
{
    qCInfo(lcApp) << "idle timeout: logging out";
    const bool visitor = m_visitor;
    const bool citizen = m_services.flow && m_services.flow->state() == LoginFlow::State::LoggedIn;
    if (visitor)
        leaveVisitorMode();
    else if (m_services.flow)
        m_services.flow->logout();     // a PIN pad left alone goes back to the start, without a word
    if (!citizen && m_serviceScreen) { // a face login left half-way: its number and name go with it
        closeServiceScreen();
        followFlow();
    }
    if (!visitor && !citizen)
        return;
    // Said afterwards, on the start screen, in the kiosk's own language (the wipe above restored it).
    const int seconds = m_services.idleTimeoutSeconds;
    if (visitor)
        m_notices->tell(
            design::Tone::Info, [] { return tr("Visitor mode has ended"); },
            [seconds] { return tr("Nobody touched the screen for %1 seconds.").arg(seconds); }, 30);
    else
        m_notices->tell(
            design::Tone::Info, [] { return tr("You were logged out"); },
            [seconds] {
                return tr("Nobody touched the screen for %1 seconds, so we logged you out and cleared your "
                          "details from this screen. Show your code to start again.")
                    .arg(seconds);
            },
            30);
}

void MainWindow::resetForNextCitizen()
{
    if (m_services.voice)
        m_services.voice->stop(); // nothing of the last citizen's screen is said to the next
    for (auto* area : findChildren<QAbstractScrollArea*>())
        area->verticalScrollBar()->setValue(0);
    if (m_mode != TerminalMode::Kiosk)
        return; // a clerk's choices are the clerk's
    if (currentLanguage() != m_kioskLanguage)
        useLanguage(m_kioskLanguage);
    if (m_theme != m_kioskTheme)
        toggleElderInterface();
}

void MainWindow::fitTo(const QSize& screenSize)
{
    // A screen that wants more room than there is must scroll or wrap; it never pushes the window (and its
    // Next and Submit buttons) past the screen's edge. Qt raises a maximum to meet the layout's minimum, so
    // the layout stops imposing one.
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    setMinimumSize(0, 0);
    setMaximumSize(screenSize);
    if (width() > screenSize.width() || height() > screenSize.height())
        resize(size().boundedTo(screenSize));
}

void MainWindow::followFlow()
{
    LoginFlow* flow = m_services.flow;
    if (flow->state() != LoginFlow::State::AwaitingPin)
        m_pinPad->start(); // whatever was typed of a PIN goes as soon as the PIN pad is left
    switch (flow->state()) {
    case LoginFlow::State::Idle:
        if (m_idle)
            m_idle->stop();
        showScreen(staffRequired() && !m_services.staff->staff() ? static_cast<QWidget*>(m_staffScreen)
                                                                 : m_start);
        break;
    case LoginFlow::State::AwaitingPin:
        if (m_idle)
            m_idle->start(); // a PIN pad left alone goes back to the start screen
        m_pinPad->start(flow->pinTriesLeft());
        m_pinPad->offerFaceInstead(faceLoginOffered() && !confirmingByCard());
        showScreen(m_pinPad);
        break;
    case LoginFlow::State::Identifying:
        if (m_visitor) { // a code scanned in visitor mode: the visitor becomes a citizen
            m_visitor = false;
            closeServiceScreen();
            m_home->clear();
        }
        m_message->showProgress(flow->cancellingLossReport()
                                    ? tr("Cancelling the loss report, one moment please…")
                                    : tr("Identifying you, one moment please…"));
        showScreen(m_message);
        break;
    case LoginFlow::State::Refused: {
        if (!m_lossCancelledReceipt.isEmpty()) // cancelled, though the login after it was refused
            tellLossReportCancelled(std::exchange(m_lossCancelledReceipt, {}));
        const auto& refusal = *flow->refusal();
        m_message->showRefusal(tr("We could not log you in"), refusal.message(), refusal.advice());
        // Never only "OK" (EXPERIENCE.md question 2): the step that can mend it, with its button.
        const RefusalSteps steps = refusalSteps(refusal.code);
        m_message->offerTryAgain(steps.tryAgain);
        // The lost card itself is in the reader, its PIN just accepted: it can cancel its own loss report.
        if (flow->canCancelLossReport())
            m_message->offerAction(tr("Card found: cancel the loss report"));
        else if (steps.askStaff && m_mode == TerminalMode::Kiosk && m_services.modules &&
                 m_services.modules->find(QStringLiteral("outlets")))
            m_message->offerAction(tr("Find a service counter"));
        showScreen(m_message);
        break;
    }
    case LoginFlow::State::LoggedIn: {
        m_notices->hideTold();                 // "you were logged out" was for the previous person
        if (!m_lossCancelledReceipt.isEmpty()) // the login followed the loss report's cancellation: say so
            tellLossReportCancelled(std::exchange(m_lossCancelledReceipt, {}));
        m_home->showSession(*flow->session(), offeredServices());
        showScreen(m_home);
        if (m_services.platform)
            m_services.platform->get(
                QStringLiteral("/api/v1/health"),
                [this](const PlatformResult& result) {
                    if (result.ok())
                        takeClosedServices(result.body);
                },
                this);
        if (m_mode == TerminalMode::Counter)
            m_citizenPanel->showCitizen(&*flow->session());
        if (m_idle)
            m_idle->start();
        break;
    }
    }
}

std::vector<const ServiceModule*> MainWindow::offeredServices() const
{
    std::vector<const ServiceModule*> offered;
    if (!m_services.modules)
        return offered;
    for (const ServiceModule* module : m_services.modules->available(m_mode, true, staffRoles()))
        if (!module->needsCardReader || m_cardService)
            offered.push_back(module);
    return offered;
}

QStringList MainWindow::staffRoles() const
{
    return m_services.staff && m_services.staff->staff() ? m_services.staff->staff()->roles() : QStringList();
}

void MainWindow::showDiagnostics()
{
    if (!m_services.catalog || !m_services.staff || !m_services.staff->staff())
        return;
    if (!m_diagnosticsScreen) {
        m_diagnosticsScreen = new DiagnosticsScreen(m_services.usb, *m_services.catalog, m_services.platform);
        m_diagnosticsScreen->setDevices(m_cards, m_camera, m_services.printer);
        m_diagnosticsScreen->setSupportBundle(m_services.logDirectory, m_services.supportFolder);
        m_diagnosticsScreen->setSupportFolderMemory(m_services.supportFolderChosen,
                                                    m_services.rememberSupportFolder);
        m_screens->addWidget(m_diagnosticsScreen);
        connect(m_diagnosticsScreen, &DiagnosticsScreen::closeRequested, this, [this] {
            const bool serving = m_services.flow && m_services.flow->state() == LoginFlow::State::LoggedIn;
            showScreen(serving ? static_cast<QWidget*>(m_home) : m_start);
        });
    } else {
        m_diagnosticsScreen->refresh();
    }
    showScreen(m_diagnosticsScreen);
}

void MainWindow::setDevices(const CardSource* cards, const CameraService* camera)
{
    m_cards = cards;
    m_camera = camera;
}

void MainWindow::setCardService(CardSource* cards)
{
    if (m_cardService)
        disconnect(m_cardService, &CardSource::readyChanged, this, nullptr);
    m_cardService = cards;
    const auto offerInsertion = [this] {
        m_start->offerCardInsertion(m_cardService && m_cardService->isReady());
    };
    if (cards)
        connect(cards, &CardSource::readyChanged, this, offerInsertion);
    offerInsertion();
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
    placeCitizenPanel();
    qCInfo(lcApp) << "theme switched to" << themeKey(m_theme);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    placeCitizenPanel();
}

void MainWindow::placeCitizenPanel()
{
    const bool beside = CitizenPanel::fitsBeside(size());
    m_citizenPanel->setBeside(beside);
    m_body->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void MainWindow::setPlatformStatus(bool reachable, int latencyMs)
{
    m_platformState = reachable ? PlatformState::Reachable : PlatformState::Unreachable;
    m_platformLatencyMs = latencyMs;
    retranslate();
}

void MainWindow::takeClosedServices(const QJsonObject& health)
{
    QStringList closed;
    for (const QJsonValue& id : health.value(QStringLiteral("closedServices")).toArray())
        closed << id.toString();
    m_home->setClosedServices(closed);
}

QString MainWindow::footerText() const
{
    return QString(m_footer->text()).remove(QChar(0x2060)); // as it reads, without design::unbroken's joiners
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
        footer += tr(" · Demo: no real person data");
    // Citizens see whether the services can be reached; the latency and the version are for staff (here
    // once a clerk is logged in, and on the diagnostics page), never developer words on a citizen's screen.
    const bool staffIn = m_services.staff && m_services.staff->staff();
    if (m_platformState == PlatformState::Reachable && staffIn)
        footer += tr(" · Social security system connected (%1 ms)").arg(m_platformLatencyMs);
    else if (m_platformState == PlatformState::Unreachable)
        footer += tr(" · The social security system cannot be reached");
    if (staffIn)
        footer += tr(" · Staff: %1")
                      .arg(design::unbroken(m_services.staff->staff()->displayName)); // versions: diagnostics
    m_staffLogout->setText(tr("Staff log out"));
    m_diagnostics->setText(tr("Diagnostics"));
    m_footer->setText(footer);
    if (m_services.flow && m_services.flow->state() == LoginFlow::State::Refused)
        followFlow(); // the refusal's own texts came from the platform in both languages: re-pick
}

void MainWindow::tellLossReportCancelled(const QString& receipt)
{
    // Grouped for reading aloud, and never broken across lines.
    const QString grouped = design::groupForReading(receipt).replace(u' ', QChar(0x00A0));
    m_notices->tell(
        design::Tone::Success, [] { return tr("The loss report is cancelled"); },
        [grouped] { return tr("The card and its e-card work again.\nReceipt number: %1").arg(grouped); }, 60);
}

} // namespace ssc
