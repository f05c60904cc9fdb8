#include "usbemulator.h"

#include <QMutex>
#include <QtEndian>

#include <linux/usbdevice_fs.h>
#include <sys/ioctl.h> // before usbdevice_fs.h

#include <cerrno>
#include <map>
#include <set>

// umockdev is C with GLib; keep it in this file.
#include <umockdev.h>

namespace {

struct Urb {
    UMockdevIoctlData* data = nullptr; // the submitted struct usbdevfs_urb (owned reference)
    UMockdevIoctlData* buffer = nullptr;
    usbdevfs_urb* urb() const { return reinterpret_cast<usbdevfs_urb*>(data->data); }
};

} // namespace

struct EmulatedUsbDevice::State {
    mutable QMutex mutex;
    bool gone = false;
    QByteArray hidReport;
    std::map<quint8, QList<QByteArray>> queued; // endpoint -> data waiting for a transfer
    QList<Urb> pendingIn;                       // IN transfers waiting for data
    QList<Urb> reapable;                        // finished, for the next REAPURBNDELAY
    // What the driver sent, for the tests to check: the latest `kept` of each, so that thousands of exchanges
    // (tst_soak) do not grow the test process whose memory is being measured.
    static constexpr qsizetype kept = 256;
    QList<QByteArray> out;
    QList<QByteArray> control;
    bool claimBusy = false;  // another program (pcscd) has the interface: claims fail with EBUSY
    std::set<quint8> halted; // endpoints that stall every transfer until CLEAR_HALT
    std::set<quint8> broken; // endpoints that CLEAR_HALT does not heal
    QList<quint8> clearedHalts;

    static void record(QList<QByteArray>& sent, const QByteArray& bytes)
    {
        sent << bytes;
        if (sent.size() > kept)
            sent.removeFirst();
    }
    EmulatedUsbDevice::Responder respond;

    void finish(Urb urb, int status, int actualLength)
    {
        urb.urb()->status = status;
        urb.urb()->actual_length = actualLength;
        reapable << urb;
    }

    // Fills a waiting IN transfer of `endpoint` with queued data, if both exist.
    void match(quint8 endpoint)
    {
        auto& data = queued[endpoint];
        for (qsizetype i = 0; i < pendingIn.size() && !data.isEmpty(); ++i) {
            if (pendingIn[i].urb()->endpoint != endpoint)
                continue;
            Urb urb = pendingIn.takeAt(i);
            const QByteArray chunk = data.takeFirst().left(urb.urb()->buffer_length);
            std::copy(chunk.begin(), chunk.end(), urb.buffer->data);
            finish(urb, 0, static_cast<int>(chunk.size()));
            return;
        }
    }
};

struct UsbEmulator::Private {
    UMockdevTestbed* testbed = nullptr;
    std::vector<std::unique_ptr<EmulatedUsbDevice>> devices;
    std::vector<UMockdevIoctlBase*> handlers;
    // States of unplugged devices stay alive for their (detached) handlers, and never mix with a new plug-in:
    // a transfer of the old file descriptor must not be reaped through the new one.
    std::vector<std::shared_ptr<EmulatedUsbDevice::State>> retired;
};

