#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ssc {

// ISO 7816-4 command and response APDUs, and the exchange with a card through any transport (a CCID reader,
// or a test's function). T=0 cards answer 61xx ("xx more bytes: ask with GET RESPONSE") and 6Cxx ("wrong Le:
// resend with xx"); ApduChannel does both so the application code sees one complete answer.
struct ApduResponse {
    QByteArray data;
    quint16 sw = 0;

    bool ok() const { return sw == 0x9000; }
    quint8 sw1() const { return quint8(sw >> 8); }
    quint8 sw2() const { return quint8(sw & 0xFF); }
};

// A short APDU: header, optional data (Lc), optional Le (0 meaning 256). Data over 255 bytes does not fit:
// the result is then empty (never cut short), and ApduChannel refuses an empty command; longer commands go
// through ApduCommand and encodeApdu().
QByteArray apduCommand(quint8 cla, quint8 ins, quint8 p1, quint8 p2, const QByteArray& data = {},
                       std::optional<quint8> le = std::nullopt);

// A command of any length (ISO 7816-4 §5.1), encoded by encodeApdu() for what the reader and card can carry.
struct ApduCommand {
    quint8 cla = 0;
    quint8 ins = 0;
    quint8 p1 = 0;
    quint8 p2 = 0;
    QByteArray data;
    int le = 0; // answer bytes expected: 0 no Le field, 1..256 short, up to 65536 extended
};

// What the path to the card takes: extended Lc/Le (the card says so in its historical bytes and the reader
// carries them: an extended-APDU-level reader, or a TPDU reader running T=1), command chaining (the card says
// so), and the longest command the reader's messages hold (0: no limit).
struct ApduLimits {
    bool extended = false;
    bool chaining = false;
    qsizetype maxBytes = 0;
};

// The bytes to send, in order: one short APDU when it fits; else one extended APDU when allowed; else a chain
// of short APDUs of at most 255 data bytes (CLA bit 0x10 on all but the last; Le on the last only). Empty
// optional with `problem` when none of these can carry the command: it is refused whole, never truncated.
std::optional<QList<QByteArray>> encodeApdu(const ApduCommand& command, const ApduLimits& limits,
                                            QString* problem);
// Splits a raw answer into data and status word; empty optional for fewer than two bytes.
std::optional<ApduResponse> parseApduResponse(const QByteArray& raw);

class ApduChannel {
public:
    // Sends one command, returns the raw answer (data + SW1 SW2), or nothing when the card or reader failed.
    using Transport = std::function<std::optional<QByteArray>(const QByteArray& command)>;

    explicit ApduChannel(Transport transport) : m_transport(std::move(transport)) {}

    // Empty optional: the transport failed or the card's answer was not an APDU response (problem() says).
    std::optional<ApduResponse> transmit(const QByteArray& command);
    // A command of any length, encoded for setLimits(); a chain stops at the first link the card does not
    // accept with 9000, and that answer is returned.
    std::optional<ApduResponse> transmit(const ApduCommand& command);
    void setLimits(const ApduLimits& limits) { m_limits = limits; }
    QString problem() const { return m_problem; }

private:
    Transport m_transport;
    ApduLimits m_limits;
    QString m_problem;
};

} // namespace ssc
