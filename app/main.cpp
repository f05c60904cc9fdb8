// ssc-terminal: the electronic social security card service terminal (kiosk, counter, field).
#include "allmodules.h"
#include "camera/camerascanner.h"
#include "camera/cameraservice.h"
#include "camera/framesource.h"
#include "cardlogin.h"
#include "cardreader/cardreadermanager.h"
#include "fleet/heartbeatclient.h"
#include "fleetreporter.h"
#include "i18n/translator.h"
#include "launchoptions.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "moduleapi/servicemodule.h"
#include "outbox/outboxsender.h"
#include "outbox/visitchallenges.h"
#include "platform/platformclient.h"
#include "printservice.h"
#include "scanner/scannermanager.h"
#include "security/coredumps.h"
#include "security/crashreport.h"
#include "session/logincodeflow.h"
#include "session/loginflow.h"
#include "session/stafflogin.h"
#include "settings/settings.h"
#include "simulator/emulatedcardencoder.h"
#include "simulator/virtualcardreader.h"
#include "simulator/virtualpedestal.h"
#include "simulatorwindow.h"
#include "startscreen.h"
#include "systemdnotify.h"
#include "systemvoice.h"
#include "theme.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QApplication>
#include <QCameraDevice>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <cerrno>
#include <cstdio>