namespace {

// Control transfers arrive as SUBMITURB of type control with the 8-byte setup packet first.
int answerControl(EmulatedUsbDevice::State& s, Urb& urb)
{
    auto* buffer = urb.buffer->data;
    const QByteArray setup(reinterpret_cast<const char*>(buffer), 8);
    const auto requestType = static_cast<quint8>(setup[0]);
    const auto request = static_cast<quint8>(setup[1]);
    const quint16 value = qFromLittleEndian<quint16>(buffer + 2);
    const quint16 length = qFromLittleEndian<quint16>(buffer + 6);
    if ((requestType & 0x80) == 0) { // OUT: record setup and data
        EmulatedUsbDevice::State::record(s.control,
                                         QByteArray(reinterpret_cast<const char*>(buffer), 8 + length));
        return length;
    }
    EmulatedUsbDevice::State::record(s.control, setup);
    if (request == 0x06 && (value >> 8) == 0x22 && !s.hidReport.isEmpty()) { // GET_DESCRIPTOR, HID report
        const QByteArray answer = s.hidReport.left(length);
        std::copy(answer.begin(), answer.end(), buffer + 8);
        return static_cast<int>(answer.size());
    }
    return -EPIPE; // stall: not supported
}

gboolean handleIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer userData)
{
    auto& s = *static_cast<EmulatedUsbDevice::State*>(userData);
    const auto request = static_cast<unsigned int>(umockdev_ioctl_client_get_request(client));
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    QMutexLocker lock(&s.mutex);
    if (s.gone && request != static_cast<unsigned int>(USBDEVFS_REAPURBNDELAY)) {
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return TRUE;
    }
    if (request == static_cast<unsigned int>(USBDEVFS_GET_CAPABILITIES)) {
        UMockdevIoctlData* caps = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
        *reinterpret_cast<guint32*>(caps->data) = USBDEVFS_CAP_BULK_CONTINUATION |
                                                  USBDEVFS_CAP_NO_PACKET_SIZE_LIM |
                                                  USBDEVFS_CAP_REAP_AFTER_DISCONNECT;
        umockdev_ioctl_data_unref(caps);
        umockdev_ioctl_client_complete(client, 0, 0);
    } else if (s.claimBusy && (request == static_cast<unsigned int>(USBDEVFS_CLAIMINTERFACE) ||
                               request == static_cast<unsigned int>(USBDEVFS_DISCONNECT_CLAIM))) {
        umockdev_ioctl_client_complete(client, -1, EBUSY);
    } else if (request == static_cast<unsigned int>(USBDEVFS_CLEAR_HALT)) {
        UMockdevIoctlData* endpoint = umockdev_ioctl_data_resolve(arg, 0, sizeof(unsigned int), nullptr);
        const auto ep = static_cast<quint8>(*reinterpret_cast<unsigned int*>(endpoint->data));
        umockdev_ioctl_data_unref(endpoint);
        if (!s.broken.count(ep))
            s.halted.erase(ep);
        s.clearedHalts << ep;
        umockdev_ioctl_client_complete(client, 0, 0);
    } else if (request == static_cast<unsigned int>(USBDEVFS_CLAIMINTERFACE) ||
               request == static_cast<unsigned int>(USBDEVFS_RELEASEINTERFACE) ||
               request == static_cast<unsigned int>(USBDEVFS_DISCONNECT_CLAIM) ||
               request == static_cast<unsigned int>(USBDEVFS_SETINTERFACE) ||
               request == static_cast<unsigned int>(USBDEVFS_RESET) ||
               request == static_cast<unsigned int>(USBDEVFS_RESETEP)) {
        umockdev_ioctl_client_complete(client, 0, 0);
    } else if (request == static_cast<unsigned int>(USBDEVFS_GETDRIVER)) {
        umockdev_ioctl_client_complete(client, -1, ENODATA);
    } else if (request == static_cast<unsigned int>(USBDEVFS_SUBMITURB)) {
        Urb urb;
        urb.data = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
        urb.buffer = umockdev_ioctl_data_resolve(urb.data, offsetof(usbdevfs_urb, buffer),
                                                 static_cast<gsize>(urb.urb()->buffer_length), nullptr);
        umockdev_ioctl_data_unref(urb.buffer); // urb.data keeps its child alive
        if (urb.urb()->type != USBDEVFS_URB_TYPE_CONTROL && s.halted.count(urb.urb()->endpoint)) {
            s.finish(urb, -EPIPE, 0); // a stalled endpoint: nothing goes through until CLEAR_HALT
        } else if (urb.urb()->type == USBDEVFS_URB_TYPE_CONTROL) {
            const int answer = answerControl(s, urb);
            s.finish(urb, answer < 0 ? answer : 0, answer < 0 ? 0 : answer); // data bytes, without the setup
        } else if ((urb.urb()->endpoint & 0x80) == 0) {
            const QByteArray data(reinterpret_cast<const char*>(urb.buffer->data), urb.urb()->buffer_length);
            EmulatedUsbDevice::State::record(s.out, data);
            s.finish(urb, 0, urb.urb()->buffer_length);
            if (s.respond) // a request/response device (a CCID reader): its answers wait for IN transfers
                for (const auto& [endpoint, answer] : s.respond(urb.urb()->endpoint, data)) {
                    s.queued[endpoint] << answer;
                    s.match(endpoint);
                }
        } else {
            s.pendingIn << urb;
            s.match(urb.urb()->endpoint);
        }
        umockdev_ioctl_client_complete(client, 0, 0);
    } else if (request == static_cast<unsigned int>(USBDEVFS_REAPURBNDELAY)) {
        if (s.reapable.isEmpty()) {
            umockdev_ioctl_client_complete(client, -1, s.gone ? ENODEV : EAGAIN);
            return TRUE;
        }
        Urb urb = s.reapable.takeFirst();
        UMockdevIoctlData* pointer = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
        umockdev_ioctl_data_set_ptr(pointer, 0, urb.data); // writes the URB and its buffer back to libusb
        umockdev_ioctl_data_unref(pointer);
        umockdev_ioctl_data_unref(urb.data);
        umockdev_ioctl_client_complete(client, 0, 0);
    } else if (request == static_cast<unsigned int>(USBDEVFS_DISCARDURB)) {
        const auto address = reinterpret_cast<gulong>(*reinterpret_cast<void**>(arg->data));
        for (qsizetype i = 0; i < s.pendingIn.size(); ++i) {
            if (s.pendingIn[i].data->client_addr == address) {
                s.finish(s.pendingIn.takeAt(i), -ENOENT, 0);
                umockdev_ioctl_client_complete(client, 0, 0);
                return TRUE;
            }
        }
        umockdev_ioctl_client_complete(client, -1, EINVAL);
    } else {
        umockdev_ioctl_client_complete(client, -1, ENOTTY);
    }
    return TRUE;
}

