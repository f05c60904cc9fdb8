#include "diagnosticsscreen.h"

#include "bundlefolderchooser.h"
#include "camera/camerascanner.h"
#include "camera/cameraservice.h"
#include "cardreader/cardsource.h"
#include "fleet/compatibility.h"
#include "platform/platformclient.h"
#include "printservice.h"
#include "supportbundle.h"
#include "threading/queuedcall.h"
#include "usb/devicecatalog.h"
#include "usb/usbcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace ssc {

DiagnosticsScreen::DiagnosticsScreen(UsbContext* usb, const DeviceCatalog& catalog, PlatformClient* platform,
                                     QWidget* parent)
    : QWidget(parent), m_usb(usb), m_catalog(catalog), m_platform(platform), m_title(new QLabel),
      m_devices(new QTableWidget(0, 4)), m_platformLine(new StatusLines), m_stateLine(new StatusLines),
      m_versions(new QLabel), m_refresh(new QPushButton), m_export(new QPushButton), m_bundleLine(new QLabel),
      m_chooser(new BundleFolderChooser), m_close(new QPushButton)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_stateLine->setObjectName(QStringLiteral("deviceStates"));
    m_platformLine->setObjectName(QStringLiteral("platformState"));
    m_devices->verticalHeader()->hide();
    m_devices->horizontalHeader()->setStretchLastSection(true);
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_close->setObjectName(QStringLiteral("backButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_close);
    top->addWidget(m_title, 1);
    top->addWidget(m_export);
    top->addWidget(m_refresh);
    m_export->hide(); // until there is a folder to write to
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(20);
    layout->addLayout(top);
    // How each part stands first, by icon and words (what a technician looks for); the USB devices' table
    // under it, shown only when there is a device; then where the support bundle went, and the versions.
    auto* facts = new QVBoxLayout;
    facts->setSpacing(design::spacing);
    facts->addWidget(m_stateLine);
    facts->addWidget(m_platformLine);
    layout->addLayout(facts);
    layout->addWidget(m_devices, 100);
    // The bundle's folder is chosen in the table's place, the page's title and buttons staying in view.
    layout->addWidget(m_chooser, 100);
    m_chooser->hide();
    for (QLabel* line : {m_bundleLine, m_versions}) {
        line->setWordWrap(true); // the elder interface's words in a portrait window
        layout->addWidget(line);
    }
    m_bundleLine->hide();
    layout->addStretch(1); // without the table, the lines stay together at the top
    connect(m_refresh, &QPushButton::clicked, this, &DiagnosticsScreen::refresh);
    connect(m_export, &QPushButton::clicked, this, &DiagnosticsScreen::chooseSupportFolder);
    connect(m_chooser, &BundleFolderChooser::chosen, this, [this](const QString& folder) {
        m_chooser->hide();
        m_devices->setVisible(deviceRows() > 0);
        m_bundleFolder = folder;
        if (m_rememberFolder)
            m_rememberFolder(folder);
        exportSupportBundle();
    });
    connect(m_chooser, &BundleFolderChooser::cancelled, this, [this] {
        m_chooser->hide();
        m_devices->setVisible(deviceRows() > 0);
    });
    connect(m_close, &QPushButton::clicked, this, &DiagnosticsScreen::closeRequested);
    if (m_usb) {
        connect(m_usb, &UsbContext::deviceArrived, this, &DiagnosticsScreen::refresh);
        connect(m_usb, &UsbContext::deviceLeft, this, &DiagnosticsScreen::refresh);
    }
    retranslate();
    refresh();
}

DiagnosticsScreen::~DiagnosticsScreen() = default;

void DiagnosticsScreen::refresh()
{
    m_devices->setRowCount(0);
    const QList<UsbDeviceInfo> devices = m_usb ? m_usb->devices() : QList<UsbDeviceInfo>{};
    for (const UsbDeviceInfo& device : devices) {
        const DeviceMatch match = m_catalog.match(device);
        const int row = m_devices->rowCount();
        m_devices->insertRow(row);
        const QStringList cells{device.vidPid(), device.key(), match.describe(), match.name};
        for (int c = 0; c < cells.size(); ++c)
            m_devices->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_devices->resizeColumnsToContents();
    m_devices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // No table without a device: an empty table looks like a page that failed to load. Its line below says
    // that none was found and what to do, the devices' states under it.
    m_devices->setHidden(devices.isEmpty() || m_chooser->isVisible());
    QList<StatusLines::Line> states;
    using design::Tone;
    if (devices.isEmpty())
        states << StatusLines::Line{m_usb ? Tone::Warning : Tone::Error,
                                    m_usb ? tr("No USB devices found. Plug in the code scanner or card "
                                               "reader, then tap Refresh.")
                                          : tr("USB is not available on this terminal.")};
    // A pedestal found by class (its vendor and product not in the udev rules) is the system's, not the
    // terminal user's: the exact line that gives it to the terminal. A card reader says the same through its
    // own problem below.
    for (const UsbDeviceInfo& device : devices)
        if (m_catalog.match(device).kind == DeviceMatch::Kind::Scanner &&
            m_usb->access(device) == UsbContext::Access::Denied)
            states << StatusLines::Line{
                Tone::Error,
                tr("Scanner %1 may not be opened by the terminal's user. Add the line %2 to "
                   "/etc/udev/rules.d/70-ssc-terminal.rules, run \"sudo udevadm control --reload && sudo "
                   "udevadm trigger\" and plug the scanner in again.")
                    .arg(device.vidPid(), udevRuleFor(device.vendorId, device.productId))};
    if (m_cards && !m_cards->isReady() && !m_cards->problem().isEmpty())
        states << StatusLines::Line{Tone::Error, m_cards->problem()};
    else if (!m_cards || !m_cards->isReady())
        states << StatusLines::Line{Tone::Warning, tr("Card reader: none connected.")};
    else if (const QString held = m_cards->slotsDescription(); !held.isEmpty())
        states << StatusLines::Line{Tone::Success, held}; // which slot holds the card and which the PSAM
    else
        states << StatusLines::Line{
            Tone::Success, m_cards->cardPresent()
                               ? tr("Card reader %1: a card is inserted.").arg(m_cards->displayName())
                               : tr("Card reader %1: ready, no card.").arg(m_cards->displayName())};
    states << cameraState();
    if (!m_printer)
        states << StatusLines::Line{Tone::Warning, tr("Printer: none configured.")};
    else if (!m_printerState)
        states << StatusLines::Line{Tone::Info, tr("Printer: checking…")};
    else if (m_printerState->first == PrintProblem::None)
        states << StatusLines::Line{Tone::Success, tr("Printer %1: ready.").arg(m_printerState->second)};
    else
        states << StatusLines::Line{
            Tone::Error,
            tr("Printer %1: %2").arg(m_printerState->second, PrintProblems::message(m_printerState->first))};
    m_stateLine->setLines(states);
    if (!m_platform) {
        m_platformLine->setLine(Tone::Error, tr("Platform: no address configured."));
        return;
    }
    if (m_platformLine->lines().isEmpty())
        m_platformLine->setLine(Tone::Info, tr("Platform: checking…"));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_platform->get(
        QStringLiteral("/api/v1/health"),
        [this, timer](const PlatformResult& result) {
            m_platformLine->setLine(result.ok() ? Tone::Success : Tone::Error,
                                    result.ok()
                                        ? tr("Platform reachable in %1 ms; database %2, schema %3.")
                                              .arg(timer->elapsed())
                                              .arg(result.body.value(QStringLiteral("database")).toString())
                                              .arg(result.body.value(QStringLiteral("schemaVersion")).toInt())
                                        : tr("Platform not reachable: %1").arg(result.message()));
        },
        this);
}

StatusLines::Line DiagnosticsScreen::cameraState() const
{
    using design::Tone;
    if (!m_camera)
        return {Tone::Info, tr("Camera: not in use.")};
    if (!m_camera->isRunning() && !m_camera->problem().isEmpty())
        return {Tone::Error, tr("Camera not working: %1").arg(m_camera->problem())};
    if (!m_camera->isRunning())
        return m_camera->available()
                   ? StatusLines::Line{Tone::Success,
                                       tr("Camera: connected, opened when a service needs it.")}
                   : StatusLines::Line{Tone::Warning, tr("Camera: none connected.")};
    if (!m_camera->isScanning())
        return {
            Tone::Success,
            tr("Camera %1: open for pictures; codes are read by the pedestal.").arg(m_camera->describe())};
    const CameraScanner& scanner = m_camera->scanner();
    return {Tone::Success, tr("Camera %1: %2 frames read, %3 dropped while busy.")
                               .arg(m_camera->describe())
                               .arg(scanner.framesRead())
                               .arg(scanner.framesDropped())};
}

void DiagnosticsScreen::setDevices(const CardSource* cards, const CameraService* camera,
                                   PrintService* printer)
{
    m_cards = cards;
    m_camera = camera;
    if (camera) { // an error or an unplugged camera shows while the page is open
        const auto update = [this] {
            if (isVisible())
                refresh();
        };
        connect(camera, &CameraService::problemChanged, this, update);
        connect(camera, &CameraService::runningChanged, this, update);
    }
    m_printer = printer;
    if (printer)
        connect(
            printer, &PrintService::queueChecked, this, [this](PrintProblem problem, const QString& queue) {
                m_printerState = std::pair{problem, queue}; // put in words by refresh(), in the language now
                refresh();
            });
    refresh();
    if (printer)
        printer->checkQueue();
}

void DiagnosticsScreen::setSupportBundle(const QString& logDirectory, const QString& folder)
{
    m_logDirectory = logDirectory;
    m_defaultFolder = folder;
    m_bundleFolder = folder;
    m_export->setVisible(!folder.isEmpty());
}

void DiagnosticsScreen::setSupportFolderMemory(const QString& chosenLast,
                                               std::function<void(const QString&)> remember)
{
    m_rememberFolder = std::move(remember);
    // A stick chosen last time and plugged in again is offered first; gone, the default is.
    if (!chosenLast.isEmpty() && !m_defaultFolder.isEmpty())
        m_bundleFolder = BundleDestinations::preferred(
            chosenLast, BundleDestinations::list(m_defaultFolder, m_volumes(), m_mediaRoots));
}

void DiagnosticsScreen::setVolumeSource(std::function<QList<BundleDestinations::Volume>()> volumes,
                                        QStringList mediaRoots)
{
    m_volumes = std::move(volumes);
    m_mediaRoots = std::move(mediaRoots);
}

void DiagnosticsScreen::chooseSupportFolder()
{
    if (m_defaultFolder.isEmpty() || m_exporting)
        return;
    // Looked at now: a stick plugged in since the page opened is offered.
    const auto destinations = BundleDestinations::list(m_defaultFolder, m_volumes(), m_mediaRoots);
    m_chooser->setDestinations(destinations, BundleDestinations::preferred(m_bundleFolder, destinations));
    m_devices->hide();
    m_chooser->show();
}

void DiagnosticsScreen::exportSupportBundle()
{
    if (m_bundleFolder.isEmpty() || m_exporting)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    // What the page shows now, in the page's words; the versions as support reads them.
    QString table =
        QStringList{tr("USB id"), tr("Bus-address"), tr("What it is"), tr("Name")}.join(u'\t') + u'\n';
    for (int row = 0; row < deviceRows(); ++row)
        table +=
            QStringList{deviceText(row, 0), deviceText(row, 1), deviceText(row, 2), deviceText(row, 3)}.join(
                u'\t') +
            u'\n';
    SupportBundleContent content;
    content.devices = table + u'\n' + m_stateLine->text() + u'\n' + m_platformLine->text() + u'\n';
    content.versions =
        QStringLiteral("ssc-terminal %1\nQt %2\nAPI versions spoken: %3\n%4 (%5 %6)\n")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QString::number(fleet::apiVersionsSpoken().constLast()), QSysInfo::prettyProductName(),
                 QSysInfo::kernelType(), QSysInfo::kernelVersion());
    content.logDirectory = m_logDirectory;
    // Read, compressed and written on a worker thread; the answer comes back to the GUI thread, to this page
    // if it is still there.
    QThreadPool::globalInstance()->start(
        [page = QPointer<DiagnosticsScreen>(this), folder = m_bundleFolder, content] {
            QString error;
            const QString path = SupportBundle::write(folder, content, &error).value_or(QString());
            queueCall(QCoreApplication::instance(), [page, path, error] {
                if (!page)
                    return;
                page->m_exporting = false;
                page->m_export->setEnabled(true);
                page->m_bundlePath = path;
                page->m_bundleError = error;
                page->m_bundleLine->setText(page->supportBundleText());
                page->m_bundleLine->show();
            });
        });
}

QString DiagnosticsScreen::supportBundleText() const
{
    if (!m_bundlePath.isEmpty())
        return tr("Support bundle saved (logs, versions, devices; no personal data): %1").arg(m_bundlePath);
    if (!m_bundleError.isEmpty())
        return tr("The support bundle could not be saved: %1").arg(m_bundleError);
    return {};
}

QString DiagnosticsScreen::deviceStateText() const
{
    return m_stateLine->text();
}

int DiagnosticsScreen::deviceRows() const
{
    return m_devices->rowCount();
}

QString DiagnosticsScreen::deviceText(int row, int column) const
{
    const QTableWidgetItem* item = m_devices->item(row, column);
    return item ? item->text() : QString();
}

QString DiagnosticsScreen::platformText() const
{
    return m_platformLine->text();
}

void DiagnosticsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DiagnosticsScreen::retranslate()
{
    m_title->setText(tr("Diagnostics"));
    m_refresh->setText(tr("Refresh"));
    m_export->setText(tr("Save support bundle"));
    m_bundleLine->setText(supportBundleText());
    m_close->setText(tr("Back"));
    m_devices->setHorizontalHeaderLabels({tr("USB id"), tr("Bus-address"), tr("What it is"), tr("Name")});
    m_versions->setText(tr("ssc-terminal %1 · Qt %2")
                            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))
                            .simplified()); // no double space where a build has no version
}

} // namespace ssc
