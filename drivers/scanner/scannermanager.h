#pragma once

#include "codescanner.h"
#include "usb/devicecatalog.h"

#include <map>
#include <memory>

namespace ssc {

class UsbContext;
class UsbScanner;

// Every scanning pedestal on the terminal's USB, as one CodeScanner: it opens each scanner that arrives
// (table or class match), forwards its codes, and lets go when it leaves; a replugged pedestal works again
// as soon as it arrives, without a restart.
class ScannerManager : public CodeScanner {
    Q_OBJECT
public:
    ScannerManager(UsbContext& context, DeviceCatalog catalog, QObject* parent = nullptr);
    ~ScannerManager() override;

    QString displayName() const override;
    bool isReady() const override { return !m_scanners.empty(); }
    int scannerCount() const { return static_cast<int>(m_scanners.size()); }

private:
    void arrived(const UsbDeviceInfo& device);
    void left(const UsbDeviceInfo& device);
    bool forget(const QString& key); // closes the scanner; false when there was none

    UsbContext& m_context;
    DeviceCatalog m_catalog;
    std::map<QString, std::unique_ptr<UsbScanner>> m_scanners;
};

} // namespace ssc