QByteArray le16(int value)
{
    QByteArray out(2, '\0');
    qToLittleEndian<quint16>(static_cast<quint16>(value), out.data());
    return out;
}

QByteArray deviceDescriptor(quint16 vid, quint16 pid)
{
    // USB 2.0, class per interface, 64-byte EP0, bcdDevice 1.00, strings 1/2/3, one configuration.
    return QByteArray::fromHex("1201000200000040") + le16(vid) + le16(pid) +
           QByteArray::fromHex("000101020301");
}

QByteArray configuration(const QByteArray& body, int interfaces)
{
    return QByteArray::fromHex("0902") + le16(9 + static_cast<int>(body.size())) +
           QByteArray(1, static_cast<char>(interfaces)) + QByteArray::fromHex("01008032") + body;
}

} // namespace

bool UsbEmulator::inMockEnvironment()
{
    return umockdev_in_mock_environment();
}

UsbEmulator::UsbEmulator() : d(std::make_unique<Private>())
{
    d->testbed = umockdev_testbed_new();
}

UsbEmulator::~UsbEmulator()
{
    for (UMockdevIoctlBase* handler : d->handlers)
        g_object_unref(handler);
    g_object_unref(d->testbed);
}

EmulatedUsbDevice* UsbEmulator::add(const Spec& spec)
{
    auto device = std::make_unique<EmulatedUsbDevice>();
    device->spec = spec;
    device->devnode = QStringLiteral("/dev/bus/usb/001/%1").arg(spec.address, 3, 10, QChar(u'0'));
    device->syspath = QStringLiteral("/sys/devices/usb1/1-%1").arg(spec.address);
    EmulatedUsbDevice* raw = device.get();
    d->devices.push_back(std::move(device));
    plug(raw);
    return raw;
}

