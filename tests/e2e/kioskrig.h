#pragma once

#include "emulatedcardreader.h"
#include "platformfixture.h"
#include "usbemulator.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ssc {
class LoginFlow;
class MainWindow;
class ModuleRegistry;
class PlatformClient;
class ScannerManager;
class CardReaderManager;
class UsbContext;
} // namespace ssc

// A whole kiosk for end-to-end tests and benchmarks: the real platform process, the terminal's window
// (offscreen), a HID POS pedestal and a CCID card reader emulated on USB that the real libusb drivers read.
class KioskRig {
public:
    KioskRig();
    ~KioskRig();

    bool start(int idleTimeoutSeconds = 90, int idleWarnSeconds = 20); // false with error()
    QString error() const { return m_error; }

    // Shows `code` to the pedestal: the HID POS reports a Newland pedestal would send.
    void scan(const QString& code);
    PlatformFixture& platform() { return m_platform; }
    ssc::MainWindow& window() { return *m_window; }
    ssc::LoginFlow& flow() { return *m_flow; }
    ssc::ScannerManager& scanners() { return *m_scanners; }
    EmulatedCardReader& cardReader() { return *m_cardReader; }
    // A second reader, with its own PIN pad (the ACS APG8201-B2), plugged in the first time a test asks.
    EmulatedCardReader& padReader();
    // The card out of the reader and the terminal back at its start (a refusal dismissed): between cases.
    bool removeCardAndSettle();
    // The pedestal's cable (hotplug tests).
    void unplugPedestal() { m_usb.unplug(m_pedestal); }
    void plugPedestalIn() { m_usb.plug(m_pedestal); }
    ssc::CardReaderManager& cardReaders() { return *m_cards; }
    // The emulated card of a demo person, with the data the platform holds for their first card.
    EmulatedCard cardOf(const QString& person);
    // The same from a person as GET /api/v1/demo/people lists them.
    static EmulatedCard cardFrom(const QJsonObject& person);

private:
    PlatformFixture m_platform;
    UsbEmulator m_usb;
    EmulatedUsbDevice* m_pedestal = nullptr;
    std::unique_ptr<ssc::PlatformClient> m_client;
    std::unique_ptr<ssc::LoginFlow> m_flow;
    std::unique_ptr<ssc::ModuleRegistry> m_modules;
    std::unique_ptr<ssc::MainWindow> m_window;
    std::unique_ptr<ssc::UsbContext> m_context;
    std::unique_ptr<ssc::ScannerManager> m_scanners;
    std::unique_ptr<EmulatedCardReader> m_cardReader;
    std::unique_ptr<EmulatedCardReader> m_padReader;
    std::unique_ptr<ssc::CardReaderManager> m_cards;
    QString m_error;
};
