#include "ccidpipe.h"

#include "logging/logging.h"

#include <libusb.h>

namespace ssc {
namespace {

constexpr int maxTimeExtensions = 20;
constexpr quint8 requestAbort = 0x01;      // CCID class request ABORT
constexpr unsigned int abortWaitMs = 1000; // the reader's SlotStatus for PC_to_RDR_Abort
constexpr quint8 classInterfaceOut = 0x21; // bmRequestType: class, interface, host to device

QString usbError(const char* doing, int rc)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(doing), QString::fromLatin1(libusb_error_name(rc)));
}

} // namespace

void CcidPipe::attach(libusb_device_handle* handle, int interface, quint8 bulkOut, quint8 bulkIn,
                      quint32 maxMessage)
{
    m_handle = handle;
    m_interface = interface;
    m_bulkOut = bulkOut;
    m_bulkIn = bulkIn;
    m_maxMessage = std::max<quint32>(maxMessage, 271);
}

// One bulk transfer; a stalled endpoint is cleared and the transfer tried once more.
int CcidPipe::transfer(quint8 endpoint, QByteArray& buffer, int* done, unsigned int timeoutMs)
{
    int rc = libusb_bulk_transfer(m_handle, endpoint, reinterpret_cast<unsigned char*>(buffer.data()),
                                  int(buffer.size()), done, timeoutMs);
    if (rc != LIBUSB_ERROR_PIPE)
        return rc;
    const int cleared = libusb_clear_halt(m_handle, endpoint);
    qCWarning(lcApp) << "card reader: endpoint" << Qt::hex << endpoint
                     << "stalled; clear halt:" << libusb_error_name(cleared);
    if (cleared != 0)
        return rc;
    ++m_haltsCleared;
    return libusb_bulk_transfer(m_handle, endpoint, reinterpret_cast<unsigned char*>(buffer.data()),
                                int(buffer.size()), done, timeoutMs);
}

void CcidPipe::abortCommand(quint8 sequence, quint8 slot)
{
    ++m_aborts;
    const quint16 value = quint16(sequence << 8 | slot); // bSeq in the high byte, bSlot in the low
    const int control = libusb_control_transfer(m_handle, classInterfaceOut, requestAbort, value,
                                                quint16(m_interface), nullptr, 0, abortWaitMs);
    QByteArray abort = ccid::abort(sequence, slot);
    int sent = 0;
    const int bulk = transfer(m_bulkOut, abort, &sent, abortWaitMs);
    qCWarning(lcApp) << "card reader: no answer to command" << sequence
                     << "; aborted:" << libusb_error_name(control) << libusb_error_name(bulk);
    if (bulk != 0)
        return;
    // Read past the aborted command's own late reply, up to the Abort's SlotStatus.
    QByteArray in(int(m_maxMessage), '\0');
    for (int replies = 0; replies < 4; ++replies) {
        int got = 0;
        if (transfer(m_bulkIn, in, &got, abortWaitMs) != 0)
            return;
        QString problem;
        const auto reply = ccid::parseReply(in.first(got), &problem);
        if (reply && reply->type == ccid::SlotStatus && reply->sequence == sequence)
            return;
    }
}

std::optional<ccid::Reply> CcidPipe::exchange(const QByteArray& message, QString* problem,
                                              unsigned int waitMs, const std::atomic<bool>& stop)
{
    QByteArray out = message;
    int sent = 0;
    int rc = transfer(m_bulkOut, out, &sent, ordinaryWaitMs);
    if (rc != 0) {
        *problem = usbError("sending to the reader", rc);
        return std::nullopt;
    }
    const quint8 sequence = quint8(message[6]);
    QByteArray in(int(m_maxMessage), '\0');
    for (int extensions = 0; extensions <= maxTimeExtensions; ++extensions) {
        int got = 0;
        // Ordinary exchanges wait once; a PIN pad's, in slices of the ordinary wait until waitMs is used.
        for (unsigned int waited = 0;;) {
            const unsigned int slice = std::min(ordinaryWaitMs, waitMs - waited);
            rc = transfer(m_bulkIn, in, &got, slice);
            waited += slice;
            if (rc != LIBUSB_ERROR_TIMEOUT || got != 0 || waited >= waitMs || stop)
                break;
        }
        if (rc == LIBUSB_ERROR_TIMEOUT && got == 0 && !stop) {
            abortCommand(sequence, quint8(message[5]));
            *problem =
                QStringLiteral("the reader did not answer in %1 ms; the command was aborted").arg(waitMs);
            return std::nullopt;
        }
        if (rc != 0) {
            *problem = usbError("reading from the reader", rc);
            return std::nullopt;
        }
        auto reply = ccid::parseReply(in.first(got), problem);
        if (!reply)
            return std::nullopt;
        if (reply->sequence != sequence) {
            *problem = QStringLiteral("an answer to another request");
            continue; // a late answer to an abandoned request: read on
        }
        if (reply->status == ccid::CommandStatus::TimeExtension)
            continue; // the card asked for more time
        problem->clear();
        return reply;
    }
    *problem = QStringLiteral("the card kept asking for more time");
    return std::nullopt;
}

} // namespace ssc
