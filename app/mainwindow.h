#pragma once

#include "forms/draftstore.h"
#include "moduleapi/servicemodule.h"

#include "domain/terminalmode.h"
#include "theme.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QBoxLayout;
class QImage;
class QLabel;
class QPushButton;
class QStackedWidget;

class QJsonObject;

namespace ssc {

class CardEncoder;
class HeaderBar;
class ScreenVoice;
class OutboxSender;
class VisitChallenges;
class HomeScreen;
class IdleWatcher;
class CitizenPanel;
class DeviceCatalog;
class DiagnosticsScreen;
class UsbContext;
class PinPadScreen;
class SecondCodeCheck;
class ELicenceCheck;
class SessionNotices;
class CardSource;
class CameraService;
class CodeScanner;
class PrintService;
class CardProver;
class LoginFlow;
class StaffLogin;
class StaffLoginScreen;
class MessageScreen;
class ModuleRegistry;
class PlatformClient;
class StartScreen;
class OutOfServiceScreen;
class FleetWatch;
namespace fleet {
class HeartbeatClient;
}

// What the window works with; all optional, so a bare window (tests of the look) needs none.
struct ShellServices {
    LoginFlow* flow = nullptr;
    const ModuleRegistry* modules = nullptr;
    PlatformClient* platform = nullptr;
    StaffLogin* staff = nullptr;                // counter and field: staff log in before serving anyone
    int idleTimeoutSeconds = 90;                // kiosk: logout after this long without a touch
    int idleWarnSeconds = 20;                   // the last seconds are counted down on screen
    UsbContext* usb = nullptr;                  // for the staff's diagnostics page
    const DeviceCatalog* catalog = nullptr;     // no catalog: no diagnostics page
    PrintService* printer = nullptr;            // null: no printer (modules offer saving or say so)
    OutboxSender* outbox = nullptr;             // field mode: attempts wait here when there is no network
    VisitChallenges* visitChallenges = nullptr; // field mode: certification challenges fetched ahead
    ScreenVoice* voice = nullptr;               // "read this screen to me" in the elder interface
    QString logDirectory = {};        // the session logs the diagnostics page's support bundle takes
    QString supportFolder = {};       // its default folder (docs/operations.md, "Support bundle")
    QString supportFolderChosen = {}; // the folder chosen last (settings)
    std::function<void(const QString&)> rememberSupportFolder = {}; // keeps a new choice in the settings
};

// The frame every screen sits in: header bar, the current screen, a footer with the terminal's mode.
// It follows the login flow's state; flows and rules live in core/ and modules/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    const DraftStore& drafts() const { return m_drafts; }
    MainWindow(TerminalMode mode, bool demo, Theme theme, ShellServices services = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    StartScreen* startScreen() const { return m_start; }
    HeaderBar* headerBar() const { return m_header; }
    HomeScreen* homeScreen() const { return m_home; }
    MessageScreen* messageScreen() const { return m_message; }
    StaffLoginScreen* staffLoginScreen() const { return m_staffScreen; }
    PinPadScreen* pinPadScreen() const { return m_pinPad; }

    // A form a clerk filled, confirmed by the citizen's own card: the card inserted while the form waits for
    // confirmation (true: taken for it), then the PIN on the PIN pad, checked by the card, then the card's
    // answer to the platform's challenge as the proof (CardProver).
    // The open service screen works on the card in the reader itself (moduleapi/cardwork.h): a card inserted
    // is its, not a login's.
    bool serviceScreenWorksOnCard() const;
    bool cardForConfirmation(const QString& cardIdentifier);
    bool confirmingByCard() const { return m_confirmationProver != nullptr; }
    // The challenge to give the card with the PIN (empty: none ready yet).
    QByteArray confirmationChallengeForPin();
    void confirmationPinChecked(bool accepted, bool blocked, int triesLeft);
    void confirmationCardAnswered(bool answered, const QByteArray& cryptogram);
    void confirmationCardRemoved();
    CitizenPanel* citizenPanel() const { return m_citizenPanel; }
    QWidget* currentScreen() const;
    QWidget* serviceScreen() const { return m_serviceScreen.data(); } // the open service, if any
    IdleWatcher* idleWatcher() const { return m_idle; }
    SessionNotices* sessionNotices() const { return m_notices; }
    SecondCodeCheck* secondCodeCheck() const { return m_secondCode; }
    Theme theme() const { return m_theme; }
    // The window never grows past the screen it is on (main.cpp passes the screen's available size; a demo
    // kiosk its 1280x800 window).
    void fitTo(const QSize& screenSize);

    // "connected (12 ms)" / "cannot be reached": shown in the footer for staff and for support.
    void setPlatformStatus(bool reachable, int latencyMs);
    // The services the platform cannot offer now, from an answer of GET /health (its closedServices): the
    // home screen's tiles say so. Asked again at each login, so a service closed or opened since shows.
    void takeClosedServices(const QJsonObject& health);
    QString footerText() const;

    // A code from the scanner: logs in, or asks before switching person when someone is logged in.
    void codeScanned(const QString& text);
    void openService(const QString& id);
    // Visitor mode: the public services without logging in; personal ones ask for a login.
    void enterVisitorMode();
    void findCounter();
    void leaveVisitorMode();
    bool inVisitorMode() const { return m_visitor; }

    void showDiagnostics();
    // Serving or not, as the platform's versions allow (app/outofservice.cpp; docs/operations.md, "Updates").
    void followCompatibility(const fleet::HeartbeatClient& heartbeat);
    bool outOfService() const { return m_outOfService != nullptr; }
    // A hall manager signed in at a counter is told of new incidents with the hall's terminals on any screen.
    bool watchingFleet() const { return m_fleetWatch != nullptr; }
    OutOfServiceScreen* outOfServiceScreen() const { return m_outOfService; }
    // The devices the diagnostics page reports on, once main() has made them.
    void setDevices(const CardSource* cards, const CameraService* camera);
    // The readers a card service works through (changing the PIN): the USB readers, or the demo's own.
    // The reader services and card logins use (none: nothing that needs a card is offered, and the start
    // screen does not ask for one; a USB reader counts while one is plugged in).
    void setCardService(CardSource* cards);
    // A counter's instant-issue card printer, for the clerk's 即时制卡 (null: none).
    void setCardEncoder(CardEncoder* encoder) { m_cardEncoder = encoder; }
    // What the camera sees now, for the services that take photos (dispute evidence); empty: no camera.
    // A kiosk with a camera also offers signing in by face (app/facelogin.cpp).
    // `problem`: why it gives no picture at the moment (shown by the screen that wanted one).
    void setCameraPhoto(std::function<QImage()> photo, std::function<QString()> problem = {});

    void toggleLanguage();
    void toggleElderInterface();

signals:
    // The PIN the citizen typed for the card in the reader: for the reader to check (main.cpp connects it).
    void pinEntered(const QString& pin);
    // The card being confirmed with must answer this challenge now.
    void confirmationChallengeForCard(const QByteArray& challenge);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // A counter's citizen panel beside the screen where the screen keeps room enough, above it otherwise.
    void placeCitizenPanel();
    void endCardConfirmation();
    QStringList staffRoles() const; // of the staff member signed in, if any
    // What this terminal offers its person (or visitor): its mode's services, staff tasks by role, and no
    // service that works on a card where there is no card reader.
    std::vector<const ServiceModule*> offeredServices() const;
    void retranslate();
    void followFlow();
    void tellLossReportCancelled(const QString& receipt); // above the next screen, with its receipt
    void followStaff();
    void followFleet(); // app/fleetalerts.cpp
    bool staffRequired() const;
    void closeServiceScreen();
    void
    leaveService(); // the service screen closed, home shown: its Back from a first page, the header's Home
    // What a service screen works with: this terminal's platform, devices, mode and (logged in) session.
    ModuleContext moduleContext(bool loggedIn);
    // Face instead of a forgotten PIN (app/facelogin.cpp): kiosks with a camera; `claim` the card in the
    // reader, or empty for the ID number and name typed.
    bool faceLoginOffered() const;
    void openFaceLogin(const QJsonObject& claim);
    void showScreen(QWidget* screen);
    // A kiosk's next citizen starts as the kiosk was set up: its language and theme, every list at the top.
    void resetForNextCitizen();
    void secondCodeChecked(int outcome);
    void eLicenceChecked(int outcome); // an ELicenceCheck::Outcome
    void idleTimedOut();

    TerminalMode m_mode;
    std::function<QImage()> m_cameraPhoto;
    std::function<QString()> m_cameraProblem;
    CardProver* m_confirmationProver = nullptr; // the card being confirmed with, while its PIN is asked
    DraftStore
        m_drafts; // a clerk's unfinished forms (counters and home visits only), cleared at the clerk's logout
    bool m_demo;
    Theme m_theme;
    ShellServices m_services;
    HeaderBar* m_header;
    QStackedWidget* m_screens;
    StartScreen* m_start;
    MessageScreen* m_message;
    HomeScreen* m_home;
    PinPadScreen* m_pinPad;
    StaffLoginScreen* m_staffScreen = nullptr;
    CitizenPanel* m_citizenPanel;
    QBoxLayout* m_body; // the citizen panel and the screen
    QPushButton* m_staffLogout;
    QPushButton* m_diagnostics;
    QPointer<DiagnosticsScreen> m_diagnosticsScreen;
    const CardSource* m_cards = nullptr;
    CardSource* m_cardService = nullptr;
    CardEncoder* m_cardEncoder = nullptr;
    const CameraService* m_camera = nullptr;
    QPointer<QWidget> m_serviceScreen;
    IdleWatcher* m_idle = nullptr;
    SessionNotices* m_notices;
    QString m_lossCancelledReceipt; // a card's loss report cancelled; said once the login that follows ends
    SecondCodeCheck* m_secondCode = nullptr;
    ELicenceCheck* m_eLicence = nullptr; // counters: licences shown on phones
    QString m_kioskLanguage;             // as configured: what each new citizen starts in
    Theme m_kioskTheme;
    bool m_visitor = false;
    QLabel* m_footer;
    enum class PlatformState { Unknown, Reachable, Unreachable } m_platformState = PlatformState::Unknown;
    int m_platformLatencyMs = 0;
    OutOfServiceScreen* m_outOfService = nullptr; // shown instead of every other screen while set
    FleetWatch* m_fleetWatch = nullptr;           // while a hall manager is signed in (app/fleetalerts.cpp)
};

} // namespace ssc
