#include "usbcontext.h"

#include "logging/logging.h"
#include "threading/queuedcall.h"

#include <libusb.h>

#include <set>

namespace ssc {

UsbContext::UsbContext(Discovery discovery, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<UsbDeviceInfo>();
    if (const int rc = libusb_init(&m_context); rc != 0) {
        m_error = QString::fromUtf8(libusb_strerror(rc));
        m_context = nullptr;
        return;
    }
    m_hotplug = discovery == Discovery::Hotplug && libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
    m_events = std::thread([this] {
        timeval timeout{0, 100 * 1000};
        while (!m_stop.load())
            libusb_handle_events_timeout_completed(m_context, &timeout, nullptr);
    });
    if (m_hotplug) {
        const int rc = libusb_hotplug_register_callback(
            m_context,
            static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED |
                                              LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            LIBUSB_HOTPLUG_ENUMERATE, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            LIBUSB_HOTPLUG_MATCH_ANY,
            [](libusb_context* c, libusb_device* d, libusb_hotplug_event e, void* self) {
                return hotplugCallback(c, d, static_cast<int>(e), self);
            },
            this, &m_hotplugHandle);
        m_hotplug = rc == LIBUSB_SUCCESS;
    }
    if (!m_hotplug) {
        // No hotplug (some containers, old kernels): look again every second.
        connect(&m_rescan, &QTimer::timeout, this, &UsbContext::rescan);
        m_rescan.start(1000);
        queueCall(this, [this] { rescan(); });
    }
}

UsbContext::~UsbContext()
{
    if (!m_context)
        return;
    if (m_hotplug)
        libusb_hotplug_deregister_callback(m_context, m_hotplugHandle);
    m_stop = true;
    m_events.join();
    libusb_exit(m_context);
}

QList<UsbDeviceInfo> UsbContext::devices() const
{
    QList<UsbDeviceInfo> list;
    for (const auto& [key, info] : m_known)
        list << info;
    return list;
}

UsbDeviceInfo UsbContext::describe(libusb_device* device)
{
    UsbDeviceInfo info;
    info.bus = libusb_get_bus_number(device);
    info.address = libusb_get_device_address(device);
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(device, &descriptor) != 0)
        return info;
    info.vendorId = descriptor.idVendor;
    info.productId = descriptor.idProduct;
    info.deviceClass = descriptor.bDeviceClass;
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_active_config_descriptor(device, &config) != 0 &&
        libusb_get_config_descriptor(device, 0, &config) != 0)
        return info;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface& interface = config->interface[i];
        if (interface.num_altsetting < 1)
            continue;
        const libusb_interface_descriptor& alt = interface.altsetting[0];
        UsbInterfaceInfo iface{
            alt.bInterfaceNumber, alt.bInterfaceClass, alt.bInterfaceSubClass, alt.bInterfaceProtocol, {}};
        for (int e = 0; e < alt.bNumEndpoints; ++e)
            iface.endpoints << UsbEndpointInfo{alt.endpoint[e].bEndpointAddress, alt.endpoint[e].bmAttributes,
                                               alt.endpoint[e].wMaxPacketSize};
        info.interfaces << iface;
    }
    libusb_free_config_descriptor(config);
    return info;
}

int UsbContext::hotplugCallback(libusb_context*, libusb_device* device, int event, void* self)
{
    // libusb's event thread: describe now (descriptors are cached), hand over to the Qt thread.
    auto* context = static_cast<UsbContext*>(self);
    const UsbDeviceInfo info = describe(device);
    const bool arrived = event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED;
    queueCall(context, [context, info, arrived] { context->announce(info, arrived); });
    return 0;
}

void UsbContext::announce(const UsbDeviceInfo& device, bool arrived)
{
    if (arrived) {
        m_known[device.key()] = device;
        qCInfo(lcCore) << "USB device arrived:" << device.vidPid() << "at" << device.key();
        emit deviceArrived(device);
    } else {
        const auto found = m_known.find(device.key());
        const UsbDeviceInfo known = found != m_known.end() ? found->second : device;
        m_known.erase(device.key());
        qCInfo(lcCore) << "USB device left:" << known.vidPid() << "at" << known.key();
        emit deviceLeft(known);
    }
}

int UsbContext::open(const UsbDeviceInfo& device, libusb_device_handle** handle) const
{
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    libusb_device* found = nullptr;
    for (ssize_t i = 0; i < count; ++i)
        if (libusb_get_bus_number(list[i]) == device.bus &&
            libusb_get_device_address(list[i]) == device.address)
            found = list[i];
    const int rc = found ? libusb_open(found, handle) : LIBUSB_ERROR_NO_DEVICE;
    if (list)
        libusb_free_device_list(list, 1);
    if (rc != 0)
        *handle = nullptr;
    return rc;
}

UsbContext::Access UsbContext::access(const UsbDeviceInfo& device) const
{
    libusb_device_handle* handle = nullptr;
    const int rc = open(device, &handle);
    if (handle)
        libusb_close(handle);
    return rc == 0 ? Access::Ok : rc == LIBUSB_ERROR_ACCESS ? Access::Denied : Access::Failed;
}

void UsbContext::rescan()
{
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    std::set<QString> present;
    for (ssize_t i = 0; i < count; ++i) {
        const UsbDeviceInfo info = describe(list[i]);
        present.insert(info.key());
        if (!m_known.count(info.key()))
            announce(info, true);
    }
    if (list)
        libusb_free_device_list(list, 1);
    std::vector<UsbDeviceInfo> gone;
    for (const auto& [key, info] : m_known)
        if (!present.count(key))
            gone.push_back(info);
    for (const auto& info : gone)
        announce(info, false);
}

} // namespace ssc