void UsbEmulator::plug(EmulatedUsbDevice* device)
{
    EmulatedUsbDevice::Responder responder; // the device answers as before after a replug
    if (device->state) {
        // Plugged in again: like real USB, the device gets a new address (and so a new node and session).
        // Addresses go up by ten and wrap within 1..120 as a bus's 1..127 do, keeping their last digit, so
        // devices added at different last digits never meet and a hundred replugs stay valid addresses.
        d->retired.push_back(device->state);
        {
            QMutexLocker lock(&device->state->mutex);
            responder = device->state->respond;
        }
        device->spec.address = (device->spec.address + 9) % 120 + 1;
        device->devnode = QStringLiteral("/dev/bus/usb/001/%1").arg(device->spec.address, 3, 10, QChar(u'0'));
        device->syspath = QStringLiteral("/sys/devices/usb1/1-%1").arg(device->spec.address);
    }
    device->state = std::make_shared<EmulatedUsbDevice::State>();
    device->state->hidReport = device->spec.hidReport;
    device->state->respond = std::move(responder);
    UMockdevIoctlBase* handler = umockdev_ioctl_base_new();
    g_signal_connect(handler, "handle-ioctl", G_CALLBACK(handleIoctl), device->state.get());
    d->handlers.push_back(handler);
    umockdev_testbed_attach_ioctl(d->testbed, device->devnode.toUtf8().constData(), handler, nullptr);
    const QString address = QString::number(device->spec.address);
    const QString description =
        QStringLiteral("P: %1\nN: bus/usb/001/%2\nE: SUBSYSTEM=usb\nE: DEVTYPE=usb_device\nE: DEVNAME=%3\n"
                       "E: BUSNUM=001\nE: DEVNUM=%2\nA: busnum=1\\n\nA: devnum=%4\\n\nA: speed=12\\n\n"
                       "A: bConfigurationValue=1\\n\nH: descriptors=%5\n")
            .arg(device->syspath.mid(4), device->devnode.right(3), device->devnode, address,
                 QString::fromLatin1(device->spec.descriptors.toHex()));
    umockdev_testbed_add_from_string(d->testbed, description.toUtf8().constData(), nullptr);
}

void UsbEmulator::unplug(EmulatedUsbDevice* device)
{
    {
        QMutexLocker lock(&device->state->mutex);
        device->state->gone = true;
        // Transfers in flight end at once, as with a pulled cable.
        while (!device->state->pendingIn.isEmpty())
            device->state->finish(device->state->pendingIn.takeFirst(), -ESHUTDOWN, 0);
    }
    const QByteArray syspath = device->syspath.toUtf8();
    umockdev_testbed_uevent(d->testbed, syspath.constData(), "remove");
    umockdev_testbed_remove_device(d->testbed, syspath.constData());
    umockdev_testbed_detach_ioctl(d->testbed, device->devnode.toUtf8().constData(), nullptr);
}

void EmulatedUsbDevice::setResponder(Responder responder)
{
    QMutexLocker lock(&state->mutex);
    state->respond = std::move(responder);
}

void EmulatedUsbDevice::queueIn(quint8 endpoint, const QByteArray& data)
{
    QMutexLocker lock(&state->mutex);
    state->queued[endpoint] << data;
    state->match(endpoint);
}

QList<QByteArray> EmulatedUsbDevice::outTransfers() const
{
    QMutexLocker lock(&state->mutex);
    return state->out;
}

void EmulatedUsbDevice::setClaimBusy(bool busy)
{
    QMutexLocker lock(&state->mutex);
    state->claimBusy = busy;
}

void EmulatedUsbDevice::halt(quint8 endpoint)
{
    QMutexLocker lock(&state->mutex);
    state->halted.insert(endpoint);
    for (qsizetype i = 0; i < state->pendingIn.size();) { // a transfer waiting on it stalls at once
        if (state->pendingIn[i].urb()->endpoint == endpoint)
            state->finish(state->pendingIn.takeAt(i), -EPIPE, 0);
        else
            ++i;
    }
}

void EmulatedUsbDevice::haltForGood(quint8 endpoint)
{
    {
        QMutexLocker lock(&state->mutex);
        state->broken.insert(endpoint);
    }
    halt(endpoint);
}

