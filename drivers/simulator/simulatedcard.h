#pragma once

#include "cardreader/cardfiles.h"

#include <QByteArray>
#include <QString>

namespace ssc {

// The chip of a social security card, answering APDUs as the card's SSSE application does (rules.md §2):
// SELECT by name and by file, READ RECORD by tag, VERIFY with a retry counter that lives on the card (a card
// locked by three wrong PINs stays locked when pulled out and inserted again), and INTERNAL AUTHENTICATE,
// which answers a challenge with the card's own key only after the PIN was verified in this card session
// (since the last reset), CHANGE PIN with the old PIN (a wrong one costs a try like VERIFY), and GET
// CHALLENGE with RESET PIN, which sets a new PIN and restores the tries only with the issuer's MAC over the
// card's last challenge (cardauth/cardkey.h, "Unblocking"; the unblocking at a counter), and EXTERNAL
// AUTHENTICATE with a PSAM's cryptogram over that challenge, after which a generation 3 card opens EF06 until
// its next reset (cardauth/cardkey.h, "External authentication"). T=0 behaviour (61xx,
// 6Cxx) on request. The demo's virtual reader and the tests' emulated USB reader both hold one, so the
// terminal's real card code talks to the same card in both.
class SimulatedCard {
public:
    struct Personalisation {
        CardFiles files;                        // generation from specVersion; EF06 refused from generation 3
        QString pin = QStringLiteral("123456"); // 6 digits
        QByteArray cardKey;    // 16 bytes, diversified from the issuer's key (cardauth/cardkey.h)
        QByteArray unblockKey; // 16 bytes, diversified from the complement of the identifier
        // 16 bytes, diversified from the PSAM's master key by the identifier (simulatedpsam.h): generation 3
        // cards open EF06 after EXTERNAL AUTHENTICATE with it; empty: no PSAM opens this card
        QByteArray terminalKey;
        bool t0 = false; // answers 61xx / 6Cxx as T=0 cards do
        int pinTries = 3;
    };

    explicit SimulatedCard(Personalisation personalisation);

    // Power-on: nothing selected, the PIN no longer counts as verified.
    void reset();
    // One command APDU in, its answer (data + SW1 SW2) out.
    QByteArray process(const QByteArray& apdu);

    int pinTriesLeft() const { return m_triesLeft; }
    const CardFiles& files() const { return m_card.files; }

private:
    QByteArray record(quint8 tag) const;
    QByteArray selectApplication(const QByteArray& name);
    QByteArray selectFile(const QByteArray& file);
    QByteArray readRecord(quint8 tag, int le);
    QByteArray verify(const QByteArray& pinBlock);
    QByteArray internalAuthenticate(const QByteArray& challenge);
    QByteArray changePin(const QByteArray& data);
    QByteArray getChallenge(int le);
    QByteArray resetPin(const QByteArray& data, const QByteArray& challenge);
    QByteArray externalAuthenticate(const QByteArray& cryptogram, const QByteArray& challenge);

    Personalisation m_card;
    int m_triesLeft;
    bool m_pinVerified = false;
    bool m_terminalAuthenticated = false; // EXTERNAL AUTHENTICATE passed since the last reset
    QString m_selected;
    QByteArray m_pendingResponse; // T=0: what GET RESPONSE returns
    QByteArray m_challenge;       // GET CHALLENGE's, until the next command uses or forgets it
};

} // namespace ssc
