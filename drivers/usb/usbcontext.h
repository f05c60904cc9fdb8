#pragma once

#include "usbdeviceinfo.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>
#include <thread>

struct libusb_context;
struct libusb_device;
struct libusb_device_handle;

namespace ssc {

// The one libusb context of the terminal, with its own event thread. Hotplug callbacks (or, where libusb has
// no hotplug, a rescan every second) arrive on the Qt side as queued signals.
class UsbContext : public QObject {
    Q_OBJECT
public:
    // Hotplug where libusb supports it; Polling forces the once-a-second rescan (the fallback, selectable for
    // systems whose hotplug events are unreliable, and for its tests).
    enum class Discovery { Hotplug, Polling };
    explicit UsbContext(Discovery discovery = Discovery::Hotplug, QObject* parent = nullptr);
    ~UsbContext() override;

    bool isValid() const { return m_context != nullptr; }
    QString errorString() const { return m_error; }
    libusb_context* raw() const { return m_context; }
    // Opens the device at the bus and address `device` was seen at. Answers libusb's code (0 on success).
    int open(const UsbDeviceInfo& device, libusb_device_handle** handle) const;
    // Whether this process may open the device (opened and closed at once, nothing claimed): for diagnostics,
    // where Denied means the node's permissions (a missing udev rule), Failed anything else.
    enum class Access { Ok, Denied, Failed };
    Access access(const UsbDeviceInfo& device) const;
    QList<UsbDeviceInfo> devices() const; // as last announced
    bool hotplugSupported() const { return m_hotplug; }

    // Builds the description of a device from its descriptors (no open). Used by the hotplug callback.
    static UsbDeviceInfo describe(libusb_device* device);

signals:
    void deviceArrived(const ssc::UsbDeviceInfo& device);
    void deviceLeft(const ssc::UsbDeviceInfo& device);

private:
    void announce(const UsbDeviceInfo& device, bool arrived);
    void rescan();
    static int hotplugCallback(libusb_context* context, libusb_device* device, int event, void* self);

    libusb_context* m_context = nullptr;
    QString m_error;
    bool m_hotplug = false;
    int m_hotplugHandle = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_events;
    QTimer m_rescan;
    std::map<QString, UsbDeviceInfo> m_known; // GUI thread only
};

} // namespace ssc
