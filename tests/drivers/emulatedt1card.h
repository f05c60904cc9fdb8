#pragma once

#include <QByteArray>
#include <QList>

#include <functional>

// The card's side of T=1 (ISO/IEC 7816-3 §11), written from the standard apart from the terminal's
// (drivers/cardreader/t1protocol.h), for the emulated TPDU reader and the protocol's own tests: it
// reassembles the terminal's chained I-blocks, answers in chained I-blocks of its own size, acknowledges and
// asks with R-blocks, answers S(IFS) and S(RESYNCH), and on request asks for more time (S(WTX)) or sends a
// corrupted block, to see that the terminal grants the one and asks again for the other.
class EmulatedT1Card {
public:
    using Chip = std::function<QByteArray(const QByteArray& apdu)>;

    // `ifsc`: the most the card takes in one block (its ATR's TA3); `chunk`: the most it sends in one.
    EmulatedT1Card(int ifsc, int chunk) : m_ifsc(ifsc), m_chunk(chunk) {}

    // One block from the terminal, the card's block back.
    QByteArray receive(const QByteArray& block, const Chip& chip);

    // Faults for the next answers: the card asks for `multiplier` times more time before answering the
    // `answer`-th APDU from now (1: the next); the first block of the `answer`-th answer arrives with a wrong
    // LRC.
    void askTimeBefore(int answer, quint8 multiplier);
    void corruptAnswer(int answer);
    // Before the `answer`-th answer the card announces a new IFSC of `size` bytes (S(IFS request)), as a card
    // may between two blocks; it then takes blocks up to that size.
    void announceIfscBefore(int answer, quint8 size);
    // The terminal's block is lost on the way to the card `times` times from now: the card hears garbage.
    void loseNextBlocks(int times) { m_lose = times; }

    struct Seen {
        int apdus = 0;
        int chainedCommandBlocks = 0;   // terminal I-blocks with the M bit
        int chainedAnswerBlocks = 0;    // card I-blocks with the M bit
        int retransmissionRequests = 0; // R-blocks from the terminal asking for the card's last block
        int wtxGranted = 0;
        int ifsAnswered = 0;  // the terminal's S(IFS response)s to the card's requests
        quint8 wtxAnswer = 0; // the INF of the terminal's S(WTX response)
        int ifsd = 32;        // as the terminal negotiated it
        int resyncs = 0;
        int badBlocks = 0; // blocks from the terminal with a wrong LRC or LEN
        QList<QByteArray> apduLog;
    };
    Seen seen() const { return m_seen; }

private:
    QByteArray sendNext();
    QByteArray remember(const QByteArray& block);

    int m_ifsc;
    int m_chunk;
    int m_ns = 0; // N(S) of the card's next I-block
    int m_nr = 0; // N(S) expected from the terminal
    QByteArray m_command;
    QList<QByteArray> m_out; // the answer's blocks still to send
    QByteArray m_last;       // the card's last block, for a retransmission
    bool m_holding = false;  // an S(WTX request) is out: the answer waits for the response
    int m_wtxAt = -1;
    quint8 m_wtxMultiplier = 1;
    int m_corruptAt = -1;
    int m_ifsAt = -1;
    quint8 m_newIfsc = 0;
    bool m_corruptThis = false;
    int m_lose = 0;
    Seen m_seen;
};
