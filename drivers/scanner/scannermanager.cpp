#include "scannermanager.h"

#include "logging/logging.h"
#include "usb/usbcontext.h"
#include "usbscanner.h"

namespace ssc {

ScannerManager::ScannerManager(UsbContext& context, DeviceCatalog catalog, QObject* parent)
    : CodeScanner(parent), m_context(context), m_catalog(std::move(catalog))
{
    connect(&m_context, &UsbContext::deviceArrived, this, &ScannerManager::arrived);
    connect(&m_context, &UsbContext::deviceLeft, this, &ScannerManager::left);
    for (const UsbDeviceInfo& device : m_context.devices())
        arrived(device);
}

ScannerManager::~ScannerManager() = default;

QString ScannerManager::displayName() const
{
    QStringList names;
    for (const auto& [key, scanner] : m_scanners)
        names << scanner->displayName();
    return names.join(QStringLiteral(", "));
}

void ScannerManager::arrived(const UsbDeviceInfo& device)
{
    const DeviceMatch match = m_catalog.match(device);
    if (match.kind != DeviceMatch::Kind::Scanner || m_scanners.count(device.key()))
        return;
    auto scanner = std::make_unique<UsbScanner>(m_context, device, match);
    QString error;
    if (!scanner->open(&error)) {
        qCWarning(lcCore) << "scanner" << device.vidPid() << "not used:" << error;
        return;
    }
    connect(scanner.get(), &CodeScanner::codeScanned, this, &CodeScanner::codeScanned);
    connect(scanner.get(), &CodeScanner::unreadable, this, &CodeScanner::unreadable);
    // A pedestal that fails while plugged in (an endpoint that stays stalled, an I/O error) is let go as an
    // unplugged one is; plugged in again, it arrives anew. Queued: the scanner is still inside its signal.
    const QString key = device.key();
    connect(scanner.get(), &CodeScanner::readyChanged, this, [this, key](bool ready) {
        if (!ready)
            QMetaObject::invokeMethod(
                this, [this, key] { forget(key); }, Qt::QueuedConnection);
    });
    qCInfo(lcCore) << "scanner ready:" << match.name << device.vidPid();
    const bool wasReady = isReady();
    m_scanners[device.key()] = std::move(scanner);
    if (!wasReady)
        emit readyChanged(true);
}

void ScannerManager::left(const UsbDeviceInfo& device)
{
    if (forget(device.key()))
        qCInfo(lcCore) << "scanner gone:" << device.vidPid();
}

bool ScannerManager::forget(const QString& key)
{
    if (m_scanners.erase(key) == 0)
        return false;
    if (!isReady())
        emit readyChanged(false);
    return true;
}

} // namespace ssc
