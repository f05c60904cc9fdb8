#include "devicescommand.h"

#include "camera/framesource.h"
#include "cupsqueues.h"
#include "platform/platformclient.h"
#include "printproblem.h"
#include "settings/settings.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace ssc::ctl {
namespace {

class DevicesText {
    Q_DECLARE_TR_FUNCTIONS(DevicesCommand)
public:
    static QString noUsb(const QString& why) { return tr("USB is not available: %1").arg(why); }
    static QString platformOk(int ms) { return tr("platform reachable (%1 ms)").arg(ms); }
    static QString platformNone() { return tr("platform: no address configured (platform/url)"); }
    static QString noCamera() { return tr("cameras: none"); }
    static QString cameras(const QString& names) { return tr("cameras: %1").arg(names); }
    static QString noAccess(const QString& device, const QString& rule)
    {
        return tr("%1: the terminal may not open it. Add this line to "
                  "/etc/udev/rules.d/70-ssc-terminal.rules, "
                  "run 'udevadm control --reload && udevadm trigger' and plug it in again:\n  %2")
            .arg(device, rule);
    }
    static QString printerReady(const QString& queue) { return tr("printer %1: ready").arg(queue); }
    static QString printerProblem(const QString& queue, const QString& problem)
    {
        return tr("printer %1: %2").arg(queue, problem);
    }
    static QString noPrinter()
    {
        return tr("printer: none (set printing/queue, or a CUPS default destination)");
    }
};

QString modeKey(DeviceMatch::Mode mode)
{
    switch (mode) {
    case DeviceMatch::Mode::HidPos:
        return QStringLiteral("hid-pos");
    case DeviceMatch::Mode::Keyboard:
        return QStringLiteral("keyboard");
    case DeviceMatch::Mode::Cdc:
        return QStringLiteral("cdc");
    case DeviceMatch::Mode::Ccid:
        return QStringLiteral("ccid");
    case DeviceMatch::Mode::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

int runDevices(CommandContext& context)
{
    QCommandLineParser parser;
    if (!parser.parse(context.arguments()) || !parser.positionalArguments().isEmpty())
        return context.usageError(parser.errorText().isEmpty() ? parser.positionalArguments().join(u' ')
                                                               : parser.errorText());

    // Enumerate by polling once: no hotplug thread needed for a snapshot.
    UsbContext usb(UsbContext::Discovery::Polling);
    if (!usb.isValid()) {
        context.printError(DevicesText::noUsb(usb.errorString()));
        return Negative;
    }
    QEventLoop settle;
    QTimer::singleShot(100, &settle, &QEventLoop::quit);
    settle.exec();
    const DeviceCatalog catalog = DeviceCatalog::standard();
    QJsonArray devices;
    for (const UsbDeviceInfo& device : usb.devices()) {
        const DeviceMatch match = catalog.match(device);
        // A scanner or reader this user may not open (EACCES): no udev rule gives it to the terminal, as for
        // a device found by class. Say which line to add.
        const bool denied =
            match.kind != DeviceMatch::Kind::Unsupported && usb.access(device) == UsbContext::Access::Denied;
        const QString rule = udevRuleFor(device.vendorId, device.productId);
        if (context.json()) {
            QJsonObject entry{
                {QStringLiteral("usb"), device.vidPid()},  {QStringLiteral("at"), device.key()},
                {QStringLiteral("kind"), match.kindKey()}, {QStringLiteral("mode"), modeKey(match.mode)},
                {QStringLiteral("known"), match.known},    {QStringLiteral("name"), match.name}};
            if (denied)
                entry[QStringLiteral("udevRuleMissing")] = rule;
            devices.append(entry);
        } else {
            context.print(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(device.vidPid(), device.key(), match.describe(), match.name));
            if (denied)
                context.print(DevicesText::noAccess(device.vidPid(), rule));
        }
    }

    const Settings settings = Settings::standard();
    // The camera and the printer the terminal would use.
    const QStringList cameras = CameraFrames::availableCameras();
    cups::useServer(settings.value(keys::printingServer).toString());
    const QString queue = settings.value(keys::printingQueue).toString().isEmpty()
                              ? cups::defaultQueue()
                              : settings.value(keys::printingQueue).toString();
    bool cupsAnswered = false;
    const auto queueState = queue.isEmpty() ? std::nullopt : cups::queueState(queue, &cupsAnswered);
    const PrintProblem printProblem =
        queue.isEmpty() ? PrintProblem::NoPrinter
        : !queueState   ? (cupsAnswered ? PrintProblem::NoPrinter : PrintProblem::ServerUnreachable)
                        : PrintProblems::classify(*queueState);
    if (!context.json()) {
        context.print(cameras.isEmpty() ? DevicesText::noCamera()
                                        : DevicesText::cameras(cameras.join(u", ")));
        context.print(queue.isEmpty() ? DevicesText::noPrinter()
                      : printProblem == PrintProblem::None
                          ? DevicesText::printerReady(queue)
                          : DevicesText::printerProblem(queue, PrintProblems::message(printProblem)));
    }
    const QUrl url(settings.value(keys::platformUrl).toString());
    QJsonObject platform{{QStringLiteral("configured"), url.isValid() && !url.isEmpty()}};
    if (url.isValid() && !url.isEmpty()) {
        PlatformConfig config;
        config.baseUrl = url;
        config.pinnedCertificateSha256 = settings.value(keys::platformPin).toString().toLatin1();
        config.timeoutMs = 3000;
        config.maxAttempts = 1;
        PlatformClient client(config);
        QElapsedTimer timer;
        timer.start();
        PlatformResult result;
        QEventLoop wait;
        client.get(QStringLiteral("/api/v1/health"), [&](const PlatformResult& r) {
            result = r;
            wait.quit();
        });
        wait.exec();
        platform.insert(QStringLiteral("reachable"), result.ok());
        platform.insert(QStringLiteral("milliseconds"), timer.elapsed());
        if (!context.json())
            context.print(result.ok() ? DevicesText::platformOk(static_cast<int>(timer.elapsed()))
                                      : result.message());
    } else if (!context.json()) {
        context.print(DevicesText::platformNone());
    }
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("devices"), devices},
                        {QStringLiteral("cameras"), QJsonArray::fromStringList(cameras)},
                        {QStringLiteral("printer"),
                         QJsonObject{{QStringLiteral("queue"), queue},
                                     {QStringLiteral("ready"), printProblem == PrintProblem::None},
                                     {QStringLiteral("state"), PrintProblems::message(printProblem)}}},
                        {QStringLiteral("platform"), platform}});
    return Ok;
}

} // namespace ssc::ctl
