#pragma once

#include "ccidmessage.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>

struct libusb_device_handle;

namespace ssc {

// The bulk pipe to one CCID reader: a message out, its reply in (time extensions waited out, late replies to
// abandoned requests read past), with the two recoveries CCID 1.1 provides, so one bad moment does not end
// the reader's use until it is replugged:
// - a stalled bulk endpoint (LIBUSB_ERROR_PIPE) is cleared (CLEAR_FEATURE ENDPOINT_HALT, libusb_clear_halt)
//   and the transfer tried once more;
// - a command the reader does not answer in time is aborted (§5.3.1: the class request ABORT on the control
//   pipe, then PC_to_RDR_Abort with the same sequence number, and its SlotStatus read), so the reader is free
//   for the next command.
// Used by CcidReader's worker thread only.
class CcidPipe {
public:
    void attach(libusb_device_handle* handle, int interface, quint8 bulkOut, quint8 bulkIn,
                quint32 maxMessage);

    // `waitMs`: how long the reply may take (slices of the ordinary wait; `stop` ends it early).
    std::optional<ccid::Reply> exchange(const QByteArray& message, QString* problem, unsigned int waitMs,
                                        const std::atomic<bool>& stop);

    static constexpr unsigned int ordinaryWaitMs = 3000; // one exchange; time extensions restart it

    struct Counts {
        int haltsCleared = 0;
        int aborts = 0;
    };
    Counts counts() const { return {m_haltsCleared.load(), m_aborts.load()}; } // from any thread

private:
    int transfer(quint8 endpoint, QByteArray& buffer, int* done, unsigned int timeoutMs);
    void abortCommand(quint8 sequence, quint8 slot);

    libusb_device_handle* m_handle = nullptr;
    int m_interface = 0;
    quint8 m_bulkOut = 0;
    quint8 m_bulkIn = 0;
    quint32 m_maxMessage = 271;
    std::atomic<int> m_haltsCleared{0};
    std::atomic<int> m_aborts{0};
};

} // namespace ssc
