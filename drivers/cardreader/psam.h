#pragma once

#include "apdu.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ssc {

// A PSAM (the terminal's security module, a chip card in a reader's SAM slot) as the terminal uses it: known
// by answering the SELECT of its DF, and asked for the cryptogram that opens a generation 3 card's EF06
// (EXTERNAL AUTHENTICATE, rules.md §2; cardauth/cardkey.h, "External authentication"). A convenience for the
// screen only: the platform never trusts what a PSAM unlocked (docs/security.md, "The PSAM").
class Psam {
public:
    explicit Psam(ApduChannel& channel) : m_channel(channel) {}

    // The DF of the project's PSAM model: D156000005 (the ministry's registered application provider, as in
    // card identifiers) followed by "PSAM".
    static QByteArray dfName();
    // SELECT of the DF: true when the chip answers 9000, so it is a PSAM and not a citizen's card.
    bool identify();

    // The cryptogram for the card with `cardIdentifier` (32 hex digits) over its 8-byte `cardChallenge`:
    // `80 FA 00 00 18 <identifier, 16 bytes> <challenge> 08`. Empty optional when the PSAM gave no good
    // answer.
    std::optional<QByteArray> externalCryptogram(const QString& cardIdentifier,
                                                 const QByteArray& cardChallenge);
    static QByteArray cryptogramCommand(const QByteArray& identifier, const QByteArray& cardChallenge);
    // What the PSAM answered, read strictly: exactly 8 bytes with 9000 (fuzzed).
    static std::optional<QByteArray> cryptogramFrom(const std::optional<ApduResponse>& answer);

private:
    ApduChannel& m_channel;
};

} // namespace ssc
