#pragma once

#include <QByteArray>
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

// A short APDU: header, optional data (Lc), optional Le (0 meaning 256).
QByteArray apduCommand(quint8 cla, quint8 ins, quint8 p1, quint8 p2, const QByteArray& data = {},
                       std::optional<quint8> le = std::nullopt);
// Splits a raw answer into data and status word; empty optional for fewer than two bytes.
std::optional<ApduResponse> parseApduResponse(const QByteArray& raw);

class ApduChannel {
public:
    // Sends one command, returns the raw answer (data + SW1 SW2), or nothing when the card or reader failed.
    using Transport = std::function<std::optional<QByteArray>(const QByteArray& command)>;

    explicit ApduChannel(Transport transport) : m_transport(std::move(transport)) {}

    // Empty optional: the transport failed or the card's answer was not an APDU response (problem() says).
    std::optional<ApduResponse> transmit(const QByteArray& command);
    QString problem() const { return m_problem; }

private:
    Transport m_transport;
    QString m_problem;
};

} // namespace ssc