namespace {

using namespace ssc;

// Command-line values win over user settings; system settings (locked) win over both.
template <typename T>
T choose(const Settings& settings, const QString& key, const std::optional<T>& fromCommandLine,
         const T& fallback)
{
    if (!settings.isLocked(key) && fromCommandLine)
        return *fromCommandLine;
    return settings.value(key, QVariant::fromValue(fallback)).template value<T>();
}

std::optional<QString> nonEmpty(const QString& value)
{
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

void showForMode(MainWindow& window, TerminalMode mode, bool demo)
{
    // A demo kiosk stays a window, so a developer's desktop is not taken over.
    const QSize available = window.screen()->availableGeometry().size();
    if (mode == TerminalMode::Kiosk && !demo) {
        // Without a window manager (a bare kiosk X session) full screen means: take the screen's geometry.
        window.fitTo(window.screen()->geometry().size());
        window.setGeometry(window.screen()->geometry());
        window.showFullScreen();
        // Kiosks are touch screens: a pointer left in the middle of the screen only hides what is under it.
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    } else {
        // A demo kiosk plays a 1280x800 kiosk screen; a counter's window may be as large as its screen.
        const QSize kiosk(1280, 800);
        window.fitTo(mode == TerminalMode::Kiosk ? kiosk.boundedTo(available) : available);
        window.resize(kiosk.boundedTo(available));
        window.show();
    }
}

std::unique_ptr<PlatformClient> platformClientFrom(const Settings& settings, TerminalMode mode)
{
    const QUrl url(settings.value(keys::platformUrl).toString());
    if (!url.isValid() || url.isEmpty())
        return nullptr;
    PlatformConfig config;
    config.baseUrl = url;
    config.mode = mode;
    config.terminalId = settings.value(keys::terminalId).toString();
    config.terminalSecret = settings.value(keys::terminalSecret).toString();
    config.pinnedCertificateSha256 = settings.value(keys::platformPin).toString().toLatin1();
    return std::make_unique<PlatformClient>(config);
}

// Reachability and latency for the footer; the screens that need the platform arrive with the login flow.
void checkPlatform(PlatformClient& platform, MainWindow& window)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    platform.get(QStringLiteral("/api/v1/health"), [&window, timer](const PlatformResult& result) {
        window.setPlatformStatus(result.ok(), static_cast<int>(timer->elapsed()));
        if (result.ok())
            window.takeClosedServices(result.body);
        if (result.ok())
            qCInfo(lcApp) << "platform reachable in" << timer->elapsed() << "ms";
        else
            qCWarning(lcApp) << "platform not reachable:" << result.errorCode;
    });
}

// Kiosks and counters print unless told otherwise; field laptops carry no printer unless configured.
std::unique_ptr<PrintService> printServiceFrom(const Settings& settings, TerminalMode mode)
{
    if (!settings.value(keys::printingEnabled, mode != TerminalMode::Field).toBool())
        return nullptr;
    auto service = std::make_unique<PrintService>(settings.value(keys::printingServer).toString(),
                                                  settings.value(keys::printingQueue).toString());
    service->setWaitLimit(settings.value(keys::printingWaitSeconds, 30).toInt() * 1000);
    return service;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything of a person can be in memory: a crash must not write it to a core file.
    const int coreDumpsError = keepMemoryOutOfCoreDumps() ? 0 : errno;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ssc-terminal"));
    QApplication::setApplicationVersion(QStringLiteral(SSC_VERSION));

    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    const Settings settings = Settings::standard();
    LogOptions logOptions;
    logOptions.privacyEnabled = settings.value(keys::privacyLogging, false).toBool();
    logOptions.directory = settings
                               .value(keys::logDirectory,
                                      QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                          QStringLiteral("/logs"))
                               .toString();
    installLogHandler(logOptions);
    // Instead of a core dump, a crash leaves the call stack next to the session's log (no person data).
    if (!logOptions.directory.isEmpty() &&
        !writeCrashReportsTo(logOptions.directory, QStringLiteral(SSC_VERSION)))
        qCWarning(lcApp) << "crash reports cannot be written to" << logOptions.directory;
    if (coreDumpsError != 0)
        qCWarning(lcApp) << "core dumps could not be switched off:" << qt_error_string(coreDumpsError);

    const QString language =
        choose(settings, keys::language, nonEmpty(options.language), languageFromSystem());
    if (!useLanguage(language))
        useLanguage(chineseLanguage);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "ssc-terminal: %s\n", qUtf8Printable(options.error));
        return 2;
    }

    const std::optional<QString> modeFromCommandLine =
        options.mode ? std::optional<QString>(terminalModeKey(*options.mode)) : std::nullopt;
    const TerminalMode mode =
        terminalModeFromKey(choose(settings, keys::mode, modeFromCommandLine, QStringLiteral("kiosk")))
            .value_or(TerminalMode::Kiosk);
    const Theme theme =
        themeFromKey(choose(settings, keys::theme, nonEmpty(options.theme), QStringLiteral("standard")));
    applyTheme(app, theme);

    const std::unique_ptr<PlatformClient> platform = platformClientFrom(settings, mode);
    // Without a platform there is nobody to identify: the terminal shows its start screen and says so.
    std::unique_ptr<LoginFlow> flow = platform ? std::make_unique<LoginFlow>(*platform) : nullptr;
    ModuleRegistry modules;
    registerAllModules(modules);
    const std::unique_ptr<PrintService> printer = printServiceFrom(settings, mode);
    std::unique_ptr<StaffLogin> staff =
        platform && mode != TerminalMode::Kiosk ? std::make_unique<StaffLogin>(*platform) : nullptr;
    ShellServices services;
    services.flow = flow.get();
    services.staff = staff.get();
    const DeviceCatalog catalog = DeviceCatalog::standard();
    services.catalog = &catalog;
    UsbContext usb;
    services.usb = usb.isValid() ? &usb : nullptr;
    services.modules = &modules;
    services.platform = platform.get();
    services.printer = printer.get();
    services.idleTimeoutSeconds = settings.value(keys::idleTimeoutSeconds, 90).toInt();
    // The diagnostics page's support bundle: the session logs, written to the staff's documents folder.
    services.logDirectory = logOptions.directory;
    services.supportFolder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/ssc-support");
    // Staff may choose a USB drive instead; the choice is remembered in the user file (unless the system
    // file locks it), for the next bundle.
    services.supportFolderChosen = settings.value(keys::supportBundleFolder).toString();
    services.rememberSupportFolder = [](const QString& folder) {
        Settings writable = Settings::standard();
        writable.setValue(keys::supportBundleFolder, folder);
        writable.sync();
    };
    // Kiosks read a screen aloud in the elder interface (docs/design-system.md, "Read this screen to me").
    std::unique_ptr<SystemVoice> voice =
        mode == TerminalMode::Kiosk ? std::make_unique<SystemVoice>() : nullptr;
    services.voice = voice.get();
    // Home visits: what is filed without a network waits, encrypted, in the outbox (docs/face.md, "Field
    // mode").
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<OutboxSender> outboxSender;
    std::unique_ptr<VisitChallenges> visitChallenges;
    if (platform && mode == TerminalMode::Field) {
        outbox =
            std::make_unique<Outbox>(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                         QStringLiteral("/outbox"),
                                     settings.value(keys::terminalSecret).toString().toUtf8());
        outboxSender = std::make_unique<OutboxSender>(*outbox, *platform);
        services.outbox = outboxSender.get();
        // The day's visits and the offline sign-in (docs/security.md, "Field visits").
        if (staff)
            staff->useFieldDay(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                               QStringLiteral("/field-day.json"));
        // ...and the challenges fetched ahead for the people to visit (certification by face offline).
        visitChallenges = std::make_unique<VisitChallenges>(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                QStringLiteral("/visit-challenges"),
            settings.value(keys::terminalSecret).toString().toUtf8());
        services.visitChallenges = visitChallenges.get();
    }
    MainWindow window(mode, options.demo, theme, services);
    showForMode(window, mode, options.demo);
    if (platform)
        checkPlatform(*platform, window);

    // Real pedestals on USB (any number, hotplugged) and, in demo mode, the virtual one the simulator shows
    // codes to: the window sees only CodeScanner.
    std::unique_ptr<ScannerManager> pedestals;
    if (usb.isValid())
        pedestals = std::make_unique<ScannerManager>(usb, catalog);
    else
        qCWarning(lcApp) << "USB is not available:" << usb.errorString();
    if (pedestals) {
        QObject::connect(pedestals.get(), &CodeScanner::codeScanned, &window, &MainWindow::codeScanned);
        if (flow)
            QObject::connect(pedestals.get(), &CodeScanner::unreadable, flow.get(), &LoginFlow::unreadable);
    }
    // The camera (drivers/camera/cameraservice.h): reading codes on kiosks without a pedestal (camera/enabled
    // = auto: one that has not shown up two seconds after start, or has left) or always (on); pictures for
    // face certification, face login and photos of papers on demand, wherever a camera is present. A video
    // file can stand in for the camera (demo, diagnosis).
    CameraScanner cameraScanner;
    cameraScanner.setRegionOfInterest(QRectF(0.15, 0.1, 0.7, 0.8)); // where the guide asks to hold the phone
    QObject::connect(&cameraScanner, &CodeScanner::codeScanned, &window, &MainWindow::codeScanned);
    const QString video =
        !options.cameraVideo.isEmpty() ? options.cameraVideo : settings.value(keys::cameraVideo).toString();
    const QString cameraDevice = settings.value(keys::cameraDevice).toString();
    const CameraService::Setting cameraSetting =
        !video.isEmpty() ? CameraService::Setting::On
                         : CameraService::parseSetting(settings.value(keys::cameraEnabled).toString());
    CameraService camera(
        cameraSetting,
        [&video, &cameraDevice]() -> std::unique_ptr<FrameSource> {
            if (!video.isEmpty())
                return std::make_unique<VideoFileFrames>(video, true);
            return std::make_unique<CameraFrames>(cameraDevice);
        },
        [&video] { return !video.isEmpty() || !QMediaDevices::videoInputs().isEmpty(); }, cameraScanner);
    if (mode == TerminalMode::Kiosk)
        camera.scanWithoutPedestal(pedestals.get());
    // Services that take pictures are offered while a camera is there: plugged in later, or unplugged.
    const auto offerPictures = [&window, &camera] {
        if (camera.available())
            window.setCameraPhoto([&camera] { return camera.photo(); },
                                  [&camera] { return camera.problem(); });
        else
            window.setCameraPhoto({});
    };
    offerPictures();
    QMediaDevices mediaDevices;
    QObject::connect(&mediaDevices, &QMediaDevices::videoInputsChanged, &window, offerPictures);
    // Physical cards: CCID readers on USB (hotplugged) and, in demo mode, the simulator's virtual reader.
    std::unique_ptr<CardReaderManager> cardReaders;
    if (usb.isValid())
        cardReaders = std::make_unique<CardReaderManager>(usb);
    VirtualCardReader virtualCards;
    if (flow) {
        if (cardReaders)
            connectCardLogin(*cardReaders, *flow, window);
        connectCardLogin(virtualCards, *flow, window);
    }
    // The diagnostics page reports the USB readers; in the demo without one, the simulator's reader.
    CardSource* shownCards = cardReaders.get();
    if (options.demo && (!cardReaders || !cardReaders->isReady()))
        shownCards = &virtualCards;
    window.setDevices(shownCards, &camera);
    window.setCardService(shownCards);
    // A demo counter has an instant-issue printer: each card it writes goes into the virtual reader a moment
    // later, as the clerk would carry it over (docs/card-services.md, "Replace the card").
    EmulatedCardEncoder demoEncoder;
    if (options.demo && mode == TerminalMode::Counter) {
        demoEncoder.setOutput([&virtualCards](const SimulatedCard::Personalisation& card) {
            QTimer::singleShot(1500, &virtualCards, [&virtualCards, card] { virtualCards.insert(card); });
        });
        window.setCardEncoder(&demoEncoder);
    }
    VirtualPedestal pedestal;
    QObject::connect(&pedestal, &CodeScanner::codeScanned, &window, &MainWindow::codeScanned);
    if (flow)
        QObject::connect(&pedestal, &CodeScanner::unreadable, flow.get(), &LoginFlow::unreadable);
    // Scan-to-log-in on the start screen, while nobody is logged in.
    std::unique_ptr<LoginCodeFlow> loginCodes = flow ? std::make_unique<LoginCodeFlow>(*platform) : nullptr;
    if (loginCodes) {
        QObject::connect(loginCodes.get(), &LoginCodeFlow::codeChanged, window.startScreen(),
                         &StartScreen::showLoginCode);
        QObject::connect(loginCodes.get(), &LoginCodeFlow::confirmed, flow.get(), &LoginFlow::adoptSession);
        QObject::connect(flow.get(), &LoginFlow::stateChanged, loginCodes.get(),
                         [&loginCodes](LoginFlow::State state) {
                             if (state == LoginFlow::State::Idle)
                                 loginCodes->start();
                             else
                                 loginCodes->stop();
                         });
        if (mode !=
            TerminalMode::Counter) // at a counter the clerk scans the citizen, not the other way round
            loginCodes->start();
    }
    // The fleet: a heartbeat a minute and at each change, and no serving while the platform's versions say no
    // (docs/operations.md, "Fleet" and "Updates").
    std::unique_ptr<fleet::HeartbeatClient> heartbeat;
    std::unique_ptr<FleetReporter> reporter;
    if (platform) {
        heartbeat = std::make_unique<fleet::HeartbeatClient>(*platform, fleet::buildVersion());
        QObject::connect(heartbeat.get(), &fleet::HeartbeatClient::compatibilityChanged, &window,
                         [&window, &heartbeat] { window.followCompatibility(*heartbeat); });
        reporter = std::make_unique<FleetReporter>(*heartbeat);
        reporter->setDiskFolder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
        QObject::connect(heartbeat.get(), &fleet::HeartbeatClient::answered, reporter.get(),
                         [&reporter](bool delivered) {
                             if (!delivered)
                                 reporter->noteError(QStringLiteral("platform_unreachable"));
                         });
        reporter->watchScanner(pedestals.get());
        reporter->watchCardReader(cardReaders.get());
        reporter->watchPrinter(printer.get());
        reporter->watchOutbox(outboxSender.get());
        heartbeat->start();
    }
    std::unique_ptr<SimulatorWindow> simulator;
    if (options.demo && platform) {
        simulator = std::make_unique<SimulatorWindow>(*platform, pedestal);
        simulator->move(window.geometry().right() + 16, window.geometry().top());
        simulator->show();
        simulator->setCardReader(&virtualCards);
        simulator->loadPeople();
        if (loginCodes)
            QObject::connect(loginCodes.get(), &LoginCodeFlow::codeChanged, simulator.get(),
                             [&simulator, &loginCodes] { simulator->seeLoginCode(loginCodes->currentId()); });
    }
    qCInfo(lcApp) << "started in" << terminalModeKey(mode) << "mode" << (options.demo ? "(demo)" : "");

    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(800, &window, [&window, path = options.screenshotPath] {
            const bool saved = window.grab().save(path);
            std::fprintf(stderr, "ssc-terminal: screenshot %s %s\n",
                         saved ? "saved to" : "could not be saved to", qUtf8Printable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    // Under the kiosk unit systemd waits for READY=1 and restarts a terminal whose GUI thread stops answering
    // (docs/installation.md, "The kiosk session"); elsewhere nothing is sent. Queued: the first screen is up
    // once the event loop runs.
    SystemdWatchdog watchdog;
    QTimer::singleShot(0, &watchdog, [&watchdog] {
        if (watchdog.start())
            qCInfo(lcApp) << "systemd watchdog: pinging every" << watchdog.pingInterval().count() << "ms";
    });
    return QApplication::exec();
}
