#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace ssc {

// The terminal's PSAM (a security module in a reader's SAM slot) as the project models it (psam.h,
// cardauth/cardkey.h "External authentication"): SELECT of its DF, then `80 FA 00 00 18 <identifier>
// <challenge> 08` answers a card's challenge with the cryptogram of that card's terminal key, diversified
// from the PSAM's master key. The emulated readers hold one next to a SimulatedCard that shares the key.
class SimulatedPsam {
public:
    // TEST KEY, never a real one: the master key the demo's and the tests' PSAM and cards share.
    static QByteArray testMasterKey();
    // The terminal key a card with `cardIdentifier` holds (empty when the identifier is malformed).
    static QByteArray terminalKeyFor(const QString& cardIdentifier,
                                     const QByteArray& masterKey = testMasterKey());
    // The PSAM's own ATR (T=0, historical bytes "PSAM"): another chip than a citizen's card.
    static QByteArray atr();

    // How a broken PSAM answers the cryptogram command: with a cryptogram of another key (the card refuses
    // it), or with 3 bytes that are no cryptogram at all.
    enum class Fault { None, WrongKey, ShortAnswer };
    explicit SimulatedPsam(QByteArray masterKey = testMasterKey(), Fault fault = Fault::None);

    // How the PSAM speaks. T=1 (the default) answers a command with its data at once. T=0, what most PSAMs in
    // halls speak: a command that sends data cannot ask for an answer too (ISO 7816-3 §10.3.3), so the
    // cryptogram waits for GET RESPONSE ("61 08"), and a GET RESPONSE asking the wrong length is told the
    // right one ("6C 08"). The ATR says which: atr() for T=0.
    void answerAsT0(bool t0) { m_t0 = t0; }
    bool answersAsT0() const { return m_t0; }

    void reset();
    QByteArray process(const QByteArray& apdu);
    int cryptogramsGiven() const { return m_given; }

private:
    QByteArray answer(const QByteArray& data);

    QByteArray m_masterKey;
    Fault m_fault;
    bool m_selected = false;
    int m_given = 0;
    bool m_t0 = false;
    QByteArray m_pendingResponse; // T=0: what GET RESPONSE returns
};

} // namespace ssc