QList<quint8> EmulatedUsbDevice::clearedHalts() const
{
    QMutexLocker lock(&state->mutex);
    return state->clearedHalts;
}

QList<QByteArray> EmulatedUsbDevice::controlRequests() const
{
    QMutexLocker lock(&state->mutex);
    return state->control;
}

QByteArray UsbEmulator::hidPosReportDescriptor()
{
    // Usage Page (Bar Code Scanner 0x8C), Usage (2), Collection (Application), Report ID (2), Logical 0..255,
    // Report Size 8, Report Count 63, Input (Data, Var, Abs), End Collection.
    return QByteArray::fromHex("058c0902a1018502150026ff007508953f8102c0");
}

QByteArray UsbEmulator::keyboardReportDescriptor()
{
    return QByteArray::fromHex(
        "05010906a101050719e029e71500250175019508810295017508810195067508150025650507190029658100c0");
}

QByteArray UsbEmulator::hidPosDescriptors(quint16 vid, quint16 pid, int reportDescriptorLength)
{
    const QByteArray body = QByteArray::fromHex("090400000203000000") + // interface 0: HID, 2 endpoints
                            QByteArray::fromHex("09211101000122") +
                            le16(reportDescriptorLength) +          // HID descriptor
                            QByteArray::fromHex("0705810340000a") + // interrupt IN 0x81, 64 bytes
                            QByteArray::fromHex("0705020340000a");  // interrupt OUT 0x02
    return deviceDescriptor(vid, pid) + configuration(body, 1);
}

QByteArray UsbEmulator::keyboardDescriptors(quint16 vid, quint16 pid)
{
    const QByteArray body =
        QByteArray::fromHex("090400000103010100") + QByteArray::fromHex("09211101000122") +
        le16(static_cast<int>(keyboardReportDescriptor().size())) + QByteArray::fromHex("0705810308000a");
    return deviceDescriptor(vid, pid) + configuration(body, 1);
}

QByteArray UsbEmulator::ccidDescriptors(quint16 vid, quint16 pid)
{
    // CCID class descriptor: 1 slot, T=0 and T=1, short APDU level exchange, 271-byte messages.
    QByteArray ccid = QByteArray::fromHex("36211001"
                                          "00"
                                          "07"
                                          "03000000"
                                          "a00f0000"
                                          "a00f0000"
                                          "00"
                                          "80250000"
                                          "80250000"
                                          "00"
                                          "fe000000"
                                          "00000000"
                                          "00000000");
    QByteArray features(4, '\0');
    qToLittleEndian<quint32>(0x000204BA, features.data()); // automatic parameters, short APDU exchange
    ccid += features + QByteArray::fromHex("0f010000"
                                           "ffff"
                                           "0000"
                                           "00"
                                           "01"); // 271 bytes; 54 in all
    return ccidDescriptors(vid, pid, ccid);
}

QByteArray UsbEmulator::ccidDescriptors(quint16 vid, quint16 pid, const QByteArray& classDescriptor)
{
    const QByteArray body = QByteArray::fromHex("0904000003"
                                                "0b0000"
                                                "00") +
                            classDescriptor + QByteArray::fromHex("07050102400000") + // bulk OUT 0x01
                            QByteArray::fromHex("07058202400000") +                   // bulk IN 0x82
                            QByteArray::fromHex("07058303080010");                    // interrupt IN 0x83
    return deviceDescriptor(vid, pid) + configuration(body, 1);
}

QByteArray UsbEmulator::cdcDescriptors(quint16 vid, quint16 pid)
{
    const QByteArray body = QByteArray::fromHex("09040000020a000000") + // interface 0: CDC data, 2 endpoints
                            QByteArray::fromHex("07058202400000") +     // bulk IN 0x82
                            QByteArray::fromHex("07050202400000");      // bulk OUT 0x02
    return deviceDescriptor(vid, pid) + configuration(body, 1);
}
